import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

/**
 * The seed report's app, linted through ESLint's Node API with the
 * `recommended` preset, as a team would run it. Only the session-route rules
 * are asserted here; every other rule's findings on the fixture apps are
 * covered by the CLI's expected-output tests.
 */
const APP = path.resolve(import.meta.dirname, '../../../test-fixtures/next-v4-redis');
const SESSION_ROUTE_RULES = new Set([
  'auth-hygiene/no-unverified-session-cache',
  'auth-hygiene/session-endpoint-contract',
  'auth-hygiene/no-shadowed-auth-route',
]);

async function findings(variant: string): Promise<string[]> {
  const cwd = path.join(APP, variant);
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended as never] });
  const results = await eslint.lintFiles(['.']);
  return results
    .flatMap(result =>
      result.messages
        .filter(message => message.ruleId === null || SESSION_ROUTE_RULES.has(message.ruleId))
        .map(message => `${message.ruleId}:${path.relative(cwd, result.filePath)}:${message.line}`),
    )
    .sort();
}

describe('the seed app (test-fixtures/next-v4-redis)', () => {
  it('vulnerable: the cache-first session route shadows NextAuth, answers from Redis first, and sends { user: null }', async () => {
    expect(await findings('vulnerable')).toEqual([
      'auth-hygiene/no-shadowed-auth-route:app/api/auth/session/route.ts:7',
      'auth-hygiene/no-unverified-session-cache:app/api/auth/session/route.ts:11',
      'auth-hygiene/session-endpoint-contract:app/api/auth/session/route.ts:19',
      // GET only: update() POSTs here and gets 405.
      'auth-hygiene/session-endpoint-contract:app/api/auth/session/route.ts:7',
    ]);
  });

  it("report-fix: the report's Solution 1 still shadows NextAuth and still answers { user: null }", async () => {
    expect(await findings('report-fix')).toEqual([
      'auth-hygiene/no-shadowed-auth-route:app/api/auth/session/route.ts:7',
      'auth-hygiene/session-endpoint-contract:app/api/auth/session/route.ts:12',
      'auth-hygiene/session-endpoint-contract:app/api/auth/session/route.ts:19',
      // GET only: update() POSTs here and gets 405.
      'auth-hygiene/session-endpoint-contract:app/api/auth/session/route.ts:7',
    ]);
  });

  it('fixed: no custom session route, per-user data cached by verified id', async () => {
    expect(await findings('fixed')).toEqual([]);
  });
});
