import { tabLink, tabLinksFor, tabRoutes, tabWebUrl } from './tabLinks';

const appId = '00000000-0000-4000-8000-00000000e1a0';

/** Reads a Teams entity deep link back into its parts. */
function parse(link: string) {
  const url = new URL(link);
  const [, l, entity, app, entityId] = url.pathname.split('/');
  return {
    host: url.host,
    path: `${l}/${entity}`,
    app: decodeURIComponent(app!),
    entityId: decodeURIComponent(entityId!),
    webUrl: url.searchParams.get('webUrl'),
    context: JSON.parse(url.searchParams.get('context')!) as Record<string, string>,
  };
}

describe('tab links from cards', () => {
  it('names each card’s page by the tab route it opens', () => {
    expect(tabRoutes.pollResults('c1', 'p1')).toBe('/c/c1/stage/poll/p1');
    expect(tabRoutes.rituals('c1')).toBe('/c/c1/w/3');
    expect(tabRoutes.workshop('c1', 5)).toBe('/c/c1/w/5');
    expect(tabRoutes.answers('c1')).toBe('/c/c1/answers');
  });

  it('opens the tab’s own address without a Teams app id (local preview)', () => {
    expect(tabLink({ tabUrl: 'http://localhost:53000' }, 'c1', tabRoutes.pollResults('c1', 'p1'))).toBe(
      'http://localhost:53000/#/c/c1/stage/poll/p1',
    );
    expect(tabWebUrl('https://tab.example/#/old', '/c/c1/answers')).toBe('https://tab.example/#/c/c1/answers');
    expect(tabWebUrl('https://tab.example/', '/c/c1/answers')).toBe('https://tab.example/#/c/c1/answers');
  });

  it('is a Teams entity deep link to the community’s channel tab with an app id, the route as subEntityId', () => {
    const link = tabLink({ tabUrl: 'https://tab.example', teamsAppId: appId }, 'c1', tabRoutes.pollResults('c1', 'p1'));
    expect(link.startsWith(`https://teams.microsoft.com/l/entity/${appId}/c1?webUrl=`)).toBe(true);
    // The context is URL-encoded JSON: nothing of it reads raw in the link.
    expect(link).not.toMatch(/[{}"]/);
    expect(link).toContain(`&context=${encodeURIComponent('{"subEntityId":"/c/c1/stage/poll/p1"}')}`);
    expect(parse(link)).toEqual({
      host: 'teams.microsoft.com',
      path: 'l/entity',
      app: appId,
      entityId: 'c1',
      webUrl: 'https://tab.example/#/c/c1/stage/poll/p1',
      context: { subEntityId: '/c/c1/stage/poll/p1' },
    });
  });

  it('names the channel when the card knows it, and encodes ids that are not URL-safe', () => {
    const channelId = '19:abc@thread.tacv2';
    const link = tabLink({ tabUrl: 'https://tab.example', teamsAppId: appId, channelId }, 'c 1', tabRoutes.rituals('c 1'));
    expect(parse(link)).toMatchObject({ entityId: 'c 1', context: { subEntityId: '/c/c%201/w/3', channelId } });
  });

  it('builds a card’s links from what the sender knows: the channel it is posted to, no thread, no chat', () => {
    const tab = { tabUrl: 'https://tab.example', teamsAppId: appId };
    expect(tabLinksFor(tab)).toEqual(tab);
    expect(tabLinksFor(tab, { conversationId: '19:abc@thread.tacv2;messageid=1712', conversationType: 'channel' })).toEqual({
      ...tab,
      channelId: '19:abc@thread.tacv2',
    });
    expect(tabLinksFor(tab, { conversationId: '19:chat@thread.v2', conversationType: 'groupChat' })).toEqual(tab);
    expect(tabLinksFor(tab, { conversationId: 'a:personal', conversationType: 'personal' })).toEqual(tab);
    expect(tabLinksFor({ tabUrl: 'http://localhost:53000', teamsAppId: undefined })).toEqual({ tabUrl: 'http://localhost:53000' });
  });
});
