import type { TestApp } from './testApp';

/** A Teams member as the bot sees them. */
export interface TeamsUser {
  aadObjectId: string;
  name: string;
}

/** Posts an `adaptiveCard/action` invoke to /api/messages, as Teams does when a member clicks an Action.Execute. */
export async function invokeCardAction(
  app: TestApp,
  serviceUrl: string,
  user: TeamsUser,
  data: Record<string, unknown>,
  opts: { verb?: string; tenantId?: string; locale?: string; activityId?: string; conversationId?: string } = {},
): Promise<{ status: number; card: any; body: any }> {
  const res = await app.call('POST', '/api/messages', {
    body: {
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: opts.activityId ?? `invoke-${Math.random().toString(36).slice(2)}`,
      channelId: 'msteams',
      serviceUrl,
      locale: opts.locale ?? 'fr-CA',
      from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId, name: user.name },
      recipient: { id: '28:elan-bot', name: 'Élan' },
      conversation: {
        id: opts.conversationId ?? '19:channel@thread.tacv2',
        tenantId: opts.tenantId ?? 'local-tenant',
        conversationType: 'channel',
      },
      channelData: { tenant: { id: opts.tenantId ?? 'local-tenant' } },
      value: { action: { type: 'Action.Execute', verb: opts.verb ?? data['verb'], data }, trigger: 'manual' },
    },
  });
  return { status: res.status, body: res.body, card: res.body?.value };
}

/** Every action of a card: its actions row, then those an ActionSet holds in the body (where a full row overflows). */
export function cardActions(card: any): any[] {
  const inBody = ((card.body ?? []) as any[]).filter((e) => e.type === 'ActionSet').flatMap((e) => e.actions as any[]);
  return [...((card.actions ?? []) as any[]), ...inBody];
}

/** The data of the card action with the given verb (and, for consent, answer). */
export function actionData(card: any, verb: string, answer?: string): Record<string, unknown> {
  const action = cardActions(card).find((a) => a.verb === verb && (answer === undefined || a.data?.answer === answer));
  if (!action) throw new Error(`no ${verb} action on the card`);
  return { ...action.data };
}

/** All text of a card, for assertions. */
export function cardText(card: any): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node))
        if ((key === 'text' || key === 'value' || key === 'title') && typeof value === 'string') texts.push(value);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return texts.join('\n');
}
