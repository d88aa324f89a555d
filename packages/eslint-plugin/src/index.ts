import type { TSESLint } from '@typescript-eslint/utils';
import { presetConfig } from './configs.js';
import { rules } from './rules/index.js';

const plugin = {
  meta: { name: 'eslint-plugin-auth-hygiene', version: '0.1.0', namespace: 'auth-hygiene' },
  rules,
  configs: {} as Record<'recommended' | 'strict', TSESLint.FlatConfig.Config>,
} satisfies TSESLint.FlatConfig.Plugin;

// The presets reference the plugin object itself, as flat config expects.
plugin.configs.recommended = presetConfig(plugin, rules, 'recommended');
plugin.configs.strict = presetConfig(plugin, rules, 'strict');

export default plugin;
