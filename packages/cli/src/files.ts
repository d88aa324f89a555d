import fs from 'node:fs';
import path from 'node:path';
import ignoreModule, { type Ignore } from 'ignore';
import { UsageError } from './options.js';

/** Build output and dependencies: never project source, whatever .gitignore says. */
export const ALWAYS_SKIPPED = ['node_modules', '.next', 'dist', 'build', 'out', '.git'] as const;
// `ignore` is CommonJS whose typings declare an ES default export; at runtime the factory is both.
const ignore = ignoreModule.default;
const SKIPPED = new Set<string>(ALWAYS_SKIPPED);
const LINTABLE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

interface GitignoreScope {
  dir: string;
  rules: Ignore;
}

function readGitignore(dir: string): GitignoreScope | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return { dir, rules: ignore().add(text) };
}

/** Git's verdict: the deepest .gitignore with a matching rule decides, so a nested `!pattern` re-includes. */
function isIgnored(scopes: readonly GitignoreScope[], file: string, isDirectory: boolean): boolean {
  for (let index = scopes.length - 1; index >= 0; index--) {
    const { dir, rules } = scopes[index]!;
    const relative = path.relative(dir, file).split(path.sep).join('/');
    if (relative === '' || relative.startsWith('..')) continue;
    const verdict = rules.test(isDirectory ? `${relative}/` : relative);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}

/** The .gitignore files that apply to `start`: those of its ancestors up to the repository root. */
function ancestorScopes(start: string): GitignoreScope[] {
  const scopes: GitignoreScope[] = [];
  for (let dir = start; ; dir = path.dirname(dir)) {
    const scope = readGitignore(dir);
    if (scope) scopes.unshift(scope);
    if (fs.existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return scopes;
  }
}

interface Found {
  files: string[];
  packageJsons: string[];
}

function walk(dir: string, scopes: readonly GitignoreScope[], out: Found): void {
  const own = readGitignore(dir);
  const active = own ? [...scopes, own] : scopes;
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name) && !isIgnored(active, full, true)) walk(full, active, out);
    } else if (entry.isFile() && !isIgnored(active, full, false)) {
      if (LINTABLE.test(entry.name)) out.files.push(full);
      else if (entry.name === 'package.json') out.packageJsons.push(full);
    }
  }
}

/** The package.json files at or above `dir`, nearest last. */
function ancestorPackageJsons(dir: string): string[] {
  const found: string[] = [];
  for (let current = dir; ; current = path.dirname(current)) {
    const file = path.join(current, 'package.json');
    if (fs.existsSync(file)) found.unshift(file);
    if (path.dirname(current) === current) return found;
  }
}

/**
 * The files to lint under the given paths (absolute, in a stable order), and
 * every package.json that can hold facts or settings for them: those inside
 * the paths and those above them.
 * A file named explicitly is linted even when .gitignore would skip it.
 */
export function collectFiles(paths: readonly string[], cwd: string): Found {
  const files = new Set<string>();
  const packageJsons = new Set<string>();
  for (const input of paths) {
    const target = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(target);
    } catch {
      throw new UsageError(`No such file or directory: ${input}`);
    }
    const parent = stat.isFile() ? path.dirname(target) : target;
    for (const file of ancestorPackageJsons(parent)) packageJsons.add(file);
    if (stat.isFile()) {
      files.add(target);
      continue;
    }
    const found: Found = { files: [], packageJsons: [] };
    walk(target, ancestorScopes(path.dirname(target)), found);
    for (const file of found.files) files.add(file);
    for (const file of found.packageJsons) packageJsons.add(file);
  }
  return { files: [...files], packageJsons: [...packageJsons] };
}
