import * as AC from 'adaptivecards';

/**
 * Parses a card with Microsoft's `adaptivecards` library targeting schema 1.5 (what Teams renders) and
 * returns every problem it reports: unknown elements, invalid property values, versions above 1.5.
 */
export function cardProblems(json: unknown): string[] {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json as never, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  const version = (json as { version?: string }).version;
  if (version !== '1.5') problems.push(`card version ${version} is not 1.5`);
  for (const event of card.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}
