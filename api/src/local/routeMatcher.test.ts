import type { Route } from '../http/route';
import { compileRoutes } from './routeMatcher';

const route = (name: string, path: string): Route => ({ name, methods: ['GET'], route: path, handler: async () => ({}) });

describe('compileRoutes', () => {
  const match = compileRoutes([route('one', 'communities/{id}'), route('ws', 'communities/{id}/workshops/{n}'), route('h', 'health')]);

  it('matches templates and decodes parameters', () => {
    expect(match('/api/communities/abc').map((m) => [m.route.name, m.params])).toEqual([['one', { id: 'abc' }]]);
    expect(match('/api/communities/a%20b/workshops/3')[0]!.params).toEqual({ id: 'a b', n: '3' });
    expect(match('/api/health/')).toHaveLength(1);
  });

  it('matches nothing outside /api or with extra segments', () => {
    expect(match('/communities/abc')).toEqual([]);
    expect(match('/api/communities/abc/other')).toEqual([]);
    expect(match('/api/communities')).toEqual([]);
  });

  it('turns an undecodable parameter into an empty one instead of throwing', () => {
    expect(match('/api/communities/%E0%A4%A')[0]!.params).toEqual({ id: '' });
  });
});
