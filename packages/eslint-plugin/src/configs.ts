import * as parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import type { ESLint, Linter } from 'eslint';
import type { AuthHygieneDocs } from './util/create-rule.js';

type Preset = 'recommended' | 'strict';
type RuleMap = Record<string, TSESLint.RuleModule<string, readonly unknown[], AuthHygieneDocs>>;

/** The files a preset lints: every JS/TS flavour, and next.config.* with them. */
export const PRESET_FILES = ['**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}'];

/** Rule entries for a preset, read from each rule's `meta.docs` so the two cannot drift. */
export function presetRules(rules: RuleMap, preset: Preset): Linter.RulesRecord {
  const entries: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(rules)) {
    const docs = rule.meta.docs;
    if (!docs) continue;
    if (preset === 'recommended') {
      if (docs.recommended) entries[`auth-hygiene/${name}`] = docs.recommended;
    } else {
      entries[`auth-hygiene/${name}`] = docs.strictOptions ? [docs.strict, docs.strictOptions] : docs.strict;
    }
  }
  return entries;
}

/**
 * A standalone flat config: it brings the TypeScript parser (no type
 * information needed) and composes with typescript-eslint's configs, which
 * set the same parser. Typed with ESLint's own `Linter.Config`, so that
 * `defineConfig()` accepts it in a TypeScript config file.
 */
export function presetConfig(plugin: ESLint.Plugin, rules: RuleMap, preset: Preset): Linter.Config {
  return {
    name: `auth-hygiene/${preset}`,
    files: PRESET_FILES,
    plugins: { 'auth-hygiene': plugin },
    languageOptions: {
      parser: parser as Linter.Parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      sourceType: 'module',
    },
    rules: presetRules(rules, preset),
  };
}
