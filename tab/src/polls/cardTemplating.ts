/**
 * Teams fills `{{DATE(2026-11-23T16:00:00Z, LONG)}}` and `{{TIME(…)}}` in the reader's locale and time zone;
 * the adaptivecards renderer does not, so the preview does it here the same way.
 */
export function fillCardDates(text: string, locale: string, timeZone?: string): string {
  return text.replace(/\{\{(DATE|TIME)\(([^,)]+)(?:,\s*(SHORT|LONG|COMPACT))?\)\}\}/g, (whole, fn: string, iso: string, style?: string) => {
    const date = new Date(iso.trim());
    if (Number.isNaN(date.getTime())) return whole;
    const options: Intl.DateTimeFormatOptions =
      fn === 'TIME'
        ? { hour: '2-digit', minute: '2-digit', timeZone }
        : style === 'LONG'
          ? { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone }
          : style === 'SHORT'
            ? { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone }
            : { year: 'numeric', month: '2-digit', day: '2-digit', timeZone };
    return new Intl.DateTimeFormat(locale, options).format(date);
  });
}

/** Applies `fillCardDates` to every string of a card. */
export function fillCardJson<T>(card: T, locale: string, timeZone?: string): T {
  if (typeof card === 'string') return fillCardDates(card, locale, timeZone) as T;
  if (Array.isArray(card)) return card.map((c) => fillCardJson(c, locale, timeZone)) as T;
  if (card && typeof card === 'object') {
    return Object.fromEntries(Object.entries(card).map(([k, v]) => [k, fillCardJson(v, locale, timeZone)])) as T;
  }
  return card;
}
