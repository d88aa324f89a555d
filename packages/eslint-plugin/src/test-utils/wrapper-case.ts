import * as parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { PROJECT_ROOT } from './rule-tester.js';

/** One file of a wrapper case: where it sits in the project, and its code. */
export interface CaseFile {
  /** Relative to the project root, e.g. `app/api/logout/route.ts`. */
  readonly filename: string;
  readonly code: string;
}

/**
 * Proof that a rule treats a team's function (or convention) named in
 * settings like the library function it stands for: `team` linted with
 * `settings` must get the same reports as `library`, and without `settings`
 * it must not. Each rule contributes one, in
 * `src/rules/<name>/<name>.wrapper-case.ts` (default export).
 */
export interface WrapperCase {
  /** What is named, e.g. "a signOuts wrapper stands for Auth.js signOut()". */
  readonly description: string;
  readonly library: CaseFile;
  readonly team: CaseFile;
  /** The `settings['auth-hygiene']` keys that name the team's function. */
  readonly settings: Record<string, unknown>;
  /** Settings both sides share (e.g. `nextAuthVersion`). */
  readonly baseSettings?: Record<string, unknown>;
  readonly options?: readonly unknown[];
}

/**
 * For a rule whose checks involve no function a team could wrap (it reads
 * an options object, say): `sample` must report the same with settings that
 * name a wrapper of every kind as without, so the day the rule starts reading
 * settings this turns into a request for a real case.
 */
export interface NoWrapperCase {
  readonly notApplicable: string;
  readonly sample: CaseFile;
  readonly baseSettings?: Record<string, unknown>;
}

/** The message ids `rule` reports for `file`, linted alone with the given settings. */
export function reportedMessageIds(
  name: string,
  rule: TSESLint.RuleModule<string, readonly unknown[]>,
  file: CaseFile,
  settings: Record<string, unknown>,
  options: readonly unknown[] = [],
): string[] {
  const linter = new Linter({ configType: 'flat', cwd: PROJECT_ROOT });
  const messages = linter.verify(
    file.code,
    [
      {
        files: ['**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}'],
        plugins: { 'auth-hygiene': { rules: { [name]: rule } } } as unknown as Linter.Config['plugins'],
        languageOptions: { parser: parser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
        settings: { 'auth-hygiene': { rootDir: PROJECT_ROOT, ...settings } },
        rules: { [`auth-hygiene/${name}`]: ['error', ...options] },
      },
    ],
    `${PROJECT_ROOT}/${file.filename}`,
  );
  const fatal = messages.find(message => message.ruleId === null);
  if (fatal) throw new Error(`${file.filename}: ${fatal.message}`);
  return messages.map(message => message.messageId ?? message.message);
}
