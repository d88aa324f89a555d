import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findings, fixtureVariants, REPO_ROOT, runCli, type Finding } from './helpers.js';

/**
 * Each fixture variant's exact findings (rule, file, line) under both presets
 * live in its expected.json. `npm run fixtures:update` rewrites them from the
 * CLI's output; review the diff like any other change.
 */
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const PRESETS = ['recommended', 'strict'] as const;

type Expected = Record<(typeof PRESETS)[number], Finding[]>;

/** One finding per line, so a changed expectation reads as a one-line diff. */
function serialise(expected: Expected): string {
  const list = (items: Finding[]) => (items.length === 0 ? '[]' : `[\n${items.map(item => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`);
  return `{\n${PRESETS.map(preset => `  "${preset}": ${list(expected[preset])}`).join(',\n')}\n}\n`;
}

describe.each(fixtureVariants())('$name', ({ name, dir }) => {
  it('reports exactly the findings in expected.json', async () => {
    const actual = {} as Expected;
    for (const preset of PRESETS) {
      const { stdout, stderr } = await runCli(['--preset', preset, '--format', 'json', path.relative(REPO_ROOT, dir)]);
      expect(stderr).not.toContain('internal error');
      actual[preset] = findings(stdout, dir);
    }
    const file = path.join(dir, 'expected.json');
    if (UPDATE) fs.writeFileSync(file, serialise(actual));
    expect(actual).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')) as Expected);

    if (name.endsWith('/fixed')) expect(actual).toEqual({ recommended: [], strict: [] });
    if (name.endsWith('/vulnerable')) expect(actual.recommended.length).toBeGreaterThan(0);
  });
});
