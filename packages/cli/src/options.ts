import { parseArgs } from 'node:util';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export const PRESETS = ['recommended', 'strict'] as const;

export type Format = (typeof FORMATS)[number];
export type Preset = (typeof PRESETS)[number];

export interface CliOptions {
  paths: string[];
  preset: Preset;
  format: Format;
  output: string | undefined;
  fix: boolean;
  maxWarnings: number;
  settings: string | undefined;
  useEslintConfig: boolean;
  quiet: boolean;
  color: boolean | undefined;
  baseline: string | undefined;
  updateBaseline: boolean;
  cache: boolean;
  cacheLocation: string | undefined;
  concurrency: number | 'auto' | 'off';
  help: boolean;
  version: boolean;
}

/** A mistake in how the CLI was called: reported on stderr with exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const HELP = `Usage: auth-hygiene [options] [paths...]

Scans JavaScript/TypeScript files for authentication and session hygiene bugs.
Needs no ESLint config and never executes the project's code. Paths default to ".".
Respects .gitignore; node_modules, .next, dist, build and out are always skipped.

Options:
  --preset recommended|strict   Rule set to run (default: recommended)
  --format stylish|json|sarif|github
                                Output format (default: stylish); github prints
                                workflow-command annotations
  --output FILE                 Write the report to FILE instead of stdout
  --fix                         Apply autofixes (never suggestions) to the files
  --max-warnings N              Fail when there are more than N warnings
  --settings FILE               JSON file with the settings['auth-hygiene'] shape;
                                a package.json "auth-hygiene" key applies to its
                                package and overrides it
  --use-eslint-config           Lint with the project's own ESLint config instead.
                                WARNING: this loads and executes that config file.
  --baseline FILE               Ignore the findings recorded in FILE (an ESLint
                                bulk-suppressions file); fail only on new ones
  --update-baseline             Record the current findings in the baseline file
                                (default eslint-suppressions.json) and drop fixed ones
  --cache                       Only re-check changed files (package.json changes
                                invalidate the files they apply to)
  --cache-location PATH         Cache file or directory
                                (default: node_modules/.cache/auth-hygiene/)
  --concurrency N|auto|off      Lint in worker threads (default: off)
  --quiet                       Report errors only
  --no-color                    Disable colours
  -h, --help                    Show this help
  -v, --version                 Show the version

Exit codes: 0 the gate passes; 1 errors, too many warnings, or a stale baseline;
2 a usage or internal error.`;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}

function nonNegativeInteger(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a non-negative integer (got "${value}")`);
  return Number(value);
}

function concurrency(value: string | undefined): CliOptions['concurrency'] {
  if (value === undefined || value === 'off') return 'off';
  if (value === 'auto') return 'auto';
  const n = nonNegativeInteger('concurrency', value);
  if (n < 1) throw new UsageError('--concurrency must be at least 1, "auto" or "off"');
  return n;
}

export function parseOptions(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      options: {
        preset: { type: 'string', default: 'recommended' },
        format: { type: 'string', default: 'stylish' },
        output: { type: 'string' },
        fix: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        settings: { type: 'string' },
        'use-eslint-config': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        color: { type: 'boolean' },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean', default: false },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        concurrency: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values['use-eslint-config'] && values.settings) {
    throw new UsageError('--settings cannot be combined with --use-eslint-config: the project config carries its own settings');
  }
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    preset: oneOf('preset', values.preset, PRESETS),
    format: oneOf('format', values.format, FORMATS),
    output: values.output,
    fix: values.fix,
    maxWarnings: values['max-warnings'] === undefined ? -1 : nonNegativeInteger('max-warnings', values['max-warnings']),
    settings: values.settings,
    useEslintConfig: values['use-eslint-config'],
    quiet: values.quiet,
    color: values.color,
    baseline: values.baseline,
    updateBaseline: values['update-baseline'],
    cache: values.cache,
    cacheLocation: values['cache-location'],
    concurrency: concurrency(values.concurrency),
    help: values.help,
    version: values.version,
  };
}
