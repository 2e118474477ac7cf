import type { TestApp } from './testApp';

/** Where an activity comes from: a team's channel, or (with `teamId` null) a group or meeting chat. */
export interface ActivityPlace {
  conversationId: string;
  teamId: string | null;
  tenantId?: string;
}

/**
 * An activity as Teams sends it to the bot, from Nadia, in a channel or chat; `overrides` gives the rest
 * (type, action, membersAdded…).
 */
export function teamsActivity(serviceUrl: string, place: ActivityPlace, overrides: Record<string, unknown> = {}) {
  const tenantId = place.tenantId ?? 'local-tenant';
  return {
    channelId: 'msteams',
    serviceUrl,
    id: `a-${Math.random()}`,
    from: { id: '29:nadia', aadObjectId: 'nadia', name: 'Nadia' },
    recipient: { id: '28:elan-bot', name: 'Élan' },
    conversation: { id: place.conversationId, tenantId, conversationType: place.teamId ? 'channel' : 'groupChat' },
    channelData: { tenant: { id: tenantId }, ...(place.teamId ? { team: { id: place.teamId } } : {}) },
    ...overrides,
  };
}

/** Announces the bot's installation in a place, as Teams does. */
export async function installBot(app: Pick<TestApp, 'call'>, serviceUrl: string, place: ActivityPlace): Promise<void> {
  await app.call('POST', '/api/messages', { body: teamsActivity(serviceUrl, place, { type: 'installationUpdate', action: 'add' }) });
}

/**
 * Installs the bot in a team's channel (as Teams announces it) and links that channel to the community,
 * the way a facilitator does; returns the link's response.
 */
export async function installAndLink(
  app: Pick<TestApp, 'call'>,
  serviceUrl: string,
  token: string,
  communityId: string,
  place: ActivityPlace,
): Promise<{ status: number; body: any }> {
  await installBot(app, serviceUrl, place);
  return app.call('POST', `/api/communities/${communityId}/conversations`, { token, body: { conversationId: place.conversationId } });
}

/** A message typed in Teams by `userId` (named after their id), as the bot receives it. */
export function chatMessage(
  serviceUrl: string,
  text: string,
  {
    conversationId,
    conversationType = 'channel',
    userId = 'nadia',
    locale = 'fr-CA',
  }: {
    conversationId: string;
    conversationType?: string;
    userId?: string;
    locale?: string;
  },
) {
  return {
    type: 'message',
    text,
    id: `m-${Math.random()}`,
    locale,
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:${userId}`, aadObjectId: userId, name: userId },
    recipient: { id: '28:elan-bot', name: 'Élan' },
    conversation: { id: conversationId, tenantId: 'local-tenant', conversationType },
    channelData: { tenant: { id: 'local-tenant' } },
  };
}
