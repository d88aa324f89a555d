import { RuleTester } from '@typescript-eslint/rule-tester';
import * as vitest from 'vitest';

RuleTester.afterAll = vitest.afterAll;
RuleTester.describe = vitest.describe;
RuleTester.it = vitest.it;
RuleTester.itOnly = vitest.it.only;

/** A virtual Next.js project root for rule tests; `file()` places a test case in it. */
export const PROJECT_ROOT = '/virtual/next-app';

export function file(relative: string): string {
  return `${PROJECT_ROOT}/${relative}`;
}

/** Settings for a project on a given next-auth major version. */
export function settingsFor(nextAuthVersion?: 4 | 5, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { 'auth-hygiene': { rootDir: PROJECT_ROOT, ...(nextAuthVersion ? { nextAuthVersion } : {}), ...extra } };
}

export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    settings: settingsFor(),
  });
}

/** Strips the common indentation of a template literal, like TanStack's normalizeIndent. */
export function code(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({ raw: strings }, ...values).replace(/^\n/, '').replace(/\n\s*$/, '');
  const indent = Math.min(...raw.split('\n').filter(line => line.trim()).map(line => /^ */.exec(line)![0].length));
  return raw
    .split('\n')
    .map(line => line.slice(indent))
    .join('\n');
}
