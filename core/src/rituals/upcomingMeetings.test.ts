import { ritualsChapter } from '../documents/charter/ritualsChapter';
import { wordsFor } from '../documents/charter/format';
import type { Block } from '../documents/charter/documentModel';
import { ritualsDraft } from '../workshops/rituals';
import { dueRitualSteps } from './ritualPlan';
import { ritualPlanFor, ritualsInput } from './testing/ritualsInput';
import { upcomingMeetings } from './upcomingMeetings';

const w = wordsFor('en');
const plan = ritualPlanFor();
const paragraphs = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
/** The charter's "next meetings" sentence for workshop 3 as of `now`. */
const charterDates = (now: string, over: Record<string, unknown> = {}) =>
  paragraphs(ritualsChapter(w, ritualsDraft.parse(ritualsInput(over)), now)).find((t) => t.startsWith('Next meetings'));

describe('upcomingMeetings: one schedule for the bot, the next-meeting answer and the charter', () => {
  it('counts from the first meeting, not from today, so a charter written months before lists the first meetings', () => {
    expect(upcomingMeetings(plan, new Date('2026-11-02T12:00:00.000Z'), 3).map((m) => m.date)).toEqual([
      '2027-03-09',
      '2027-03-16',
      '2027-03-23',
    ]);
    expect(charterDates('2026-11-02T12:00:00.000Z')).toContain(w.list(['2027-03-09', '2027-03-16', '2027-03-23'].map(w.date)));
  });

  it('gives the charter the dates the bot announces, a meeting under way still counting until it ends', () => {
    const now = '2027-03-16T18:00:00.000Z'; // 14:00 in Toronto, half-way through the 16 March meeting
    const coming = upcomingMeetings(plan, new Date(now), 3);
    expect(coming.map((m) => m.date)).toEqual(['2027-03-16', '2027-03-23', '2027-03-30']);
    expect(charterDates(now)).toContain(w.list(coming.map((m) => w.date(m.date))));
    // The bot's check-in is out for that same meeting at that moment.
    expect(dueRitualSteps(plan, new Date(now)).map((s) => [s.meeting.date, s.stage])).toContainEqual(['2027-03-16', 'checkIn']);
  });

  it('says nothing of dates while workshop 3 has no first meeting', () => {
    expect(charterDates('2027-03-10T00:00:00.000Z', { firstMeeting: undefined })).toBeUndefined();
  });
});
