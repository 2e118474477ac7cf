import type { Locale } from '@elan/core/i18n/locale';

const intlTag: Record<Locale, string> = { fr: 'fr-CA', en: 'en-CA' };

/** How an instant is shown: date and time, or the date alone (medium or long). */
export type InstantStyle = 'dateTime' | 'date' | 'longDate';

const instantOptions: Record<InstantStyle, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'medium' },
  longDate: { dateStyle: 'long' },
};

/** An instant (ISO string) in the reader's language and time zone. */
export function formatInstant(locale: Locale, iso: string, style: InstantStyle = 'dateTime'): string {
  return new Intl.DateTimeFormat(intlTag[locale], instantOptions[style]).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD), the same day whatever the reader's time zone. */
export function formatCalendarDay(locale: Locale, day: string, dateStyle: 'long' | 'full' = 'long'): string {
  return new Intl.DateTimeFormat(intlTag[locale], { dateStyle, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
