import http from 'node:http';

/**
 * A stand-in Bot Connector for the bench (the real one is out of reach here): it lists a team's roster by
 * pages of 500 (`pagedmembers`), and takes the cards the bot posts.
 */
export async function startRosterConnector(userIds) {
  const teamId = '19:bench-team@thread';
  const roster = userIds.map((u) => ({ id: `29:${u}`, aadObjectId: u, name: u, userPrincipalName: `${u}@bench.example` }));
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://connector');
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET' && url.pathname.endsWith('/pagedmembers')) {
        const from = Number(url.searchParams.get('continuationToken') ?? 0);
        const page = roster.slice(from, from + 500);
        return res.end(JSON.stringify({ members: page, ...(from + 500 < roster.length ? { continuationToken: String(from + 500) } : {}) }));
      }
      res.end(JSON.stringify({ id: `activity-${Math.random().toString(36).slice(2)}` }));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { teamId, serviceUrl: `http://127.0.0.1:${port}/`, stop: () => new Promise((resolve) => server.close(resolve)) };
}
