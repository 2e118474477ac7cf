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
  // Rosters by team or chat id, served like Teams' pagedmembers / members/{id}; reads are logged apart from sends.
  const rosters = new Map<string, RosterAccount[]>();
  const rosterReads: string[] = [];
  let rosterFailures = { remaining: 0, status: 503, after: 0 };
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
      if (req.method === 'GET' && req.url?.startsWith('/v3/conversations/')) {
        rosterReads.push(req.url);
        if (rosterFailures.after > 0) rosterFailures.after -= 1;
        else if (rosterFailures.remaining > 0) {
          rosterFailures.remaining -= 1;
          res.writeHead(rosterFailures.status, { 'content-type': 'application/json' });
          return res.end('{"error":{"code":"ServiceUnavailable"}}');
        }
        return answerRosterRead(req.url, rosters, res);
      }
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
    /** GET requests for rosters and members, in order. */
    rosterReads,
    /** Sets who is in a team or chat (by its id), as the connector's roster lists them. */
    setRoster(conversationId: string, members: RosterAccount[]) {
      rosters.set(conversationId, [...members]);
    },
    /** After `after` good ones, answers the next `count` roster reads with `status` (503 by default), as a failing connector would. */
    failRosterReads(count: number, status = 503, after = 0) {
      rosterFailures = { remaining: count, status, after };
    },
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

/** A person as Teams' roster lists them. */
export interface RosterAccount {
  id: string;
  aadObjectId: string;
  name: string;
  userPrincipalName?: string;
}

/** A roster of `count` people `${prefix}-1`…, with UPNs, as a real team would list them. */
export function rosterOf(count: number, prefix = 'person'): RosterAccount[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `29:${prefix}-${i + 1}`,
    aadObjectId: `${prefix}-${i + 1}`,
    name: `${prefix} ${i + 1}`,
    userPrincipalName: `${prefix}.${i + 1}@example.org`,
  }));
}

/**
 * `GET /v3/conversations/{id}/pagedmembers?pageSize=&continuationToken=` (pages of at most 100 here, whatever
 * is asked, so paging is exercised) and `GET /v3/conversations/{id}/members/{userId}` (by object id or 29: id;
 * 404 when not in it). A conversation with no roster set lists nobody.
 */
function answerRosterRead(url: string, rosters: Map<string, RosterAccount[]>, res: http.ServerResponse) {
  const parsed = new URL(url, 'http://connector');
  const parts = parsed.pathname.split('/').map(decodeURIComponent);
  const roster = rosters.get(parts[3] ?? '') ?? [];
  res.setHeader('content-type', 'application/json');
  if (parts[4] === 'pagedmembers') {
    const size = Math.min(100, Number(parsed.searchParams.get('pageSize') ?? 100));
    const from = Number(parsed.searchParams.get('continuationToken') ?? 0);
    const members = roster.slice(from, from + size);
    const next = from + size < roster.length ? { continuationToken: String(from + size) } : {};
    return res.end(JSON.stringify({ members, ...next }));
  }
  const person = parts[4] === 'members' ? roster.find((m) => m.aadObjectId === parts[5] || m.id === parts[5]) : undefined;
  if (!person) {
    res.statusCode = 404;
    return res.end('{"error":{"code":"MemberNotFoundInConversation"}}');
  }
  res.end(JSON.stringify(person));
}

/** What `startFakeConnector` gives. */
export type FakeConnector = Awaited<ReturnType<typeof startFakeConnector>>;

/** A fake Bot Connector started before this file's tests and stopped after (see `startedPerFile`). */
export function useFakeConnector(): FakeConnector {
  return startedPerFile(startFakeConnector, (connector) => connector.stop());
}
