/** When the first meeting is, as people say it: a calendar date and a wall-clock time in the community's time zone. */
export interface LocalStart {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
}

export interface Cadence {
  every: number;
  unit: 'week' | 'month';
}

const dayMs = 86_400_000;

/** The wall-clock time an instant shows in `timeZone`, as milliseconds of a UTC date with the same fields. */
function wallClock(instantMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instantMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** Offset of `timeZone` from UTC at an instant, in milliseconds (Toronto in winter: -5 h). */
function offsetAt(instantMs: number, timeZone: string): number {
  return wallClock(instantMs, timeZone) - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant at which clocks in `timeZone` show the wall time `wallMs`. Around a change of offset:
 * a time that happens twice (clocks go back) is its first occurrence; a time that does not exist (clocks go
 * forward) moves forward by the gap, as calendar apps do (02:30 on the spring-forward night becomes 03:30).
 */
export function zonedTimeToInstant(wallMs: number, timeZone: string): number {
  const before = offsetAt(wallMs - dayMs, timeZone);
  const after = offsetAt(wallMs + dayMs, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wallMs - offset)
    .filter((instant) => wallClock(instant, timeZone) === wallMs)
    .sort((a, b) => a - b);
  return candidates[0] ?? wallMs - before;
}

/** Adds `k` weeks or months to a calendar date; a month without that day takes its last day (31 Jan → 28 Feb). */
function addToDate(year: number, month: number, day: number, k: number, unit: Cadence['unit']): [number, number, number] {
  if (unit === 'week') {
    const d = new Date(Date.UTC(year, month - 1, day) + k * 7 * dayMs);
    return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  }
  const total = year * 12 + (month - 1) + k;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [y, m, Math.min(day, last)];
}

/** Whether `timeZone` is an IANA zone this runtime knows (browser or server). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** One meeting of a series: its number counted from the first (0), its local calendar date and its start. */
export interface ScheduledMeeting {
  index: number;
  /** YYYY-MM-DD as the calendar shows it in the series' time zone. */
  date: string;
  startsAt: Date;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The next `count` meetings from `start`, every `cadence.every` weeks or months, at the same wall-clock time in
 * `timeZone` whatever daylight saving does. Each date is computed from the start (never from the previous one),
 * so a month-end start does not drift. With `after`, meetings before that instant are skipped.
 * Returns [] for an invalid start, cadence or time zone.
 */
export function scheduledMeetings(start: LocalStart, cadence: Cadence, count: number, timeZone: string, after?: Date): ScheduledMeeting[] {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start.date);
  const time = /^(\d{1,2}):(\d{2})$/.exec(start.time);
  if (!date || !time || !isTimeZone(timeZone) || !Number.isInteger(cadence.every) || cadence.every < 1 || count < 1) return [];
  const [y, mo, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const [h, mi] = [Number(time[1]), Number(time[2])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return [];
  const at = (k: number): ScheduledMeeting => {
    const [yy, mm, dd] = addToDate(y, mo, d, k * cadence.every, cadence.unit);
    return {
      index: k,
      date: `${pad(yy, 4)}-${pad(mm)}-${pad(dd)}`,
      startsAt: new Date(zonedTimeToInstant(Date.UTC(yy, mm - 1, dd, h, mi), timeZone)),
    };
  };
  // Jump close to `after` instead of walking there one meeting at a time.
  let k = 0;
  if (after) {
    const periodDays = cadence.unit === 'week' ? 7 * cadence.every : 28 * cadence.every;
    k = Math.max(0, Math.floor((after.getTime() - at(0).startsAt.getTime()) / (periodDays * dayMs)) - 2);
  }
  const meetings: ScheduledMeeting[] = [];
  for (let guard = 0; meetings.length < count && guard < 10_000; guard++, k++) {
    const next = at(k);
    if (!after || next.startsAt.getTime() >= after.getTime()) meetings.push(next);
  }
  return meetings;
}

/** The start instants of the next `count` meetings (see `scheduledMeetings`). */
export function nextMeetingDates(start: LocalStart, cadence: Cadence, count: number, timeZone: string, after?: Date): Date[] {
  return scheduledMeetings(start, cadence, count, timeZone, after).map((m) => m.startsAt);
}

/** Time zones offered first (Québec, Belgium and neighbours); any other IANA name can be typed. */
export const commonTimeZones = [
  'America/Toronto',
  'America/Montreal',
  'America/Halifax',
  'America/Vancouver',
  'Europe/Brussels',
  'Europe/Paris',
  'Europe/Luxembourg',
  'UTC',
] as const;
