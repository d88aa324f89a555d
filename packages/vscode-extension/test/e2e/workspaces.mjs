// Test workspaces are temp copies of the repo's fixtures: tests edit, save and scan them.
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { PACKAGE_ROOT, newTempDir } from './code-server.mjs';

const REPO_ROOT = path.resolve(PACKAGE_ROOT, '../..');
/** The lead's copy of the seed app: the cache-first custom session route. */
export const SEED_APP = path.join(REPO_ROOT, 'test-fixtures/next-v4-redis/vulnerable');
export const SEED_ROUTE = 'app/api/auth/session/route.ts';
const OWN_FIXTURES = path.join(PACKAGE_ROOT, 'test/fixtures');

/**
 * A copy of the seed app where ESLint and the plugin resolve, as in a real
 * project: a workspace ESLint config *could* run here, so the trust tests
 * show that it runs only when it may.
 */
function copySeed(prefix) {
  const dir = newTempDir(prefix);
  cpSync(SEED_APP, dir, { recursive: true, filter: source => !source.includes(`${path.sep}node_modules`) });
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  for (const name of ['eslint', 'eslint-plugin-auth-hygiene']) symlinkSync(path.join(REPO_ROOT, 'node_modules', name), path.join(dir, 'node_modules', name));
  return dir;
}

function put(dir, file, text) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

/**
 * The seed app plus copies of the route where a scan must not look: git-ignored,
 * excluded by files.exclude (the runner sets `**\/excluded`), node_modules, .next.
 */
export function scanWorkspace() {
  const dir = copySeed('main');
  const route = readFileSync(path.join(SEED_APP, SEED_ROUTE), 'utf8');
  put(dir, '.gitignore', 'generated/\n');
  for (const hidden of ['generated/route.ts', 'excluded/route.ts', 'node_modules/some-lib/route.ts', '.next/server/route.js']) put(dir, hidden, route);
  return dir;
}

/** The seed app with an ESLint config that enables auth-hygiene and marks any execution. */
export function restrictedWorkspace() {
  const dir = copySeed('restricted');
  cpSync(path.join(OWN_FIXTURES, 'restricted'), dir, { recursive: true });
  return dir;
}

export function uiWorkspace() {
  return copySeed('ui');
}

/**
 * User settings of the main integration run: the scan test's excluded/ folder,
 * and a time budget that a loaded CI machine cannot trip by accident (the
 * budget test lowers it on purpose).
 */
export const MAIN_SETTINGS = { 'files.exclude': { '**/excluded': true }, 'authHygiene.timeBudgetMs': 10_000 };

const VSCE = path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
export const vsce = (args, cwd = PACKAGE_ROOT) => execFileSync(process.execPath, [VSCE, ...args], { cwd, stdio: 'pipe' });

/** dbaeumer.vscode-eslint cannot be downloaded here: a stub with its id stands in. Returns its .vsix. */
export function packageEslintStub() {
  const dir = newTempDir('eslint-stub');
  cpSync(path.join(OWN_FIXTURES, 'eslint-extension-stub'), dir, { recursive: true });
  cpSync(path.join(PACKAGE_ROOT, 'LICENSE'), path.join(dir, 'LICENSE'));
  const vsix = path.join(dir, 'eslint-stub.vsix');
  vsce(['package', '--allow-missing-repository', '--out', vsix], dir);
  return vsix;
}
