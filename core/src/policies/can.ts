import type { Role } from '../community/community';

/** Everything a person can try to do in a community. */
export type Action =
  | 'community.read'
  | 'workshop.read'
  | 'workshop.edit'
  | 'member.add'
  | 'poll.create'
  | 'poll.read'
  | 'poll.vote'
  | 'poll.close'
  | 'decision.writeOutcome'
  | 'poll.seeHiddenResults'
  | 'compass.open'
  | 'community.link'
  | 'community.export'
  | 'community.erase'
  | 'community.lifecycle'
  | 'community.phase'
  | 'document.charter'
  | 'document.charterInternal'
  | 'document.impactReport'
  | 'compass.respond'
  | 'survey.create'
  | 'survey.read'
  | 'survey.respond'
  | 'survey.close'
  | 'ritual.capture'
  | 'notebook.edit'
  | 'notebook.approve'
  | 'document.send'
  | 'digest.receive'
  | 'monthly.receive'
  | 'selfReview.self'
  | 'checklist.self';

/** Who may do what, declared once and used by every route and card action. */
const allowed: Record<Action, readonly Role[]> = {
  'community.read': ['facilitator', 'member', 'sponsor'],
  'workshop.read': ['facilitator', 'member', 'sponsor'],
  'workshop.edit': ['facilitator'],
  'member.add': ['facilitator'],
  'poll.create': ['facilitator'],
  'poll.read': ['facilitator', 'member', 'sponsor'],
  // Sponsors follow decisions but do not vote in them.
  'poll.vote': ['facilitator', 'member'],
  'poll.close': ['facilitator'],
  // The outcome statement speaks for the group: written by those who ran the decision.
  'decision.writeOutcome': ['facilitator'],
  'poll.seeHiddenResults': ['facilitator'],
  'compass.open': ['facilitator'],
  // Everyone in the community may read its charter; sponsors get the copy without contact details.
  'document.charter': ['facilitator', 'member', 'sponsor'],
  'document.charterInternal': ['facilitator', 'member'],
  // The impact report is written for sponsors, by facilitators.
  'document.impactReport': ['facilitator', 'sponsor'],
  'compass.respond': ['facilitator', 'member'],
  'community.link': ['facilitator'],
  // Privacy: only facilitators may take the whole community's data out, or erase it.
  'community.export': ['facilitator'],
  'community.erase': ['facilitator'],
  // Closing, archiving or reactivating the community: its facilitators.
  'community.lifecycle': ['facilitator'],
  // Everyone sees the life phase; its facilitators confirm it.
  'community.phase': ['facilitator'],
  'survey.create': ['facilitator'],
  // Everyone may see a survey's aggregates (shown only from the anonymity threshold); sponsors do not answer.
  'survey.read': ['facilitator', 'member', 'sponsor'],
  'survey.respond': ['facilitator', 'member'],
  'survey.close': ['facilitator'],
  // The note-taker of a meeting is a member; any member may fill in the capture card.
  'ritual.capture': ['facilitator', 'member'],
  // The note-taker drafts a meeting's notebook and any member may take over; a facilitator approves it.
  'notebook.edit': ['facilitator', 'member'],
  'notebook.approve': ['facilitator'],
  'document.send': ['facilitator'],
  // The weekly digest speaks of what facilitators look after: only they get it and set it.
  'digest.receive': ['facilitator'],
  // The monthly summary names notebooks members read (sponsors see only approved summaries beyond members) and is
  // written for those who take part: members and facilitators opt in; sponsors have the impact report.
  'monthly.receive': ['facilitator', 'member'],
  // The competence checklist prepares someone to facilitate: it is theirs alone, read and written only through "me".
  'checklist.self': ['facilitator'],
  // A facilitator's review of their own facilitation after a meeting: theirs alone, read only through "me".
  'selfReview.self': ['facilitator'],
};

/** Whether a person with `role` in a community (undefined: not in it) may do `action`. */
export function can(role: Role | undefined, action: Action): boolean {
  return role !== undefined && allowed[action].includes(role);
}
