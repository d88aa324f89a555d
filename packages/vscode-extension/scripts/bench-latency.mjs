// Server latency: a 2,000-line TSX file in a copy of the seed app, opened in
// the language server over stdio, then 100 single-line edits after warm-up.
// Records the server's own lint time per edit (from its status notification)
// and the edit → published diagnostics round trip (which includes the 100 ms
// debounce), and writes results/latency.json and results/latency.md.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import console from 'node:console';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startLspSession } from './lsp-session.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SEED_APP = path.resolve(root, '../../test-fixtures/next-v4-redis/vulnerable');
const TARGET_LINES = 2000;
const WARM_UP = 10;
const EDITS = 100;

/** A route module with handlers and the components it renders: every block parses, some report. */
export function generateTsx() {
  const header = [
    "import { getServerSession } from 'next-auth';",
    "import { NextResponse } from 'next/server';",
    "import { useState } from 'react';",
    "import { authOptions } from '@/lib/auth';",
    "import { getCachedSession } from '@/lib/session-cache';",
    '',
    'export async function GET(request: Request) {',
    "  const token = request.headers.get('x-session-token') ?? '';",
    '  const cached = await getCachedSession(token);',
    '  if (cached) return NextResponse.json(cached);',
    '  return loadPanel0(token);',
    '}',
    '',
  ];
  const block = i => [
    `export async function loadPanel${i}(token: string) {`,
    `  const cached = await getCachedSession(token);`,
    `  if (cached) return NextResponse.json({ panel: ${i}, user: cached.user });`,
    `  const session = await getServerSession(authOptions);`,
    `  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });`,
    `  return NextResponse.json({ panel: ${i}, user: session.user });`,
    `}`,
    '',
    `export function Panel${i}({ title, items }: { title: string; items: string[] }) {`,
    `  const [open, setOpen] = useState(false);`,
    `  const visible = open ? items : items.slice(0, 3);`,
    `  return (`,
    `    <section className="panel-${i}">`,
    `      <h2 onClick={() => setOpen(!open)}>{title} ({items.length})</h2>`,
    `      <ul>`,
    `        {visible.map(item => (`,
    `          <li key={item}>{item.toUpperCase()}</li>`,
    `        ))}`,
    `      </ul>`,
    `    </section>`,
    `  );`,
    `}`,
    '',
  ];
  const lines = [...header];
  for (let i = 0; lines.length + block(i).length <= TARGET_LINES; i++) lines.push(...block(i));
  while (lines.length < TARGET_LINES) lines.push(`// ${lines.length}`);
  return lines.join('\n') + '\n';
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const stats = values => ({ p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), max: round(Math.max(...values)) });
const round = ms => Math.round(ms * 10) / 10;

const workspace = mkdtempSync(path.join(tmpdir(), 'auth-hygiene-bench-'));
cpSync(SEED_APP, workspace, { recursive: true, filter: source => !source.includes(`${path.sep}node_modules`) });
const file = path.join(workspace, 'app/api/panels/route.tsx');
mkdirSync(path.dirname(file), { recursive: true });
const text = generateTsx();
writeFileSync(file, text);
const uri = pathToFileURL(file).href;

const session = await startLspSession({ workspace });
const lintTimes = new Map();
session.connection.onNotification('authHygiene/status', params => {
  if (params.uri === uri && typeof params.lintMs === 'number') lintTimes.set('last', { wall: params.lintMs, cpu: params.lintCpuMs });
});
const opened = session.nextDiagnostics(uri);
session.open(uri, text, 'typescriptreact');
const findings = (await opened).diagnostics.length;

const lines = text.split('\n');
const serverMs = [];
const serverCpuMs = [];
const roundTripMs = [];
for (let edit = 0; edit < WARM_UP + EDITS; edit++) {
  // Each edit changes one string literal somewhere in the file, as typing would.
  const line = 12 + ((edit * 37) % (TARGET_LINES - 20));
  lines[line] = `${lines[line]} `;
  const version = edit + 2;
  const published = session.nextDiagnostics(uri, version);
  const started = performance.now();
  session.change(uri, version, lines.join('\n'));
  await published;
  if (edit < WARM_UP) continue;
  roundTripMs.push(performance.now() - started);
  serverMs.push(lintTimes.get('last').wall);
  serverCpuMs.push(lintTimes.get('last').cpu);
}
await session.close();

const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  // The machine is shared: wall times grow with the load, CPU times much less.
  loadAverage1m: round(loadavg()[0]),
  file: { lines: TARGET_LINES, language: 'typescriptreact', findings },
  edits: EDITS,
  warmUp: WARM_UP,
  serverLintMs: stats(serverMs),
  serverLintCpuMs: stats(serverCpuMs),
  editToDiagnosticsMs: { ...stats(roundTripMs), note: 'includes the 100 ms debounce' },
};
const resultsDir = path.join(root, 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, 'latency.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
