import { TableClient, type TableServiceClientOptions } from '@azure/data-tables';

/** The tables Élan uses. `communities` holds one partition per community; `userCommunities` indexes them per user. */
export interface Tables {
  communities: TableClient;
  userCommunities: TableClient;
  /** One partition per poll, one row per voter. */
  ballots: TableClient;
  /** Where the bot was installed, one partition per tenant. */
  conversations: TableClient;
}

const names = {
  communities: 'communities',
  userCommunities: 'userCommunities',
  ballots: 'ballots',
  conversations: 'conversations',
} as const;

/** Opens (and creates if needed) Élan's tables from a storage connection string. */
export async function openTables(connectionString: string): Promise<Tables> {
  // Azurite speaks plain HTTP on loopback; the SDK refuses that unless told.
  const options: TableServiceClientOptions = { allowInsecureConnection: connectionString.includes('http://') };
  const tables = {
    communities: TableClient.fromConnectionString(connectionString, names.communities, options),
    userCommunities: TableClient.fromConnectionString(connectionString, names.userCommunities, options),
    ballots: TableClient.fromConnectionString(connectionString, names.ballots, options),
    conversations: TableClient.fromConnectionString(connectionString, names.conversations, options),
  };
  await Promise.all(Object.values(tables).map((t) => t.createTable()));
  return tables;
}

/** Partition key of everything that belongs to one community. */
export function communityPartition(tenantId: string, communityId: string): string {
  return `${tenantId}|${communityId}`;
}
