import type * as Functions from '@azure/functions';
import { routeTable } from './routeTable';

describe('Azure Functions registration', () => {
  it('registers every route of the table, anonymous at the Functions level (tokens are checked in code)', () => {
    const saved = { ...process.env };
    process.env['ELAN_ENV'] = 'production';
    let calls: unknown[][] = [];
    let timers: unknown[][] = [];
    jest.isolateModules(() => {
      // Spy on the module instance that functions.ts will import.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { app } = require('@azure/functions') as typeof Functions;
      const http = jest.spyOn(app, 'http').mockImplementation(() => undefined);
      const timer = jest.spyOn(app, 'timer').mockImplementation(() => undefined);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('./functions');
      calls = http.mock.calls.map(([name, options]) => [name, options.route, options.methods, options.authLevel]);
      timers = timer.mock.calls.map(([name, options]) => [name, options.schedule]);
    });
    process.env = saved;
    expect(calls).toEqual(routeTable.map((r) => [r.name, r.route, r.methods, 'anonymous']));
    expect(timers).toEqual([['pollTimers', '0 */5 * * * *']]);
  });

  it('has unique names, and one handler per method and route', () => {
    expect(new Set(routeTable.map((r) => r.name)).size).toBe(routeTable.length);
    const pairs = routeTable.flatMap((r) => r.methods.map((m) => `${m} ${r.route}`));
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
