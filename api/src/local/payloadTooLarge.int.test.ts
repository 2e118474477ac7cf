import http from 'node:http';
import { useTestApp } from '../testing/testApp';

const app = useTestApp();

/** One request on a keep-alive agent limited to one socket, so the next request reuses the connection. */
function request(agent: http.Agent, method: string, path: string, body?: string): Promise<{ status: number; connection?: string }> {
  const url = new URL(path, app.baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method, agent, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('a body over the limit (integration, local host)', () => {
  it('is refused with 413 and the connection closed, so the next request is not read from the rest of the body', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let i = 0; i < 5; i++) {
        const huge = await request(agent, 'POST', '/api/communities', JSON.stringify({ name: 'x'.repeat(1_100_000) }));
        expect(huge).toEqual({ status: 413, connection: 'close' });
        expect((await request(agent, 'GET', '/api/health')).status).toBe(200);
      }
    } finally {
      agent.destroy();
    }
  });
});
