// Drives a real VS Code here: code-server (VS Code in a Node server, with the
// real Node extension host) and Debian's Chromium through playwright-core as
// the window. See /work/shared/docs/real-vscode-testing.md for why and how.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { URLSearchParams, fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const PACKAGE_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
const CACHE = process.env.AUTH_HYGIENE_E2E_CACHE ?? path.join(PACKAGE_ROOT, '.cache');
const NODE24_BIN = path.join(CACHE, 'node24/node_modules/node/bin');
const CODE_SERVER = path.join(CACHE, 'code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** User settings for every run: quiet, and no TypeScript squiggles to mix with ours. */
const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'typescript.validate.enable': false,
  'javascript.validate.enable': false,
  'typescript.suggest.enabled': false,
  'editor.minimap.enabled': false,
  'chat.disableAIFeatures': true,
  'security.workspace.trust.startupPrompt': 'never',
  'explorer.compactFolders': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export function newTempDir(prefix) {
  return mkdtempSync(path.join(tmpdir(), `auth-hygiene-${prefix}-`));
}

const env = () => ({ ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}` });

/** A fresh profile: its own user-data and extensions folders, with the given user settings. */
export function newProfile(settings = {}) {
  const dir = newTempDir('profile');
  const userData = path.join(dir, 'user-data');
  const extensions = path.join(dir, 'extensions');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
  writeFileSync(path.join(dir, 'config.yaml'), 'auth: none\n');
  return { dir, userData, extensions, config: path.join(dir, 'config.yaml') };
}

export function installExtension(profile, vsix) {
  execFileSync(CODE_SERVER, ['--user-data-dir', profile.userData, '--extensions-dir', profile.extensions, '--install-extension', vsix, '--force'], {
    env: env(),
    stdio: 'pipe',
  });
}

/**
 * Starts code-server in its own process group (its file watcher outlives the
 * main process otherwise) and resolves once it listens.
 */
export async function startCodeServer({ profile, workspace, trust = false, extraEnv = {} }) {
  const port = await freePort();
  const args = [
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--user-data-dir', profile.userData,
    '--extensions-dir', profile.extensions,
    '--config', profile.config,
    '--vscode-option', 'enable-smoke-test-driver',
    ...(trust ? [] : ['--disable-workspace-trust']),
    workspace,
  ];
  const child = spawn(CODE_SERVER, args, { env: { ...env(), ...extraEnv }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', data => (log += data));
  child.stderr.on('data', data => (log += data));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start:\n${log}`)), 30_000);
    const check = () => {
      if (log.includes('HTTP server listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    child.on('exit', code => reject(new Error(`code-server exited with ${code}:\n${log}`)));
  });
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    log: () => log,
    remote: file => `vscode-remote://127.0.0.1:${port}${file}`,
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The workbench URL for a folder, optionally with payload entries (extension development, tests). */
export function workbenchUrl(server, folder, payload = []) {
  const query = new URLSearchParams({ folder });
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `${server.url}/?${query}`;
}
