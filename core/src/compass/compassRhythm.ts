import type { ImpactDraft } from '../workshops/impact';
import type { RitualsDraft } from '../workshops/rituals';

/** How often the maturity compass is run when workshop 6 says nothing else: every six months. */
export const compassEveryMonths = 6;

/** When the compass comes round, from workshop 6's compass schedule (or the default). */
export interface CompassRhythm {
  /** Months between two runs. */
  everyMonths: number;
  /** The planned date of the first run (YYYY-MM-DD), if workshop 6 gave one. */
  firstDate: string | null;
  /** False when the facilitators open each run by hand: the timer then opens none (the digest still reminds). */
  automatic: boolean;
}

/** The rhythm a community's workshop 6 chose; unset parts fall back to every six months, opened automatically. */
export function compassRhythmOf(impact: ImpactDraft | undefined): CompassRhythm {
  const schedule = impact?.compassSchedule;
  return {
    everyMonths: schedule?.everyMonths ?? compassEveryMonths,
    firstDate: schedule?.firstDate ?? null,
    automatic: schedule?.openedByHand !== true,
  };
}

/** `iso` plus `months` calendar months (UTC). */
function addMonths(iso: string, months: number): Date {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** What the compass rule reads: the last run's opening, when the community began, and its rhythm. */
export interface CompassClock {
  /** When the last compass run opened; null if never. */
  lastOpenedAt: string | null;
  /** When the community began (see `compassStartedAt`): the compass clock starts there until a first run. */
  startedAt: string;
  rhythm: CompassRhythm;
}

/**
 * When a community began, for its first compass: its kick-off (workshop 3's first meeting) when one is planned, since
 * a compass means something once the members have met; else the day it was created.
 */
export function compassStartedAt(createdAt: string, kickOffDate: string | null | undefined): string {
  return kickOffDate ? `${kickOffDate}T00:00:00.000Z` : createdAt;
}

/** The kick-off's date (YYYY-MM-DD) in a workshop 3 draft: the main series' first meeting; null when not planned. */
export const kickOffDateOf = (rituals: RitualsDraft | undefined): string | null => rituals?.firstMeeting?.date ?? null;

/**
 * When the next compass run is due: `everyMonths` after the last one opened; before any run, on workshop 6's
 * first date when it set one, else `everyMonths` after the community began (its kick-off, or its creation). The one
 * rule of the digest's reminder and the timer that opens runs.
 */
export function compassDueAt({ lastOpenedAt, startedAt, rhythm }: CompassClock): Date {
  if (lastOpenedAt) return addMonths(lastOpenedAt, rhythm.everyMonths);
  if (rhythm.firstDate) return new Date(`${rhythm.firstDate}T00:00:00Z`);
  return addMonths(startedAt, rhythm.everyMonths);
}

/** Whether a run is due at `now`: `first` (never run), `again` (the rhythm's months are up); null when not due. */
export function compassDue(clock: CompassClock, now: Date): 'first' | 'again' | null {
  if (compassDueAt(clock).getTime() > now.getTime()) return null;
  return clock.lastOpenedAt ? 'again' : 'first';
}
