import path from 'node:path';

/** Everything the API reads from its environment, read once. */
export interface Config {
  /** `local` enables the development issuer and anonymous bot traffic; anything else fails closed. */
  env: string;
  isLocal: boolean;
  storageConnectionString: string;
  /** Where local mode keeps its signing key. */
  dataDir: string;
  tabUrl: string;
  /** The Teams app's id (manifest `id`): bot cards then deep-link into the channel tab; unset, they open tabUrl. */
  teamsAppId: string | undefined;
  corsOrigins: string[];
  entra: {
    /** The API's app (client) ID; tokens must be issued for it or for its ID URI. */
    clientId: string | undefined;
    idUri: string | undefined;
    /** Tenants whose users may call the API. */
    allowedTenants: string[];
  };
  bot: { clientId: string | undefined; clientSecret: string | undefined; tenantId: string | undefined };
  /** Base64 key that turns (poll, voter) into a ballot row key; required outside local mode. */
  ballotKey: string | undefined;
  /** Writes per person: a burst, then a steady rate per second. */
  writeLimit: { burst: number; perSecond: number };
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Reads the configuration from environment variables (see env/ templates and the README). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const name = env['ELAN_ENV'] ?? 'production';
  const tabUrl = env['ELAN_TAB_URL'] ?? 'http://localhost:53000';
  const homeTenant = env['ELAN_TENANT_ID'];
  return {
    env: name,
    isLocal: name === 'local',
    storageConnectionString: env['ELAN_STORAGE'] ?? env['AzureWebJobsStorage'] ?? '',
    dataDir: path.resolve(env['ELAN_DATA_DIR'] ?? '.data'),
    tabUrl,
    teamsAppId: env['ELAN_TEAMS_APP_ID'] || undefined,
    corsOrigins: list(env['ELAN_CORS_ORIGINS']).length ? list(env['ELAN_CORS_ORIGINS']) : [new URL(tabUrl).origin],
    entra: {
      clientId: env['ELAN_API_CLIENT_ID'],
      idUri: env['ELAN_API_ID_URI'],
      allowedTenants: list(env['ELAN_ALLOWED_TENANTS']).length ? list(env['ELAN_ALLOWED_TENANTS']) : list(homeTenant),
    },
    bot: { clientId: env['ELAN_BOT_ID'], clientSecret: env['ELAN_BOT_SECRET'], tenantId: env['ELAN_BOT_TENANT_ID'] ?? homeTenant },
    ballotKey: env['ELAN_BALLOT_KEY'],
    writeLimit: { burst: Number(env['ELAN_WRITE_BURST'] ?? 120), perSecond: Number(env['ELAN_WRITE_PER_SECOND'] ?? 10) },
  };
}

/** The Azurite connection string for a local Table endpoint (the development account key is public). */
export function azuriteConnectionString(tablePort: number): string {
  return (
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
    'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
    `TableEndpoint=http://127.0.0.1:${tablePort}/devstoreaccount1;`
  );
}
