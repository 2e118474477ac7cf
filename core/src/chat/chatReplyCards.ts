import type { CommunityView } from '../contract';
import type { MessageKey } from '../i18n/fr';
import { type Locale, translate } from '../i18n/translate';
import type { Poll } from '../polls/poll';
import type { Tally } from '../polls/pollTally';
import type { RitualPlan } from '../rituals/ritualPlan';
import { holder, meetingWhen, roleLabel } from '../rituals/ritualCards';
import type { Assignment } from '../rituals/rotation';
import type { RitualsDraft } from '../workshops/rituals';
import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { cardDateOnly } from '../adaptiveCards/cardDate';
import { plainText } from '../adaptiveCards/plainText';

/** A simple card: an optional title and lines of text. */
export function linesCard(lines: string[], title?: string): AdaptiveCard {
  return {
    ...cardEnvelope,
    body: [
      ...(title ? [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' }] : []),
      ...lines.map((text) => ({ type: 'TextBlock', text, wrap: true, spacing: 'Small' })),
    ],
  };
}

/** What the bot can do, for "help" and for messages it did not understand. */
export function helpCard(locale: Locale, notUnderstood?: string): AdaptiveCard {
  const lines = [translate(locale, 'bot.help.body')];
  if (notUnderstood !== undefined) lines.unshift(translate(locale, 'bot.unknown', { text: plainText(notUnderstood.slice(0, 80)) }));
  return linesCard(lines, translate(locale, 'bot.help.title'));
}

/** "status": the six workshops and their state. */
export function statusCard(view: CommunityView, locale: Locale): AdaptiveCard {
  const lines = view.workshops.map((w) =>
    translate(locale, 'bot.status.line', {
      n: w.n,
      title: translate(locale, `workshop.${w.n}.title`),
      state: translate(locale, `state.${w.state}` as MessageKey),
    }),
  );
  return linesCard(lines, translate(locale, 'bot.status.title', { name: plainText(view.name) }));
}

/** One scheduled series as `next meeting` tells it: its plan, and its coming meeting with who holds each role. */
export interface SeriesComing {
  plan: RitualPlan;
  next: { startsAt: string; roles: Assignment[] } | undefined;
}

/** What `next meeting` answers with: workshop 3, and each series it schedules (the main one first). */
export interface NextMeetingView {
  rituals: RitualsDraft;
  series: SeriesComing[];
}

type Rhythm = { every?: number; unit?: 'week' | 'month'; minutes?: number; format?: string | null };

function rhythmLine(locale: Locale, { every, unit, minutes, format }: Rhythm): string[] {
  if (!every || !unit || !minutes || !format) return [];
  return [
    translate(locale, 'bot.nextMeeting.rhythm', {
      every,
      unit: translate(locale, `bot.unit.${unit}`, { n: every }),
      minutes,
      format: translate(locale, `bot.format.${format as 'virtual'}`),
    }),
  ];
}

/** One series: its name when there are several, the next date and time, the roles, the rhythm and the place. */
function seriesLines(locale: Locale, { plan, next }: SeriesComing, named: boolean): string[] {
  const lines: string[] = [];
  if (named)
    lines.push(
      translate(locale, 'bot.nextMeeting.series', {
        name: plan.seriesName ? plainText(plan.seriesName) : translate(locale, 'bot.nextMeeting.mainSeries'),
      }),
    );
  if (next) {
    lines.push(translate(locale, 'bot.nextMeeting.when', { when: meetingWhen(locale, next.startsAt, plan.timeZone) }));
    if (next.roles.length > 0)
      lines.push(
        translate(locale, 'bot.nextMeeting.roles', {
          roles: next.roles
            .map((a) => translate(locale, 'bot.nextMeeting.role', { role: roleLabel(locale, a.role), person: holder(locale, a) }))
            .join(' · '),
        }),
      );
  }
  lines.push(...rhythmLine(locale, { ...plan.cadence, minutes: plan.durationMinutes, format: plan.format }));
  if (plan.place) lines.push(translate(locale, 'bot.nextMeeting.place', { place: plainText(plan.place) }));
  return lines;
}

/** "next meeting": for each series, the date, time (its time zone), place and roles of its next meeting, and its rhythm. */
export function nextMeetingCard({ rituals, series }: NextMeetingView, locale: Locale): AdaptiveCard {
  const title = translate(locale, 'workshop.3.title');
  if (series.length > 0)
    return linesCard(
      series.flatMap((s) => seriesLines(locale, s, series.length > 1)),
      title,
    );
  // Nothing scheduled yet: what workshop 3 says of the rhythm, and what is missing for dates.
  const { cadence, durationMinutes, format, place } = rituals;
  const lines = rhythmLine(locale, { ...cadence, minutes: durationMinutes, format });
  if (lines.length === 0) return linesCard([translate(locale, 'bot.nextMeeting.none')]);
  lines.push(translate(locale, 'bot.nextMeeting.noFirstDate'));
  if (place) lines.push(translate(locale, 'bot.nextMeeting.place', { place: plainText(place) }));
  return linesCard(lines, title);
}

/** "open polls": each open poll with its participation and deadline. */
export function openPollsCard(polls: { poll: Poll; tally: Tally }[], locale: Locale): AdaptiveCard {
  if (polls.length === 0) return linesCard([translate(locale, 'bot.openPolls.none')]);
  const lines = polls.map(({ poll, tally }) => {
    return translate(locale, 'bot.openPolls.line', {
      question: plainText(poll.question),
      voters: tally.voters,
      date: cardDateOnly(poll.closesAt),
    });
  });
  return linesCard(lines, translate(locale, 'bot.openPolls.title'));
}
