import type { Membership } from '../../community/community';
import { can } from '../../policies/can';

/** What counts as a member's contribution to the participation indicator ("5 of 20 members contributed"). */
export const contributionKinds = ['resource', 'ballot', 'answer', 'story', 'capture'] as const;
export type ContributionKind = (typeof contributionKinds)[number];

/** One thing a member did for the community: saved a resource, voted, answered a survey, told a story, captured a meeting. */
export interface Contribution {
  userId: string;
  kind: ContributionKind;
  /** When it happened: a YYYY-MM-DD day or an ISO timestamp (UTC). */
  at: string;
}

/** A span of time, `from` included and `to` excluded (YYYY-MM-DD days or ISO timestamps, UTC). */
export interface Period {
  from: string;
  to: string;
}

/** How many of the members who could contribute in a period did. */
export interface ContributorCount {
  period: Period;
  contributors: number;
  members: number;
}

/** Both ends as ISO timestamps, so a day (`2026-11-01`) and an instant of that day compare as time does. */
const instant = (iso: string) => (iso.length === 10 ? `${iso}T00:00:00.000Z` : iso);
const within = (at: string, period: Period) => instant(period.from) <= instant(at) && instant(at) < instant(period.to);

/**
 * The distinct people who contributed in a period, whatever they did and however often: a member who voted
 * twice and saved a resource is one contributor. With `among`, only those people count.
 */
export function contributorsIn(contributions: readonly Contribution[], period: Period, among?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const c of contributions) if (within(c.at, period) && (!among || among.has(c.userId))) out.add(c.userId);
  return out;
}

/** The members who could contribute during a period: facilitators and members, joined before it ended. */
export function membersDuring(members: readonly Membership[], period: Period): Set<string> {
  return new Set(
    members.filter((m) => can(m.role, 'survey.respond') && (!m.joinedAt || instant(m.joinedAt) < instant(period.to))).map((m) => m.userId),
  );
}

/** The calendar months (UTC) from the one holding `from` to the one holding `to`, each as a period. */
export function monthsBetween(from: string, to: string): Period[] {
  const [y0, m0] = from.split('-').map(Number) as [number, number];
  const [y1, m1] = to.split('-').map(Number) as [number, number];
  const day = (y: number, m: number) => new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  const out: Period[] = [];
  for (let i = 0; y0 * 12 + m0 - 1 + i <= y1 * 12 + m1 - 1; i++) out.push({ from: day(y0, m0 - 1 + i), to: day(y0, m0 + i) });
  return out;
}

/**
 * Contributors out of members, per period. Only people on the roster count (a contributor is one of the
 * members), so the share never exceeds 100 %.
 */
export function contributorsByPeriod(
  contributions: readonly Contribution[],
  members: readonly Membership[],
  periods: readonly Period[],
): ContributorCount[] {
  return periods.map((period) => {
    const eligible = membersDuring(members, period);
    return { period, contributors: contributorsIn(contributions, period, eligible).size, members: eligible.size };
  });
}
