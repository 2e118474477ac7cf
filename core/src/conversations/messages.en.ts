import type { conversationsFr } from './messages.fr';

/** English messages for linking a channel to a community: the welcome card and the tab configuration: typed against the French keys. */
export const conversationsEn: Record<keyof typeof conversationsFr, string> = {
  'link.start': 'Link this channel to a community',
  'link.title': 'Link this channel to a community',
  'link.intro': 'The chosen community’s surveys, rituals and results will be posted here.',
  'link.choose': 'Community',
  'link.new': 'Create a new community',
  'link.newName': 'Name of the new community',
  'link.submit': 'Link',
  'link.none': 'You do not facilitate any community yet: give a name to create one.',
  'link.done': 'This channel is now linked to “{name}”.',
  'link.open': 'Open the community',
  'link.error.personal': 'Link a team channel or a group chat instead: open Élan in the community’s team.',
  'link.error.name': 'Give the new community a name of 1 to 60 characters.',
  'link.error.notFacilitator': 'Only the facilitators of this community can link a channel to it.',
  'link.error.retry': 'The channel could not be linked. Try again in a moment.',
  'link.as': 'This channel will be',
  'link.as.community': 'The community’s channel: the team’s members become its members, and everything is posted here',
  'link.as.network':
    'A channel of its wider network: it only gets the public summaries of approved notebooks, nobody here becomes a member',
  'link.doneNetwork': 'This channel is now part of the wider network of “{name}”: it will get its public summaries.',
  'link.error.networkNew': 'Choose an existing community to add this channel to its wider network.',

  'bot.welcome.title': 'Welcome to Élan',
  'bot.welcome.body':
    'Élan guides your community of practice through six workshops: identity, problem and project, rituals, decisions, ecosystem and impact. Open the tab to begin.',
  'bot.welcome.openTab': 'Open Élan',
  'tab.config.title': 'Link this channel to a community',
  'tab.config.intro': 'Choose the community of practice that meets in this channel. Élan will post its polls, rituals and reminders here.',
  'tab.config.choose': 'Communities you facilitate',
  'tab.config.none': 'You do not facilitate any community yet. Create one in the personal Élan tab, then come back here.',
  'tab.config.linkFailed': 'The channel could not be linked. Check that the Élan app is installed in the team, then try again.',
  'tab.config.previewNote': 'Local preview: in Teams, Teams’ Save button links the channel. Here you can open the chosen community.',
  'tab.config.open': 'Open the community',
  'network.error.conversation': 'Say which conversation to add to the wider network.',
  'network.error.personal': 'A personal chat cannot be part of the wider network.',
  'network.error.alreadyLinked': 'This channel is already the community’s: it hears all its news already.',
};
