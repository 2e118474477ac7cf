import type { CardFor } from '../adaptiveCards/tabLinks';
import type { RemindPerson } from '../notebooks/captureReminders';
import type { Stores } from '../stores';
import { defaultSurveyThreshold, minSurveyThreshold } from '../surveys/survey';
import type { ImpactDraft } from '../workshops/impact';
import type { Principal } from './community';
import { isActive } from './memberRules';
import { newcomerPulseCard, type NewcomerPulseView } from './newcomerPulseCard';
import { type NewcomerPulseAnswer, newcomerPulseAnswers } from './welcomeStore';

/** Days between a newcomer's welcome and their pulse. */
export const newcomerPulseDays = 30;
const dayMs = 24 * 3600 * 1000;

/** Whether a newcomer welcomed at `welcomedAt` is due their pulse at `at`. */
export const newcomerPulseDue = (welcomedAt: string, at: Date) => at.getTime() >= Date.parse(welcomedAt) + newcomerPulseDays * dayMs;

/** The newcomers' answers as facilitators may see them: counts only, and nothing below the anonymity threshold. */
export interface NewcomerPulseResults {
  respondents: number;
  threshold: number;
  /** Null until `respondents` reaches `threshold`. */
  counts: Record<NewcomerPulseAnswer, number> | null;
}

/** Reads a community's newcomer pulse results, the threshold being the surveys' (workshop 6's, never below 3). */
export async function newcomerPulseResults(stores: Stores, tenantId: string, communityId: string): Promise<NewcomerPulseResults> {
  const [counts, impact] = await Promise.all([
    stores.welcomes.pulseCounts(tenantId, communityId),
    stores.workshops.get(tenantId, communityId, 6),
  ]);
  const chosen = ((impact?.data ?? {}) as ImpactDraft).pulse?.minRespondents;
  const threshold = Math.max(minSurveyThreshold, chosen ?? defaultSurveyThreshold);
  const respondents = newcomerPulseAnswers.reduce((n, a) => n + counts[a], 0);
  return { respondents, threshold, counts: respondents >= threshold ? counts : null };
}

/** What one run of the newcomer pulse did, for logs and tests. */
export interface NewcomerPulseReport {
  /** Pulses that went out, as `communityId userId`. */
  sent: string[];
}

/**
 * One run of the newcomers' pulse: everyone welcomed at least 30 days ago in a community the bot can reach gets the
 * question once in their personal chat, while they are still an active member. The claim comes first, so overlapping
 * runs send it once; a send that reached nobody gives it back for a later run.
 */
export async function runNewcomerPulseTimers(stores: Stores, send: RemindPerson, now: string): Promise<NewcomerPulseReport> {
  const report: NewcomerPulseReport = { sent: [] };
  const at = new Date(now);
  for (const { tenantId, communityId } of await stores.meetings.communitiesWithChannels()) {
    const due = (await stores.welcomes.listWelcomed(tenantId, communityId)).filter((w) => !w.pulsed && newcomerPulseDue(w.welcomedAt, at));
    if (due.length === 0) continue;
    const [community, members] = await Promise.all([
      stores.communities.get(tenantId, communityId),
      stores.communities.listMembers(tenantId, communityId, { all: true }),
    ]);
    if (!community || community.lifecycle?.stage === 'archived') continue;
    const active = new Set(members.filter(isActive).map((m) => m.userId));
    const view: NewcomerPulseView = { locale: community.language, communityId, communityName: community.name };
    const card: CardFor = () => newcomerPulseCard(view);
    for (const { userId } of due) {
      if (!active.has(userId)) continue;
      if (!(await stores.welcomes.claim(tenantId, communityId, userId, 'pulse', now))) continue;
      if (await send(tenantId, communityId, userId, card).catch(() => false)) report.sent.push(`${communityId} ${userId}`);
      else await stores.welcomes.release(tenantId, communityId, userId, 'pulse');
    }
  }
  return report;
}

/** A newcomer answers their pulse from its card: stored once, never with their name; the card says so. */
export async function answerNewcomerPulse(
  stores: Stores,
  principal: Principal,
  data: { communityId?: unknown; answer?: unknown },
): Promise<NewcomerPulseView | undefined> {
  if (typeof data.communityId !== 'string') return undefined;
  const community = await stores.communities.get(principal.tenantId, data.communityId);
  if (!community) return undefined;
  const view: NewcomerPulseView = { locale: community.language, communityId: community.id, communityName: community.name };
  const answer = newcomerPulseAnswers.find((a) => a === data.answer);
  const membership = await stores.communities.membership(principal.tenantId, community.id, principal.userId);
  // Only newcomers the pulse went to answer it: a forged invoke from anyone else counts for nothing.
  const asked = (await stores.welcomes.listWelcomed(principal.tenantId, community.id)).some(
    (w) => w.userId === principal.userId && w.pulsed,
  );
  if (!answer || !membership || !isActive(membership) || !asked) return { ...view, notice: 'welcome.pulse.notAllowed' };
  const stored = await stores.welcomes.answerPulse(principal.tenantId, community.id, principal.userId, answer);
  return { ...view, notice: stored ? 'welcome.pulse.thanks' : 'welcome.pulse.already' };
}
