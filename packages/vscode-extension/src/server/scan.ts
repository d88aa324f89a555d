import { promises as fs } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

/** Extensions the scan lints: the preset's JS/TS flavours, without declaration files. */
const LINTED = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const DECLARATION = /\.d\.[cm]?ts$/;
/** Never worth walking, whatever the ignore files say. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.next', '.git']);

export interface ScanFilterOptions {
  /** VS Code's `files.exclude`: glob → enabled. */
  filesExclude?: Readonly<Record<string, unknown>>;
}

interface Scope {
  dir: string;
  rules: Ignore;
}

/**
 * Lists the files a workspace scan lints, honouring `files.exclude` and every
 * `.gitignore` on the way down (each applies relative to its own folder).
 */
export async function listLintableFiles(root: string, options: ScanFilterOptions = {}, isCancelled: () => boolean = () => false): Promise<string[]> {
  const excludes = Object.entries(options.filesExclude ?? {})
    .filter(([, enabled]) => enabled === true)
    .map(([glob]) => glob);
  const excluded = excludes.length ? picomatch(excludes, { dot: true }) : () => false;
  const files: string[] = [];

  const walk = async (dir: string, scopes: readonly Scope[]): Promise<void> => {
    if (isCancelled()) return;
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    const gitignore = entries.some(entry => entry.isFile() && entry.name === '.gitignore')
      ? await fs.readFile(path.join(dir, '.gitignore'), 'utf8').catch(() => '')
      : '';
    const here = gitignore ? [...scopes, { dir, rules: ignore().add(gitignore) }] : scopes;

    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const isDir = entry.isDirectory();
      if (isDir && ALWAYS_SKIPPED.has(entry.name)) continue;
      if (!isDir && (!entry.isFile() || !LINTED.test(entry.name) || DECLARATION.test(entry.name))) continue;
      const full = path.join(dir, entry.name);
      const fromRoot = toPosix(path.relative(root, full));
      if (excluded(fromRoot)) continue;
      if (here.some(scope => scope.rules.ignores(toPosix(path.relative(scope.dir, full)) + (isDir ? '/' : '')))) continue;
      if (isDir) await walk(full, here);
      else files.push(full);
    }
  };
  await walk(root, []);
  return files;
}

const toPosix = (p: string): string => p.split(path.sep).join('/');
