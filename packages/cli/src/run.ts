import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ESLint } from 'eslint';
import { applyBaseline, DEFAULT_BASELINE } from './baseline.js';
import { defaultCacheLocation, eslintOptions, type ScanParams } from './eslint-options.js';
import { collectFiles } from './files.js';
import { formatGithub } from './format/github.js';
import { formatSarif } from './format/sarif.js';
import { HELP, parseOptions, UsageError, type CliOptions } from './options.js';
import { createProgress } from './progress.js';
import { projectConfigBlocks, readSettingsFile } from './projects.js';
import { summarize, summaryLine } from './summary.js';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

const require = createRequire(import.meta.url);
const VERSION = (require('../package.json') as { version: string }).version;
const HOMEPAGE = 'https://github.com/auth-hygiene/auth-hygiene';

async function createEslint(params: ScanParams): Promise<ESLint> {
  if (params.concurrency === 'off') return new ESLint(eslintOptions(params));
  const url = new URL('./worker-options.js', import.meta.url);
  url.searchParams.set('params', JSON.stringify(params));
  return ESLint.fromOptionsModule(url);
}

/** Lints in batches so the progress bar can move; one batch when nobody watches or workers run. */
async function lint(eslint: ESLint, files: readonly string[], params: ScanParams, io: Io): Promise<ESLint.LintResult[]> {
  const progress = createProgress(io.stderr, files.length, io.env);
  const watched = progress.active && params.concurrency === 'off';
  const batchSize = watched ? Math.max(10, Math.ceil(files.length / 50)) : files.length;
  const results: ESLint.LintResult[] = [];
  progress.update(0);
  for (let start = 0; start < files.length; start += batchSize) {
    results.push(...(await eslint.lintFiles(files.slice(start, start + batchSize))));
    progress.update(Math.min(start + batchSize, files.length));
  }
  progress.done();
  return results;
}

/** Whether a config (the project's own, under --use-eslint-config) turns on any of the plugin's rules. */
async function enablesPlugin(eslint: ESLint, file: string): Promise<boolean> {
  const config = (await eslint.calculateConfigForFile(file)) as { rules?: Record<string, unknown> } | undefined;
  return Object.entries(config?.rules ?? {}).some(
    ([rule, entry]) => rule.startsWith('auth-hygiene/') && ![0, 'off'].includes((Array.isArray(entry) ? entry[0] : entry) as number | string),
  );
}

async function report(eslint: ESLint, results: ESLint.LintResult[], options: CliOptions, cwd: string): Promise<string> {
  switch (options.format) {
    case 'sarif':
      return formatSarif(results, eslint.getRulesMetaForResults(results), cwd, {
        name: 'auth-hygiene',
        version: VERSION,
        informationUri: HOMEPAGE,
      });
    case 'github':
      return formatGithub(results, cwd);
    default: {
      const formatter = await eslint.loadFormatter(options.format);
      const color = options.output === undefined ? options.color : false;
      return formatter.format(results, color === undefined ? {} : { color });
    }
  }
}

async function scan(options: CliOptions, io: Io): Promise<number> {
  const started = performance.now();
  const cwd = io.cwd;
  for (const input of options.paths) {
    const relative = path.relative(cwd, path.resolve(cwd, input));
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new UsageError(`${input} is outside the current directory; run auth-hygiene from a directory that contains it`);
    }
  }
  const { files, packageJsons } = collectFiles(options.paths, cwd);
  const baseSettings = options.settings === undefined ? undefined : readSettingsFile(path.resolve(cwd, options.settings));
  const params: ScanParams = {
    cwd,
    preset: options.preset,
    useEslintConfig: options.useEslintConfig,
    fix: options.fix,
    quiet: options.quiet,
    cache: options.cache,
    cacheLocation: options.cacheLocation === undefined ? defaultCacheLocation(cwd) : path.resolve(cwd, options.cacheLocation),
    concurrency: options.concurrency,
    blocks: projectConfigBlocks(packageJsons, cwd, baseSettings, !options.useEslintConfig),
  };
  if (params.cache) fs.mkdirSync(path.dirname(params.cacheLocation), { recursive: true });

  const baselineFile = options.baseline ?? (options.updateBaseline ? DEFAULT_BASELINE : undefined);
  if (baselineFile !== undefined && !options.updateBaseline && !fs.existsSync(path.resolve(cwd, baselineFile))) {
    throw new UsageError(`Baseline ${baselineFile} does not exist; create it with --update-baseline`);
  }

  const eslint = await createEslint(params);
  if (options.useEslintConfig && files[0] !== undefined && !(await enablesPlugin(eslint, files[0]))) {
    io.stderr.write(
      `auth-hygiene: the project's ESLint config enables no auth-hygiene rule for ${path.relative(cwd, files[0])}; add authHygiene.configs.recommended to it, or drop --use-eslint-config\n`,
    );
  }
  let results = await lint(eslint, files, params, io);
  if (options.fix) await ESLint.outputFixes(results);

  let stale = 0;
  if (baselineFile !== undefined) {
    ({ results, stale } = await applyBaseline(results, baselineFile, cwd, options.updateBaseline));
  }
  const shown = options.quiet ? ESLint.getErrorResults(results) : results;

  const formatted = await report(eslint, shown, options, cwd);
  const output = formatted === '' || formatted.endsWith('\n') ? formatted : `${formatted}\n`;
  if (options.output === undefined) io.stdout.write(output);
  else {
    const file = path.resolve(cwd, options.output);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, output);
  }

  const summary = summarize(shown);
  io.stderr.write(`${summaryLine({ ...summary, files: files.length }, performance.now() - started)}\n`);

  const counts = summarize(results);
  const tooManyWarnings = options.maxWarnings >= 0 && counts.warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr.write(`auth-hygiene: too many warnings (${counts.warnings}, maximum ${options.maxWarnings})\n`);
  if (stale > 0) {
    io.stderr.write(`auth-hygiene: ${stale} baseline entr${stale === 1 ? 'y no longer occurs' : 'ies no longer occur'}; run with --update-baseline to shrink ${baselineFile}\n`);
  }
  return counts.errors > 0 || tooManyWarnings || stale > 0 ? 1 : 0;
}

/** Runs the CLI and returns its exit code: 0 pass, 1 findings, 2 usage or internal error. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (options.version) {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    return await scan(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`auth-hygiene: ${error.message}\nRun auth-hygiene --help for usage.\n`);
    } else {
      io.stderr.write(`auth-hygiene: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return 2;
  }
}
