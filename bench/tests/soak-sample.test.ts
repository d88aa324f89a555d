import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, sampleFiles, SOAK_EXTENSIONS } from '../src/files.js';
import { REPO_ROOT } from '../src/paths.js';
import { Soak } from '../src/soak-run.js';

/**
 * The CI slice of `npm run soak`: a fixed sample of the repo's own
 * node_modules. Bundles over 64 KB are left to the full soak, which keeps
 * this within a few minutes on two cores.
 */
const SAMPLE_SIZE = 2000;
const MAX_BYTES = 64 * 1024;

describe('soak sample', () => {
  it(`runs every rule over ${SAMPLE_SIZE} files of node_modules without a crash or an invalid report`, { timeout: 900_000 }, () => {
    const nodeModules = path.join(REPO_ROOT, 'node_modules');
    const candidates = listFiles(nodeModules, SOAK_EXTENSIONS).filter(file => fs.statSync(file).size <= MAX_BYTES);
    const files = sampleFiles(candidates, nodeModules, SAMPLE_SIZE);
    const totals = new Soak({ fixSafety: true }).run(files);
    expect(totals.files).toBe(SAMPLE_SIZE);
    expect(totals.problems).toEqual([]);
  });
});
