// `npm run test:e2e`: the real-VS Code tests. Installs code-server, Node 24
// and Chromium through scripts/setup-code-server.sh (cached in .cache/), then
// runs the integration specs in the extension host and the UI test, and writes
// the measurements to results/e2e.json. Ends with "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { PACKAGE_ROOT, installExtension, newTempDir } from './code-server.mjs';
import { runIntegrationSpec } from './integration.mjs';
import { runServerStdioTests } from './server-stdio.mjs';
import { runUiTest } from './ui.mjs';
import { MAIN_SETTINGS, packageEslintStub, restrictedWorkspace, scanWorkspace, vsce } from './workspaces.mjs';

// Every run leaves its measurements and screenshot in test-results/ (git-ignored);
// AUTH_HYGIENE_RECORD=1 (npm run test:e2e:record) also updates the committed copies.
const record = process.env.AUTH_HYGIENE_RECORD === '1';
const ARTIFACTS = path.join(PACKAGE_ROOT, 'test-results');
const RESULTS = path.join(record ? path.join(PACKAGE_ROOT, 'results') : ARTIFACTS, 'e2e.json');
const SCREENSHOT = record ? path.resolve(PACKAGE_ROOT, '../../docs/images/quick-fix.png') : path.join(ARTIFACTS, 'quick-fix.png');
const log = line => process.stdout.write(`${line}\n`);

mkdirSync(ARTIFACTS, { recursive: true });
if (!process.env.AUTH_HYGIENE_SKIP_SETUP) execFileSync(path.join(PACKAGE_ROOT, 'scripts/setup-code-server.sh'), { stdio: 'inherit' });

const measurements = {};
const metricsFile = path.join(newTempDir('metrics'), 'metrics.jsonl');
const outcomes = [];

/** AUTH_HYGIENE_E2E_ONLY=ui (or main, restricted) runs one check, for development. */
const only = process.env.AUTH_HYGIENE_E2E_ONLY;

async function check(name, run) {
  if (only && !name.startsWith(only)) return;
  const started = Date.now();
  try {
    const { passed = 1, failed = 0, error } = (await run()) ?? {};
    outcomes.push({ name, passed, failed });
    log(`${failed ? '✘' : '✔'} ${name}: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (error) log(error);
  } catch (error) {
    outcomes.push({ name, passed: 0, failed: 1 });
    log(`✘ ${name}: ${error instanceof Error ? error.stack : String(error)}`);
  }
}

log('e2e: packaging the extension');
const vsix = path.join(PACKAGE_ROOT, 'dist/auth-hygiene.vsix');
vsce(['package', '--no-dependencies', '--out', vsix]);
measurements.vsixBytes = statSync(vsix).size;

await check('server: the standalone language server over stdio', () => runServerStdioTests(log));

const eslintStub = packageEslintStub();
const withEslintStub = profile => installExtension(profile, eslintStub);

await check('main: integration, trusted workspace (extension host, unpackaged)', () =>
  runIntegrationSpec({
    spec: 'main',
    workspace: scanWorkspace(),
    settings: MAIN_SETTINGS,
    install: withEslintStub,
    env: { AUTH_HYGIENE_RESULTS: metricsFile },
  }),
);

await check('restricted: integration, untrusted workspace (extension host, unpackaged)', () =>
  runIntegrationSpec({ spec: 'restricted', workspace: restrictedWorkspace(), trust: true, install: withEslintStub }),
);

await check('ui: quick fix with Ctrl+. in code-server + Chromium (packaged .vsix)', async () => {
  const { keystrokeToDiagnosticMs } = await runUiTest({ vsix, screenshot: SCREENSHOT, artifactsDir: ARTIFACTS, log });
  measurements.keystrokeToDiagnosticMs = keystrokeToDiagnosticMs;
  return { passed: 1, failed: 0 };
});

for (const line of readFileSync(metricsFile, { encoding: 'utf8', flag: 'a+' }).split('\n').filter(Boolean)) {
  const { name, value } = JSON.parse(line);
  measurements[name] = value;
}
const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0);
const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
// Only a full, green run writes measurements.
if (!failed && !only) {
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), vscode: 'code-server 4.139.1 (VS Code 1.139.1)', ...measurements }, null, 2)}\n`);
  log(`e2e: measurements in ${path.relative(process.cwd(), RESULTS)}: ${JSON.stringify(measurements)}`);
}
log(`e2e summary: ${passed} passed, ${failed} failed`);
// Explicitly: a stray handle of a browser or server process must not keep CI waiting.
process.exit(failed ? 1 : 0);
