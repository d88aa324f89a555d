import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root, from either src/ or dist/ of this package. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BENCH_DIR = path.join(REPO_ROOT, 'bench');
export const CORPUS_DIR = path.join(BENCH_DIR, 'corpus');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'test-fixtures');
