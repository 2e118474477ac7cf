// Benchmark of document generation: a large community (all workshops full, 300 stakeholders, 1,000
// relationships, 100 decisions, 24 meetings), the charter and the impact report generated 7 times each.
// Run after `npm run build`: `node bench/documents.mjs`. Prints a Markdown table (`--json`: the figures, for
// `npm run bench`'s report); never fails on a slow machine.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const runs = 7;
const targets = { p50Ms: 1000, rssMb: 300 };

/** The large community, built from the worked example so every workshop is complete. */
function largeCommunity() {
  const {
    buildCharterInput,
    buildDecision,
    buildEcosystem,
    buildWorkshops,
  } = require('../core/dist/documents/charter/exampleCharterInput.js');
  const decisions = Array.from({ length: 100 }, (_, i) =>
    buildDecision({
      number: i + 1,
      question: `Décision ${i + 1} : adopter la proposition ${i + 1}?`,
      method: ['consent', 'dotVote', 'majority', 'rankedChoice'][i % 4],
      quorumMet: i % 5 !== 0,
      voters: 6 + (i % 10),
      decidedAt: new Date(Date.UTC(2025, 0, 1) + i * 5 * 86_400_000).toISOString(),
    }),
  );
  return buildCharterInput({ workshops: buildWorkshops({ 5: buildEcosystem(300, 1000) }), decisions });
}

/** One kind of document, `runs` times, in this (child) process: timings and peak RSS. */
async function measure(kind) {
  const { buildCharter } = require('../core/dist/documents/charter/buildCharter.js');
  const { buildImpactReport } = require('../core/dist/documents/report/buildImpactReport.js');
  const { buildImpactReportInput } = require('../core/dist/documents/report/exampleReportInput.js');
  const { renderDocument } = require('../api/dist/documents/renderDocument.js');
  const community = largeCommunity();
  const build =
    kind === 'charter'
      ? () => buildCharter(community)
      : () =>
          buildImpactReport(
            buildImpactReportInput({ workshops: community.workshops, decisions: community.decisions, members: community.members }, 24),
          );
  const times = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const model = build();
    const file = await renderDocument(model);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    bytes = file.bytes.length;
  }
  return { times, bytes, rssMb: process.resourceUsage().maxRSS / 1024 };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const labels = { charter: 'charter', report: 'impact report' };

async function main() {
  const kind = process.argv[2];
  if (kind && kind !== '--json') {
    process.send(await measure(kind));
    return;
  }
  const rows = [];
  // Each kind runs in its own process, so each peak RSS is its own.
  for (const name of ['charter', 'report']) {
    const result = await new Promise((resolve) => {
      const child = fork(fileURLToPath(import.meta.url), [name], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      let message;
      child.on('message', (m) => (message = m));
      child.on('exit', (code) => resolve(message ?? { error: `exit code ${code}` }));
    });
    if (result.error) {
      rows.push({ name, label: labels[name], runs, error: result.error });
      continue;
    }
    const sorted = [...result.times].sort((a, b) => a - b);
    rows.push({
      name,
      label: labels[name],
      runs,
      p50Ms: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      minMs: sorted[0],
      rssMb: result.rssMb,
      kb: result.bytes / 1024,
      met: percentile(sorted, 50) <= targets.p50Ms && result.rssMb <= targets.rssMb,
    });
  }
  if (kind === '--json') {
    console.log(JSON.stringify(rows));
    return;
  }
  console.log(`Document generation, ${runs} runs each (model + charts + .docx), Node ${process.version}\n`);
  console.log('| document | p50 (ms) | p95 (ms) | min (ms) | peak RSS (MB) | size (KB) | target p50 ≤ 1 s, peak RSS ≤ 300 MB |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    if (r.error) console.log(`| ${r.label} | — | — | — | — | — | could not run: ${r.error} |`);
    else
      console.log(
        `| ${r.label} | ${r.p50Ms.toFixed(0)} | ${r.p95Ms.toFixed(0)} | ${r.minMs.toFixed(0)} | ${r.rssMb.toFixed(0)} | ${r.kb.toFixed(0)} | ${r.met ? 'met' : 'missed'} |`,
      );
  }
}

main().catch((error) => {
  // A benchmark reports; it does not fail the build.
  console.log(`benchmark could not run: ${error?.message ?? error}`);
});
