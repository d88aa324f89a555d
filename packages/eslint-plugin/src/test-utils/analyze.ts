import * as parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { type FileFacts, fileFacts } from '../analysis/file-facts.js';
import { PROJECT_ROOT, settingsFor } from './rule-tester.js';

export interface Analyzed {
  readonly facts: FileFacts;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
}

/**
 * Runs the shared analysis over `code` the way a rule sees it (through a
 * probe rule in a real Linter), for unit tests of analysis modules.
 */
export function analyze(code: string, filename = `${PROJECT_ROOT}/lib/auth.ts`, settings: Record<string, unknown> = settingsFor()): Analyzed {
  let analyzed: Analyzed | undefined;
  const probe = {
    meta: { type: 'problem', schema: [], messages: {} },
    create(context: Readonly<TSESLint.RuleContext<never, []>>) {
      analyzed = { facts: fileFacts(context), sourceCode: context.sourceCode };
      return {};
    },
  };
  const linter = new Linter({ configType: 'flat', cwd: PROJECT_ROOT });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}'],
        plugins: { probe: { rules: { probe } } } as unknown as Linter.Config['plugins'],
        rules: { 'probe/probe': 'error' },
        languageOptions: { parser: parser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
        settings,
      },
    ],
    filename,
  );
  const fatal = messages.find(message => message.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
  if (!analyzed) throw new Error('the probe rule did not run');
  return analyzed;
}
