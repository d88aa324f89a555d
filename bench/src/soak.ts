/**
 * `npm run soak`: every rule, with permissive settings and fix safety, over
 * every JS/TS file under the repo's node_modules and the bench corpus.
 * Writes bench/results/soak.json and soak.md; exits non-zero on any problem.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CORPUS_DIR, REPO_ROOT, RESULTS_DIR } from './paths.js';
import { listFiles, SOAK_EXTENSIONS } from './files.js';
import { ruleNames } from './plugin-config.js';
import { addTotals, emptyTotals, Soak, type SoakTotals } from './soak-run.js';

interface WorkerInput {
  readonly files: string[];
}

if (isMainThread) {
  await main();
} else {
  const { files } = workerData as WorkerInput;
  parentPort!.postMessage(new Soak({ fixSafety: true }).run(files));
}

async function main(): Promise<void> {
  const sources = [path.join(REPO_ROOT, 'node_modules'), CORPUS_DIR];
  const files = sources.flatMap(dir => listFiles(dir, SOAK_EXTENSIONS));
  if (!fs.existsSync(CORPUS_DIR)) console.warn('bench/corpus is missing: run `npm run bench` first to fetch it; soaking node_modules only.');
  const workers = Math.max(1, Math.min(os.availableParallelism(), 4));
  console.log(`Soaking ${files.length} files with ${ruleNames().length} rules on ${workers} workers…`);
  const started = performance.now();
  const shares = Array.from({ length: workers }, (_, index) => files.filter((_, i) => i % workers === index));
  const results = await Promise.all(
    shares.map(
      share =>
        new Promise<SoakTotals>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { files: share } satisfies WorkerInput, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const totals = emptyTotals();
  for (const result of results) addTotals(totals, result);
  const seconds = (performance.now() - started) / 1000;

  const crashes = totals.problems.filter(problem => problem.kind === 'crash');
  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    rules: ruleNames(),
    sources: sources.map(dir => path.relative(REPO_ROOT, dir)),
    files: totals.files,
    lines: totals.lines,
    lints: totals.lints,
    seconds: Math.round(seconds),
    reports: totals.reports,
    fixesChecked: totals.fixesChecked,
    unparsableLints: totals.unparsable,
    crashes: crashes.length,
    problems: totals.problems,
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, 'soak.json'), `${JSON.stringify(summary, null, 2)}\n`);
  fs.writeFileSync(path.join(RESULTS_DIR, 'soak.md'), soakMarkdown(summary));
  console.log(soakMarkdown(summary));
  process.exitCode = totals.problems.length > 0 ? 1 : 0;
}

function soakMarkdown(summary: {
  date: string;
  rules: string[];
  files: number;
  lines: number;
  lints: number;
  seconds: number;
  reports: number;
  fixesChecked: number;
  unparsableLints: number;
  crashes: number;
  problems: SoakTotals['problems'];
}): string {
  const byKind = new Map<string, number>();
  for (const problem of summary.problems) byKind.set(problem.kind, (byKind.get(problem.kind) ?? 0) + 1);
  const lines = [
    '# Soak: every rule over node_modules and the bench corpus',
    '',
    `Run ${summary.date} with ${summary.rules.length} rules. Each file is linted twice: at its real path and as a Next.js app file (route, pages API, middleware, page or server actions, by path hash).`,
    '',
    '| Files | Lines | Lints | Time | Reports | Fixes and suggestions checked | Unparsable (not ours) | Crashes | Invalid ranges | Unsafe fixes |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${summary.files} | ${summary.lines} | ${summary.lints} | ${summary.seconds} s | ${summary.reports} | ${summary.fixesChecked} | ${summary.unparsableLints} | ${summary.crashes} | ${byKind.get('bad-range') ?? 0} | ${(byKind.get('fix-unparsable') ?? 0) + (byKind.get('fix-repeats') ?? 0) + (byKind.get('fix-no-convergence') ?? 0)} |`,
    '',
  ];
  for (const problem of summary.problems.slice(0, 50)) lines.push(`- **${problem.kind}** ${problem.rule ?? ''} in \`${problem.file}\`: ${problem.detail.split('\n')[0]}`);
  return `${lines.join('\n')}\n`;
}
