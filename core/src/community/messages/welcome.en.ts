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
};
