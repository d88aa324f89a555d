import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './no-cross-request-session-cache.rule.js';

const ruleTester = createRuleTester();
const LIB = file('lib/session.ts');
const ME_ROUTE = file('app/api/me/route.ts');

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: "React's cache() memoises per request",
      filename: LIB,
      code: code`
        import { cache } from 'react';
        import { auth } from '@/auth';
        export const getSession = cache(async () => auth());
      `,
    },
    {
      name: 'next-auth v4: a module Map keyed by the verified user id',
      filename: LIB,
      settings: settingsFor(4),
      code: code`
        import { getServerSession } from 'next-auth';
        import { authOptions } from '@/lib/auth';
        const profiles = new Map<string, unknown>();
        export async function profile() {
          const session = await getServerSession(authOptions);
          if (!session?.user?.email) return null;
          profiles.set(session.user.email, { name: session.user.name });
          return profiles.get(session.user.email);
        }
      `,
    },
    {
      name: 'Auth.js v5: an LRU keyed by an id destructured from the verified session',
      filename: LIB,
      settings: settingsFor(5),
      code: code`
        import { LRUCache } from 'lru-cache';
        import { auth } from '@/auth';
        const users = new LRUCache<string, object>({ max: 1000, ttl: 60_000 });
        export async function me() {
          const session = await auth();
          const id = session?.user?.id;
          if (!id) return null;
          users.set(id, session.user!);
          return users.get(id);
        }
      `,
    },
    {
      name: 'Redis keyed by the verified user id (Better Auth)',
      filename: LIB,
      code: code`
        import { headers } from 'next/headers';
        import { auth } from '@/lib/auth';
        import { redis } from '@/lib/redis';
        export async function cacheMe() {
          const session = await auth.api.getSession({ headers: await headers() });
          if (!session) return;
          await redis.set(\`user:\${session.user.id}\`, JSON.stringify(session.user), 'EX', 300);
        }
      `,
    },
    {
      name: 'Supabase: a module Map keyed by the user from getUser()',
      filename: LIB,
      code: code`
        import { createClient } from '@/utils/supabase/server';
        const cache = new Map();
        export async function current() {
          const supabase = await createClient();
          const { data: { user } } = await supabase.auth.getUser();
          if (!user) return null;
          cache.set(user.id, user);
          return user;
        }
      `,
    },
    {
      name: 'Clerk: module cache keyed by userId from auth()',
      filename: LIB,
      code: code`
        import { auth, currentUser } from '@clerk/nextjs/server';
        const users = new Map();
        export async function me() {
          const { userId } = await auth();
          if (!userId) return null;
          users.set(userId, await currentUser());
          return users.get(userId);
        }
      `,
    },
    {
      name: 'a constant key for data that is not per user',
      filename: LIB,
      code: code`
        import { kv } from '@vercel/kv';
        export async function saveFlags(flags: Record<string, boolean>) {
          await kv.set('feature-flags', flags);
          await kv.set('users:count', 42);
        }
      `,
    },
    {
      name: 'a fallback key for data that is not about users',
      filename: LIB,
      code: code`
        const translations = new Map<string, object>();
        export function remember(locale: string | undefined, messages: object) {
          translations.set(locale ?? 'en', messages);
        }
      `,
    },
    {
      name: 'unstable_cache whose key is an argument and whose body reads no request data',
      filename: LIB,
      code: code`
        import { unstable_cache } from 'next/cache';
        import { db } from '@/lib/db';
        export const getProfile = unstable_cache(async (userId: string) => db.profile.find(userId), ['profile'], { revalidate: 60 });
      `,
    },
    {
      name: "'use cache: private' may read cookies",
      filename: LIB,
      code: code`
        import { cookies } from 'next/headers';
        export async function theme() {
          'use cache: private';
          return (await cookies()).get('theme')?.value;
        }
      `,
    },
    {
      name: "'use cache' that only takes the verified id as an argument",
      filename: LIB,
      code: code`
        import { db } from '@/lib/db';
        export async function orders(userId: string) {
          'use cache';
          return db.order.findMany({ where: { userId } });
        }
      `,
    },
    {
      name: 'module-level Map written at module load (not per request)',
      filename: LIB,
      code: code`
        const roles = new Map<string, string>();
        roles.set('admin', 'all');
      `,
    },
    {
      name: 'a local variable in the handler is per request',
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@/auth';
        export async function GET() {
          let session = null;
          session = await auth();
          const cache: Record<string, unknown> = {};
          cache.user = session?.user;
          return Response.json(session);
        }
      `,
    },
    {
      name: 'module-level object keyed by the verified id',
      filename: LIB,
      code: code`
        import { auth } from '@/auth';
        const byUser: Record<string, unknown> = {};
        export async function remember() {
          const session = await auth();
          if (session?.user?.id) byUser[session.user.id] = session.user;
        }
      `,
    },
    {
      name: 'a module-level let assigned data that is not a session',
      filename: LIB,
      code: code`
        let lastDeploy: string | null = null;
        export async function deployed() {
          lastDeploy = await fetch('https://example.com/version').then(r => r.text());
          return lastDeploy;
        }
      `,
    },
    {
      name: 'NextAuth jwt callback caching by token.sub',
      filename: file('auth.ts'),
      settings: settingsFor(5),
      code: code`
        import NextAuth from 'next-auth';
        const seen = new Map<string, number>();
        export const { auth, handlers } = NextAuth({
          providers: [],
          callbacks: {
            jwt({ token }) {
              if (token.sub) seen.set(token.sub, Date.now());
              return token;
            },
          },
        });
      `,
    },
    {
      name: 'a helper named like a cache writer but not in settings: its arguments are not known to be keys',
      filename: LIB,
      code: code`
        import { cacheSession } from '@/lib/cache';
        export async function remember(user: object) {
          await cacheSession('viewer', user);
        }
      `,
    },
    {
      name: 'reads of constant keys that do not name a session',
      filename: LIB,
      code: code`
        import { kv } from '@vercel/kv';
        export async function flags() {
          return [await kv.get('feature-flags'), await kv.get('users:count'), await kv.get('session-config')];
        }
      `,
    },
  ],
  invalid: [
    {
      name: "Redis: a constant 'session' key",
      filename: LIB,
      settings: settingsFor(4),
      code: code`
        import { getServerSession } from 'next-auth';
        import Redis from 'ioredis';
        import { authOptions } from '@/lib/auth';
        const redis = new Redis();
        export async function cacheSession() {
          const session = await getServerSession(authOptions);
          await redis.set('session', JSON.stringify(session), 'EX', 60);
        }
      `,
      errors: [{ messageId: 'constantKey', line: 7, data: { client: 'ioredis', key: "'session'" } }],
    },
    {
      name: "@vercel/kv: 'current-user' even when the value is not from a verifier",
      filename: LIB,
      code: code`
        import { kv } from '@vercel/kv';
        export async function remember(user: { id: string }) {
          await kv.set('current-user', user, { ex: 3600 });
        }
      `,
      errors: [{ messageId: 'constantKey', data: { client: '@vercel/kv', key: "'current-user'" } }],
    },
    {
      name: 'node-redis: a constant key from a module constant',
      filename: LIB,
      code: code`
        import { createClient } from 'redis';
        import { auth } from '@/auth';
        const client = createClient();
        const KEY = 'auth:me';
        export async function save() {
          const session = await auth();
          await client.set(KEY, JSON.stringify(session), { EX: 60 });
        }
      `,
      errors: [{ messageId: 'constantKey', data: { client: 'node-redis', key: "'auth:me'" } }],
    },
    {
      name: 'upstash: a constant template key holding the verified session',
      filename: LIB,
      code: code`
        import { Redis } from '@upstash/redis';
        import { auth } from '@/auth';
        const redis = Redis.fromEnv();
        export async function save() {
          await redis.set(\`app:profile\`, await auth(), { ex: 60 });
        }
      `,
      errors: [{ messageId: 'constantKey', data: { client: '@upstash/redis', key: "'app:profile'" } }],
    },
    {
      name: "a read of a constant 'current-user' key (the write may live in another file)",
      filename: ME_ROUTE,
      code: code`
        import { redis } from '@/lib/redis';
        export async function GET() {
          const cached = await redis.get('current-user');
          return Response.json(cached ? JSON.parse(cached) : null);
        }
      `,
      errors: [{ messageId: 'constantKey', line: 3, data: { client: 'redis', key: "'current-user'" } }],
    },
    {
      name: "a key that falls back to 'anon'",
      filename: LIB,
      code: code`
        import { auth } from '@/auth';
        import { redis } from '@/lib/redis';
        export async function save(profile: object) {
          const session = await auth();
          await redis.set(session?.user?.id ?? 'anon', JSON.stringify(profile), 'EX', 60);
        }
      `,
      errors: [{ messageId: 'fallbackKey', data: { client: 'redis', key: "'anon'" } }],
    },
    {
      name: 'a template key with a fallback inside',
      filename: LIB,
      code: code`
        const cache = new Map<string, unknown>();
        export function remember(userId: string | undefined, data: unknown) {
          cache.set(\`user:\${userId || 'guest'}\`, data);
        }
      `,
      errors: [{ messageId: 'fallbackKey', data: { client: 'Map', key: "'user:guest'" } }],
    },
    {
      name: 'a conditional key with a constant branch',
      filename: LIB,
      code: code`
        import { LRUCache } from 'lru-cache';
        import { auth } from '@/auth';
        const sessions = new LRUCache<string, object>({ max: 100 });
        export async function remember() {
          const session = await auth();
          sessions.set(session ? session.user!.id! : 'anonymous', session ?? {});
        }
      `,
      errors: [{ messageId: 'fallbackKey', data: { client: 'lru-cache', key: "'anonymous'" } }],
    },
    {
      name: 'module Map of sessions keyed by the raw cookie token (next-auth v4)',
      filename: ME_ROUTE,
      settings: settingsFor(4),
      code: code`
        import { getServerSession } from 'next-auth';
        import { cookies } from 'next/headers';
        import { authOptions } from '@/lib/auth';
        const sessionCache = new Map<string, unknown>();
        export async function GET() {
          const token = (await cookies()).get('next-auth.session-token')?.value ?? '';
          const session = await getServerSession(authOptions);
          sessionCache.set(token, session);
          return Response.json(session);
        }
      `,
      errors: [{ messageId: 'unkeyedModuleCache', line: 8, data: { container: 'sessionCache' } }],
    },
    {
      name: 'LRU keyed by a request header',
      filename: ME_ROUTE,
      code: code`
        import LRU from 'lru-cache';
        import { auth } from '@/auth';
        const cache = new LRU({ max: 500 });
        export async function GET(request: Request) {
          const session = await auth();
          cache.set(request.headers.get('x-forwarded-for'), session);
          return Response.json(session);
        }
      `,
      errors: [{ messageId: 'unkeyedModuleCache', data: { container: 'cache' } }],
    },
    {
      name: 'node-cache and quick-lru module caches keyed by a cookie value',
      filename: ME_ROUTE,
      code: code`
        import NodeCache from 'node-cache';
        import QuickLRU from 'quick-lru';
        import { cookies } from 'next/headers';
        import { auth } from '@/auth';
        const sessions = new NodeCache({ stdTTL: 60 });
        const recent = new QuickLRU<string, unknown>({ maxSize: 100 });
        export async function GET() {
          const sid = (await cookies()).get('sid')?.value ?? '';
          const session = await auth();
          sessions.set(sid, session);
          recent.set(sid, session);
          return Response.json(session);
        }
      `,
      errors: [
        { messageId: 'unkeyedModuleCache', line: 10, data: { container: 'sessions' } },
        { messageId: 'unkeyedModuleCache', line: 11, data: { container: 'recent' } },
      ],
    },
    {
      name: 'module-level object literal indexed by the token',
      filename: LIB,
      code: code`
        import { getToken } from 'next-auth/jwt';
        import type { NextRequest } from 'next/server';
        const sessions: Record<string, unknown> = {};
        export async function remember(req: NextRequest) {
          const token = await getToken({ req });
          sessions[req.cookies.get('next-auth.session-token')?.value ?? ''] = token;
        }
      `,
      errors: [{ messageId: 'fallbackKey', data: { client: '`sessions`', key: "''" } }],
    },
    {
      name: 'module-level object with a fixed property',
      filename: LIB,
      code: code`
        import { auth } from '@/auth';
        const cache = Object.create(null);
        export async function current() {
          cache.user ??= (await auth())?.user;
          return cache.user;
        }
      `,
      errors: [{ messageId: 'constantKey', data: { client: '`cache`', key: "'user'" } }],
    },
    {
      name: 'module-level let assigned the verified session (next-auth v4)',
      filename: LIB,
      settings: settingsFor(4),
      code: code`
        import { getServerSession } from 'next-auth';
        import { authOptions } from '@/lib/auth';
        let cachedSession: unknown = null;
        export async function getSession() {
          if (cachedSession) return cachedSession;
          cachedSession = await getServerSession(authOptions);
          return cachedSession;
        }
      `,
      errors: [{ messageId: 'moduleVariable', line: 6, data: { name: 'cachedSession' } }],
    },
    {
      name: 'module-level let with ??= from a Supabase user',
      filename: LIB,
      code: code`
        import { createClient } from '@/utils/supabase/server';
        let currentUser;
        export async function me() {
          const supabase = await createClient();
          const { data } = await supabase.auth.getUser();
          currentUser ??= data.user;
          return currentUser;
        }
      `,
      errors: [{ messageId: 'moduleVariable', data: { name: 'currentUser' } }],
    },
    {
      name: 'unstable_cache around auth() (Auth.js v5)',
      filename: LIB,
      settings: settingsFor(5),
      code: code`
        import { unstable_cache } from 'next/cache';
        import { auth } from '@/auth';
        export const getSession = unstable_cache(async () => auth(), ['session']);
      `,
      errors: [{ messageId: 'cachedFunctionReadsRequest', data: { via: 'unstable_cache', reads: 'calls auth()' } }],
    },
    {
      name: 'unstable_cache of a named function that reads cookies()',
      filename: LIB,
      code: code`
        import { unstable_cache } from 'next/cache';
        import { cookies } from 'next/headers';
        async function loadPrefs() {
          const theme = (await cookies()).get('theme')?.value;
          return { theme };
        }
        export const prefs = unstable_cache(loadPrefs, ['prefs'], { revalidate: 3600 });
      `,
      errors: [{ messageId: 'cachedFunctionReadsRequest', line: 4, data: { via: 'unstable_cache', reads: 'reads cookies()' } }],
    },
    {
      name: 'unstable_cache that calls a same-file helper which reads headers()',
      filename: LIB,
      code: code`
        import { unstable_cache } from 'next/cache';
        import { headers } from 'next/headers';
        async function userAgent() {
          return (await headers()).get('user-agent');
        }
        export const device = unstable_cache(async () => ({ ua: await userAgent() }), ['device']);
      `,
      errors: [{ messageId: 'cachedFunctionReadsRequest', line: 6, data: { via: 'unstable_cache', reads: 'reads headers()' } }],
    },
    {
      name: "'use cache' function calling getServerSession",
      filename: LIB,
      settings: settingsFor(4),
      code: code`
        import { getServerSession } from 'next-auth';
        import { authOptions } from '@/lib/auth';
        export async function currentUser() {
          'use cache';
          const session = await getServerSession(authOptions);
          return session?.user;
        }
      `,
      errors: [{ messageId: 'cachedFunctionReadsRequest', line: 5, data: { via: "'use cache'", reads: 'calls getServerSession()' } }],
    },
    {
      name: "'use cache: remote' with Clerk currentUser()",
      filename: LIB,
      code: code`
        import { currentUser } from '@clerk/nextjs/server';
        export async function me() {
          'use cache: remote';
          return currentUser();
        }
      `,
      errors: [{ messageId: 'cachedFunctionReadsRequest' }],
    },
    {
      name: "a 'use cache' module whose export reads the Better Auth session",
      filename: file('app/data.ts'),
      code: code`
        'use cache';
        import { headers } from 'next/headers';
        import { auth } from '@/lib/auth';
        export async function mySession() {
          return auth.api.getSession({ headers: await headers() });
        }
      `,
      errors: [{ messageId: 'cachedFunctionReadsRequest', data: { via: "'use cache'", reads: 'calls auth.api.getSession()' } }],
    },
    {
      name: 'a NextAuth session callback writing a constant key',
      filename: file('lib/auth.ts'),
      settings: settingsFor(4),
      code: code`
        import type { NextAuthOptions } from 'next-auth';
        import { redis } from './redis';
        export const authOptions: NextAuthOptions = {
          providers: [],
          callbacks: {
            async session({ session }) {
              await redis.set('latest', JSON.stringify(session), 'EX', 60);
              return session;
            },
          },
        };
      `,
      errors: [{ messageId: 'constantKey', data: { client: 'redis', key: "'latest'" } }],
    },
    {
      name: 'iron-session data in a module Map keyed by the cookie name',
      filename: ME_ROUTE,
      code: code`
        import { getIronSession } from 'iron-session';
        import { cookies } from 'next/headers';
        const cache = new Map();
        export async function GET() {
          const session = await getIronSession<{ userId?: string }>(await cookies(), { password: 'x'.repeat(32), cookieName: 'app' });
          cache.set('app', session);
          return Response.json({ ok: true });
        }
      `,
      errors: [{ messageId: 'constantKey', data: { client: 'Map', key: "'app'" } }],
    },
    {
      name: 'Lucia: validateRequest() result in a module Map keyed by a header',
      filename: ME_ROUTE,
      code: code`
        import { validateRequest } from '@/lib/auth';
        import { headers } from 'next/headers';
        const users = new Map();
        export async function GET() {
          const { user } = await validateRequest();
          users.set((await headers()).get('x-request-id'), user);
          return Response.json(user);
        }
      `,
      errors: [{ messageId: 'unkeyedModuleCache', data: { container: 'users' } }],
    },
    {
      name: 'settings: a team requireUser() verifier is treated like the library verifier it wraps',
      filename: LIB,
      settings: settingsFor(4, { assertingVerifiers: [{ from: 'file', path: 'lib/auth.ts', name: 'requireUser' }] }),
      code: code`
        import { requireUser } from '@/lib/auth';
        let me: unknown;
        export async function viewer() {
          me = await requireUser();
          return me;
        }
      `,
      errors: [{ messageId: 'moduleVariable', data: { name: 'me' } }],
    },
    {
      name: 'settings: a team cacheSession() write helper is treated like the client method it wraps',
      filename: LIB,
      settings: settingsFor(4, { cacheWrites: [{ from: 'package', package: '@acme/cache', name: 'cacheSession' }] }),
      code: code`
        import { cacheSession } from '@acme/cache';
        export async function remember(user: object) {
          await cacheSession('viewer', user);
        }
      `,
      errors: [{ messageId: 'constantKey', data: { client: 'cacheSession()', key: "'viewer'" } }],
    },
  ],
});
