import type { monthlyFr } from './messages.fr';

/** English messages for the members' monthly "what happened" summary: typed against the French keys. */
export const monthlyEn: Record<keyof typeof monthlyFr, string> = {
  'monthly.title': '{community}: what happened in {month}',
  'monthly.intro': 'Your summary of the month, because you asked for it. You can turn it off on the community’s home.',
  'monthly.notebooks': 'New notebooks',
  'monthly.notebook.meeting': 'Meeting of {date}',
  'monthly.notebook.between': 'Between meetings',
  'monthly.open.notebook': 'Open the notebook',
  'monthly.decisions': 'Decisions made',
  'monthly.decision.line': 'Decision {number}: {question}',
  'monthly.decision.turnout': 'Took part: {voters} of {eligible}',
  'monthly.open.decisions': 'See the decisions',
  'monthly.meeting': 'Next meeting',
  'monthly.meeting.whenSeries': '{series}: {date}',
  'monthly.open.rituals': 'See the rituals',
  'monthly.open.community': 'Open the community',
  'monthly.setting.title': 'Monthly summary',
  'monthly.setting.intro':
    'On the first working day of the month, a personal message from Élan: new notebooks, decisions made and the next meeting. Nothing is sent when nothing happened.',
  'monthly.setting.enabled': 'Receive a monthly summary in my chat with Élan',
  'monthly.setting.saving': 'Saving…',
  'monthly.setting.saved': 'Setting saved.',
  'monthly.setting.loading': 'Loading the monthly summary…',
  'monthly.setting.error': 'The monthly summary setting could not be loaded or saved.',
};
