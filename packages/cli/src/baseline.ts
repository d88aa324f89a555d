import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ESLint } from 'eslint';

type Counts = Record<string, Record<string, { count: number }>>;

interface SuppressionsService {
  suppress(results: ESLint.LintResult[]): Promise<void>;
  prune(results: ESLint.LintResult[]): Promise<void>;
  load(): Promise<Counts>;
  applySuppressions(results: ESLint.LintResult[], suppressions: Counts): { results: ESLint.LintResult[]; unused: Counts };
}

/**
 * ESLint's bulk-suppressions service, the one behind `eslint --suppress-all`.
 * ESLint's public API can apply a suppressions file but not write one, so it
 * is loaded from its module; the baseline test fails loudly if ESLint moves it.
 */
function suppressionsService(file: string, cwd: string): SuppressionsService {
  const require = createRequire(import.meta.url);
  const eslintRoot = path.dirname(require.resolve('eslint/package.json'));
  const { SuppressionsService } = require(path.join(eslintRoot, 'lib/services/suppressions-service.js')) as {
    SuppressionsService: new (options: { filePath: string; cwd: string }) => SuppressionsService;
  };
  return new SuppressionsService({ filePath: path.resolve(cwd, file), cwd });
}

export const DEFAULT_BASELINE = 'eslint-suppressions.json';

export interface BaselineOutcome {
  results: ESLint.LintResult[];
  /** Baseline entries whose findings are gone: `--update-baseline` drops them. */
  stale: number;
}

/**
 * Applies (and with `update`, first rewrites) the baseline: recorded error
 * counts per file and rule, in ESLint's `eslint-suppressions.json` format.
 * A file or rule whose count grows past its recorded count reports in full.
 */
export async function applyBaseline(results: ESLint.LintResult[], file: string, cwd: string, update: boolean): Promise<BaselineOutcome> {
  const service = suppressionsService(file, cwd);
  if (update) {
    fs.mkdirSync(path.dirname(path.resolve(cwd, file)), { recursive: true });
    await service.suppress(results);
    await service.prune(results);
  }
  const applied = service.applySuppressions(results, await service.load());
  const stale = Object.values(applied.unused).reduce((sum, rules) => sum + Object.keys(rules).length, 0);
  return { results: applied.results, stale };
}
