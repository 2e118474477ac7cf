import type { membersFr } from './members.fr';

/** English messages for the Members page and sharing to the meeting stage: typed against the French keys. */
export const membersEn: Record<keyof typeof membersFr, string> = {
  'tab.members.title': 'Members and roles',
  'tab.members.link': 'See the members and their roles',
  'tab.members.back': 'Back to the community',
  'tab.members.intro.manage':
    'Everyone in the community. People from the Teams team come and go with the team; you can change anyone’s role and add people from outside the team by hand, such as sponsors.',
  'tab.members.intro.readOnly': 'The people of the community and their roles. Only facilitators can change them.',
  'tab.members.people': 'People',
  'tab.members.count': '{n, plural, one {# person} other {# people}}',
  'tab.members.source.team': 'Teams team',
  'tab.members.source.added': 'Added by hand',
  'tab.members.status.active': 'Active',
  'tab.members.status.inactive': 'Inactive (left the team)',
  'tab.members.status.invited': 'Invitation pending',
  'tab.members.roleOf': 'Role of {name}',
  'tab.members.role.saving': 'Saving the role of {name}…',
  'tab.members.role.saved': 'Role of {name} saved: {role}.',
  'tab.members.role.failed': 'The role of {name} did not change. {reason}',

  // Removing
  'tab.members.remove': 'Remove',
  'tab.members.remove.label': 'Remove {name}',
  'tab.members.remove.title': 'Remove {name} from the community?',
  'tab.members.remove.body':
    '{name} will no longer have access to the community. The removal stays in the role changes; you can add them again.',
  'tab.members.remove.bodyInvited': 'The invitation of {name} will be cancelled.',
  'tab.members.remove.done': '{name} is no longer part of the community.',

  // Adding
  'tab.members.add.title': 'Add a sponsor',
  'tab.members.add.intro':
    'For someone outside the Teams team (a sponsor, a partner…). Give their Microsoft Entra account: their address (name@organization) or their object id. Added by address, they stay invited until they first open Élan.',
  'tab.members.add.account': 'Microsoft Entra account (address or object id)',
  'tab.members.add.accountHint': 'For example: first.last@organization.com',
  'tab.members.add.name': 'Display name',
  'tab.members.add.role': 'Role',
  'tab.members.add.submit': 'Add',
  'tab.members.add.adding': 'Adding…',
  'tab.members.add.done': '{name} is now part of the community ({role}).',
  'tab.members.add.invited': '{name} is invited ({role}): the invitation takes effect when they first open Élan.',
  'tab.members.add.accountRequired': 'Enter the person’s address or object id.',
  'tab.members.add.accountInvalid': 'This is neither an address (name@organization.com) nor an object id (no spaces, “@”, “/” or “#”).',
  'tab.members.add.nameRequired': 'Enter the name to display.',
  'tab.members.add.nameTooLong': 'The name can be at most 100 characters.',

  // Role changes
  'tab.members.changes.title': 'Role changes',
  'tab.members.changes.none': 'No role changes yet.',
  'tab.members.changes.changed': '{by} changed the role of {name}: {from} → {to}',
  'tab.members.changes.added': '{by} added {name} ({to})',
  'tab.members.changes.removed': '{by} removed {name} ({from})',

  // Sharing to the meeting stage, from the side panel
  'tab.stage.share.title': 'Share to stage',
  'tab.stage.share.intro': 'Show the whole meeting the current workshop or a poll’s results.',
  'tab.stage.share.workshop': 'Share the workshop to stage',
  'tab.stage.share.poll': 'Poll to show',
  'tab.stage.share.pollButton': 'Share the results to stage',
  'tab.stage.share.noPolls': 'No poll to show yet.',
  'tab.stage.share.sharing': 'Sharing…',
  'tab.stage.share.done': 'It is on the meeting stage.',
  'tab.stage.share.failed': 'Sharing to stage did not work. Try again in a moment.',
  'tab.stage.share.denied': 'Teams did not allow this: only a presenter can share to the stage.',
  'tab.stage.share.unsupported': 'This Teams client cannot share to the stage. Try Teams on a computer or in a browser.',
};
