import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listLintableFiles } from './scan.js';

const root = mkdtempSync(path.join(tmpdir(), 'auth-hygiene-scan-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text = 'export {};\n'): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

write('app/api/auth/session/route.ts');
write('app/page.tsx');
write('app/legacy.cjs');
write('app/types.d.ts');
write('app/styles.css');
write('lib/generated/client.ts');
write('lib/keep.mjs');
write('node_modules/next-auth/index.js');
write('.next/server/app/page.js');
write('out/bundle.js');
write('packages/web/.gitignore', 'tmp/\n');
write('packages/web/tmp/scratch.ts');
write('packages/web/src/index.ts');
write('.gitignore', '/out\nlib/generated/\n');

const relative = (files: string[]): string[] => files.map(file => path.relative(root, file).split(path.sep).join('/'));

describe('listLintableFiles', () => {
  it('lists JS/TS sources, skipping node_modules, .next, declarations and every .gitignore on the way', async () => {
    expect(relative(await listLintableFiles(root))).toEqual([
      'app/api/auth/session/route.ts',
      'app/legacy.cjs',
      'app/page.tsx',
      'lib/keep.mjs',
      'packages/web/src/index.ts',
    ]);
  });

  it('honours enabled files.exclude globs only', async () => {
    const files = await listLintableFiles(root, { filesExclude: { '**/legacy.cjs': true, 'packages/**': true, 'app/page.tsx': false } });
    expect(relative(files)).toEqual(['app/api/auth/session/route.ts', 'app/page.tsx', 'lib/keep.mjs']);
  });

  it('stops walking when cancelled', async () => {
    expect(await listLintableFiles(root, {}, () => true)).toEqual([]);
  });
});
