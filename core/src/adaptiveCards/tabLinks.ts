import { type ConversationRef, channelConversationId } from '../conversations/conversation';
import type { AdaptiveCard } from './adaptiveCard';

/** Where the tab is and how to reach it from a card. */
export interface TabLinks {
  /** The tab's address (ELAN_TAB_URL), used as is in local preview and as the deep link's web fallback. */
  tabUrl: string;
  /** The Teams app's id (the manifest's `id`, ELAN_TEAMS_APP_ID); without it links open the tab's address. */
  teamsAppId?: string | undefined;
  /** The channel whose tab the link opens, when the card is posted to a known channel. */
  channelId?: string | undefined;
}

/** What a host knows of the tab from its configuration: its address and the Teams app id. */
export type TabAddress = Pick<TabLinks, 'tabUrl' | 'teamsAppId'>;

/** Where a card goes, as far as its links care. */
export type CardPlace = Pick<ConversationRef, 'conversationId' | 'conversationType'>;

/**
 * The links of a card, built here only: the tab's address and Teams app id, and, for a card shown in a
 * channel, that channel (its conversation id without the `;messageid=` of a thread), which the deep link
 * names so Teams opens that channel's tab. Group and personal chats name none.
 */
export function tabLinksFor(tab: TabAddress, place?: CardPlace): TabLinks {
  const links: TabLinks = { tabUrl: tab.tabUrl, ...(tab.teamsAppId ? { teamsAppId: tab.teamsAppId } : {}) };
  if (place?.conversationType === 'channel') links.channelId = channelConversationId(place.conversationId);
  return links;
}

/**
 * A card as its sender hands it to whatever posts it: built for each conversation it goes to, with the links
 * of that place (see `tabLinksFor`), so no posted card goes without its link to the tab.
 */
export type CardFor = (links: TabLinks) => AdaptiveCard;

const part = encodeURIComponent;

/**
 * Tab routes, as the tab's hash router reads them. The same path (without '#') is the deep link's
 * `subEntityId`, which the tab reads as `subPageId` when Teams opens it.
 */
export const tabRoutes = {
  community: (communityId: string) => `/c/${part(communityId)}`,
  workshop: (communityId: string, n: number) => `/c/${part(communityId)}/w/${n}`,
  pollResults: (communityId: string, pollId: string) => `/c/${part(communityId)}/stage/poll/${part(pollId)}`,
  answers: (communityId: string) => `/c/${part(communityId)}/answers`,
  // No meeting page yet: ritual cards open the rituals workshop.
  rituals: (communityId: string) => `/c/${part(communityId)}/w/3`,
  notebook: (communityId: string, notebookId: string) => `/c/${part(communityId)}/notebooks/${part(notebookId)}`,
};

/** The tab's own address for a route: `${tabUrl}/#/c/...` (any hash or trailing slash of tabUrl dropped). */
export function tabWebUrl(tabUrl: string, route: string): string {
  return `${tabUrl.replace(/#.*$/, '').replace(/\/+$/, '')}/#${route}`;
}

/**
 * The link a card opens for a route of a community's tab. With a Teams app id it is a Teams entity deep link
 * to the community's channel tab (whose entityId is the community id, see tab/src/teams/channelConfig.ts),
 * carrying the route as `subEntityId` and the web address as fallback; without one (local preview) the
 * tab's own address.
 */
export function tabLink(links: TabLinks, communityId: string, route: string): string {
  const webUrl = tabWebUrl(links.tabUrl, route);
  if (!links.teamsAppId) return webUrl;
  const context = { subEntityId: route, ...(links.channelId ? { channelId: links.channelId } : {}) };
  return (
    `https://teams.microsoft.com/l/entity/${part(links.teamsAppId)}/${part(communityId)}` +
    `?webUrl=${part(webUrl)}&context=${part(JSON.stringify(context))}`
  );
}
