import type { communityFr } from './community.fr';

/** English messages for communities: creating one, roles, the home and a community’s dashboard: typed against the French keys. */
export const communityEn: Record<keyof typeof communityFr, string> = {
  'role.facilitator': 'Facilitator',
  'role.member': 'Member',
  'role.sponsor': 'Sponsor',

  'home.title': 'My communities',
  'home.empty': 'You are not part of any community yet.',
  'home.open': 'Open',
  'home.yourRole': 'Your role: {role}',

  'community.create.title': 'Create a community',
  'community.create.name': 'Community name',
  'community.create.nameHint': '60 characters at most',
  'community.create.language': 'Main language',
  'community.create.submit': 'Create',
  'community.create.creating': 'Creating…',
  'community.language.fr': 'French',
  'community.language.en': 'English',
  'tab.home.communities': 'Communities I belong to',
  'tab.home.meeting': 'In a meeting',
  'tab.home.panel': 'Meeting side panel (agenda, timer, notes)',
  'tab.home.stage': 'Shared screen (summary or results)',
  'tab.home.documents': 'Documents',
  'tab.home.openPolls': 'Open polls',
  'tab.home.noOpenPolls': 'No open poll.',
  'tab.home.closes': 'closes on {date}',
  'tab.home.decisions': 'Latest decisions',
  'tab.home.noDecisions': 'No decision logged yet.',
  'tab.home.decision': 'Decision #{n}: {question}',
  'tab.home.unavailable': 'Not available from the server yet.',
  'community.error.archived':
    'This community is archived: everything stays readable, but nothing new can start in it. Reactivate it first.',
  'closing.card.title': '{community}: the last stage',
  'closing.card.intro': 'Our community is entering its closing stage. Let us take the time to end it well.',
  'closing.card.lastMeeting': 'Last meeting: {when}, to harvest what we learned, what we made and what we leave open.',
  'closing.card.lastMeetingToSet': 'A last meeting will be set to harvest what we learned, what we made and what we leave open.',
  'closing.card.stories': 'Tell what the community brought you: your stories feed the final report and the legacy.',
  'closing.card.thanks': 'Thank you all, and thanks to our sponsors.',
  'closing.card.open': 'Open the community',
};
