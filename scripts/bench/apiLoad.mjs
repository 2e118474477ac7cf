import { pct } from './stats.mjs';

/** 50 concurrent clients reading a community and saving a workshop (each save from the current version). */
export async function apiLoad(stack, clients = 50, requestsPerClient = 10) {
  const tokens = Array.from({ length: clients }, (_, i) => stack.token(`client-${i}`));
  const communities = [];
  for (const t of tokens) communities.push((await stack.call('POST', '/api/communities', { token: t, body: { name: 'Charge' } })).body.id);
  const reads = [];
  const saves = [];
  let errors = 0;
  await Promise.all(
    tokens.map(async (t, c) => {
      for (let r = 0; r < requestsPerClient; r++) {
        let at = performance.now();
        const read = await stack.call('GET', `/api/communities/${communities[c]}/workshops/1`, { token: t });
        reads.push(performance.now() - at);
        if (read.status !== 200) errors += 1;
        at = performance.now();
        const saved = await stack.call('PUT', `/api/communities/${communities[c]}/workshops/1`, {
          token: t,
          body: { name: `Nom ${r}` },
          headers: { 'if-match': read.body.etag },
        });
        saves.push(performance.now() - at);
        if (saved.status !== 200) errors += 1;
      }
    }),
  );
  return { readP50: pct(reads, 50), readP95: pct(reads, 95), saveP50: pct(saves, 50), saveP95: pct(saves, 95), errors };
}
