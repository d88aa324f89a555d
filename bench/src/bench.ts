/**
 * `npm run bench`: configurations (a)–(g) side by side on one corpus, the
 * same rules under Oxlint's JS plugins, scaling over generated files, and peak
 * memory. Writes bench/results/bench.json and bench.md.
 *
 * Flags: `--reps N` (default 5, after one warm-up round), `--pinned` (fetch
 * the package versions recorded in the last results instead of the latest).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIGS, type ConfigId } from './bench-configs.js';
import type { WorkerResult } from './bench-worker.js';
import { CORPUS_PACKAGES, loadCorpus } from './corpus.js';
import { measureLanguageServer } from './lsp-memory.js';
import { benchMarkdown, type BenchResults, type Finding } from './bench-report.js';
import { CORPUS_DIR, REPO_ROOT, RESULTS_DIR } from './paths.js';
import { preset, ruleNames } from './plugin-config.js';
import { generateActions } from './scaling.js';

const require = createRequire(import.meta.url);
const { values: flags } = parseArgs({ options: { reps: { type: 'string', default: '5' }, pinned: { type: 'boolean', default: false } } });
const REPS = Number(flags.reps);
const CONFIG_IDS = Object.keys(CONFIGS) as ConfigId[];
const WORKER = path.join(path.dirname(new URL(import.meta.url).pathname), 'bench-worker.js');
const OXLINT = path.join(REPO_ROOT, 'node_modules/.bin/oxlint');
const RESULTS_JSON = path.join(RESULTS_DIR, 'bench.json');

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function pinnedSpecs(): string[] {
  const last = JSON.parse(fs.readFileSync(RESULTS_JSON, 'utf8')) as BenchResults;
  return last.corpus.packages.map(pkg => `${pkg.name}@${pkg.version}`);
}

function runWorker(id: ConfigId, listFile: string, mode: 'wall' | 'stats'): WorkerResult & { processMs: number } {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', WORKER, id, listFile, mode], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const processMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`bench worker ${id} failed:\n${child.stderr}`);
  return { ...(JSON.parse(child.stdout) as WorkerResult), processMs };
}

/** The strict preset's rules as an Oxlint JS plugin, and nothing else. */
function oxlintConfig(): string {
  const file = path.join(CORPUS_DIR, '.oxlintrc.json');
  const config = {
    plugins: [],
    categories: { correctness: 'off' },
    jsPlugins: [require.resolve('eslint-plugin-auth-hygiene')],
    rules: preset('strict').rules,
  };
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

function runOxlint(config: string, files: readonly string[], threads: number | null): { processMs: number; findings: Finding[] } {
  const args = ['-c', config, '--format', 'json', ...(threads ? [`--threads=${threads}`] : []), ...files];
  const started = performance.now();
  const child = spawnSync(OXLINT, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const processMs = performance.now() - started;
  if (child.status !== 0 && child.status !== 1) throw new Error(`oxlint failed (${child.status}):\n${child.stderr}\n${child.stdout.slice(0, 2000)}`);
  const { diagnostics } = JSON.parse(child.stdout) as { diagnostics: { code: string; filename: string; labels: { span: { line: number; column: number } }[] }[] };
  const findings = diagnostics.map(diagnostic => ({
    // Oxlint names a rule `plugin(rule)`.
    rule: diagnostic.code.replace(/^([\w@/-]+)\((.+)\)$/, '$1/$2'),
    file: path.resolve(REPO_ROOT, diagnostic.filename),
    line: diagnostic.labels[0]?.span.line ?? 0,
    column: diagnostic.labels[0]?.span.column ?? 0,
  }));
  return { processMs, findings };
}

const key = (finding: Finding): string => `${finding.rule} ${path.relative(REPO_ROOT, finding.file)}:${finding.line}:${finding.column}`;

function compareFindings(eslint: readonly Finding[], oxlint: readonly Finding[]): { onlyEslint: string[]; onlyOxlint: string[] } {
  const ours = new Set(ruleNames());
  const a = new Set(eslint.filter(finding => ours.has(finding.rule)).map(key));
  const b = new Set(oxlint.map(key));
  return { onlyEslint: [...a].filter(item => !b.has(item)).sort(), onlyOxlint: [...b].filter(item => !a.has(item)).sort() };
}

async function main(): Promise<void> {
  const corpus = loadCorpus(flags.pinned ? pinnedSpecs() : CORPUS_PACKAGES);
  console.log(`Corpus: ${corpus.files.length} files, ${corpus.lines} lines (${corpus.packages.map(pkg => `${pkg.name}@${pkg.version}`).join(', ')} + test-fixtures).`);
  const listFile = path.join(CORPUS_DIR, 'files.txt');
  fs.writeFileSync(listFile, corpus.files.join('\n'));
  const oxConfig = oxlintConfig();

  // Interleaved rounds, each in a rotated order; round 0 is the warm-up.
  type Runner = 'oxlint' | 'oxlint-1-thread' | ConfigId;
  const runners: Runner[] = [...CONFIG_IDS, 'oxlint', 'oxlint-1-thread'];
  const samples = new Map<Runner, { lintMs: number; processMs: number; maxRssMb: number }[]>(runners.map(runner => [runner, []]));
  for (let round = 0; round <= REPS; round++) {
    const order = runners.map((_, i) => runners[(i + round) % runners.length]!);
    for (const runner of order) {
      let sample: { lintMs: number; processMs: number; maxRssMb: number };
      if (runner === 'oxlint' || runner === 'oxlint-1-thread') {
        const { processMs } = runOxlint(oxConfig, corpus.files, runner === 'oxlint' ? null : 1);
        sample = { lintMs: processMs, processMs, maxRssMb: 0 };
      } else {
        sample = runWorker(runner, listFile, 'wall');
      }
      if (round > 0) samples.get(runner)!.push(sample);
      console.log(`round ${round} ${runner}: ${(sample.lintMs / 1000).toFixed(2)} s`);
    }
  }
  const timing = Object.fromEntries(
    runners.map(runner => {
      const list = samples.get(runner)!;
      return [runner, { lintMs: median(list.map(s => s.lintMs)), processMs: median(list.map(s => s.processMs)), maxRssMb: Math.max(...list.map(s => s.maxRssMb)), samples: list.map(s => Math.round(s.lintMs)) }];
    }),
  ) as BenchResults['timing'];

  // Per-rule timing and findings, once per configuration, with ESLint's stats on.
  const stats = Object.fromEntries(CONFIG_IDS.map(id => [id, runWorker(id, listFile, 'stats')])) as Record<string, WorkerResult> as Record<ConfigId, WorkerResult>;
  const oxlintFindings = runOxlint(oxConfig, corpus.files, null).findings;
  const parity = compareFindings(stats.c.findings ?? [], oxlintFindings);

  // Scaling: one generated file per size, strict preset and parser only, median of 3.
  const scaling = [1_000, 10_000, 100_000].map(size => {
    const dir = path.join(CORPUS_DIR, 'scaling', `${size}`, 'app', 'account');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{}');
    const file = path.join(dir, 'actions.ts');
    const text = generateActions(size);
    fs.writeFileSync(file, text);
    const list = path.join(CORPUS_DIR, 'scaling', `${size}`, 'files.txt');
    fs.writeFileSync(list, file);
    const lines = text.split('\n').length;
    const strictMs = median([0, 1, 2].map(() => runWorker('c', list, 'wall').lintMs));
    const parserMs = median([0, 1, 2].map(() => runWorker('a', list, 'wall').lintMs));
    const findings = runWorker('c', list, 'stats').findings?.length ?? 0;
    console.log(`scaling ${lines} lines: strict ${strictMs.toFixed(0)} ms, parser only ${parserMs.toFixed(0)} ms, ${findings} findings`);
    return { lines, strictMs, parserMs, strictUsPerLine: (strictMs * 1000) / lines, rulesUsPerLine: ((strictMs - parserMs) * 1000) / lines, findings };
  });

  const languageServer = await measureLanguageServer(corpus.files);

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: os.availableParallelism() },
    versions: Object.fromEntries(
      ['eslint', '@typescript-eslint/parser', 'eslint-plugin-auth-hygiene', '@next/eslint-plugin-next', 'eslint-plugin-react-hooks', '@tanstack/eslint-plugin-query', '@eslint/js', 'oxlint'].map(name => [
        name,
        (require(`${name}/package.json`) as { version: string }).version,
      ]),
    ),
    reps: REPS,
    corpus: { packages: corpus.packages, fixtureFiles: corpus.fixtureFiles, fixtureLines: corpus.fixtureLines, files: corpus.files.length, lines: corpus.lines },
    configs: CONFIGS,
    timing,
    ruleMs: Object.fromEntries(CONFIG_IDS.map(id => [id, stats[id].ruleMs ?? {}])) as BenchResults['ruleMs'],
    parseMs: Object.fromEntries(CONFIG_IDS.map(id => [id, stats[id].parseMs ?? 0])) as BenchResults['parseMs'],
    oxlint: { eslintFindings: (stats.c.findings ?? []).length, oxlintFindings: oxlintFindings.length, ...parity },
    scaling,
    languageServer,
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(RESULTS_JSON, `${JSON.stringify(results, null, 2)}\n`);
  const markdown = benchMarkdown(results);
  fs.writeFileSync(path.join(RESULTS_DIR, 'bench.md'), markdown);
  console.log(markdown);
}

await main();
