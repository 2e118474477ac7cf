/** Minutes as a start offset in a timed agenda, h:mm: 0 → "0:00", 70 → "1:10" (rounded to the minute, never negative). */
export function clock(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}
