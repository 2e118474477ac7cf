import type { channelLinkFr } from './channelLink.fr';

/** English messages for linking a channel to a community: typed against the French keys. */
export const channelLinkEn: Record<keyof typeof channelLinkFr, string> = {
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
};
