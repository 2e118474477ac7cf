import type { welcomeFr } from './welcome.fr';

/** English messages for the personal welcome a newcomer to a linked team receives (workshop 3's welcome ritual). */
export const welcomeEn: Record<keyof typeof welcomeFr, string> = {
  'welcome.newcomer.title': 'Welcome to {community}!',
  'welcome.newcomer.intro': 'You just joined the team of the {community} community. Here is what you need to get started.',
  'welcome.newcomer.message': 'A word from the facilitators',
  'welcome.newcomer.charter': 'Why we are here',
  'welcome.newcomer.charterPending': 'The community is still writing its charter: you can contribute in the tab.',
  'welcome.newcomer.meeting': 'Next meeting',
  'welcome.newcomer.meeting.whenSeries': '{series}: {date}',
  'welcome.newcomer.meeting.none': 'The date of the next meeting is not set yet.',
  'welcome.newcomer.open': 'Discover the community',
  'welcome.pulse.title': 'One month with {community}',
  'welcome.pulse.question': 'Are you finding what you came for?',
  'welcome.pulse.anonymous': 'Your answer is anonymous: the facilitators only see the total, once a few people have answered.',
  'welcome.pulse.yes': 'Yes',
  'welcome.pulse.partly': 'Partly',
  'welcome.pulse.notYet': 'Not yet',
  'welcome.pulse.thanks': 'Thank you! Your answer is recorded.',
  'welcome.pulse.already': 'You have already answered: thank you!',
  'welcome.pulse.notAllowed': 'This question is for the community’s members.',
  'welcome.pulseResults.title': 'Newcomers’ pulse',
  'welcome.pulseResults.question': '“Are you finding what you came for?”, asked 30 days after joining.',
  'welcome.pulseResults.counts': 'Yes: {yes} · Partly: {partly} · Not yet: {notYet}',
  'welcome.pulseResults.notEnough': 'Not enough answers yet ({n} of {threshold}).',
  'welcome.pulseResults.none': 'No newcomer has answered yet.',
  'welcome.pulseResults.respondents': '{n, plural, one {# answer} other {# answers}}, never the name of who answered what.',
};
