import { ESLintUtils } from '@typescript-eslint/utils';

export const REPO_URL = 'https://github.com/auth-hygiene/auth-hygiene';

export type Severity = 'error' | 'warn';

/** The docs block every auth-hygiene rule carries; presets and the README are generated from it. */
export interface AuthHygieneDocs {
  description: string;
  /** Severity in the `recommended` preset; omitted when the rule is `strict` only. */
  recommended?: Severity;
  /** Severity in the `strict` preset (every rule is in `strict`). */
  strict: Severity;
  /** Options the `strict` preset passes, for the rule's strict-only checks. */
  strictOptions?: Record<string, unknown>;
  requiresTypeChecking?: false;
}

export const ruleDocsUrl = (name: string): string =>
  `${REPO_URL}/blob/main/packages/eslint-plugin/docs/rules/${name}.md`;

export const createRule = ESLintUtils.RuleCreator<AuthHygieneDocs>(ruleDocsUrl);
