/**
 * `npm run soak`: every rule, with permissive settings and fix safety, over
 * every JS/TS file under the repo's node_modules and the bench corpus.
 * Writes bench/results/soak.json and soak.md; exits non-zero on any problem.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CORPUS_DIR, REPO_ROOT, RESULTS_DIR } from './paths.js';
import { listFiles, sampleFiles, SOAK_EXTENSIONS } from './files.js';
import type { Problem } from './lint-check.js';
import { ruleNames } from './plugin-config.js';
import { addTotals, emptyTotals, Soak, type SoakTotals } from './soak-run.js';

const SLICE = 200;

interface WorkerInput {
  readonly files: string[];
}

if (isMainThread) {
  await main();
} else {
  const { files } = workerData as WorkerInput;
  const soak = new Soak({ fixSafety: true });
  // In slices, so that a long run reports (and records) as it goes.
  for (let i = 0; i < files.length; i += SLICE) parentPort!.postMessage(soak.run(files.slice(i, i + SLICE)));
  parentPort!.postMessage(null);
}

async function main(): Promise<void> {
  const sources = [path.join(REPO_ROOT, 'node_modules'), CORPUS_DIR];
  if (!fs.existsSync(CORPUS_DIR)) console.warn('bench/corpus is missing: run `npm run bench` first to fetch it; soaking node_modules only.');
  // Hash order: an interrupted run has still soaked a uniform sample.
  const all = sources.flatMap(dir => listFiles(dir, SOAK_EXTENSIONS));
  const files = sampleFiles(all, REPO_ROOT, all.length);
  const { values } = parseArgs({ options: { workers: { type: 'string', default: String(Math.min(os.availableParallelism(), 4)) } } });
  const workers = Math.max(1, Number(values.workers));
  console.log(`Soaking ${files.length} files with ${ruleNames().length} rules on ${workers} workers…`);
  const started = performance.now();
  const totals = emptyTotals();
  const record = (complete: boolean): void => {
    const seconds = Math.round((performance.now() - started) / 1000);
    const summary: SoakSummary = {
      date: new Date().toISOString(),
      node: process.version,
      complete,
      rules: ruleNames(),
      sources: sources.map(dir => path.relative(REPO_ROOT, dir)),
      filesTotal: files.length,
      ...totals,
      seconds,
      crashes: totals.problems.filter(problem => problem.kind === 'crash').length,
    };
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(RESULTS_DIR, 'soak.json'), `${JSON.stringify(summary, null, 2)}\n`);
    fs.writeFileSync(path.join(RESULTS_DIR, 'soak.md'), soakMarkdown(summary));
  };
  await Promise.all(
    Array.from({ length: workers }, (_, index) => files.filter((_, i) => i % workers === index)).map(
      share =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { files: share } satisfies WorkerInput });
          worker.on('message', (slice: SoakTotals | null) => {
            if (slice === null) return resolve();
            addTotals(totals, slice);
            record(false);
            console.log(`${totals.files}/${files.length} files, ${totals.problems.length} problems`);
          });
          worker.once('error', reject);
        }),
    ),
  );
  record(true);
  console.log(fs.readFileSync(path.join(RESULTS_DIR, 'soak.md'), 'utf8'));
  process.exitCode = totals.problems.length > 0 ? 1 : 0;
}

interface SoakSummary extends SoakTotals {
  date: string;
  node: string;
  complete: boolean;
  rules: string[];
  sources: string[];
  filesTotal: number;
  seconds: number;
  crashes: number;
}

function soakMarkdown(summary: SoakSummary): string {
  const count = (...kinds: Problem['kind'][]): number => summary.problems.filter(problem => kinds.includes(problem.kind)).length;
  const lines = [
    '# Soak: every rule over node_modules and the bench corpus',
    '',
    `Run ${summary.date} with ${summary.rules.length} rules and permissive settings; each file is linted twice, at its real path and as a Next.js app file (route, pages API, middleware, page or server actions, by path hash), with every autofix and suggestion applied and re-linted.` +
      (summary.complete ? '' : ` **Partial:** ${summary.files} of ${summary.filesTotal} files so far (in hash order, so a uniform sample).`),
    '',
    '| Files | Lines | Lints | Time | Reports | Fixes and suggestions checked | Unparsable (not ours) | Crashes | Invalid ranges | Unsafe fixes |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${summary.files} | ${summary.lines} | ${summary.lints} | ${summary.seconds} s | ${summary.reports} | ${summary.fixesChecked} | ${summary.unparsable} | ${summary.crashes} | ${count('bad-range')} | ${count('fix-unparsable', 'fix-repeats', 'fix-no-convergence')} |`,
    '',
  ];
  for (const problem of summary.problems.slice(0, 50)) lines.push(`- **${problem.kind}** ${problem.rule ?? ''} in \`${problem.file}\`: ${problem.detail.split('\n')[0]}`);
  return `${lines.join('\n')}\n`;
}
