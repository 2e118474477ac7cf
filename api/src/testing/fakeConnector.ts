import http from 'node:http';
import { freePort } from '../local/azurite';

/** An activity the bot sent, as the Bot Connector would have received it. */
export interface SentActivity {
  method: string;
  path: string;
  activity: Record<string, any>;
  /** When it arrived (ms since epoch). */
  at: number;
}

/**
 * Stands in for the Bot Connector service (a boundary we cannot run here): records what the bot posts
 * to `/v3/conversations/...` and answers like the real service; can be told to throttle (429).
 */
export async function startFakeConnector() {
  const sent: SentActivity[] = [];
  const rejected: SentActivity[] = [];
  let throttle = { remaining: 0, retryAfter: '' };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const entry = { method: req.method ?? '', path: req.url ?? '', activity: body ? JSON.parse(body) : {}, at: Date.now() };
      if (throttle.remaining > 0) {
        throttle.remaining -= 1;
        rejected.push(entry);
        res.writeHead(429, { 'content-type': 'application/json', ...(throttle.retryAfter ? { 'retry-after': throttle.retryAfter } : {}) });
        return res.end('{"error":{"code":"TooManyRequests"}}');
      }
      sent.push(entry);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `activity-${sent.length}` }));
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    sent,
    rejected,
    /** Answers the next `count` requests with 429 (and Retry-After seconds, if given). */
    throttleNext(count: number, retryAfter = '') {
      throttle = { remaining: count, retryAfter };
    },
    waitFor: async (count: number, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (sent.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return sent;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
