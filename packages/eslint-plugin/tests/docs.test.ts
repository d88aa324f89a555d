import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { PROJECT_ROOT } from '../src/test-utils/rule-tester.js';
import { docExamples, readRuleDoc } from './doc-examples.js';

/** Each rule doc's ❌ examples must report with that rule alone, and its ✅ examples must not. */
describe('rule docs examples', () => {
  const linter = new Linter({ configType: 'flat', cwd: '/' });
  for (const [name, rule] of Object.entries(plugin.rules)) {
    describe(name, () => {
      const examples = docExamples(readRuleDoc(name));

      it('has both ❌ and ✅ examples', () => {
        expect(examples.some(example => example.kind === 'incorrect')).toBe(true);
        expect(examples.some(example => example.kind === 'correct')).toBe(true);
      });

      for (const example of examples) {
        it(`${example.kind} example at line ${example.line} (${example.filename})`, () => {
          const options = rule.meta.docs?.strictOptions;
          const messages = linter.verify(
            example.code,
            [
              {
                files: ['**'],
                plugins: { 'auth-hygiene': plugin as never },
                languageOptions: { parser: parser as never, parserOptions: { ecmaFeatures: { jsx: true } } },
                settings: { 'auth-hygiene': { rootDir: PROJECT_ROOT, ...example.settings } },
                rules: { [`auth-hygiene/${name}`]: options ? ['error', options] : 'error' },
              },
            ],
            { filename: `${PROJECT_ROOT}/${example.filename}` },
          );
          const problems = messages.filter(message => message.ruleId === null).map(message => message.message);
          expect(problems, 'the example must parse and be linted').toEqual([]);
          const reports = messages.filter(message => message.ruleId === `auth-hygiene/${name}`);
          if (example.kind === 'incorrect') expect(reports.length, 'a ❌ example must report').toBeGreaterThan(0);
          else expect(reports.map(report => `${report.line}: ${report.message}`)).toEqual([]);
        });
      }
    });
  }
});
