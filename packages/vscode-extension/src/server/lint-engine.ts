import { Linter } from 'eslint/universal';
import type { SourceCode } from 'eslint';
import type { Preset, RuleSeverity } from './settings.js';

/** The part of the plugin object the engine needs; any flat-config plugin with presets fits. */
export interface PresetPlugin {
  rules: Readonly<Record<string, { meta?: { docs?: { url?: string; description?: string } } }>>;
  configs: Readonly<Record<Preset, Linter.Config>>;
}

export interface LintOptions {
  preset: Preset;
  /** Severity overrides by full rule id; options of the preset entry are kept. */
  rules: Readonly<Record<string, RuleSeverity>>;
  /** `settings['auth-hygiene']`. */
  settings: Readonly<Record<string, unknown>>;
}

export interface LintOutcome {
  messages: Linter.LintMessage[];
  sourceCode: SourceCode | undefined;
  ms: number;
  /** CPU time of the lint (user + system), which a busy machine inflates far less than wall time. */
  cpuMs: number;
  /** A crash of the lint itself (invalid settings, a rule bug), not a finding. */
  error?: string;
}

/**
 * Runs the bundled plugin through ESLint's `Linter` with an in-memory flat
 * config: nothing from the workspace is loaded here.
 */
export class LintEngine {
  private readonly linters = new Map<string, Linter>();
  private readonly configs = new Map<string, Linter.Config[]>();

  constructor(private readonly plugin: PresetPlugin) {}

  /** Full ids (`auth-hygiene/<name>`) of every rule the bundled plugin has. */
  ruleIds(): Set<string> {
    return new Set(Object.keys(this.plugin.rules).map(name => `auth-hygiene/${name}`));
  }

  ruleMeta(ruleId: string): { url?: string; description?: string } | undefined {
    return this.plugin.rules[ruleId.replace(/^auth-hygiene\//, '')]?.meta?.docs;
  }

  /** `cwd` is the project root: rules resolve `rootDir` and read project facts relative to it. */
  lint(text: string, filename: string, cwd: string, options: LintOptions): LintOutcome {
    const linter = this.linter(cwd);
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const timing = () => {
      const cpu = process.cpuUsage(cpuStarted);
      return { ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
    };
    try {
      const messages = linter.verify(text, this.config(options), { filename });
      return { messages, sourceCode: linter.getSourceCode(), ...timing() };
    } catch (error) {
      return { messages: [], sourceCode: undefined, ...timing(), error: errorText(error) };
    }
  }

  /** The text with every autofix applied (suggestions are never applied here). */
  fixAll(text: string, filename: string, cwd: string, options: LintOptions): string {
    try {
      return this.linter(cwd).verifyAndFix(text, this.config(options), { filename, fix: true }).output;
    } catch {
      return text;
    }
  }

  private linter(cwd: string): Linter {
    let linter = this.linters.get(cwd);
    if (!linter) {
      linter = new Linter({ cwd });
      this.linters.set(cwd, linter);
    }
    return linter;
  }

  private config(options: LintOptions): Linter.Config[] {
    const key = JSON.stringify(options);
    let config = this.configs.get(key);
    if (!config) {
      config = [buildConfig(this.plugin.configs[options.preset], options)];
      this.configs.set(key, config);
    }
    return config;
  }
}

/** The preset with the editor's overrides, and directive reporting left to the user's own ESLint. */
export function buildConfig(preset: Linter.Config, options: LintOptions): Linter.Config {
  const rules: Record<string, Linter.RuleEntry> = { ...(preset.rules as Record<string, Linter.RuleEntry>) };
  for (const [ruleId, severity] of Object.entries(options.rules)) {
    const entry = rules[ruleId];
    rules[ruleId] = Array.isArray(entry) ? [severity, ...(entry.slice(1) as unknown[])] : severity;
  }
  return {
    ...preset,
    rules,
    settings: { ...preset.settings, 'auth-hygiene': options.settings },
    linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
