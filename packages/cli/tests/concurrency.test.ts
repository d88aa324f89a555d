import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { copyFixture, FIXTURES_DIR, REPO_ROOT, runBin } from './helpers.js';

const require = createRequire(import.meta.url);

/** Everything a finding says, with paths relative to `base`, in a stable order. */
function normalise(json: string, base: string): string[] {
  return (JSON.parse(json) as ESLint.LintResult[])
    .flatMap(result =>
      result.messages.map(m => `${path.relative(base, result.filePath)}:${m.line}:${m.column}:${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message} ${JSON.stringify(m.suggestions ?? [])}`),
    )
    .sort();
}

describe('worker threads', () => {
  it('the CLI gives the same findings with --concurrency 2 and auto as single-threaded', { timeout: 180_000 }, async () => {
    const single = await runBin(['--preset', 'strict', '--format', 'json', 'test-fixtures'], REPO_ROOT);
    const expected = normalise(single.stdout, REPO_ROOT);
    expect(expected.length).toBeGreaterThan(0);
    for (const concurrency of ['2', 'auto']) {
      const threaded = await runBin(['--preset', 'strict', '--format', 'json', '--concurrency', concurrency, 'test-fixtures'], REPO_ROOT);
      expect(threaded.code).toBe(single.code);
      expect(normalise(threaded.stdout, REPO_ROOT)).toEqual(expected);
    }
  });

  it('plain `eslint --concurrency` loads the plugin in workers and matches a single-threaded run', { timeout: 180_000 }, async () => {
    // A project with its own eslint.config.mjs: the fixtures, linted the way a team on plain ESLint would.
    const dir = copyFixture(FIXTURES_DIR);
    const pluginUrl = pathToFileURL(require.resolve('eslint-plugin-auth-hygiene')).href;
    fs.writeFileSync(path.join(dir, 'eslint.config.mjs'), `import plugin from ${JSON.stringify(pluginUrl)};\nexport default [plugin.configs.strict];\n`);
    const eslintBin = path.join(path.dirname(require.resolve('eslint/package.json')), 'bin/eslint.js');
    const lint = async (concurrency: string) => {
      try {
        const { stdout } = await promisify(execFile)(process.execPath, [eslintBin, '--format', 'json', `--concurrency=${concurrency}`, '.'], {
          cwd: dir,
          maxBuffer: 64 * 1024 * 1024,
        });
        return stdout;
      } catch (error) {
        return (error as { stdout: string }).stdout;
      }
    };
    const single = normalise(await lint('off'), dir);
    expect(single.length).toBeGreaterThan(0);
    expect(normalise(await lint('2'), dir)).toEqual(single);
    expect(normalise(await lint('auto'), dir)).toEqual(single);
  });
});
