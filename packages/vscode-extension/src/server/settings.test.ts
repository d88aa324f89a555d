import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveEditorSettings } from './settings.js';

const KNOWN = new Set(['auth-hygiene/no-unverified-session-cache', 'auth-hygiene/session-endpoint-contract']);

describe('resolveEditorSettings', () => {
  it('gives the defaults for a missing section', () => {
    expect(resolveEditorSettings(undefined, KNOWN)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps valid values and prefixes bare rule names', () => {
    const { settings, problems } = resolveEditorSettings(
      {
        mode: 'always',
        preset: 'strict',
        run: 'onSave',
        rules: { 'no-unverified-session-cache': 'off', 'auth-hygiene/session-endpoint-contract': 'warn' },
        settings: { nextAuthVersion: 4 },
        useWorkspaceEslintConfig: false,
        timeBudgetMs: 50,
      },
      KNOWN,
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      mode: 'always',
      preset: 'strict',
      run: 'onSave',
      rules: { 'auth-hygiene/no-unverified-session-cache': 'off', 'auth-hygiene/session-endpoint-contract': 'warn' },
      settings: { nextAuthVersion: 4 },
      useWorkspaceEslintConfig: false,
      timeBudgetMs: 50,
    });
  });

  it('falls back per setting and says why', () => {
    const { settings, problems } = resolveEditorSettings(
      { mode: 'sometimes', preset: 'all', rules: { 'no-such-rule': 'error', 'session-endpoint-contract': 2 }, timeBudgetMs: -1, settings: [] },
      KNOWN,
    );
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([
      'authHygiene.rules: unknown rule "no-such-rule".',
      'authHygiene.rules["session-endpoint-contract"]: expected off, warn or error.',
      'authHygiene.settings: expected an object.',
      'authHygiene.timeBudgetMs: expected a positive number of milliseconds.',
      'authHygiene.mode: "sometimes" is not one of auto, always, off; using the default.',
      'authHygiene.preset: "all" is not one of recommended, strict; using the default.',
    ]);
  });

  it('rejects a non-object section', () => {
    expect(resolveEditorSettings('strict', KNOWN).problems).toEqual(['authHygiene: expected an object; using the defaults.']);
  });
});
