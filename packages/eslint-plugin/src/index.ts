import type { ESLint, Linter } from 'eslint';
import { presetConfig } from './configs.js';
import { rules } from './rules/index.js';

const plugin = {
  meta: { name: 'eslint-plugin-auth-hygiene', version: '0.1.0', namespace: 'auth-hygiene' },
  rules,
  configs: {} as Record<'recommended' | 'strict', Linter.Config>,
};

// The presets reference the plugin object itself, as flat config expects.
// typescript-eslint's rule types are stricter than ESLint's, hence the cast.
plugin.configs.recommended = presetConfig(plugin as unknown as ESLint.Plugin, rules, 'recommended');
plugin.configs.strict = presetConfig(plugin as unknown as ESLint.Plugin, rules, 'strict');

export default plugin;
