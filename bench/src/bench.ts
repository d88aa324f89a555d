/**
 * `npm run bench`: configurations (a)–(g) side by side on one corpus, the
 * same rules under Oxlint's JS plugins, scaling over generated files, and peak
 * memory. Writes bench/results/bench.json and bench.md.
 *
 * Flags: `--reps N` (default 5, after one warm-up round), `--pinned` (fetch
 * the package versions recorded in the last results instead of the latest),
 * `--limit N` (a smoke run over the first N corpus files; results go to
 * bench/corpus/smoke/ instead of bench/results/), `--concurrency N` (runs at
 * a time, default 3: the comparisons use CPU time, which sharing the machine
 * barely moves, so a busy machine still finishes).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIGS, type ConfigId } from './bench-configs.js';
import { CORPUS_PACKAGES, loadCorpus } from './corpus.js';
import { type LanguageServerMemory, measureLanguageServer } from './lsp-memory.js';
import { benchMarkdown, type BenchResults, type Finding, RESULT_MARKER, type WorkerResult } from './bench-report.js';
import { CORPUS_DIR, REPO_ROOT, RESULTS_DIR } from './paths.js';
import { preset, ruleNames } from './plugin-config.js';
import { countLines } from './files.js';
import { generateActions } from './scaling.js';

const require = createRequire(import.meta.url);
const { values: flags } = parseArgs({ options: { reps: { type: 'string', default: '5' }, pinned: { type: 'boolean', default: false }, limit: { type: 'string' }, concurrency: { type: 'string', default: '3' } } });
const REPS = Number(flags.reps);
const CONFIG_IDS = Object.keys(CONFIGS) as ConfigId[];
const WORKER = path.join(path.dirname(new URL(import.meta.url).pathname), 'bench-worker.js');
const OXLINT = path.join(REPO_ROOT, 'node_modules/.bin/oxlint');
const OUTPUT_DIR = flags.limit ? path.join(CORPUS_DIR, 'smoke') : RESULTS_DIR;
const RESULTS_JSON = path.join(RESULTS_DIR, 'bench.json');
const CONCURRENCY = Number(flags.concurrency);

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function pinnedSpecs(): string[] {
  const last = JSON.parse(fs.readFileSync(RESULTS_JSON, 'utf8')) as BenchResults;
  return last.corpus.packages.map(pkg => `${pkg.name}@${pkg.version}`);
}

interface Sample {
  /** Wall and CPU time of the linting itself (ESLint: lintFiles(); Oxlint: its process). */
  lintMs: number;
  cpuMs: number;
  /** The whole process, startup included. */
  processMs: number;
  processCpuMs: number;
  maxRssMb: number;
}

function spawnTimed(command: string, args: readonly string[]): Promise<{ stdout: string; stderr: string; status: number | null; wallMs: number; cpuMs: number; maxRssMb: number }> {
  // GNU time reports the child's CPU time and peak RSS, which Node's child_process does not.
  const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', status => {
      const wallMs = performance.now() - started;
      const [user, system, rssKb] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      fs.rmSync(timeFile, { force: true });
      resolve({ stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), status, wallMs, cpuMs: (user! + system!) * 1000, maxRssMb: rssKb! / 1024 });
    });
  });
}

async function runWorker(id: ConfigId, listFile: string, mode: 'wall' | 'stats'): Promise<WorkerResult & Sample> {
  const child = await spawnTimed(process.execPath, ['--max-old-space-size=8192', WORKER, id, listFile, mode]);
  if (child.status !== 0) throw new Error(`bench worker ${id} failed:\n${child.stderr}`);
  const result = JSON.parse(child.stdout.slice(child.stdout.lastIndexOf(RESULT_MARKER) + RESULT_MARKER.length)) as WorkerResult;
  return { ...result, cpuMs: result.lintCpuMs, processMs: child.wallMs, processCpuMs: child.cpuMs };
}

/** Runs tasks `size` at a time. CPU times are the measure, so concurrency does not skew them much. */
async function pool<T>(tasks: readonly (() => Promise<T>)[], size: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, lane));
  return results;
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

async function runOxlint(config: string, files: readonly string[], threads: number | null): Promise<Sample & { findings: Finding[] }> {
  const args = ['-c', config, '--format', 'json', ...(threads ? [`--threads=${threads}`] : []), ...files];
  const child = await spawnTimed(OXLINT, args);
  if (child.status !== 0 && child.status !== 1) throw new Error(`oxlint failed (${child.status}):\n${child.stderr}\n${child.stdout.slice(0, 2000)}`);
  const { diagnostics } = JSON.parse(child.stdout) as {
    diagnostics: { code?: string; message: string; filename?: string; labels?: { span: { line: number; column: number } }[] }[];
  };
  const findings = diagnostics.map(diagnostic => ({
    // Oxlint names a rule `plugin(rule)`; a plugin that throws gets a diagnostic without a code.
    rule: diagnostic.code?.replace(/^([\w@/-]+)\((.+)\)$/, '$1/$2') ?? `(JS plugin error: ${/\w*Error: .*/.exec(diagnostic.message)?.[0].slice(0, 120) ?? 'unknown'})`,
    file: path.resolve(diagnostic.filename ?? /File path: (.+)/.exec(diagnostic.message)?.[1] ?? ''),
    line: diagnostic.labels?.[0]?.span.line ?? 0,
    column: diagnostic.labels?.[0]?.span.column ?? 0,
  }));
  const sample = { lintMs: child.wallMs, cpuMs: child.cpuMs, processMs: child.wallMs, processCpuMs: child.cpuMs, maxRssMb: child.maxRssMb };
  return { ...sample, findings };
}

const key = (finding: Finding): string => `${finding.rule} ${path.relative(REPO_ROOT, finding.file)}:${finding.line}:${finding.column}`;

/** Findings on one side only, as a multiset: a finding reported twice on one side and once on the other counts. */
function compareFindings(eslint: readonly Finding[], oxlint: readonly Finding[]): { onlyEslint: string[]; onlyOxlint: string[] } {
  const ours = new Set(ruleNames());
  const counts = new Map<string, number>();
  for (const finding of eslint.filter(item => ours.has(item.rule))) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
  for (const finding of oxlint) counts.set(key(finding), (counts.get(key(finding)) ?? 0) - 1);
  const side = (sign: 1 | -1): string[] => [...counts].flatMap(([item, count]) => Array.from({ length: Math.max(0, sign * count) }, () => item)).sort();
  return { onlyEslint: side(1), onlyOxlint: side(-1) };
}

async function main(): Promise<void> {
  const loadAtStart = os.loadavg()[0]!;
  const full = loadCorpus(flags.pinned ? pinnedSpecs() : CORPUS_PACKAGES);
  const files = flags.limit ? full.files.slice(0, Number(flags.limit)) : full.files;
  const corpus = { ...full, files, lines: flags.limit ? files.reduce((sum, file) => sum + countLines(fs.readFileSync(file, 'utf8')), 0) : full.lines };
  console.log(`Corpus: ${corpus.files.length} files, ${corpus.lines} lines (${corpus.packages.map(pkg => `${pkg.name}@${pkg.version}`).join(', ')} + test-fixtures).`);
  const listFile = path.join(CORPUS_DIR, 'files.txt');
  fs.writeFileSync(listFile, corpus.files.join('\n'));
  const oxConfig = oxlintConfig();

  // Round 0 warms up and collects per-rule timing and findings (ESLint stats on); rounds 1..REPS are
  // measured, interleaved in a rotated order, CONCURRENCY runs at a time.
  type Runner = 'oxlint' | 'oxlint-1-thread' | ConfigId;
  const runners: Runner[] = [...CONFIG_IDS, 'oxlint', 'oxlint-1-thread'];
  const run = async (runner: Runner, round: number): Promise<Sample & { stats?: WorkerResult; findings?: Finding[] }> => {
    const sample =
      runner === 'oxlint' || runner === 'oxlint-1-thread'
        ? await runOxlint(oxConfig, corpus.files, runner === 'oxlint' ? null : 1)
        : await runWorker(runner, listFile, round === 0 ? 'stats' : 'wall');
    console.log(`round ${round} ${runner}: cpu ${(sample.cpuMs / 1000).toFixed(2)} s, wall ${(sample.lintMs / 1000).toFixed(2)} s`);
    return runner === 'oxlint' || runner === 'oxlint-1-thread' ? sample : { ...sample, stats: sample as WorkerResult };
  };
  const done: { runner: Runner; round: number; sample: Sample & { stats?: WorkerResult; findings?: Finding[] } }[] = [];
  let scaling: BenchResults['scaling'] = [];
  let languageServer: LanguageServerMemory = { skipped: 'still running when these results were written' };

  const write = (roundsMeasured: number): void => {
    const measured = (runner: Runner): Sample[] => done.filter(item => item.runner === runner && item.round > 0).map(item => item.sample);
    const warmUp = (runner: Runner) => done.find(item => item.runner === runner && item.round === 0)!.sample;
    const timing = Object.fromEntries(
      runners.map(runner => {
        const list = measured(runner);
        return [
          runner,
          {
            lintMs: median(list.map(sample => sample.lintMs)),
            cpuMs: median(list.map(sample => sample.cpuMs)),
            processMs: median(list.map(sample => sample.processMs)),
            processCpuMs: median(list.map(sample => sample.processCpuMs)),
            maxRssMb: Math.max(...list.map(sample => sample.maxRssMb)),
            cpuSamples: list.map(sample => Math.round(sample.cpuMs)),
          },
        ];
      }),
    ) as BenchResults['timing'];
    const stats = Object.fromEntries(CONFIG_IDS.map(id => [id, warmUp(id).stats!])) as Record<string, WorkerResult> as Record<ConfigId, WorkerResult>;
    const oxlintFindings = warmUp('oxlint').findings ?? [];
    const parity = compareFindings(stats.c.findings ?? [], oxlintFindings);
    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: os.availableParallelism(), loadAverage: { start: loadAtStart, end: os.loadavg()[0]! } },
      versions: Object.fromEntries(
        ['eslint', '@typescript-eslint/parser', 'eslint-plugin-auth-hygiene', '@next/eslint-plugin-next', 'eslint-plugin-react-hooks', '@tanstack/eslint-plugin-query', '@eslint/js', 'oxlint'].map(name => [
          name,
          (require(`${name}/package.json`) as { version: string }).version,
        ]),
      ),
      reps: roundsMeasured,
      corpus: { packages: corpus.packages, fixtureFiles: corpus.fixtureFiles, fixtureLines: corpus.fixtureLines, files: corpus.files.length, lines: corpus.lines },
      configs: CONFIGS,
      timing,
      ruleMs: Object.fromEntries(CONFIG_IDS.map(id => [id, stats[id].ruleMs ?? {}])) as BenchResults['ruleMs'],
      parseMs: Object.fromEntries(CONFIG_IDS.map(id => [id, stats[id].parseMs ?? 0])) as BenchResults['parseMs'],
      oxlint: { eslintFindings: (stats.c.findings ?? []).length, oxlintFindings: oxlintFindings.length, ...parity },
      scaling,
      languageServer,
    };
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    fs.writeFileSync(path.join(OUTPUT_DIR, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
    fs.writeFileSync(path.join(OUTPUT_DIR, 'bench.md'), benchMarkdown(results));
  };

  // The warm-up round runs next to the scaling files and the language server; then one measured
  // round at a time, all of a round's runs side by side, writing the results after each round.
  const roundTasks = (round: number) =>
    runners.map((_, i) => runners[(i + round) % runners.length]!).map(runner => async () => void done.push({ runner, round, sample: await run(runner, round) }));
  const scalingRuns = (flags.limit ? [1_000, 2_000] : [1_000, 10_000, 100_000]).map(size => {
    const dir = path.join(CORPUS_DIR, 'scaling', `${size}`);
    const file = path.join(dir, 'app', 'account', 'actions.ts');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const text = generateActions(size);
    fs.writeFileSync(file, text);
    const list = path.join(dir, 'files.txt');
    fs.writeFileSync(list, file);
    return { lines: countLines(text), list };
  });
  const scalingResults = new Map<number, { parser?: Sample; strict: (WorkerResult & Sample)[] }>(scalingRuns.map(({ lines }) => [lines, { strict: [] }]));
  const scalingTaskList = scalingRuns.flatMap(({ lines, list }) => [
    async () => void (scalingResults.get(lines)!.parser = await runWorker('a', list, 'wall')),
    ...[0, 1, 2].map(() => async () => void scalingResults.get(lines)!.strict.push(await runWorker('c', list, 'stats'))),
  ]);
  await pool([async () => void (languageServer = await measureLanguageServer(corpus.files)), ...roundTasks(0), ...scalingTaskList], CONCURRENCY);
  scaling = [...scalingResults].map(([lines, { parser, strict }]) => {
    const strictMs = median(strict.map(sample => sample.cpuMs));
    return { lines, strictMs, parserMs: parser!.cpuMs, strictUsPerLine: (strictMs * 1000) / lines, rulesUsPerLine: ((strictMs - parser!.cpuMs) * 1000) / lines, findings: strict[0]!.findings?.length ?? 0 };
  });
  for (let round = 1; round <= REPS; round++) {
    await pool(roundTasks(round), CONCURRENCY);
    write(round);
    console.log(`wrote results after ${round} measured round(s)`);
  }
  console.log(fs.readFileSync(path.join(OUTPUT_DIR, 'bench.md'), 'utf8'));
}

await main();
