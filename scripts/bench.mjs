// `npm run bench`: measures Élan on this machine and prints a Markdown table (also written to
// bench/results/latest.md). Figures are medians of several runs. It exits non-zero only when a
// correctness figure fails (a lost or doubled vote), never because the machine is slow.
// Each measure is a module of scripts/bench/; this file runs them and writes the report.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { measureFirstWizardRender } from './benchFirstRender.mjs';
import { apiLoad } from './bench/apiLoad.mjs';
import { root } from './bench/apiDist.mjs';
import { reportTable } from './bench/report.mjs';
import { startStack } from './bench/stack.mjs';
import { tabFirstScreen } from './bench/tabFirstScreen.mjs';
import { voteStorm } from './bench/voteStorm.mjs';
import { voteBurst } from './bench/voteBurst.mjs';
import { seedVoteCommunity } from './bench/voteSetup.mjs';
import { voteBreakdown } from './bench/spanBreakdown.mjs';
import { startFloorBot } from './bench/floorBot.mjs';

const runs = Number(process.env.ELAN_BENCH_RUNS ?? 3);
// ELAN_BENCH_ONLY=votes: the vote storm and burst with their floors only, printed per run (for work on the vote path).
const votesOnly = process.env.ELAN_BENCH_ONLY === 'votes';

async function main() {
  const stormRuns = [];
  const burstRuns = [];
  const apiRuns = [];
  for (let r = 0; r < runs; r++) {
    const stack = await startStack();
    let spans = [];
    try {
      const seeded = await seedVoteCommunity(stack, { voters: 1000, polls: 6 });
      const floorPort = await stack.freePort();
      const floor = await startFloorBot(stack.azurite, seeded.polls, floorPort);
      try {
        floor.call = stack.callAt(floorPort);
        stormRuns.push(await voteStorm(stack, seeded, floor));
        burstRuns.push(await voteBurst(stack, seeded, floor));
      } finally {
        await floor.stop();
      }
      await seeded.stop();
      if (!votesOnly) apiRuns.push(await apiLoad(stack));
    } finally {
      spans = await stack.stop();
    }
    // The API writes its spans as it exits: the burst's breakdown is read from them afterwards.
    const burst = burstRuns.at(-1);
    burst.breakdown = voteBreakdown(spans, burst.windows.votes);
    if (votesOnly) process.stderr.write(`${JSON.stringify({ storm: stormRuns.at(-1), burst })}\n`);
    process.stderr.write(`run ${r + 1}/${runs} done\n`);
  }
  const voteRuns = [...stormRuns, ...burstRuns];
  const lost = Math.max(...voteRuns.map((s) => s.lost));
  const doubled = Math.max(...voteRuns.map((s) => s.doubled));
  if (votesOnly) {
    if (lost > 0 || doubled > 0) {
      console.error(`Correctness failure: ${lost} lost and ${doubled} doubled votes.`);
      process.exit(1);
    }
    return;
  }
  const tab = fs.existsSync(path.join(root, 'tab/dist/index.html')) ? tabFirstScreen() : null;
  const firstRender = await measureFirstWizardRender({ root, runs: Number(process.env.ELAN_BENCH_RENDER_RUNS ?? 5) });
  // Target 4: the charter and the impact report of a large community, each in a process of its own.
  const out = spawnSync(process.execPath, [path.join(root, 'bench/documents.mjs'), '--json'], { cwd: root, encoding: 'utf8' });
  let documents;
  try {
    documents = JSON.parse(out.stdout);
  } catch {
    documents = ['charter', 'impact report'].map((label) => ({ label, error: (out.stdout || out.stderr).trim().split('\n')[0] }));
  }
  const table = reportTable({ runs, stormRuns, burstRuns, apiRuns, documents, tab, firstRender });
  console.log(table);
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results/latest.md'), table);
  if (lost > 0 || doubled > 0) {
    console.error(`Correctness failure: ${lost} lost and ${doubled} doubled votes.`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
