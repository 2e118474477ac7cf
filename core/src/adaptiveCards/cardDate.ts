// Teams formats {{DATE()}} and {{TIME()}} in the reader's own locale and time zone; they need seconds precision.
const seconds = (iso: string) => iso.replace(/\.\d+Z$/, 'Z');

/** A date and time Teams shows in the reader's own locale and time zone. */
export function cardDate(iso: string): string {
  const at = seconds(iso);
  return `{{DATE(${at}, LONG)}} {{TIME(${at})}}`;
}

/** The day of an instant, as Teams shows it in the reader's own locale and time zone. */
export function cardDateOnly(iso: string): string {
  return `{{DATE(${seconds(iso)}, LONG)}}`;
}

/** A calendar day (YYYY-MM-DD) as Teams shows dates, without a time. */
export function cardDay(day: string): string {
  return `{{DATE(${day}T12:00:00Z, LONG)}}`;
}
