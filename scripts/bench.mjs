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

const runs = Number(process.env.ELAN_BENCH_RUNS ?? 3);
// ELAN_BENCH_ONLY=votes: the vote storm and its reference only, printed per run (for work on the vote path).
const votesOnly = process.env.ELAN_BENCH_ONLY === 'votes';

async function main() {
  const stormRuns = [];
  const rawRuns = [];
  const apiRuns = [];
  for (let r = 0; r < runs; r++) {
    const stack = await startStack();
    try {
      stormRuns.push(await voteStorm(stack));
      rawRuns.push(stormRuns.at(-1).raw);
      if (votesOnly) process.stderr.write(`${JSON.stringify(stormRuns.at(-1))}\n`);
      else apiRuns.push(await apiLoad(stack));
    } finally {
      await stack.stop();
    }
    process.stderr.write(`run ${r + 1}/${runs} done\n`);
  }
  if (votesOnly) return;
  const lost = Math.max(...stormRuns.map((s) => s.lost));
  const doubled = Math.max(...stormRuns.map((s) => s.doubled));
  const tab = fs.existsSync(path.join(root, 'tab/dist/index.html')) ? tabFirstScreen() : null;
  const firstRender = await measureFirstWizardRender({ root, runs: Number(process.env.ELAN_BENCH_RENDER_RUNS ?? 5) });
  let table = reportTable({ runs, stormRuns, rawRuns, apiRuns, tab, firstRender });
  const documentsBench = path.join(root, 'bench/documents.mjs');
  if (fs.existsSync(documentsBench)) {
    const out = spawnSync(process.execPath, [documentsBench], { cwd: root, encoding: 'utf8' });
    table += `\n${out.stdout}`;
  }
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
