/** `authHygiene.*` editor settings: defaults, and validation that never throws. */

export type Mode = 'auto' | 'always' | 'off';
export type Preset = 'recommended' | 'strict';
export type RunOn = 'onType' | 'onSave';
export type RuleSeverity = 'off' | 'warn' | 'error';

export interface EditorSettings {
  mode: Mode;
  preset: Preset;
  /** Severity overrides by full rule id (`auth-hygiene/<name>`). */
  rules: Readonly<Record<string, RuleSeverity>>;
  /** Merged over `settings['auth-hygiene']`; the plugin validates the shape. */
  settings: Readonly<Record<string, unknown>>;
  useWorkspaceEslintConfig: boolean;
  timeBudgetMs: number;
  run: RunOn;
}

export const DEFAULT_SETTINGS: EditorSettings = {
  mode: 'auto',
  preset: 'recommended',
  rules: {},
  settings: {},
  useWorkspaceEslintConfig: true,
  timeBudgetMs: 300,
  run: 'onType',
};

const RULE_PREFIX = 'auth-hygiene/';
const SEVERITIES: readonly RuleSeverity[] = ['off', 'warn', 'error'];

export interface ResolvedEditorSettings {
  settings: EditorSettings;
  /** One line per ignored value, for the output channel. */
  problems: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function pick<T>(raw: Record<string, unknown>, key: string, allowed: readonly T[], problems: string[]): T | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  if (allowed.includes(value as T)) return value as T;
  problems.push(`authHygiene.${key}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}; using the default.`);
  return undefined;
}

/**
 * Reads the `authHygiene` configuration section as sent by any LSP client.
 * Invalid values fall back to the default with a message, so a typo in
 * settings.json degrades one setting rather than the whole server.
 */
export function resolveEditorSettings(raw: unknown, knownRules: ReadonlySet<string>): ResolvedEditorSettings {
  const problems: string[] = [];
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    return { settings: DEFAULT_SETTINGS, problems: ['authHygiene: expected an object; using the defaults.'] };
  }
  const input = raw ?? {};

  const rules: Record<string, RuleSeverity> = {};
  if (isRecord(input.rules)) {
    for (const [key, severity] of Object.entries(input.rules)) {
      const id = key.startsWith(RULE_PREFIX) ? key : RULE_PREFIX + key;
      if (!knownRules.has(id)) problems.push(`authHygiene.rules: unknown rule "${key}".`);
      else if (!SEVERITIES.includes(severity as RuleSeverity)) problems.push(`authHygiene.rules["${key}"]: expected off, warn or error.`);
      else rules[id] = severity as RuleSeverity;
    }
  } else if (input.rules !== undefined) {
    problems.push('authHygiene.rules: expected an object of rule → severity.');
  }

  let settings: Record<string, unknown> = {};
  if (isRecord(input.settings)) settings = input.settings;
  else if (input.settings !== undefined) problems.push('authHygiene.settings: expected an object.');

  let timeBudgetMs = DEFAULT_SETTINGS.timeBudgetMs;
  if (input.timeBudgetMs !== undefined) {
    if (typeof input.timeBudgetMs === 'number' && Number.isFinite(input.timeBudgetMs) && input.timeBudgetMs > 0) timeBudgetMs = input.timeBudgetMs;
    else problems.push('authHygiene.timeBudgetMs: expected a positive number of milliseconds.');
  }

  let useWorkspaceEslintConfig = DEFAULT_SETTINGS.useWorkspaceEslintConfig;
  if (typeof input.useWorkspaceEslintConfig === 'boolean') useWorkspaceEslintConfig = input.useWorkspaceEslintConfig;
  else if (input.useWorkspaceEslintConfig !== undefined) problems.push('authHygiene.useWorkspaceEslintConfig: expected true or false.');

  return {
    settings: {
      mode: pick(input, 'mode', ['auto', 'always', 'off'] as const, problems) ?? DEFAULT_SETTINGS.mode,
      preset: pick(input, 'preset', ['recommended', 'strict'] as const, problems) ?? DEFAULT_SETTINGS.preset,
      run: pick(input, 'run', ['onType', 'onSave'] as const, problems) ?? DEFAULT_SETTINGS.run,
      rules,
      settings,
      useWorkspaceEslintConfig,
      timeBudgetMs,
    },
    problems,
  };
}
