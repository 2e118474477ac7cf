import type { Meeting } from '../../rituals/meeting';
import type { MeetingRecord } from './impactReportInput';
import type { SurveyWithResponses } from './surveyInputs';

/**
 * Meetings as the impact report counts them: a meeting is held once its check-in card went out. Élan does
 * not see who joined a call, so attendance is the number of people who answered the meeting's check-out
 * (a lower bound, said so in the report); usefulness is their mean, shown only from the survey's threshold.
 */
export function reportMeetings(meetings: readonly Meeting[], surveys: readonly SurveyWithResponses[], eligible: number): MeetingRecord[] {
  const checkouts = new Map(surveys.filter((s) => s.survey.kind === 'checkout').map((s) => [s.survey.id, s]));
  return meetings
    .filter((m) => m.posted.checkIn !== undefined)
    .map((m) => {
      const checkout = m.checkoutSurveyId ? checkouts.get(m.checkoutSurveyId) : undefined;
      const useful = (checkout?.responses ?? []).map((r) => r.answers['useful']).filter((v): v is number => typeof v === 'number');
      const shown = checkout !== undefined && checkout.responses.length >= checkout.survey.threshold && useful.length > 0;
      return {
        date: m.startsAt,
        attendees: checkout?.responses.length ?? 0,
        eligible,
        ...(shown ? { usefulness: Math.round((useful.reduce((a, b) => a + b, 0) / useful.length) * 10) / 10 } : {}),
      };
    });
}
