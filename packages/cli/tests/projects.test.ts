import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { expect, it } from 'vitest';
import { defaultCacheLocation, eslintOptions } from '../src/eslint-options.js';
import { collectFiles } from '../src/files.js';
import { PROJECT_FACTS_KEY, projectConfigBlocks } from '../src/projects.js';
import { scratchDir } from './helpers.js';

const pkg = (settings?: object) => JSON.stringify({ name: 'x', dependencies: { next: '16.4.6' }, ...(settings ? { 'auth-hygiene': settings } : {}) });

function monorepo(): string {
  return scratchDir({
    'package.json': pkg({ authBasePath: '/auth', verifiers: ['getViewer'] }),
    'apps/web/package.json': pkg({ verifiers: ['getCurrentUser'] }),
    'apps/web/app/page.tsx': 'export default function Page() { return null; }\n',
    'apps/docs/package.json': pkg(),
    'apps/docs/app/page.tsx': 'export default function Page() { return null; }\n',
    'lib/util.ts': 'export {};\n',
  });
}

/** The settings ESLint computes for a file from the CLI's config. */
async function settingsFor(dir: string, file: string, base?: object): Promise<Record<string, unknown>> {
  const { packageJsons } = collectFiles(['.'], dir);
  const eslint = new ESLint(
    eslintOptions({
      cwd: dir,
      preset: 'recommended',
      useEslintConfig: false,
      fix: false,
      quiet: false,
      cache: false,
      cacheLocation: defaultCacheLocation(dir),
      concurrency: 'off',
      blocks: projectConfigBlocks(packageJsons, dir, base as Record<string, unknown> | undefined, true),
    }),
  );
  return ((await eslint.calculateConfigForFile(path.join(dir, file))) as { settings: Record<string, unknown> }).settings;
}

it('gives each package its own settings: the deepest package.json key wins, key by key, over --settings', async () => {
  const dir = monorepo();
  const base = { authBasePath: '/api/auth', cacheReads: ['readCache'] };
  expect((await settingsFor(dir, 'apps/web/app/page.tsx', base))['auth-hygiene']).toEqual({
    authBasePath: '/auth',
    cacheReads: ['readCache'],
    verifiers: ['getCurrentUser'],
  });
  expect((await settingsFor(dir, 'apps/docs/app/page.tsx', base))['auth-hygiene']).toEqual({
    authBasePath: '/auth',
    cacheReads: ['readCache'],
    verifiers: ['getViewer'],
  });
  expect((await settingsFor(dir, 'lib/util.ts'))['auth-hygiene']).toEqual({ authBasePath: '/auth', verifiers: ['getViewer'] });
});

it('keys each file on the package.json files above it, so a change re-lints exactly those files', async () => {
  const dir = monorepo();
  const web = (await settingsFor(dir, 'apps/web/app/page.tsx'))[PROJECT_FACTS_KEY] as Record<string, string>;
  const docs = (await settingsFor(dir, 'apps/docs/app/page.tsx'))[PROJECT_FACTS_KEY] as Record<string, string>;
  expect(Object.keys(web).sort()).toEqual(['.', path.join('apps', 'web')]);
  expect(Object.keys(docs).sort()).toEqual(['.', path.join('apps', 'docs')]);
  expect(web['.']).toBe(docs['.']);

  fs.writeFileSync(path.join(dir, 'apps/web/package.json'), JSON.stringify({ name: 'x', dependencies: { next: '16.4.6', 'next-auth': '5.0.0-beta.32' } }));
  const webAfter = (await settingsFor(dir, 'apps/web/app/page.tsx'))[PROJECT_FACTS_KEY] as Record<string, string>;
  const docsAfter = (await settingsFor(dir, 'apps/docs/app/page.tsx'))[PROJECT_FACTS_KEY] as Record<string, string>;
  expect(webAfter[path.join('apps', 'web')]).not.toBe(web[path.join('apps', 'web')]);
  expect(docsAfter).toEqual(docs);
});
