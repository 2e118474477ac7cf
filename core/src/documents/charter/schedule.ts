import { addMonths } from './format';

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
