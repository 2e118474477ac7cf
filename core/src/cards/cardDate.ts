/** A date Teams formats in the reader's own locale and time zone ({{DATE()}} needs seconds precision). */
export function cardDate(iso: string): string {
  const at = iso.replace(/\.\d+Z$/, 'Z');
  return `{{DATE(${at}, LONG)}} {{TIME(${at})}}`;
}

/** A calendar day (YYYY-MM-DD) as Teams shows dates, without a time. */
export function cardDay(day: string): string {
  return `{{DATE(${day}T12:00:00Z, LONG)}}`;
}
