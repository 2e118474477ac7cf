import type { MessageKey } from '../../i18n/fr';
import { type Locale, type MessageParams, translate } from '../../i18n/translate';

/** Everything a document builder needs to turn data into words in one language. */
export interface Words {
  locale: Locale;
  /** A catalog message. */
  t(key: MessageKey, params?: MessageParams): string;
  /** A calendar date (YYYY-MM-DD or an ISO timestamp) as "1 décembre 2027" / "December 1, 2027". */
  date(iso: string): string;
  /** A whole number with the locale's grouping. */
  number(n: number): string;
  /** "a, b et c" / "a, b and c". */
  list(items: string[]): string;
  /** A duration in minutes as "45 min", "2 h" or "1 h 30 min". */
  duration(minutes: number): string;
  /** A share as a rounded percentage, "42 %" / "42%". */
  percent(part: number, whole: number): string;
  /** Whether text is empty once trimmed (the builders' one test for "nothing was typed"). */
  blank(text: string | undefined | null): text is undefined | null | '';
}

const intlTag: Record<Locale, string> = { fr: 'fr-CA', en: 'en-CA' };

/** Builds the words of one language. Dates are shown in UTC: stored dates are calendar days, not instants. */
export function wordsFor(locale: Locale): Words {
  const tag = intlTag[locale];
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const listFormat = new Intl.ListFormat(tag, { type: 'conjunction' });
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  return {
    locale,
    t,
    date: (iso) => {
      const parsed = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(parsed.getTime()) ? iso : dateFormat.format(parsed);
    },
    number: (n) => numberFormat.format(n),
    list: (items) => listFormat.format(items),
    duration: (minutes) => {
      const h = Math.floor(minutes / 60);
      const m = minutes % 60;
      if (h === 0) return t('doc.duration.min', { m });
      return m === 0 ? t('doc.duration.h', { h }) : t('doc.duration.hmin', { h, m });
    },
    percent: (part, whole) => t('doc.percent', { n: whole > 0 ? Math.round((part / whole) * 100) : 0 }),
    blank: (text): text is undefined | null | '' => text === undefined || text === null || text.trim() === '',
  };
}

/** The calendar day (YYYY-MM-DD) of an ISO timestamp. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** Adds whole months to a YYYY-MM-DD date, keeping the day within the target month. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
