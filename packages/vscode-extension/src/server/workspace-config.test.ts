import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkspaceEslintSettings, findEslintConfig } from './workspace-config.js';

// Inside the package, so that the workspace's `eslint` resolves to the repo's, as in a real project.
const cacheDir = path.resolve(fileURLToPath(import.meta.url), '../../../.cache');
mkdirSync(cacheDir, { recursive: true });
const root = mkdtempSync(path.join(cacheDir, 'workspace-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const marker = path.join(root, 'config-was-executed');
mkdirSync(path.join(root, 'apps/web/app'), { recursive: true });
writeFileSync(path.join(root, 'package.json'), '{ "private": true }\n');
writeFileSync(
  path.join(root, 'eslint.config.mjs'),
  `import { writeFileSync } from 'node:fs';
writeFileSync(${JSON.stringify(marker)}, 'yes');
export default [
  { files: ['**/*.{ts,tsx}'] },
  { settings: { 'auth-hygiene': { authBasePath: '/auth', verifiers: ['getUser'] } } },
  { files: ['apps/admin/**'], settings: { 'auth-hygiene': { authBasePath: '/admin-auth' } } },
];
`,
);
const page = path.join(root, 'apps/web/app/page.tsx');
writeFileSync(page, 'export default function Page() { return null; }\n');

describe('findEslintConfig', () => {
  it('finds the nearest config up to the workspace root, and nothing above it', () => {
    expect(findEslintConfig(root, page)).toBe(path.join(root, 'eslint.config.mjs'));
    expect(findEslintConfig(path.join(root, 'apps/web'), page)).toBeUndefined();
  });
});

describe('WorkspaceEslintSettings', () => {
  it("executes the config with the workspace's ESLint and returns the file's settings['auth-hygiene']", async () => {
    expect(existsSync(marker)).toBe(false);
    const result = await new WorkspaceEslintSettings().read(root, page);
    expect(result).toEqual({ settings: { authBasePath: '/auth', verifiers: ['getUser'] } });
    expect(existsSync(marker)).toBe(true);
  });

  it('reports a broken config instead of throwing', async () => {
    const broken = mkdtempSync(path.join(cacheDir, 'workspace-config-broken-'));
    try {
      writeFileSync(path.join(broken, 'eslint.config.js'), 'export default [;\n');
      const result = await new WorkspaceEslintSettings().read(broken, path.join(broken, 'a.ts'));
      expect(result.error).toMatch(/could not read .*eslint\.config\.js/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
