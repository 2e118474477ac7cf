/** The Teams app id integration tests configure (ELAN_TEAMS_APP_ID), so cards carry Teams deep links. */
export const testTeamsAppId = '00000000-0000-4000-8000-00000000e1a0';

/** A Teams entity deep link read back into what Teams uses: the tab's entity, its web address, its context. */
export interface TabDeepLink {
  app: string;
  entityId: string;
  webUrl: string | null;
  context: { subEntityId?: string; channelId?: string };
}

/** Every action of a card, wherever it sits (actions, action sets, show cards), fallbacks left out. */
function actionsOf(node: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) node.forEach((n) => actionsOf(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'actions' && Array.isArray(value)) found.push(...(value as Record<string, unknown>[]));
      if (key !== 'fallback' && key !== 'refresh') actionsOf(value, found);
    }
  }
  return found;
}

/** The card's links to the tab (its `Action.OpenUrl`s that are Teams entity deep links), parsed. */
export function tabLinksOf(card: unknown): TabDeepLink[] {
  return actionsOf(card)
    .filter((a) => a['type'] === 'Action.OpenUrl' && typeof a['url'] === 'string')
    .map((a) => new URL(a['url'] as string))
    .filter((url) => url.host === 'teams.microsoft.com' && url.pathname.startsWith('/l/entity/'))
    .map((url) => {
      const [, , , app, entityId] = url.pathname.split('/');
      return {
        app: decodeURIComponent(app ?? ''),
        entityId: decodeURIComponent(entityId ?? ''),
        webUrl: url.searchParams.get('webUrl'),
        context: JSON.parse(url.searchParams.get('context') ?? '{}') as TabDeepLink['context'],
      };
    });
}

/** The card of a sent activity (the first attachment's content). */
export const sentCard = (sent: { activity: Record<string, any> }): unknown => sent.activity['attachments']?.[0]?.content;

/** The card with its links to the tab blanked, to compare two copies of a card posted to different places. */
export function withoutTabLinks(card: unknown): unknown {
  return JSON.parse(JSON.stringify(card), (key, value: unknown) =>
    key === 'url' && typeof value === 'string' && value.startsWith('https://teams.microsoft.com/l/entity/') ? '(tab link)' : value,
  );
}
