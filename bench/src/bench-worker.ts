/**
 * One measured ESLint run in a fresh process: `node bench-worker.js <config> <file-list> <wall|stats>`.
 * Prints JSON: the lintFiles time, the process's peak RSS and, with `stats`,
 * per-rule and parse times plus the findings.
 */
import fs from 'node:fs';
import { ESLint } from 'eslint';
import { benchConfig, type ConfigId } from './bench-configs.js';
import { RESULT_MARKER, type WorkerResult } from './bench-report.js';
import { REPO_ROOT } from './paths.js';

const [id, listFile, mode] = process.argv.slice(2) as [ConfigId, string, 'wall' | 'stats'];
const files = fs.readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
const stats = mode === 'stats';
const eslint = new ESLint({ cwd: REPO_ROOT, overrideConfigFile: true, overrideConfig: benchConfig(id), cache: false, stats });
const started = performance.now();
const cpuBefore = process.cpuUsage();
const results = await eslint.lintFiles(files);
const cpu = process.cpuUsage(cpuBefore);
const lintMs = performance.now() - started;
const total = process.cpuUsage();
const output: WorkerResult = {
  lintMs,
  lintCpuMs: (cpu.user + cpu.system) / 1000,
  processCpuMs: (total.user + total.system) / 1000,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
};
if (stats) {
  const ruleMs: Record<string, number> = {};
  let parseMs = 0;
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) ruleMs[rule] = (ruleMs[rule] ?? 0) + time.total;
    }
  }
  output.ruleMs = ruleMs;
  output.parseMs = parseMs;
  output.findings = results.flatMap(result =>
    result.messages.filter(message => message.ruleId).map(message => ({ rule: message.ruleId!, file: result.filePath, line: message.line, column: message.column })),
  );
}
// After a marker: plugins may print warnings to stdout (next's no-html-link-for-pages does).
process.stdout.write(`\n${RESULT_MARKER}${JSON.stringify(output)}\n`);
