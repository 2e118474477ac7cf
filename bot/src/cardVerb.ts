import type { TurnContext } from '@microsoft/agents-hosting';

/** The name Teams gives the invoke of an `Action.Execute` card action. */
const cardActionInvoke = 'adaptiveCard/action';

/**
 * Selects the `Action.Execute` invokes of one verb. The SDK's own string selector builds and runs a zod
 * schema for every registered verb on every invoke until one matches; reading two fields is enough.
 */
export function cardVerb(verb: string): (context: TurnContext) => Promise<boolean> {
  return (context) => {
    const { type, name, value } = context.activity;
    const action = (value as { action?: { type?: unknown; verb?: unknown } } | null | undefined)?.action;
    return Promise.resolve(type === 'invoke' && name === cardActionInvoke && action?.type === 'Action.Execute' && action.verb === verb);
  };
}
