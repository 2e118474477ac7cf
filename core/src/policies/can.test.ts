import type { Role } from '../community/community';
import { type Action, can } from './can';

// The whole policy, written out by hand: any change to who may do what must change this table too.
// Typed as Record<Action, …> so that a new action does not type-check (tsconfig.tests.json) until it is listed here.
//                                              facilitator  member  sponsor
const expected: Record<Action, readonly [boolean, boolean, boolean]> = {
  'community.read': [true, true, true],
  'workshop.read': [true, true, true],
  'workshop.edit': [true, false, false],
  'member.add': [true, false, false],
  'poll.create': [true, false, false],
  'poll.read': [true, true, true],
  'poll.vote': [true, true, false],
  'poll.close': [true, false, false],
  'decision.writeOutcome': [true, false, false],
  'poll.seeHiddenResults': [true, false, false],
  'compass.open': [true, false, false],
  'community.link': [true, false, false],
  'community.export': [true, false, false],
  'community.erase': [true, false, false],
  'document.charter': [true, true, true],
  'document.charterInternal': [true, true, false],
  'document.impactReport': [true, false, true],
  'compass.respond': [true, true, false],
  'survey.create': [true, false, false],
  'survey.read': [true, true, true],
  'survey.respond': [true, true, false],
  'survey.close': [true, false, false],
  'ritual.capture': [true, true, false],
  'notebook.edit': [true, true, false],
  'community.lifecycle': [true, false, false],
  'community.phase': [true, false, false],
  'notebook.approve': [true, false, false],
  'document.send': [true, false, false],
  'digest.receive': [true, false, false],
  'monthly.receive': [true, true, false],
  'checklist.self': [true, false, false],
  'selfReview.self': [true, false, false],
};

const roles = ['facilitator', 'member', 'sponsor'] as const satisfies readonly Role[];
const actions = Object.keys(expected) as Action[];

describe('can: the full role × action table', () => {
  it('lists 32 actions', () => {
    expect(actions).toHaveLength(32);
  });

  it.each(actions)('%s', (action) => {
    const actual = roles.map((role) => can(role, action));
    expect({ action, actual }).toEqual({ action, actual: [...expected[action]] });
  });

  it('lets nobody outside the community do anything', () => {
    expect(actions.filter((action) => can(undefined, action))).toEqual([]);
  });

  it('leaves facilitators able to do everything', () => {
    expect(actions.filter((action) => !can('facilitator', action))).toEqual([]);
  });
});
