import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { copyFixture, findings, FIXTURES_DIR, runCli } from './helpers.js';

const ROUTE = 'app/api/me/route.ts';

function readBaseline(dir: string, file = 'eslint-suppressions.json'): Record<string, Record<string, { count: number }>> {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, Record<string, { count: number }>>;
}

it('baseline flow: snapshot today, fail only on new findings, shrink as code is fixed', async () => {
  const dir = copyFixture(path.join(FIXTURES_DIR, 'better-auth/vulnerable'));
  const todayJson = (await runCli(['--format', 'json', '.'], { cwd: dir })).stdout;
  expect(findings(todayJson, dir).map(finding => finding.file)).toContain(ROUTE);
  // ESLint's suppressions record errors; warnings never fail the gate and are not recorded.
  const todayErrors = (JSON.parse(todayJson) as { errorCount: number }[]).reduce((sum, result) => sum + result.errorCount, 0);

  // 1. Snapshot: the baseline is ESLint's bulk-suppressions file, with today's error counts.
  const snapshot = await runCli(['--update-baseline', '.'], { cwd: dir });
  expect(snapshot.code).toBe(0);
  const baseline = readBaseline(dir);
  expect(Object.keys(baseline)).toContain(ROUTE);
  const total = Object.values(baseline).flatMap(rules => Object.values(rules)).reduce((sum, { count }) => sum + count, 0);
  expect(total).toBe(todayErrors);

  // 2. The gate passes against it.
  const gate = await runCli(['--baseline', 'eslint-suppressions.json', '--quiet', '--format', 'json', '.'], { cwd: dir });
  expect(gate.code).toBe(0);
  expect(findings(gate.stdout, dir)).toEqual([]);

  // 3. A new finding in a new file fails it, and only the new one is reported.
  fs.cpSync(path.join(dir, ROUTE), path.join(dir, 'app/api/me-v2/route.ts'));
  const regression = await runCli(['--baseline', 'eslint-suppressions.json', '--quiet', '--format', 'json', '.'], { cwd: dir });
  expect(regression.code).toBe(1);
  expect(new Set(findings(regression.stdout, dir).map(finding => finding.file))).toEqual(new Set(['app/api/me-v2/route.ts']));
  fs.rmSync(path.join(dir, 'app/api/me-v2'), { recursive: true });

  // 4. Fixing code leaves a stale entry: the gate says so until the baseline is updated, which shrinks it.
  fs.cpSync(path.join(FIXTURES_DIR, 'better-auth/fixed', ROUTE), path.join(dir, ROUTE));
  const stale = await runCli(['--baseline', 'eslint-suppressions.json', '.'], { cwd: dir });
  expect(stale.code).toBe(1);
  expect(stale.stderr).toMatch(/baseline entr(y|ies) no longer occur.*--update-baseline/);

  const shrink = await runCli(['--update-baseline', '.'], { cwd: dir });
  expect(shrink.code).toBe(0);
  expect(Object.keys(readBaseline(dir))).not.toContain(ROUTE);
  expect((await runCli(['--baseline', 'eslint-suppressions.json', '.'], { cwd: dir })).code).toBe(0);
});

it('fails when a file gains another finding of a rule it already had in the baseline', async () => {
  const dir = copyFixture(path.join(FIXTURES_DIR, 'better-auth/vulnerable'));
  expect((await runCli(['--update-baseline', '--baseline', 'ci/auth-baseline.json', '.'], { cwd: dir })).code).toBe(0);
  expect(Object.keys(readBaseline(dir, 'ci/auth-baseline.json'))).toContain(ROUTE);

  const route = path.join(dir, ROUTE);
  const source = fs.readFileSync(route, 'utf8');
  // A second handler in the same file with the same cache-first bug.
  fs.writeFileSync(route, `${source}\n${source.slice(source.indexOf('export async function GET')).replace('GET', 'HEAD')}`);
  const gate = await runCli(['--baseline', 'ci/auth-baseline.json', '--format', 'json', '.'], { cwd: dir });
  expect(gate.code).toBe(1);
  const reported = findings(gate.stdout, dir).filter(finding => finding.file === ROUTE);
  expect(reported.length).toBeGreaterThanOrEqual(2);
});
