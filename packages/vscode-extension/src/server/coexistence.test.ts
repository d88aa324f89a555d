import { describe, expect, it } from 'vitest';
import { configTextUsesPlugin, decideActivity } from './coexistence.js';

describe('decideActivity', () => {
  it.each([
    ['auto', false, false, 'lint'],
    ['auto', true, false, 'lint'],
    ['auto', false, true, 'lint'],
    ['auto', true, true, 'defer'],
    ['always', true, true, 'lint'],
    ['off', false, false, 'off'],
  ] as const)('mode %s, ESLint extension %s, config uses plugin %s → %s', (mode, eslint, uses, expected) => {
    expect(decideActivity(mode, eslint, uses)).toBe(expected);
  });
});

describe('configTextUsesPlugin', () => {
  it('sees an import of the plugin or a configured rule', () => {
    expect(configTextUsesPlugin("import authHygiene from 'eslint-plugin-auth-hygiene';\nexport default [authHygiene.configs.recommended];")).toBe(true);
    expect(configTextUsesPlugin('module.exports = [{ rules: { "auth-hygiene/no-unverified-session-cache": "error" } }];')).toBe(true);
  });

  it('ignores mentions in comments and unrelated configs', () => {
    expect(configTextUsesPlugin("// TODO: add 'eslint-plugin-auth-hygiene'\n/* 'auth-hygiene/x' */\nexport default [];")).toBe(false);
    expect(configTextUsesPlugin("import next from '@next/eslint-plugin-next';\nexport default [next.configs.recommended];")).toBe(false);
    expect(configTextUsesPlugin("const url = 'https://example.test/auth-hygiene/docs';")).toBe(false);
  });
});
