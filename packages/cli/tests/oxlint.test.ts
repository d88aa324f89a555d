import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import plugin from 'eslint-plugin-auth-hygiene';
import { expect, it } from 'vitest';
import { FIXTURES_DIR, findings, REPO_ROOT, runCli, tempDir } from './helpers.js';

const require = createRequire(import.meta.url);
const FIXTURE = path.join(FIXTURES_DIR, 'next-v5-swr/vulnerable');

interface OxlintDiagnostic {
  /** Absent when the diagnostic is oxlint's own, e.g. a rule that threw. */
  code?: string;
  message: string;
  filename: string;
  labels: { span: { line: number } }[];
}

it('oxlint runs the plugin as a JS plugin and reports what ESLint reports on a fixture', async () => {
  const config = path.join(tempDir(), '.oxlintrc.json');
  fs.writeFileSync(
    config,
    JSON.stringify({
      // Only this plugin's rules: no built-in plugins or categories.
      plugins: [],
      categories: { correctness: 'off' },
      jsPlugins: [require.resolve('eslint-plugin-auth-hygiene')],
      rules: plugin.configs.strict.rules,
      // What the CLI reads from the app's package.json "auth-hygiene" key.
      settings: { 'auth-hygiene': (JSON.parse(fs.readFileSync(path.join(FIXTURE, 'package.json'), 'utf8')) as Record<string, unknown>)['auth-hygiene'] ?? {} },
    }),
  );
  const oxlintBin = path.join(REPO_ROOT, 'node_modules/.bin/oxlint');
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(oxlintBin, ['-c', config, '--format', 'json', FIXTURE], { maxBuffer: 16 * 1024 * 1024 }));
  } catch (error) {
    ({ stdout } = error as { stdout: string });
  }
  const oxlint = (JSON.parse(stdout) as { diagnostics: OxlintDiagnostic[] }).diagnostics
    .map(diagnostic => ({
      // oxlint names rules "auth-hygiene(rule-name)".
      ruleId: diagnostic.code?.replace(/^([\w-]+)\((.+)\)$/, '$1/$2') ?? `oxlint: ${diagnostic.message.split('\n').slice(0, 4).join(' | ')}`,
      file: path.relative(FIXTURE, diagnostic.filename).split(path.sep).join('/'),
      line: diagnostic.labels[0]?.span.line ?? 0,
    }))
    .sort((a, b) => (a.file === b.file ? a.line - b.line || (a.ruleId < b.ruleId ? -1 : 1) : a.file < b.file ? -1 : 1));

  const eslint = findings((await runCli(['--preset', 'strict', '--format', 'json', FIXTURE])).stdout, FIXTURE);
  expect(eslint.length).toBeGreaterThan(0);
  expect(oxlint).toEqual(eslint);
});
