import { describe, expect, it } from 'vitest';
import { listFiles, SOAK_EXTENSIONS } from '../src/files.js';
import fs from 'node:fs';
import { LintChecker } from '../src/lint-check.js';
import { preset } from '../src/plugin-config.js';
import { FIXTURES_DIR, REPO_ROOT } from '../src/paths.js';

describe('fix safety on the fixture apps', () => {
  it('applies every autofix and suggestion: the result parses, drops the finding, and --fix converges', () => {
    const files = listFiles(FIXTURES_DIR, SOAK_EXTENSIONS, name => name === 'node_modules' || name === '.next');
    const checker = new LintChecker([preset('strict')], REPO_ROOT, { fixSafety: true });
    let fixesChecked = 0;
    const problems = [];
    for (const file of files) {
      const check = checker.check(fs.readFileSync(file, 'utf8'), file);
      expect(check.unparsable, file).toBe(false);
      fixesChecked += check.fixesChecked;
      problems.push(...check.problems);
    }
    expect(problems).toEqual([]);
    // The vulnerable fixtures carry suggestions; none checked means the harness lost them.
    expect(fixesChecked).toBeGreaterThan(0);
  });
});
