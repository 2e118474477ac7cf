/** A segment of the agenda template, as workshop 3 stores it. */
export interface Segment {
  label?: string;
  minutes?: number;
}

export interface AgendaSummary {
  /** Sum of the segments' minutes (segments without minutes count 0). */
  total: number;
  /** Minutes from the start of the meeting at which each segment begins. */
  starts: number[];
  /** How the total compares with the meeting's length; `unknown` without a length. */
  fit: 'unknown' | 'under' | 'exact' | 'over';
  /** Meeting length minus total (negative when over). */
  slack: number;
}

/** Adds up the agenda and compares it with the meeting's length. */
export function agendaSummary(segments: readonly Segment[], durationMinutes: number | undefined): AgendaSummary {
  const starts: number[] = [];
  let total = 0;
  for (const s of segments) {
    starts.push(total);
    total += typeof s.minutes === 'number' && Number.isFinite(s.minutes) && s.minutes > 0 ? s.minutes : 0;
  }
  if (typeof durationMinutes !== 'number') return { total, starts, fit: 'unknown', slack: 0 };
  const slack = durationMinutes - total;
  return { total, starts, slack, fit: slack === 0 ? 'exact' : slack > 0 ? 'under' : 'over' };
}
