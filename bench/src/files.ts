import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The extensions the soak lints (the list). */
export const SOAK_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs']);

/** The extensions the benchmark corpus counts. */
export const CORPUS_EXTENSIONS = new Set(['.js', '.ts', '.tsx', '.mjs']);

/**
 * Every file under `dir` with one of `extensions`, sorted. Symbolic links are
 * not followed: in node_modules they point back into the workspaces.
 */
export function listFiles(dir: string, extensions: ReadonlySet<string>, skip: (name: string) => boolean = () => false): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (skip(entry.name)) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && extensions.has(path.extname(entry.name))) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}

/**
 * A fixed sample: the `count` files whose path (relative to `root`) hashes
 * lowest. It depends only on the installed tree, not on walk order, and a file
 * stays in the sample as other files come and go.
 */
export function sampleFiles(files: readonly string[], root: string, count: number): string[] {
  const keyed = files.map(file => ({ file, key: createHash('sha1').update(path.relative(root, file)).digest('hex') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.slice(0, count).map(({ file }) => file);
}

export function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
