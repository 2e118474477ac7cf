import type { ImpactDraft } from '../workshops/impact';

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
  /** When the community was created: the compass clock starts there until a first run. */
  createdAt: string;
  rhythm: CompassRhythm;
}

/**
 * When the next compass run is due: `everyMonths` after the last one opened; before any run, on workshop 6's
 * first date when it set one, else `everyMonths` after the community was created. The one rule of the digest's
 * reminder and the timer that opens runs.
 */
export function compassDueAt({ lastOpenedAt, createdAt, rhythm }: CompassClock): Date {
  if (lastOpenedAt) return addMonths(lastOpenedAt, rhythm.everyMonths);
  if (rhythm.firstDate) return new Date(`${rhythm.firstDate}T00:00:00Z`);
  return addMonths(createdAt, rhythm.everyMonths);
}

/** Whether a run is due at `now`: `first` (never run), `again` (the rhythm's months are up); null when not due. */
export function compassDue(clock: CompassClock, now: Date): 'first' | 'again' | null {
  if (compassDueAt(clock).getTime() > now.getTime()) return null;
  return clock.lastOpenedAt ? 'again' : 'first';
}
