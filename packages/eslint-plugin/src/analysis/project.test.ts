import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nextAuthMajor, projectRoot, projectUses } from './project.js';
import { readSettings } from './settings.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'auth-hygiene-project-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(relative: string, json: unknown): string {
  const file = path.join(tmp, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(json));
  return file;
}

// A monorepo: the root has no next; two apps on different next-auth majors.
write('package.json', { name: 'root', private: true, workspaces: ['apps/*'] });
write('apps/web/package.json', { dependencies: { next: '15.1.0', 'next-auth': '^4.24.11' } });
write('apps/admin/package.json', { dependencies: { next: '15.1.0', 'next-auth': '5.0.0-beta.25' } });
write('packages/ui/package.json', { dependencies: { react: '19.0.0' } });
const none = readSettings({});

describe('projectRoot', () => {
  it('is the nearest package.json that depends on next', () => {
    expect(projectRoot(path.join(tmp, 'apps/web/app/api/auth/session/route.ts'), tmp, none)).toBe(path.join(tmp, 'apps/web'));
    expect(projectRoot(path.join(tmp, 'apps/admin/src/app/page.tsx'), tmp, none)).toBe(path.join(tmp, 'apps/admin'));
  });

  it('falls back to cwd outside any Next.js app', () => {
    expect(projectRoot(path.join(tmp, 'packages/ui/button.tsx'), tmp, none)).toBe(tmp);
  });

  it('prefers the deepest rootDir from settings that contains the file', () => {
    const settings = readSettings({ 'auth-hygiene': { rootDir: ['apps', 'apps/web'] } });
    expect(projectRoot(path.join(tmp, 'apps/web/app/route.ts'), tmp, settings)).toBe(path.join(tmp, 'apps/web'));
    expect(projectRoot(path.join(tmp, 'apps/admin/app/route.ts'), tmp, settings)).toBe(path.join(tmp, 'apps'));
  });
});

describe('nextAuthMajor', () => {
  it('reads each app its own version', () => {
    expect(nextAuthMajor(path.join(tmp, 'apps/web/app'), none)).toBe(4);
    expect(nextAuthMajor(path.join(tmp, 'apps/admin/app'), none)).toBe(5);
    expect(nextAuthMajor(path.join(tmp, 'packages/ui'), none)).toBeUndefined();
  });

  it('lets settings override package.json', () => {
    expect(nextAuthMajor(path.join(tmp, 'apps/web/app'), readSettings({ 'auth-hygiene': { nextAuthVersion: 5 } }))).toBe(5);
  });

  it('sees a package.json edit (cache keyed by mtime)', () => {
    const file = write('apps/edited/package.json', { dependencies: { next: '15.0.0', 'next-auth': '^4.24.0' } });
    expect(nextAuthMajor(path.join(tmp, 'apps/edited'), none)).toBe(4);
    fs.writeFileSync(file, JSON.stringify({ dependencies: { next: '15.0.0', 'next-auth': '^5.0.0' } }));
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(file, later, later);
    expect(nextAuthMajor(path.join(tmp, 'apps/edited'), none)).toBe(5);
  });
});

describe('projectUses', () => {
  it('answers from the nearest package.json that declares the dependency', () => {
    expect(projectUses(path.join(tmp, 'apps/web'), 'next-auth')).toBe(true);
    expect(projectUses(path.join(tmp, 'packages/ui'), 'next-auth')).toBe(false);
  });
});

describe('readSettings', () => {
  it('rejects unknown keys with a message that names them', () => {
    expect(() => readSettings({ 'auth-hygiene': { verifier: ['x'] } })).toThrow(/invalid settings\['auth-hygiene'\].*additional properties/i);
  });

  it('normalises the base path', () => {
    expect(readSettings({ 'auth-hygiene': { authBasePath: '/api/identity/' } }).authBasePath).toBe('/api/identity');
  });
});
