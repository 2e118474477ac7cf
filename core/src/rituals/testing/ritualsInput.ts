import { ritualsDraft } from '../../workshops/rituals';
import { type RitualPlan, ritualPlanOf } from '../ritualPlan';

// One workshop 3 for the ritual tests of every workspace (plan, cards, the bot's cards, the API's timers):
// each test overrides only the fields it is about.

/** Agenda segments as workshop 3 stores them, from [label, minutes, role in charge] triples. */
export function agendaOf(...segments: [label: string, minutes: number, roleInCharge?: string][]) {
  return segments.map(([label, minutes, roleInCharge]) => ({ label, minutes, ...(roleInCharge ? { roleInCharge } : {}) }));
}

/**
 * A complete workshop 3 as a facilitator fills it in: weekly 2-hour meetings from Tuesday 9 March 2027, 13:30 in
 * Toronto (before the 14 March DST change), Nadia facilitating, a rotating note-taker. `over` replaces whole fields.
 */
export function ritualsInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    cadence: { every: 1, unit: 'week' },
    durationMinutes: 120,
    place: 'https://teams.example/meet/1',
    firstMeeting: { date: '2027-03-09', time: '13:30', timeZone: 'America/Toronto' },
    leadTimeHours: 24,
    checkInQuestion: 'Une réussite depuis la dernière fois ?',
    agendaTemplate: agendaOf(['Tour d’ouverture', 10], ['Étude de cas', 90, 'facilitator'], ['Tour de clôture', 20]),
    roles: [
      { role: 'facilitator', rotation: 'fixed', holder: { name: 'Nadia' } },
      { role: 'noteTaker', rotation: 'rotating' },
    ],
    ...over,
  };
}

/** The meeting plan of `ritualsInput(over)`; throws when the overrides leave no plan (a test mistake). */
export function ritualPlanFor(over: Record<string, unknown> = {}): RitualPlan {
  const plan = ritualPlanOf(ritualsDraft.parse(ritualsInput(over)));
  if (!plan) throw new Error('this workshop 3 makes no meeting plan');
  return plan;
}
