import { pct } from './stats.mjs';

/** Per span name, the spans that started within `window`: how many, their mean and p95 (wall ms). */
export function spansIn(spans, window) {
  const by = new Map();
  for (const s of spans) if (s.start >= window.from && s.start <= window.to) by.set(s.name, [...(by.get(s.name) ?? []), s.ms]);
  return Object.fromEntries(
    [...by].map(([name, ms]) => [name, { n: ms.length, mean: ms.reduce((a, b) => a + b, 0) / ms.length, p95: pct(ms, 95) }]),
  );
}

/**
 * Where an invoke's time goes in a burst, from the API's spans (mean wall ms per invoke): the bot
 * endpoint as a whole, the SDK and host work around the vote handler (endpoint minus handler); in the
 * handler the vote command, the card and the handler's own rest; in the command the membership check and
 * poll read (side by side), the ballot batch, and what follows the batch (waiting for the shared ballot
 * read behind the counts, which starts beside the batch, and the tally). The ballot read's own mean is
 * given too; it overlaps the batch.
 */
export function voteBreakdown(spans, window) {
  const s = spansIn(spans, window);
  const mean = (name) => s[name]?.mean ?? 0;
  const reads = Math.max(mean('store.membership'), mean('store.pollRead'));
  return {
    invokes: s['bot.request']?.n ?? 0,
    endpoint: mean('bot.request'),
    sdk: mean('bot.request') - mean('vote'),
    vote: mean('vote'),
    castVote: mean('vote.castVote'),
    card: mean('vote.card'),
    handlerRest: mean('vote') - mean('vote.castVote') - mean('vote.card'),
    membership: mean('store.membership'),
    pollRead: mean('store.pollRead'),
    ballotBatch: mean('store.ballotBatch'),
    afterBatch: mean('vote.castVote') - reads - mean('store.ballotBatch'),
    ballotsRead: mean('store.ballotsRead'),
  };
}
