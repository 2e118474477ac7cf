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

/** Inside Teams: the channel (or chat) where the tab is being added. */
export async function currentConversationId(): Promise<string | undefined> {
  const { app } = await import('@microsoft/teams-js');
  const context = await app.getContext();
  return context.channel?.id ?? context.chat?.id;
}

/**
 * Inside Teams: enables Save once `valid`, and when the user saves runs `save`, then stores the tab's
 * configuration; a failure keeps the dialog open with Teams' error state.
 */
export async function registerConfigSave(save: () => Promise<TabConfig>): Promise<(valid: boolean) => void> {
  const { pages } = await import('@microsoft/teams-js');
  pages.config.registerOnSaveHandler((event) => {
    save()
      .then((config) => pages.config.setConfig(config))
      .then(
        () => event.notifySuccess(),
        (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
      );
  });
  return (valid) => pages.config.setValidityState(valid);
}
