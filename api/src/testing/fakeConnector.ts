import http from 'node:http';
import { freePort } from '../local/azurite';
import { startedPerFile } from './perFile';

/** An activity the bot sent, as the Bot Connector would have received it. */
export interface SentActivity {
  method: string;
  path: string;
  activity: Record<string, any>;
  /** When it arrived (ms since epoch). */
  at: number;
}

/** A file the bot PUT to an upload URL (OneDrive's, in Teams' file consent flow). */
export interface UploadedFile {
  path: string;
  contentRange: string;
  bytes: Buffer;
}

/**
 * Stands in for the Bot Connector service (a boundary we cannot run here): records what the bot posts
 * to `/v3/conversations/...` and answers like the real service; can be told to throttle (429).
 * It also answers `POST /v3/conversations` (proactive 1:1 chat creation; refused with 403 for the people
 * told, as Teams does when the app is not available to them) and takes PUTs to `/upload/...`, standing in
 * for the OneDrive upload URL a file consent answer carries.
 */
export async function startFakeConnector() {
  const sent: SentActivity[] = [];
  const rejected: SentActivity[] = [];
  let throttle = { remaining: 0, retryAfter: '' };
  const created: { members: string[]; tenantId: string }[] = [];
  const uploads: UploadedFile[] = [];
  const refuseConversationsFor = new Set<string>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'PUT' && req.url?.startsWith('/upload/')) {
        uploads.push({ path: req.url, contentRange: String(req.headers['content-range'] ?? ''), bytes: Buffer.concat(chunks) });
        res.writeHead(201, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ id: `item-${uploads.length}`, name: req.url.slice('/upload/'.length) }));
      }
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.method === 'POST' && req.url === '/v3/conversations') {
        const params = JSON.parse(body) as { members?: { id: string }[]; tenantId?: string };
        const members = (params.members ?? []).map((m) => m.id);
        if (members.some((id) => refuseConversationsFor.has(id))) {
          res.writeHead(403, { 'content-type': 'application/json' });
          return res.end('{"error":{"code":"BotNotInConversationRoster"}}');
        }
        created.push({ members, tenantId: params.tenantId ?? '' });
        res.writeHead(201, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ id: `a:personal-${members.join('-')}` }));
      }
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
    /** 1:1 conversations the bot created. */
    created,
    /** Files PUT to upload URLs. */
    uploads,
    /** Refuses to create a personal chat with this person (the app is not available to them). */
    refuseConversationWith(memberId: string) {
      refuseConversationsFor.add(memberId);
    },
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

/** What `startFakeConnector` gives. */
export type FakeConnector = Awaited<ReturnType<typeof startFakeConnector>>;

/** A fake Bot Connector started before this file's tests and stopped after (see `startedPerFile`). */
export function useFakeConnector(): FakeConnector {
  return startedPerFile(startFakeConnector, (connector) => connector.stop());
}
