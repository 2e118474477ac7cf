import { addDays, addMonths } from './format';

/** A recurring rhythm: every `every` weeks or months. */
export interface Rhythm {
  every: number;
  unit: 'week' | 'month';
}

/** The `count` dates after `from` (YYYY-MM-DD) at the given rhythm, the first one rhythm after `from`. */
export function nextDates(from: string, rhythm: Rhythm, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    rhythm.unit === 'week' ? addDays(from, 7 * rhythm.every * (i + 1)) : addMonths(from, rhythm.every * (i + 1)),
  );
}

/**
 * The dates of a series that started at `anchor` and repeats every `months`, falling within
 * [from, from + horizonMonths]. A series anchored in the future starts at its anchor.
 */
export function datesWithin(anchor: string, months: number, from: string, horizonMonths: number): string[] {
  const until = addMonths(from, horizonMonths);
  const out: string[] = [];
  for (let k = 0; k < 1000; k++) {
    const date = addMonths(anchor, months * k);
    if (date > until) break;
    if (date >= from) out.push(date);
  }
  return out;
}
