import type { NoWrapperCase, WrapperCase } from '../src/test-utils/wrapper-case.js';

/**
 * Settings-wrapper cases for rules that do not bring their own
 * `<name>.wrapper-case.ts`. Moving a case into its rule's folder is welcome;
 * the test insists on exactly one of the two.
 */
export const CENTRAL_CASES: Record<string, WrapperCase | NoWrapperCase> = {
  'auth-response-no-store': {
    description: 'an assertingVerifiers requireUser() reads the session like getServerSession()',
    baseSettings: { nextAuthVersion: 4 },
    library: {
      filename: 'app/api/me/route.ts',
      code: `
        import { getServerSession } from 'next-auth';
        export async function GET() {
          const session = await getServerSession();
          return Response.json(session, { headers: { 'Cache-Control': 'public, max-age=60' } });
        }
      `,
    },
    team: {
      filename: 'app/api/me/route.ts',
      code: `
        import { requireUser } from '@/lib/auth';
        export async function GET() {
          const user = await requireUser();
          return Response.json(user, { headers: { 'Cache-Control': 'public, max-age=60' } });
        }
      `,
    },
    settings: { assertingVerifiers: [{ from: 'file', path: 'lib/auth.ts', name: 'requireUser' }] },
  },

  'nextauth-jwt-revocation': {
    description: 'settings nextAuthVersion: 4 stands for a v4-only import (getServerSession) as proof of the version',
    library: {
      filename: 'lib/auth.ts',
      code: `
        import { getServerSession } from 'next-auth';
        export const authOptions = {
          providers: [],
          callbacks: {
            async jwt({ token }) {
              if (await isRevoked(token.sub)) return {};
              return token;
            },
          },
        };
        export const session = () => getServerSession(authOptions);
      `,
    },
    team: {
      filename: 'lib/auth.ts',
      code: `
        import NextAuth from 'next-auth';
        export const authOptions = {
          providers: [],
          callbacks: {
            async jwt({ token }) {
              if (await isRevoked(token.sub)) return {};
              return token;
            },
          },
        };
        export default NextAuth(authOptions);
      `,
    },
    settings: { nextAuthVersion: 4 },
  },

  'nextauth-signout-event-shape': {
    notApplicable: 'it reads the events.signOut argument against the session strategy of the NextAuth options object',
    sample: {
      filename: 'auth.ts',
      code: `
        import NextAuth from 'next-auth';
        export const { handlers, auth } = NextAuth({
          providers: [],
          session: { strategy: 'jwt' },
          events: {
            async signOut({ session }) {
              await db.session.delete({ where: { sessionToken: session.sessionToken } });
            },
          },
        });
      `,
    },
  },

  'no-client-session-fetch': {
    description: 'settings authBasePath moves the session endpoint like NextAuth basePath does',
    baseSettings: { nextAuthVersion: 4 },
    library: {
      filename: 'components/account.tsx',
      code: `
        'use client';
        import { useEffect, useState } from 'react';
        export function Account() {
          const [session, setSession] = useState(null);
          useEffect(() => { fetch('/api/auth/session').then(r => r.json()).then(setSession); }, []);
          return <p>{session?.user?.name}</p>;
        }
      `,
    },
    team: {
      filename: 'components/account.tsx',
      code: `
        'use client';
        import { useEffect, useState } from 'react';
        export function Account() {
          const [session, setSession] = useState(null);
          useEffect(() => { fetch('/api/identity/session').then(r => r.json()).then(setSession); }, []);
          return <p>{session?.user?.name}</p>;
        }
      `,
    },
    settings: { authBasePath: '/api/identity' },
  },

  'no-cross-request-session-cache': {
    description: 'a cacheWrites helper stands for redis.set()',
    baseSettings: { nextAuthVersion: 4 },
    library: {
      filename: 'lib/session.ts',
      code: `
        import { redis } from '@/lib/redis';
        export async function remember(user: object) {
          await redis.set('viewer', JSON.stringify(user));
        }
      `,
    },
    team: {
      filename: 'lib/session.ts',
      code: `
        import { stash } from '@acme/store';
        export async function remember(user: object) {
          await stash('viewer', JSON.stringify(user));
        }
      `,
    },
    settings: { cacheWrites: [{ from: 'package', package: '@acme/store', name: 'stash' }] },
  },

  'no-phantom-session-query': {
    description: "settings sessionQueryKeys stands for the app's own useQuery({ queryKey: ['session'] }) in the file",
    baseSettings: { nextAuthVersion: 4 },
    library: {
      filename: 'components/refresh.tsx',
      code: `
        import { useQuery, useQueryClient } from '@tanstack/react-query';
        export function useSession() {
          return useQuery({ queryKey: ['session'], queryFn: () => fetch('/api/me').then(r => r.json()) });
        }
        export function useRefreshSession() {
          const queryClient = useQueryClient();
          return () => queryClient.invalidateQueries({ queryKey: ['session'] });
        }
      `,
    },
    team: {
      filename: 'components/refresh.tsx',
      code: `
        import { useQueryClient } from '@tanstack/react-query';
        export function useRefreshSession() {
          const queryClient = useQueryClient();
          return () => queryClient.invalidateQueries({ queryKey: ['session'] });
        }
      `,
    },
    settings: { sessionQueryKeys: ['session'] },
  },

  'no-rate-limit-auth-internals': {
    description: "a rateLimiters helper stands for @upstash/ratelimit's limit()",
    library: {
      filename: 'middleware.ts',
      code: `
        import { NextResponse } from 'next/server';
        import { Ratelimit } from '@upstash/ratelimit';
        import { Redis } from '@upstash/redis';
        const ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(10, '10 s') });
        export async function middleware(req) {
          if (req.nextUrl.pathname.startsWith('/api/auth')) await ratelimit.limit(req.ip ?? 'anon');
          return NextResponse.next();
        }
      `,
    },
    team: {
      filename: 'middleware.ts',
      code: `
        import { NextResponse } from 'next/server';
        import { throttle } from '@/lib/throttle';
        export async function middleware(req) {
          if (req.nextUrl.pathname.startsWith('/api/auth')) await throttle(req.ip ?? 'anon');
          return NextResponse.next();
        }
      `,
    },
    settings: { rateLimiters: [{ from: 'file', path: 'lib/throttle.ts', name: 'throttle' }] },
  },

  'no-secret-fallback': {
    description: 'settings secretAllowList makes a named variable as harmless as a non-secret one',
    library: {
      filename: 'lib/config.ts',
      code: `
        export const region = process.env.APP_REGION ?? 'eu-west-1';
      `,
    },
    team: {
      filename: 'lib/config.ts',
      code: `
        export const region = process.env.SEED_USER_PASSWORD ?? 'eu-west-1';
      `,
    },
    settings: { secretAllowList: ['SEED_USER_PASSWORD'] },
  },

  'no-shadowed-auth-route': {
    description: 'settings authBasePath moves the endpoints NextAuth serves, like its basePath option',
    baseSettings: { nextAuthVersion: 4 },
    library: {
      filename: 'app/api/auth/session/route.ts',
      code: `
        export async function GET() {
          return Response.json({});
        }
      `,
    },
    team: {
      filename: 'app/api/identity/session/route.ts',
      code: `
        export async function GET() {
          return Response.json({});
        }
      `,
    },
    settings: { authBasePath: '/api/identity' },
  },

  'no-timed-auth-sync': {
    description: "a signOuts hook stands for next-auth/react's signOut()",
    baseSettings: { nextAuthVersion: 4 },
    library: {
      filename: 'components/logout-button.tsx',
      code: `
        import { signOut } from 'next-auth/react';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export function LogoutButton() {
          return <button onClick={async () => { await signOut({ redirect: false }); await sleep(500); }} />;
        }
      `,
    },
    team: {
      filename: 'components/logout-button.tsx',
      code: `
        import { useLogout } from '@/hooks/use-logout';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export function LogoutButton() {
          const logout = useLogout();
          return <button onClick={async () => { await logout(); await sleep(500); }} />;
        }
      `,
    },
    settings: { signOuts: [{ from: 'file', path: 'hooks/use-logout.ts', name: 'useLogout' }] },
  },

  'no-unverified-session-cache': {
    description: 'a cacheReads helper stands for redis.get()',
    baseSettings: { nextAuthVersion: 4 },
    library: {
      filename: 'app/api/me/route.ts',
      code: `
        import { redis } from '@/lib/redis';
        export async function GET(req) {
          return Response.json(await redis.get(\`session:\${req.cookies.get('sid')?.value}\`));
        }
      `,
    },
    team: {
      filename: 'app/api/me/route.ts',
      code: `
        import { lookup } from '@acme/store';
        export async function GET(req) {
          return Response.json(await lookup(\`session:\${req.cookies.get('sid')?.value}\`));
        }
      `,
    },
    settings: { cacheReads: [{ from: 'package', package: '@acme/store', name: 'lookup' }] },
  },

  'session-cache-ttl': {
    description: 'an assertingVerifiers requireUser() makes its result session data, like getServerSession()',
    baseSettings: { nextAuthVersion: 4 },
    library: {
      filename: 'lib/prefs.ts',
      code: `
        import Redis from 'ioredis';
        import { getServerSession } from 'next-auth';
        const redis = new Redis();
        export async function savePrefs() {
          const who = await getServerSession();
          await redis.set(\`prefs:\${who.id}\`, JSON.stringify(who.prefs));
        }
      `,
    },
    team: {
      filename: 'lib/prefs.ts',
      code: `
        import Redis from 'ioredis';
        import { requireUser } from '@/lib/auth';
        const redis = new Redis();
        export async function savePrefs() {
          const who = await requireUser();
          await redis.set(\`prefs:\${who.id}\`, JSON.stringify(who.prefs));
        }
      `,
    },
    settings: { assertingVerifiers: [{ from: 'file', path: 'lib/auth.ts', name: 'requireUser' }] },
  },

  'session-endpoint-contract': {
    description: 'settings authBasePath moves the session endpoint whose contract is checked',
    baseSettings: { nextAuthVersion: 4 },
    library: {
      filename: 'app/api/auth/session/route.ts',
      code: `
        export async function GET() {
          return Response.json({ user: null, expires: null });
        }
      `,
    },
    team: {
      filename: 'app/api/identity/session/route.ts',
      code: `
        export async function GET() {
          return Response.json({ user: null, expires: null });
        }
      `,
    },
    settings: { authBasePath: '/api/identity' },
  },

  'signout-clears-client-cache': {
    description: "a signOuts wrapper stands for next-auth/react's signOut()",
    baseSettings: { nextAuthVersion: 4 },
    library: {
      filename: 'components/menu.tsx',
      code: `
        import { signOut } from 'next-auth/react';
        import { queryClient } from '@/lib/query-client';
        export async function onLogoutClick() {
          await signOut({ redirect: false });
        }
      `,
    },
    team: {
      filename: 'components/menu.tsx',
      code: `
        import { logout } from '../lib/logout';
        import { queryClient } from '@/lib/query-client';
        export async function onLogoutClick() {
          await logout();
        }
      `,
    },
    settings: { signOuts: [{ from: 'file', path: 'lib/logout.ts', name: 'logout' }] },
  },

  'signout-invalidates-server-cache': {
    description: "a signOuts helper stands for Auth.js's server signOut()",
    baseSettings: { nextAuthVersion: 5 },
    library: {
      filename: 'app/api/logout/route.ts',
      code: `
        import { signOut } from '@/auth';
        import { sessionCache } from '@/lib/cache';
        export async function POST(request: Request) {
          const id = request.headers.get('x-session');
          const cached = sessionCache.get(\`session:\${id}\`);
          await signOut({ redirect: false });
          return Response.json({ ok: Boolean(cached) });
        }
      `,
    },
    team: {
      filename: 'app/api/logout/route.ts',
      code: `
        import { endSession } from '@/lib/session';
        import { sessionCache } from '@/lib/cache';
        export async function POST(request: Request) {
          const id = request.headers.get('x-session');
          const cached = sessionCache.get(\`session:\${id}\`);
          await endSession(id);
          return Response.json({ ok: Boolean(cached) });
        }
      `,
    },
    settings: { signOuts: [{ from: 'file', path: 'lib/session.ts', name: 'endSession' }] },
  },
};
