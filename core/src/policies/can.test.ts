import { can } from './can';

describe('can', () => {
  it('lets only facilitators edit workshops and add members', () => {
    expect(can('facilitator', 'workshop.edit')).toBe(true);
    expect(can('member', 'workshop.edit')).toBe(false);
    expect(can('sponsor', 'workshop.edit')).toBe(false);
    expect(can('member', 'member.add')).toBe(false);
  });

  it('lets every role read, and nobody outside the community', () => {
    for (const role of ['facilitator', 'member', 'sponsor'] as const) expect(can(role, 'workshop.read')).toBe(true);
    expect(can(undefined, 'community.read')).toBe(false);
  });
});
