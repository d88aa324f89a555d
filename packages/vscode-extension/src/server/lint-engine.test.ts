import plugin from 'eslint-plugin-auth-hygiene';
import { describe, expect, it } from 'vitest';
import { buildConfig } from './lint-engine.js';
import { RECOMMENDED, SEED_APP, SEED_ROUTE, newEngine, seedRouteText } from './test-support.js';

describe('LintEngine', () => {
  it('knows every rule the plugin exports, with no list of its own', () => {
    expect([...newEngine().ruleIds()].sort()).toEqual(Object.keys(plugin.rules).map(name => `auth-hygiene/${name}`).sort());
  });

  it('reports the seed route with the recommended preset', () => {
    const outcome = newEngine().lint(seedRouteText(), SEED_ROUTE, SEED_APP, RECOMMENDED);
    expect(outcome.error).toBeUndefined();
    expect(outcome.messages.map(message => message.ruleId)).toContain('auth-hygiene/no-unverified-session-cache');
    expect(outcome.sourceCode?.ast.type).toBe('Program');
  });

  it('applies severity overrides, including off', () => {
    const engine = newEngine();
    const off = engine.lint(seedRouteText(), SEED_ROUTE, SEED_APP, { ...RECOMMENDED, rules: { 'auth-hygiene/no-unverified-session-cache': 'off' } });
    expect(off.messages.map(message => message.ruleId)).not.toContain('auth-hygiene/no-unverified-session-cache');
    const warn = engine.lint(seedRouteText(), SEED_ROUTE, SEED_APP, { ...RECOMMENDED, rules: { 'auth-hygiene/no-unverified-session-cache': 'warn' } });
    expect(warn.messages.find(message => message.ruleId === 'auth-hygiene/no-unverified-session-cache')?.severity).toBe(1);
  });

  it('honours directive comments in the linted text', () => {
    const text = `/* eslint-disable auth-hygiene/no-unverified-session-cache */\n${seedRouteText()}`;
    const outcome = newEngine().lint(text, SEED_ROUTE, SEED_APP, RECOMMENDED);
    expect(outcome.messages.map(message => message.ruleId)).not.toContain('auth-hygiene/no-unverified-session-cache');
  });

  it('reports invalid settings as an error instead of throwing', () => {
    const outcome = newEngine().lint(seedRouteText(), SEED_ROUTE, SEED_APP, { ...RECOMMENDED, settings: { nextAuthVersion: 9 } });
    expect(outcome.error).toMatch(/invalid settings/);
    expect(outcome.messages).toEqual([]);
  });
});

describe('buildConfig', () => {
  it('overrides the severity but keeps the preset entry options', () => {
    const preset = { rules: { 'auth-hygiene/a': ['error', { strictOption: true }] as ['error', object], 'auth-hygiene/b': 'warn' as const } };
    const config = buildConfig(preset, { preset: 'strict', rules: { 'auth-hygiene/a': 'warn', 'auth-hygiene/c': 'error' }, settings: { authBasePath: '/auth' } });
    expect(config.rules).toEqual({ 'auth-hygiene/a': ['warn', { strictOption: true }], 'auth-hygiene/b': 'warn', 'auth-hygiene/c': 'error' });
    expect(config.settings).toEqual({ 'auth-hygiene': { authBasePath: '/auth' } });
    expect(config.linterOptions).toEqual({ reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' });
  });
});
