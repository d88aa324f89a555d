// Runs one integration spec bundle inside the real extension host of
// code-server, with the extension loaded unpackaged (like F5) through the
// workbench payload, and returns mocha's counts.
import path from 'node:path';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { format } from 'node:util';
import { PACKAGE_ROOT, launchBrowser, newProfile, startCodeServer, workbenchUrl } from './code-server.mjs';

const TIMEOUT_MS = 240_000;
/** Workbench chatter that is expected offline (see the shared testing doc). */
const NOISE = /ENOTFOUND|authentication provider|AccountPolicyGate|socket|connection token|grace time|Service Worker|AgentHost|builtin extensions|workbench contribution|unresponsive|is responsive/;

export async function runIntegrationSpec({ spec, workspace, trust = false, settings = {}, install = () => {}, env = {} }) {
  const profile = newProfile(settings);
  install(profile);
  const server = await startCodeServer({ profile, workspace, trust, extraEnv: { AUTH_HYGIENE_SPEC: spec, ...env } });
  const browser = await launchBrowser();
  const output = [];
  try {
    const page = await browser.newPage();
    let finish;
    const exited = new Promise(resolve => (finish = resolve));
    await page.exposeFunction('codeAutomationExit', code => finish(code));
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      output.push(line);
      if (!NOISE.test(line)) process.stdout.write(`  [${spec}] ${line}\n`);
    });
    await page.goto(
      workbenchUrl(server, workspace, [
        ['extensionDevelopmentPath', server.remote(PACKAGE_ROOT)],
        ['extensionTestsPath', server.remote(path.join(PACKAGE_ROOT, 'dist/test/index.cjs'))],
      ]),
    );
    let timer;
    const timeout = new Promise(resolve => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
    const code = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    const text = output.join('\n');
    const passed = Number(/(\d+) passing/.exec(text)?.[1] ?? 0);
    const failed = Number(/(\d+) failing/.exec(text)?.[1] ?? 0);
    if (code === 'timeout') return { passed, failed: failed + 1, error: `timed out after ${TIMEOUT_MS / 1000} s\n${server.log()}` };
    if (code !== 0 && failed === 0) return { passed, failed: 1, error: `extension host exited with ${code}\n${server.log()}` };
    return { passed, failed };
  } finally {
    await browser.close();
    server.stop();
  }
}
