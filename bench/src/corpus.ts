import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, FIXTURES_DIR } from './paths.js';
import { CORPUS_EXTENSIONS, countLines, listFiles } from './files.js';

/**
 * Published packages that ship their code (sources or readable builds), from
 * the auth libraries the rules know. Fetched with `npm pack` at bench time
 * into the git-ignored bench/corpus; the resolved versions go into the results
 * so `--pinned` can repeat a run.
 */
export const CORPUS_PACKAGES = [
  'next-auth@4',
  '@auth/core',
  'better-auth',
  '@supabase/supabase-js',
  '@supabase/auth-js',
  '@supabase/ssr',
  '@supabase/postgrest-js',
  '@supabase/realtime-js',
  '@supabase/storage-js',
  '@clerk/nextjs',
  'iron-session',
];

export interface CorpusPackage {
  readonly name: string;
  readonly version: string;
  readonly integrity: string;
  readonly files: number;
  readonly lines: number;
}

export interface Corpus {
  readonly packages: CorpusPackage[];
  readonly fixtureFiles: number;
  readonly fixtureLines: number;
  /** Every file to lint, absolute. */
  readonly files: string[];
  readonly lines: number;
}

const MANIFEST = path.join(CORPUS_DIR, 'manifest.json');

/** Declarations, minified bundles and source maps are not code anyone lints. */
function isLintable(file: string): boolean {
  return !/\.d\.[cm]?ts$|\.min\.[cm]?js$/.test(file);
}

/** Fetches `specs` (unless the manifest already has exactly them) and lists the corpus. */
export function loadCorpus(specs: readonly string[] = CORPUS_PACKAGES): Corpus {
  const manifest = fs.existsSync(MANIFEST) ? (JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as { specs: string[]; packages: CorpusPackage[] }) : null;
  const packages = manifest && JSON.stringify(manifest.specs) === JSON.stringify(specs) ? manifest.packages : fetchPackages(specs);
  const files: string[] = [];
  let lines = 0;
  for (const pkg of packages) {
    for (const file of listFiles(packageDir(pkg), CORPUS_EXTENSIONS).filter(isLintable)) {
      files.push(file);
      lines += countLines(fs.readFileSync(file, 'utf8'));
    }
  }
  const fixtures = listFiles(FIXTURES_DIR, CORPUS_EXTENSIONS, name => name === 'node_modules' || name === '.next').filter(isLintable);
  const fixtureLines = fixtures.reduce((sum, file) => sum + countLines(fs.readFileSync(file, 'utf8')), 0);
  return { packages, fixtureFiles: fixtures.length, fixtureLines, files: [...files, ...fixtures], lines: lines + fixtureLines };
}

function packageDir(pkg: { name: string; version: string }): string {
  return path.join(CORPUS_DIR, 'packages', `${pkg.name.replace('/', '__')}@${pkg.version}`);
}

function fetchPackages(specs: readonly string[]): CorpusPackage[] {
  fs.rmSync(CORPUS_DIR, { recursive: true, force: true });
  const tarballs = path.join(CORPUS_DIR, 'tarballs');
  fs.mkdirSync(tarballs, { recursive: true });
  const packed = JSON.parse(
    execFileSync('npm', ['pack', ...specs, '--json', '--pack-destination', tarballs], { cwd: CORPUS_DIR, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
  ) as { name: string; version: string; integrity: string; filename: string }[];
  const packages = packed.map(({ name, version, integrity, filename }) => {
    const dir = packageDir({ name, version });
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['xzf', path.join(tarballs, filename), '-C', dir, '--strip-components', '1']);
    const files = listFiles(dir, CORPUS_EXTENSIONS).filter(isLintable);
    const lines = files.reduce((sum, file) => sum + countLines(fs.readFileSync(file, 'utf8')), 0);
    return { name, version, integrity, files: files.length, lines };
  });
  fs.writeFileSync(MANIFEST, `${JSON.stringify({ specs, packages }, null, 2)}\n`);
  return packages;
}
