import type { TurnContext } from '@microsoft/agents-hosting';
import { cardVerb } from './cardVerb';

const contextOf = (activity: Record<string, unknown>) => ({ activity }) as unknown as TurnContext;
const invoke = (value: unknown, name = 'adaptiveCard/action') => contextOf({ type: 'invoke', name, value });

describe('cardVerb', () => {
  const vote = cardVerb('poll.vote');

  it('selects the Action.Execute invokes of its verb', async () => {
    expect(await vote(invoke({ action: { type: 'Action.Execute', verb: 'poll.vote', data: {} } }))).toBe(true);
  });

  it('leaves everything else to other routes, malformed values included', async () => {
    for (const context of [
      invoke({ action: { type: 'Action.Execute', verb: 'poll.close' } }),
      invoke({ action: { type: 'Action.Submit', verb: 'poll.vote' } }),
      invoke({ action: { type: 'Action.Execute', verb: 'poll.vote' } }, 'task/fetch'),
      contextOf({ type: 'message', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'poll.vote' } } }),
      invoke(undefined),
      invoke(null),
      invoke('poll.vote'),
      invoke({ action: null }),
      invoke({ action: { verb: ['poll.vote'] } }),
    ])
      expect(await vote(context)).toBe(false);
  });
});
