/** The plain JSON of an Adaptive Card (schema 1.5, as Teams renders it). */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Record<string, unknown>[];
  actions?: Record<string, unknown>[];
  [key: string]: unknown;
}

/** What every card starts with (type, schema, version 1.5): spread it, then give the body and actions. */
export const cardEnvelope = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
} as const satisfies Pick<AdaptiveCard, 'type' | '$schema' | 'version'>;
