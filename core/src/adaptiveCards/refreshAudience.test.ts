import { refreshAudience, refreshBlock } from './executeAction';

describe('refreshAudience', () => {
  it('names active facilitators by their Teams id when the roster gave one, at most 60', () => {
    const members = [
      { userId: 'a', name: 'A', role: 'facilitator' as const, teamsId: '29:a' },
      { userId: 'b', name: 'B', role: 'facilitator' as const },
      { userId: 'c', name: 'C', role: 'facilitator' as const, status: 'inactive' as const, teamsId: '29:c' },
      { userId: 'd', name: 'D', role: 'member' as const, teamsId: '29:d' },
      ...Array.from({ length: 80 }, (_, i) => ({ userId: `f${i}`, name: `F${i}`, role: 'facilitator' as const })),
    ];
    const audience = refreshAudience(members);
    expect(audience.slice(0, 3)).toEqual(['29:a', 'b', 'f0']);
    expect(audience).toHaveLength(60);
    expect(refreshBlock({ verb: 'poll.refresh', title: 'R', data: {} }, audience.slice(0, 2)).userIds).toEqual(['29:a', '8:orgid:b']);
  });
});
