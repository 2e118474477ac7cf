import { fallbackConfig, loadRuntimeConfig, readConfig } from './runtimeConfig';

describe('runtime config', () => {
  it('keeps valid settings and trims the trailing slash', () => {
    expect(readConfig({ apiBase: 'https://api.example.org/', env: 'dev' })).toEqual({ apiBase: 'https://api.example.org', env: 'dev' });
  });

  it('falls back field by field', () => {
    expect(readConfig({ apiBase: 42 })).toEqual(fallbackConfig);
    expect(readConfig(null)).toEqual(fallbackConfig);
    expect(readConfig({ env: 'prod' })).toEqual({ apiBase: fallbackConfig.apiBase, env: 'prod' });
  });

  it('uses the defaults when the file is absent or the fetch fails', async () => {
    const notFound = (async () => new Response('nope', { status: 404 })) as unknown as typeof fetch;
    const offline = (async () => {
      throw new TypeError('offline');
    }) as unknown as typeof fetch;
    await expect(loadRuntimeConfig(notFound)).resolves.toEqual(fallbackConfig);
    await expect(loadRuntimeConfig(offline)).resolves.toEqual(fallbackConfig);
  });

  it('reads the served file', async () => {
    const served = (async () => Response.json({ apiBase: 'http://localhost:9999', env: 'local' })) as unknown as typeof fetch;
    await expect(loadRuntimeConfig(served)).resolves.toEqual({ apiBase: 'http://localhost:9999', env: 'local' });
  });
});
