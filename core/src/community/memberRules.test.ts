import type { Membership } from './community';
import { isActive, keepAFacilitator, planRosterSync } from './memberRules';

const m = (userId: string, extra: Partial<Membership> = {}): Membership => ({ userId, name: userId, role: 'member', ...extra });

describe('keepAFacilitator', () => {
  const two = [m('ana', { role: 'facilitator' }), m('ben', { role: 'facilitator' }), m('cy')];
  it('lets one of two facilitators step down or go', () => {
    expect(() => keepAFacilitator(two, 'ana', { role: 'member', active: true })).not.toThrow();
    expect(() => keepAFacilitator(two, 'ana', null)).not.toThrow();
  });
  it('refuses to demote, deactivate or remove the last active facilitator', () => {
    const one = [m('ana', { role: 'facilitator' }), m('ben', { role: 'facilitator', status: 'inactive' }), m('cy')];
    for (const next of [
      { role: 'member' as const, active: true },
      { role: 'sponsor' as const, active: true },
      { role: 'facilitator' as const, active: false },
      null,
    ]) {
      expect(() => keepAFacilitator(one, 'ana', next)).toThrow(expect.objectContaining({ code: 'error.lastFacilitator', status: 409 }));
    }
    // An invited facilitator does not count either.
    expect(() =>
      keepAFacilitator([m('ana', { role: 'facilitator' }), m('upn:x@y.z', { role: 'facilitator', status: 'invited' })], 'ana', null),
    ).toThrow();
  });
  it('says nothing of changes to other people, or of keeping the role', () => {
    const one = [m('ana', { role: 'facilitator' }), m('cy')];
    expect(() => keepAFacilitator(one, 'cy', null)).not.toThrow();
    expect(() => keepAFacilitator(one, 'ana', { role: 'facilitator', active: true })).not.toThrow();
    expect(() => keepAFacilitator(one, 'nobody', null)).not.toThrow();
  });
});

describe('planRosterSync', () => {
  it('adds newcomers as team members, keeps roles of people back, and makes roster people who left inactive', () => {
    const stored = [
      m('fac', { role: 'facilitator', source: 'added' }),
      m('stays', { source: 'team', status: 'active', upn: 'stays@x.org' }),
      m('left', { source: 'team', status: 'active' }),
      m('back', { role: 'sponsor', source: 'team', status: 'inactive' }),
      m('guest', { role: 'sponsor', source: 'added' }),
    ];
    const plan = planRosterSync(stored, [
      { userId: 'fac', name: 'fac', upn: 'fac@x.org', teamsId: null },
      { userId: 'stays', name: 'stays', upn: 'stays@x.org' },
      { userId: 'back', name: 'Back Again', upn: null },
      { userId: 'new', name: 'New', upn: 'new@x.org' },
      { userId: 'new', name: 'New', upn: 'new@x.org' },
    ]);
    expect(plan.put).toEqual([
      { userId: 'fac', name: 'fac', role: 'facilitator', source: 'team', status: 'active', upn: 'fac@x.org', teamsId: null },
      { userId: 'back', name: 'Back Again', role: 'sponsor', source: 'team', status: 'active', upn: null, teamsId: null },
      { userId: 'new', name: 'New', role: 'member', source: 'team', status: 'active', upn: 'new@x.org', teamsId: null },
    ]);
    // A Teams id seen for the first time is stored (cards name people by it).
    expect(planRosterSync(stored, [{ userId: 'stays', name: 'stays', upn: 'stays@x.org', teamsId: '29:stays' }]).put).toEqual([
      expect.objectContaining({ userId: 'stays', teamsId: '29:stays' }),
    ]);
    // Unchanged people are not written again; hand-added people are never made inactive by a roster.
    expect(plan.leave.map((l) => l.userId)).toEqual(['left']);
  });
  it('treats rows stored before statuses existed as active', () => {
    expect(isActive(m('old'))).toBe(true);
    expect(isActive(m('x', { status: 'invited' }))).toBe(false);
  });
});
