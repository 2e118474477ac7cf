import { useTestApp } from '../testing/testApp';

const app = useTestApp();

describe('when storage goes away (integration, Azurite)', () => {
  it('reports healthy storage, then 503 (never 500) for health and routes while Azurite is down', async () => {
    const token = app.token({ userId: 'nadia' });
    expect(await app.call('GET', '/api/health')).toMatchObject({ status: 200, body: { status: 'ok', storage: 'ok' } });
    const created = await app.call('POST', '/api/communities', { token, body: { name: 'Avant la panne' } });
    expect(created.status).toBe(201);

    await app.azurite.stop();
    const health = await app.call('GET', '/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'degraded', storage: 'unavailable' });
    const read = await app.call('GET', `/api/communities/${created.body.id}`, { token });
    expect(read.status).toBe(503);
    expect(read.headers.get('retry-after')).toBe('5');
    expect(read.body.error).toEqual({
      code: 'error.storageUnavailable',
      message: 'Storage is unavailable for a moment. Try again shortly.',
    });
    const write = await app.call('POST', '/api/communities', { token, body: { name: 'Pendant la panne' } });
    expect(write.status).toBe(503);
  }, 90_000);
});
