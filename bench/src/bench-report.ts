import type { ConfigId } from './bench-configs.js';
import type { CorpusPackage } from './corpus.js';
import type { LanguageServerMemory } from './lsp-memory.js';

/** What one bench-worker run prints, after RESULT_MARKER. */
export const RESULT_MARKER = '@@bench-result@@';

export interface WorkerResult {
  /** Wall and CPU time of ESLint's lintFiles(); CPU of the whole process, imports included. */
  lintMs: number;
  lintCpuMs: number;
  processCpuMs: number;
  maxRssMb: number;
  ruleMs?: Record<string, number>;
  parseMs?: number;
  findings?: Finding[];
}

export interface Finding {
  readonly rule: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

type Runner = ConfigId | 'oxlint' | 'oxlint-1-thread';

export interface BenchResults {
  date: string;
  machine: { node: string; platform: string; cpus: number; loadAverage: { start: number; end: number } };
  versions: Record<string, string>;
  reps: number;
  corpus: { packages: CorpusPackage[]; fixtureFiles: number; fixtureLines: number; files: number; lines: number };
  configs: Record<ConfigId, string>;
  /** Medians over the measured rounds: wall and CPU of ESLint's lintFiles() (Oxlint: its process), and of the whole process. */
  timing: Record<Runner, { lintMs: number; cpuMs: number; processMs: number; processCpuMs: number; maxRssMb: number; cpuSamples: number[] }>;
  ruleMs: Record<ConfigId, Record<string, number>>;
  parseMs: Record<ConfigId, number>;
  oxlint: { eslintFindings: number; oxlintFindings: number; onlyEslint: string[]; onlyOxlint: string[] };
  scaling: { lines: number; strictMs: number; parserMs: number; strictUsPerLine: number; rulesUsPerLine: number; findings: number }[];
  languageServer: LanguageServerMemory;
}

const s = (ms: number): string => (ms / 1000).toFixed(2);
const pct = (ratio: number): string => `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`;

/** The most and least expensive rule of some configurations, per 1,000 lines. */
function ruleCost(results: BenchResults, ids: readonly ConfigId[], pick: 'max' | 'min'): { rule: string; msPerKloc: number } {
  const kloc = results.corpus.lines / 1000;
  const entries = ids.flatMap(id => Object.entries(results.ruleMs[id]));
  entries.sort((a, b) => (pick === 'max' ? b[1] - a[1] : a[1] - b[1]));
  const [rule, ms] = entries[0] ?? ['(none)', Number.NaN];
  return { rule, msPerKloc: ms / kloc };
}

export function benchMarkdown(results: BenchResults): string {
  const { timing, corpus } = results;
  const base = timing.a.cpuMs;
  const baseWall = timing.a.lintMs;
  const kloc = corpus.lines / 1000;
  const out: string[] = [];
  out.push('# Benchmark: auth-hygiene next to other ESLint plugins, and under Oxlint', '');
  out.push(
    `Run ${results.date} on ${results.machine.platform}, ${results.machine.cpus} CPUs, Node ${results.machine.node}, ` +
      `load average ${results.machine.loadAverage.start.toFixed(1)} at the start and ${results.machine.loadAverage.end.toFixed(1)} at the end. ` +
      `Medians of ${results.reps} interleaved rounds after a warm-up round, each run a fresh process. ` +
      'The machine was shared with other busy processes, so wall times are inflated and noisy; the ratios use CPU time (user + system), which sharing barely moves. ' +
      "ESLint times are its `lintFiles()` (single-threaded); Oxlint's are its whole process.",
    '',
  );
  out.push(
    `**Corpus:** ${corpus.files} files, ${corpus.lines.toLocaleString('en-US')} lines (.ts .tsx .js .mjs; no .d.ts or minified files): ` +
      `${corpus.packages.map(pkg => `${pkg.name}@${pkg.version}`).join(', ')}, and the test-fixtures apps (${corpus.fixtureFiles} files). ` +
      'Repeat with `npm run bench -- --pinned`.',
    '',
  );
  out.push(
    '| Configuration | CPU (s) | Overhead vs (a), CPU | Wall (s) | Overhead vs (a), wall | Process CPU (s) | Peak RSS (MB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [id, label] of Object.entries(results.configs) as [ConfigId, string][]) {
    const row = timing[id];
    const overhead = id === 'a' ? '—' : pct((row.cpuMs - base) / base);
    const overheadWall = id === 'a' ? '—' : pct((row.lintMs - baseWall) / baseWall);
    out.push(`| (${id}) ${label} | ${s(row.cpuMs)} | ${overhead} | ${s(row.lintMs)} | ${overheadWall} | ${s(row.processCpuMs)} | ${row.maxRssMb.toFixed(0)} |`);
  }
  for (const [runner, label] of [
    ['oxlint', 'Oxlint, auth-hygiene strict as a JS plugin (default threads)'],
    ['oxlint-1-thread', 'Oxlint, auth-hygiene strict as a JS plugin (--threads=1)'],
  ] as const) {
    const row = timing[runner];
    out.push(`| ${label} | ${s(row.cpuMs)} | | ${s(row.lintMs)} | | ${s(row.processCpuMs)} | ${row.maxRssMb.toFixed(0)} |`);
  }
  out.push('');

  const strictOverhead = (timing.c.cpuMs - base) / base;
  const ours = ruleCost(results, ['c'], 'max');
  const cheapest = ruleCost(results, ['d', 'e', 'f'], 'min');
  const speedup = timing.c.processCpuMs / timing.oxlint.processCpuMs;
  const speedupWall = timing.c.processMs / timing.oxlint.processMs;
  const parityOk = results.oxlint.onlyEslint.length === 0 && results.oxlint.onlyOxlint.length === 0;
  out.push('## Targets', '');
  out.push('| Target | Measured | Met |', '| --- | --- | :---: |');
  out.push(`| strict adds ≤ 5% over (a) | ${pct(strictOverhead)} CPU (wall: ${pct((timing.c.lintMs - baseWall) / baseWall)}) | ${strictOverhead <= 0.05 ? '✅' : '❌'} |`);
  out.push(
    `| our most expensive rule ≤ cheapest rule of (d)–(f), per 1,000 lines | ${ours.rule}: ${ours.msPerKloc.toFixed(3)} ms vs ${cheapest.rule}: ${cheapest.msPerKloc.toFixed(3)} ms | ${ours.msPerKloc <= cheapest.msPerKloc ? '✅' : '❌'} |`,
  );
  out.push(
    `| Oxlint findings identical to ESLint (rule, file, line, column) | ${results.oxlint.eslintFindings} vs ${results.oxlint.oxlintFindings} findings, ${results.oxlint.onlyEslint.length + results.oxlint.onlyOxlint.length} differences | ${parityOk ? '✅' : '❌'} |`,
  );
  out.push(`| Oxlint ≥ 3× faster than ESLint, same rules (whole process) | ${speedup.toFixed(2)}× in CPU, ${speedupWall.toFixed(2)}× in wall time | ${speedup >= 3 ? '✅' : '❌'} |`);
  const perLine = results.scaling.map(row => row.strictUsPerLine);
  const spread = Math.max(...perLine) / Math.min(...perLine);
  out.push(`| time per line within 2× from 1k to 100k lines | ${spread.toFixed(2)}× | ${spread <= 2 ? '✅' : '❌'} |`, '');

  out.push('## Per-rule time (ESLint stats), ms per 1,000 lines', '');
  out.push('| Configuration | Rule | Total (ms) | per 1,000 lines (ms) |', '| --- | --- | ---: | ---: |');
  for (const id of ['c', 'd', 'e', 'f', 'g'] as const) {
    const entries = Object.entries(results.ruleMs[id]).sort((a, b) => b[1] - a[1]);
    for (const [rule, ms] of id === 'c' ? entries : [...entries.slice(0, 3), ...(entries.length > 3 ? entries.slice(-1) : [])]) {
      out.push(`| (${id}) | ${rule} | ${ms.toFixed(1)} | ${(ms / kloc).toFixed(3)} |`);
    }
  }
  out.push('', `Parse time with the TypeScript parser, (a): ${s(results.parseMs.a)} s. For (d)–(g) the table shows the three most expensive rules and the cheapest.`, '');

  out.push('## Scaling (one generated server-actions file, strict preset, CPU time)', '');
  out.push('| Lines | strict (ms) | parser only (ms) | µs per line (strict) | µs per line (rules only) | findings |', '| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of results.scaling) {
    out.push(`| ${row.lines} | ${row.strictMs.toFixed(0)} | ${row.parserMs.toFixed(0)} | ${row.strictUsPerLine.toFixed(1)} | ${row.rulesUsPerLine.toFixed(1)} | ${row.findings} |`);
  }
  out.push('');

  out.push('## Memory', '');
  out.push(`- Peak RSS of a full \`strict\` run over the corpus (ESLint process): ${timing.c.maxRssMb.toFixed(0)} MB (parser only: ${timing.a.maxRssMb.toFixed(0)} MB).`);
  const lsp = results.languageServer;
  out.push(
    'skipped' in lsp
      ? `- VS Code language server: not measured (${lsp.skipped}).`
      : `- VS Code language server (packages/vscode-extension/dist/server.cjs over stdio) after opening all ${lsp.files} corpus files: peak RSS ${lsp.peakRssMb.toFixed(0)} MB, ${lsp.finalRssMb.toFixed(0)} MB at the end, ${lsp.seconds} s, ${lsp.diagnostics} diagnostics, ${lsp.timedOut} files without diagnostics within 15 s.`,
    '',
  );

  out.push('## Oxlint parity', '');
  if (parityOk) out.push(`Identical: ${results.oxlint.eslintFindings} findings, same rule, file, line and column.`);
  else {
    out.push('Differences (rule file:line:column):', '');
    for (const item of results.oxlint.onlyEslint.slice(0, 30)) out.push(`- only ESLint: \`${item}\``);
    for (const item of results.oxlint.onlyOxlint.slice(0, 30)) out.push(`- only Oxlint: \`${item}\``);
  }
  out.push('');
  return `${out.join('\n')}\n`;
}
