import path from 'node:path';
import type { ESLint, Linter } from 'eslint';
import plugin from 'eslint-plugin-auth-hygiene';
import { ALWAYS_SKIPPED } from './files.js';
import type { Preset } from './options.js';
import type { JsonConfigBlock } from './projects.js';

/** Everything ESLint needs, as plain JSON so worker threads can rebuild the options from it. */
export interface ScanParams {
  cwd: string;
  preset: Preset;
  useEslintConfig: boolean;
  fix: boolean;
  quiet: boolean;
  cache: boolean;
  cacheLocation: string;
  concurrency: number | 'auto' | 'off';
  blocks: JsonConfigBlock[];
}

export function defaultCacheLocation(cwd: string): string {
  return path.join(cwd, 'node_modules', '.cache', 'auth-hygiene') + path.sep;
}

export function eslintOptions(params: ScanParams): ESLint.Options {
  const skipped: Linter.Config = { name: 'auth-hygiene-cli/skipped', ignores: ALWAYS_SKIPPED.map(dir => `**/${dir}/`) };
  const ownConfig: Linter.Config[] = [
    plugin.configs[params.preset] as Linter.Config,
    // A project's disable comments name rules of plugins this run does not load.
    { name: 'auth-hygiene-cli/linter-options', linterOptions: { reportUnusedDisableDirectives: 'off' } },
  ];
  return {
    cwd: params.cwd,
    ...(params.useEslintConfig ? {} : { overrideConfigFile: true }),
    overrideConfig: [skipped, ...(params.useEslintConfig ? [] : ownConfig), ...(params.blocks as Linter.Config[])],
    fix: params.fix,
    cache: params.cache,
    cacheLocation: params.cacheLocation,
    // CI checkouts reset mtimes; content hashes keep the cache useful there.
    cacheStrategy: 'content',
    concurrency: params.concurrency,
    errorOnUnmatchedPattern: false,
    globInputPaths: false,
    warnIgnored: false,
    ...(params.quiet ? { ruleFilter: ({ severity }: { severity: number }) => severity === 2 } : {}),
  };
}
