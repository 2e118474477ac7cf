/** What Teams stores for a configured channel tab. */
export interface TabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

/** The tab a channel gets once linked to a community: the community's wizard, at this origin. */
export function tabConfigFor(origin: string, communityId: string, displayName: string): TabConfig {
  const url = `${origin}/#/c/${encodeURIComponent(communityId)}`;
  return { entityId: communityId, contentUrl: url, websiteUrl: url, suggestedDisplayName: displayName.slice(0, 30) };
}
