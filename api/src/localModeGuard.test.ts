import { loadConfig } from './config';
import { assertLocalModeIsSafe } from './localModeGuard';

describe('assertLocalModeIsSafe', () => {
  const local = loadConfig({ ELAN_ENV: 'local' });

  it('refuses local mode on an Azure Functions or Container Apps host', () => {
    expect(() => assertLocalModeIsSafe(local, { WEBSITE_INSTANCE_ID: 'abc' })).toThrow(/refused/);
    expect(() => assertLocalModeIsSafe(local, { WEBSITE_SITE_NAME: 'elan-func' })).toThrow(/refused/);
    expect(() => assertLocalModeIsSafe(local, { CONTAINER_APP_NAME: 'elan' })).toThrow(/refused/);
  });

  it('allows local mode on a developer machine, and any non-local mode anywhere', () => {
    expect(() => assertLocalModeIsSafe(local, {})).not.toThrow();
    expect(() => assertLocalModeIsSafe(loadConfig({ ELAN_ENV: 'production' }), { WEBSITE_INSTANCE_ID: 'abc' })).not.toThrow();
  });

  it('fails closed: no ELAN_ENV means production', () => {
    expect(loadConfig({}).isLocal).toBe(false);
  });
});
