import { parseRoute, routeHash } from './routes';

describe('parseRoute', () => {
  it.each([
    ['', { name: 'home' }],
    ['#', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/c/abc', { name: 'community', communityId: 'abc' }],
    ['#/c/abc/', { name: 'community', communityId: 'abc' }],
    ['#/c/a%20b/w/1', { name: 'workshop', communityId: 'a b', n: 1 }],
    ['#/c/abc/w/6', { name: 'workshop', communityId: 'abc', n: 6 }],
    ['#/c/abc/panel', { name: 'panel', communityId: 'abc' }],
    ['#/c/abc/stage', { name: 'stage', communityId: 'abc' }],
    ['#/c/abc/answers', { name: 'answers', communityId: 'abc' }],
    ['#/c/abc/profile', { name: 'profile', communityId: 'abc' }],
    ['#/c/abc/members', { name: 'members', communityId: 'abc' }],
    ['#/c/a%2Fb/members/', { name: 'members', communityId: 'a/b' }],
    ['#/c/abc/stage/poll/p%201', { name: 'stage', communityId: 'abc', pollId: 'p 1' }],
    ['#/c/abc/notebooks', { name: 'notebooks', communityId: 'abc' }],
    ['#/c/abc/notebooks/', { name: 'notebooks', communityId: 'abc' }],
    ['#/c/abc/notebooks/m20270316', { name: 'notebooks', communityId: 'abc', notebookId: 'm20270316' }],
    ['#/c/abc/notebooks/between', { name: 'notebooks', communityId: 'abc', notebookId: 'between' }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each([
    '#/x',
    '#/c',
    '#/c/abc/w',
    '#/c/abc/w/7',
    '#/c/abc/w/01',
    '#/c/abc/w/1/more',
    '#/c/%E0%A4%A',
    '#/c/abc/panel/x',
    '#/c/abc/answers/x',
    '#/c/abc/members/x',
    '#/c/abc/member',
    '#/c/abc/stage/poll',
    '#/c/abc/stage/x/y',
    '#/c/abc/notebook',
    '#/c/abc/notebooks/m1/x',
    '#/c/abc/notebooks/%E0%A4%A',
  ])('rejects %j', (hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'notFound' });
  });

  it('round-trips through routeHash', () => {
    const route = { name: 'workshop', communityId: 'id/with?odd#chars', n: 3 } as const;
    expect(parseRoute(routeHash(route))).toEqual(route);
    expect(routeHash({ name: 'home' })).toBe('#/');
    expect(routeHash({ name: 'members', communityId: 'a b' })).toBe('#/c/a%20b/members');
    for (const r of [
      { name: 'panel', communityId: 'a/b' },
      { name: 'answers', communityId: 'a/b' },
      { name: 'members', communityId: 'a/b?#c' },
      { name: 'stage', communityId: 'a', pollId: 'p?1' },
      { name: 'stage', communityId: 'a' },
      { name: 'notebooks', communityId: 'a/b' },
      { name: 'profile', communityId: 'a/b?#c' },
      { name: 'notebooks', communityId: 'a', notebookId: 'm20270316-demi' },
    ] as const)
      expect(parseRoute(routeHash(r))).toEqual(r);
  });
});

describe('workshop numbers', () => {
  it('accepts exactly what core accepts', async () => {
    const { parseWorkshopNumber } = await import('@elan/core/workshops/registry');
    for (const raw of ['0', '1', '2', '6', '7', '01', '1.0', ' 1', '', 'x', '-1', '1e0']) {
      const route = parseRoute(`#/c/abc/w/${raw}`);
      expect(route.name === 'workshop' ? route.n : undefined).toBe(parseWorkshopNumber(raw));
    }
  });
});

describe('the channel configuration route', () => {
  it('parses and builds #/config', () => {
    expect(parseRoute('#/config')).toEqual({ name: 'config' });
    expect(routeHash({ name: 'config' })).toBe('#/config');
  });
});
