import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type FileCheck, LintChecker, type Problem } from './lint-check.js';
import { allRulesConfig, permissiveSettings } from './plugin-config.js';

/**
 * The roles a soaked file is also linted in, as if it sat at that path of a
 * Next.js app: most rules only wake up in handlers, pages and middleware.
 */
const ROLES = ['app/api/soak/route', 'pages/api/soak', 'middleware', 'app/soak/page', 'app/soak/actions'] as const;
const VIRTUAL_ROOT = '/virtual/next-app';

export interface SoakTotals {
  files: number;
  lines: number;
  lints: number;
  reports: number;
  fixesChecked: number;
  unparsable: number;
  problems: Problem[];
}

export function emptyTotals(): SoakTotals {
  return { files: 0, lines: 0, lints: 0, reports: 0, fixesChecked: 0, unparsable: 0, problems: [] };
}

export function addTotals(into: SoakTotals, from: SoakTotals): void {
  into.files += from.files;
  into.lines += from.lines;
  into.lints += from.lints;
  into.reports += from.reports;
  into.fixesChecked += from.fixesChecked;
  into.unparsable += from.unparsable;
  into.problems.push(...from.problems);
}

/**
 * Lints files twice with every rule and permissive settings: at their real
 * path (from their package's root, since ESLint ignores node_modules), and
 * as one app role picked by path hash.
 */
export class Soak {
  private readonly checkers = new Map<string, LintChecker>();
  private readonly packageRoots = new Map<string, string>();

  constructor(private readonly options: { readonly fixSafety: boolean }) {}

  run(files: Iterable<string>, totals: SoakTotals = emptyTotals()): SoakTotals {
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      totals.files++;
      totals.lines += text.split('\n').length;
      const root = this.packageRoot(path.dirname(file));
      this.record(totals, this.checker(root).check(text, file));
      this.record(totals, this.checker(VIRTUAL_ROOT).check(text, virtualPath(file)), file);
    }
    return totals;
  }

  private record(totals: SoakTotals, check: FileCheck, realFile?: string): void {
    totals.lints++;
    totals.reports += check.reports;
    totals.fixesChecked += check.fixesChecked;
    if (check.unparsable) totals.unparsable++;
    for (const problem of check.problems) totals.problems.push(realFile ? { ...problem, detail: `${realFile} linted as ${problem.file}: ${problem.detail}` } : problem);
  }

  private checker(cwd: string): LintChecker {
    let checker = this.checkers.get(cwd);
    if (!checker) {
      checker = new LintChecker([allRulesConfig(permissiveSettings(cwd))], cwd, this.options);
      this.checkers.set(cwd, checker);
    }
    return checker;
  }

  /** The nearest directory with a package.json below the last node_modules segment. */
  private packageRoot(dir: string): string {
    const cached = this.packageRoots.get(dir);
    if (cached) return cached;
    const parent = path.dirname(dir);
    const scoped = path.basename(parent).startsWith('@') && path.basename(path.dirname(parent)) === 'node_modules';
    const atTop = parent === dir || path.basename(parent) === 'node_modules' || scoped;
    const root = fs.existsSync(path.join(dir, 'package.json')) || atTop ? dir : this.packageRoot(parent);
    this.packageRoots.set(dir, root);
    return root;
  }
}

function virtualPath(file: string): string {
  const hash = createHash('sha1').update(file).digest();
  const role = ROLES[hash[0]! % ROLES.length]!;
  return `${VIRTUAL_ROOT}/${role}${path.extname(file)}`;
}
