/** Who writes what, where: a chat message as the tests send it to the bot. */
export interface ChatMessage {
  text: string;
  conversationId: string;
  conversationType: string;
  userId: string;
  locale: string;
  tenantId?: string;
}

/** A `message` activity as the Bot Connector posts it to /api/messages, from a person in a channel or chat. */
export function messageActivity(serviceUrl: string, m: ChatMessage) {
  const tenantId = m.tenantId ?? 'local-tenant';
  return {
    type: 'message',
    text: m.text,
    id: `m-${Math.random()}`,
    locale: m.locale,
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:${m.userId}`, aadObjectId: m.userId, name: m.userId },
    recipient: { id: '28:elan-bot', name: 'Élan' },
    conversation: { id: m.conversationId, tenantId, conversationType: m.conversationType },
    channelData: { tenant: { id: tenantId } },
  };
}
