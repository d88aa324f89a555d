import { describe, expect, it } from 'vitest';
import { authEndpoint, classifyFile } from './files.js';

const ROOT = '/repo/apps/web';

describe('classifyFile', () => {
  it.each([
    ['app/api/auth/session/route.ts', 'app-route', '/api/auth/session'],
    ['src/app/api/auth/session/route.ts', 'app-route', '/api/auth/session'],
    ['app/(auth)/api/auth/[...nextauth]/route.js', 'app-route', '/api/auth/[...nextauth]'],
    ['app/@modal/(.)photo/[id]/route.ts', 'app-route', '/(.)photo/[id]'],
    ['app/dashboard/page.tsx', 'app-component', '/dashboard'],
    ['app/layout.tsx', 'app-component', '/'],
    ['pages/api/auth/session.ts', 'pages-api', '/api/auth/session'],
    ['pages/api/users/index.ts', 'pages-api', '/api/users'],
    ['src/pages/index.tsx', 'pages-page', '/'],
    ['middleware.ts', 'middleware', null],
    ['src/proxy.ts', 'middleware', null],
    ['next.config.mjs', 'next-config', null],
  ])('%s is %s serving %s', (relative, kind, routePath) => {
    expect(classifyFile(`${ROOT}/${relative}`, ROOT)).toMatchObject({ kind, routePath });
  });

  it.each([
    ['lib/app/api/auth/session/route.ts', 'a folder named app below the root'],
    ['apps/app/route.ts', 'app not at the root'],
    ['pages/_app.tsx', 'Next.js special page'],
    ['app/api/auth/session/route.md', 'not a script'],
    ['lib/middleware.ts', 'middleware not at the root'],
    ['packages/next.config.js', 'next.config below the root'],
  ])('%s is other (%s)', relative => {
    expect(classifyFile(`${ROOT}/${relative}`, ROOT).kind).toBe('other');
  });

  it('ignores files outside the root', () => {
    expect(classifyFile('/repo/apps/admin/app/api/auth/session/route.ts', ROOT).kind).toBe('other');
  });
});

describe('authEndpoint', () => {
  it.each([
    ['/api/auth/session', '/api/auth', 'session'],
    ['/api/auth/callback/[provider]', '/api/auth', 'callback'],
    ['/api/authz/session', '/api/auth', null],
    ['/api/identity/csrf', '/api/identity', 'csrf'],
    ['/session', '/', 'session'],
    [null, '/api/auth', null],
  ])('%s under %s serves %s', (routePath, base, endpoint) => {
    expect(authEndpoint(routePath, base)).toBe(endpoint);
  });
});
