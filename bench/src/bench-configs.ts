import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import queryPlugin from '@tanstack/eslint-plugin-query';
import * as tsParser from '@typescript-eslint/parser';
import type { ESLint, Linter } from 'eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { preset } from './plugin-config.js';

/** The configurations (a) to (g): one parser, no type information, one preset each. */
export const CONFIGS = {
  a: 'parser only, no rules',
  b: 'auth-hygiene recommended',
  c: 'auth-hygiene strict',
  d: '@next/eslint-plugin-next recommended',
  e: 'eslint-plugin-react-hooks recommended',
  f: '@tanstack/eslint-plugin-query recommended',
  g: 'ESLint js.configs.recommended',
} as const;

export type ConfigId = keyof typeof CONFIGS;

export const LINTED_FILES = ['**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}'];

interface PresetParts {
  plugins?: Record<string, ESLint.Plugin>;
  rules?: Linter.RulesRecord;
}

/** Plugins and rules of a preset given as one flat config or an array of them (plugin typings differ). */
function parts(config: unknown): PresetParts {
  const list = (Array.isArray(config) ? config : [config]) as PresetParts[];
  return {
    plugins: Object.assign({}, ...list.map(item => item.plugins ?? {})) as Record<string, ESLint.Plugin>,
    rules: Object.assign({}, ...list.map(item => item.rules ?? {})) as Linter.RulesRecord,
  };
}

function presetParts(id: Exclude<ConfigId, 'a'>): PresetParts {
  switch (id) {
    case 'b':
      return parts(preset('recommended'));
    case 'c':
      return parts(preset('strict'));
    case 'd':
      return parts(nextPlugin.configs.recommended);
    case 'e':
      return parts(reactHooks.configs.flat.recommended);
    case 'f':
      return parts(queryPlugin.configs['flat/recommended']);
    case 'g':
      return { rules: js.configs.recommended.rules };
  }
}

export function benchConfig(id: ConfigId): Linter.Config[] {
  const base: Linter.Config = {
    name: `bench/${id}`,
    files: LINTED_FILES,
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } }, sourceType: 'module' },
    // Same for every configuration: no directive bookkeeping in the measurements.
    linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
  };
  return id === 'a' ? [base] : [{ ...base, ...presetParts(id) }];
}
