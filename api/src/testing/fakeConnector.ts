import http from 'node:http';
import { freePort } from '../local/azurite';

/** An activity the bot sent, as the Bot Connector would have received it. */
export interface SentActivity {
  path: string;
  activity: Record<string, any>;
}

/**
 * Stands in for the Bot Connector service (a boundary we cannot run here): records what the bot posts
 * to `/v3/conversations/...` and answers like the real service.
 */
export async function startFakeConnector(): Promise<{
  serviceUrl: string;
  sent: SentActivity[];
  waitFor(count: number, timeoutMs?: number): Promise<SentActivity[]>;
  stop(): Promise<void>;
}> {
  const sent: SentActivity[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      sent.push({ path: req.url ?? '', activity: body ? JSON.parse(body) : {} });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `activity-${sent.length}` }));
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    sent,
    waitFor: async (count, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (sent.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return sent;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
