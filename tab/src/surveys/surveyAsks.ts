import type { WorkshopNumber } from '@elan/core/workshops/registry';
import { type PulseItem, pulseItems } from '@elan/core/surveys/survey';
import type { SurveyKind } from './surveyEndpoints';

/** The anonymity threshold and duration the API accepts (contract: threshold 3..50, duration 1..60 days). */
export const thresholdRange = { min: 3, max: 50 } as const;
export const durationRange = { min: 1, max: 60 } as const;

/** A survey a workshop proposes to post ("ask the members"). */
export interface SurveyProposal {
  kind: Exclude<SurveyKind, 'checkout' | 'feedback'>;
  /** Pulse item ids (P1..P15), from workshop 6's `pulse.itemIds`. */
  items?: PulseItem[];
  threshold: number;
  durationDays: number;
  /** Where the new survey's id is kept in the workshop, when the schema has a field for it. */
  storeIdAt?: string;
  /** Why it cannot be posted yet (a catalog key suffix), or undefined when it can. */
  blocked?: 'needsItems';
}

/** Which survey kinds each workshop asks; the ones not listed have none. */
export const surveyKindsOf: Partial<Record<WorkshopNumber, readonly SurveyProposal['kind'][]>> = {
  2: ['needs'],
  5: ['snowball'],
  6: ['pulse', 'story', 'satisfaction'],
};

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(n)));

/** Keeps a typed number within a range; anything that is not a number becomes `fallback`. */
export function clampInt(raw: unknown, range: { min: number; max: number }, fallback: number): number {
  const n = typeof raw === 'number' ? raw : Number(raw);
  return Number.isFinite(n) && (typeof raw !== 'string' || raw.trim() !== '') ? clamp(n, range.min, range.max) : fallback;
}

/**
 * The surveys workshop `n` can post for the current draft. The pulse takes its items from `pulse.itemIds` and its
 * threshold from `pulse.minRespondents` (within what the API accepts); a pulse without bank items cannot go out.
 */
export function surveyProposals(n: WorkshopNumber, draft: Record<string, unknown>): SurveyProposal[] {
  const base = { threshold: 5, durationDays: 14 };
  switch (n) {
    case 2:
      return [{ kind: 'needs', ...base, storeIdAt: 'needsSurveyPollId' }];
    case 5:
      return [{ kind: 'snowball', ...base, storeIdAt: 'nominationsPollId' }];
    case 6: {
      const pulse = (draft['pulse'] ?? {}) as { itemIds?: unknown; minRespondents?: unknown };
      // Only the item bank's statements (P1..P15) can be asked; anything else in the draft is left out.
      const bank = (i: unknown): i is PulseItem => (pulseItems as readonly unknown[]).includes(i);
      const items = Array.isArray(pulse.itemIds) ? [...new Set(pulse.itemIds.filter(bank))] : [];
      const threshold = clampInt(pulse.minRespondents, thresholdRange, base.threshold);
      return [
        { kind: 'pulse', ...base, threshold, items, ...(items.length === 0 ? { blocked: 'needsItems' as const } : {}) },
        { kind: 'story', ...base, durationDays: 30 },
        // The satisfaction survey's statements and invitation are chosen in its own editor.
        { kind: 'satisfaction', ...base, threshold },
      ];
    }
    default:
      return [];
  }
}
