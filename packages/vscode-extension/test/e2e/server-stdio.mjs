// The standalone server as any LSP client sees it: `dist/server.cjs --stdio`,
// a client without pull configuration (settings come in initializationOptions),
// and edits arriving faster than the debounce.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { startLspSession } from '../../scripts/lsp-session.mjs';
import { SEED_APP, SEED_ROUTE } from './workspaces.mjs';

const CACHE_RULE = 'auth-hygiene/no-unverified-session-cache';
const uri = pathToFileURL(path.join(SEED_APP, SEED_ROUTE)).href;
const text = readFileSync(path.join(SEED_APP, SEED_ROUTE), 'utf8');
const rules = params => params.diagnostics.map(diagnostic => diagnostic.code);

const tests = {
  async 'lints on open over stdio, with settings from initializationOptions'() {
    const session = await startLspSession({ workspace: SEED_APP, pullConfiguration: false, initializationOptions: { settings: { rules: { [CACHE_RULE]: 'off' } } } });
    try {
      const published = session.nextDiagnostics(uri);
      session.open(uri, text);
      const found = rules(await published);
      assert.ok(found.length > 0);
      assert.ok(!found.includes(CACHE_RULE), 'the override from initializationOptions applies');
    } finally {
      await session.close();
    }
  },

  async 'a burst of edits is linted once, for the last version (debounced, latest wins)'() {
    const session = await startLspSession({ workspace: SEED_APP });
    try {
      const opened = session.nextDiagnostics(uri);
      session.open(uri, text);
      await opened;
      const published = [];
      session.onDiagnostics(params => published.push(params));
      const lines = text.split('\n');
      const directive = `    // eslint-disable-next-line ${CACHE_RULE}`;
      for (let length = 1; length <= directive.length; length++) {
        const next = [...lines.slice(0, 10), directive.slice(0, length), ...lines.slice(10)].join('\n');
        session.change(uri, length + 1, next);
      }
      await sleep(1000);
      assert.equal(published.length, 1, `one publish for ${directive.length} edits, got ${published.length}`);
      assert.equal(published[0].version, directive.length + 1);
      assert.ok(!rules(published[0]).includes(CACHE_RULE));
    } finally {
      await session.close();
    }
  },
};

export async function runServerStdioTests(log) {
  let passed = 0;
  let failed = 0;
  for (const [name, run] of Object.entries(tests)) {
    try {
      await run();
      passed++;
      log(`    ✔ ${name}`);
    } catch (error) {
      failed++;
      log(`    ✘ ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { passed, failed };
}
