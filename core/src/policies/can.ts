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
  | 'poll.seeHiddenResults'
  | 'compass.open'
  | 'compass.respond';

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
  'poll.seeHiddenResults': ['facilitator'],
  'compass.open': ['facilitator'],
  'compass.respond': ['facilitator', 'member'],
};

/** Whether a person with `role` in a community (undefined: not in it) may do `action`. */
export function can(role: Role | undefined, action: Action): boolean {
  return role !== undefined && allowed[action].includes(role);
}
