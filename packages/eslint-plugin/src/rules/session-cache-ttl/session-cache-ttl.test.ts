import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { afterAll } from 'vitest';
import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { NEXTAUTH_DEFAULT_MAX_AGE, RULE_NAME } from './session-cache-ttl.rule.js';

type Case = InvalidTestCase<'missingExpiry' | 'addExpiry', [{ expirySeconds?: number }]>;

const ruleTester = createRuleTester();
const LIB = file('lib/session-cache.ts');
const N = NEXTAUTH_DEFAULT_MAX_AGE;

/** A real project on node-redis 5, since the suggestion's form follows the declared client version. */
const redis5App = fs.mkdtempSync(path.join(os.tmpdir(), 'session-cache-ttl-'));
fs.writeFileSync(path.join(redis5App, 'package.json'), JSON.stringify({ dependencies: { next: '^15.1.0', redis: '^5.0.0' } }));
afterAll(() => fs.rmSync(redis5App, { recursive: true, force: true }));

/** One report whose single suggestion turns `find` (its last occurrence) into `replace`. */
function missing(name: string, source: string, find: string, replace: string, extra: Partial<Case> & { form?: string; seconds?: number } = {}): Case {
  const { form, seconds = N, ...rest } = extra;
  const at = source.lastIndexOf(find);
  if (at < 0) throw new Error(`${name}: ${find} is not in the source`);
  return {
    name,
    filename: LIB,
    code: source,
    ...rest,
    errors: [
      {
        messageId: 'missingExpiry',
        suggestions: [
          {
            messageId: 'addExpiry',
            ...(form ? { data: { seconds: String(seconds), form } } : {}),
            output: source.slice(0, at) + replace + source.slice(at + find.length),
          },
        ],
      },
    ],
  };
}

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: "ioredis: set(k, v, 'EX', s) (the fixture's session cache)",
      filename: LIB,
      code: code`
        import Redis from 'ioredis';
        import type { Session } from 'next-auth';
        const redis = new Redis();
        export async function setCachedSession(sessionToken: string, session: Session) {
          await redis.set(\`session:\${sessionToken}\`, JSON.stringify(session), 'EX', 60);
        }
      `,
    },
    {
      name: "ioredis: 'px', 'NX' in any order and case, 'KEEPTTL', setex, psetex",
      filename: LIB,
      code: code`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function save(id: string, session: object) {
          await redis.set(\`session:\${id}\`, JSON.stringify(session), 'NX', 'px', 60_000);
          await redis.set(\`session:\${id}\`, JSON.stringify(session), 'KEEPTTL');
          await redis.setex(\`user:\${id}\`, 3600, JSON.stringify(session));
          await redis.psetex(\`user:\${id}\`, 3_600_000, JSON.stringify(session));
        }
      `,
    },
    {
      name: 'node-redis: { EX }, { PXAT }, { expiration }, setEx',
      filename: LIB,
      code: code`
        import { createClient } from 'redis';
        const client = await createClient().connect();
        export async function save(id: string, session: object) {
          await client.set(\`session:\${id}\`, JSON.stringify(session), { EX: 3600 });
          await client.set(\`session:\${id}\`, JSON.stringify(session), { PXAT: Date.now() + 1000 });
          await client.set(\`session:\${id}\`, JSON.stringify(session), { expiration: { type: 'EX', value: 3600 } });
          await client.setEx(\`user:\${id}\`, 3600, JSON.stringify(session));
        }
      `,
    },
    {
      name: 'upstash: { ex }, { px }, { exat }, { pxat }, { keepTtl }',
      filename: LIB,
      code: code`
        import { Redis } from '@upstash/redis';
        const redis = Redis.fromEnv();
        export async function save(id: string, session: object) {
          await redis.set(\`session:\${id}\`, session, { ex: 3600 });
          await redis.set(\`session:\${id}\`, session, { px: 60_000 });
          await redis.set(\`session:\${id}\`, session, { exat: 1_900_000_000 });
          await redis.set(\`session:\${id}\`, session, { pxat: 1_900_000_000_000, nx: true });
          await redis.set(\`session:\${id}\`, session, { keepTtl: true });
        }
      `,
    },
    {
      name: '@vercel/kv: { ex } and setex',
      filename: LIB,
      code: code`
        import { kv } from '@vercel/kv';
        export async function save(userId: string, user: object) {
          await kv.set(\`user:\${userId}\`, user, { ex: 600 });
          await kv.setex(\`user:\${userId}:profile\`, 600, user);
        }
      `,
    },
    {
      name: 'set followed by expire on the same key',
      filename: LIB,
      code: code`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function save(userId: string, session: object) {
          const key = \`session:\${userId}\`;
          await redis.set(key, JSON.stringify(session));
          await redis.expire(key, 3600);
          await redis.hset(\`user:\${userId}\`, { name: 'x' });
          await redis.expire(\`user:\${userId}\`, 3600);
        }
      `,
    },
    {
      name: 'a MULTI chain with expire',
      filename: LIB,
      code: code`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function save(userId: string, session: object) {
          await redis.multi().hset(\`session:\${userId}\`, session).expire(\`session:\${userId}\`, 3600).exec();
        }
      `,
    },
    {
      name: 'options the file does not show',
      filename: LIB,
      code: code`
        import { Redis } from '@upstash/redis';
        import { SESSION_TTL } from './config';
        const redis = Redis.fromEnv();
        export async function save(id: string, session: object, options: { ex: number }) {
          await redis.set(\`session:\${id}\`, session, options);
          await redis.set(\`session:\${id}\`, session, { ...SESSION_TTL });
        }
      `,
    },
    {
      name: 'data that is not about sessions or users',
      filename: LIB,
      code: code`
        import { kv } from '@vercel/kv';
        export async function saveCatalogue(products: object[]) {
          await kv.set('products', products);
          await kv.hset('settings', { theme: 'dark' });
        }
      `,
    },
    {
      name: 'in-process caches are not Redis: lru-cache and Map have their own rule',
      filename: LIB,
      code: code`
        import { LRUCache } from 'lru-cache';
        const sessions = new LRUCache<string, object>({ max: 100 });
        const users = new Map<string, object>();
        export function save(id: string, session: object) {
          sessions.set(\`session:\${id}\`, session);
          users.set(id, session);
        }
      `,
    },
    {
      name: 'a helper named like a cache writer is not checked (it may set the expiry inside)',
      filename: file('app/api/auth/session/route.ts'),
      settings: settingsFor(4),
      code: code`
        import { getServerSession } from 'next-auth';
        import { authOptions } from '@/lib/auth';
        import { setCachedSession } from '@/lib/session-cache';
        export async function GET() {
          const session = await getServerSession(authOptions);
          if (session) await setCachedSession('token', session);
          return Response.json(session ?? {});
        }
      `,
    },
    {
      name: 'settings: a cacheWrites helper is checked where its client call is, not at its call sites',
      filename: file('app/api/profile/route.ts'),
      settings: settingsFor(4, { verifiers: ['getCurrentUser'], cacheWrites: [{ from: 'file', path: 'lib/profile-store.ts', name: 'rememberProfile' }] }),
      code: code`
        import { getCurrentUser } from '@/lib/session';
        import { rememberProfile } from '@/lib/profile-store';
        export async function GET() {
          const user = await getCurrentUser();
          if (!user?.email) return new Response(null, { status: 401 });
          await rememberProfile(user.email, { name: user.name });
          return Response.json(user);
        }
      `,
    },
    {
      name: "Better Auth's secondaryStorage adapter passes the ttl it is given",
      filename: file('lib/auth.ts'),
      code: code`
        import { betterAuth } from 'better-auth';
        import { createClient } from 'redis';
        const redis = createClient();
        export const auth = betterAuth({
          secondaryStorage: {
            get: key => redis.get(key),
            set: async (key, value, ttl) => {
              if (ttl) await redis.set(key, value, { EX: ttl });
              else await redis.set(key, value);
            },
            delete: async key => {
              await redis.del(key);
            },
          },
        });
      `,
    },
    {
      name: 'settings verifier: without it, the same write is not known to hold session data',
      filename: LIB,
      code: code`
        import Redis from 'ioredis';
        import { requireUser } from '@/lib/auth';
        const redis = new Redis();
        export async function savePrefs() {
          const who = await requireUser();
          await redis.set(\`prefs:\${who.id}\`, JSON.stringify(who.prefs));
        }
      `,
    },
    {
      name: 'suggestion output re-linted: ioredis tokens',
      filename: LIB,
      code: code`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function save(id: string, session: object) {
          await redis.set(\`session:\${id}\`, JSON.stringify(session), 'EX', ${N});
        }
      `,
    },
    {
      name: 'suggestion output re-linted: expire after hset',
      filename: LIB,
      code: code`
        import { kv } from '@vercel/kv';
        export async function save(userId: string, user: Record<string, string>) {
          await kv.hset(\`user:\${userId}\`, user);
          await kv.expire(\`user:\${userId}\`, ${N});
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'ioredis: set without an expiry (suggestion output written out)',
      filename: LIB,
      code: code`
        import Redis from 'ioredis';
        import type { Session } from 'next-auth';
        const redis = new Redis();
        export async function setCachedSession(sessionToken: string, session: Session) {
          await redis.set(\`session:\${sessionToken}\`, JSON.stringify(session));
        }
      `,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 5,
          data: { call: 'redis.set()', client: 'ioredis' },
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { seconds: String(N), form: `'EX', ${N}` },
              output: code`
                import Redis from 'ioredis';
                import type { Session } from 'next-auth';
                const redis = new Redis();
                export async function setCachedSession(sessionToken: string, session: Session) {
                  await redis.set(\`session:\${sessionToken}\`, JSON.stringify(session), 'EX', ${N});
                }
              `,
            },
          ],
        },
      ],
    },
    missing(
      "ioredis: 'NX' alone sets no expiry; the tokens go after it",
      code`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function save(id: string, user: object) {
          await redis.set(\`user:\${id}\`, JSON.stringify(user), 'NX');
        }
      `,
      "'NX')",
      `'NX', 'EX', ${N})`,
    ),
    missing(
      'ioredis: a pipeline set',
      code`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function save(id: string, session: object) {
          const pipeline = redis.pipeline();
          pipeline.set(\`session:\${id}\`, JSON.stringify(session));
          await pipeline.exec();
        }
      `,
      'JSON.stringify(session))',
      `JSON.stringify(session), 'EX', ${N})`,
    ),
    missing(
      'ioredis: hset gets an expire call after the statement',
      code`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function save(userId: string, user: Record<string, string>) {
          await redis.hset(\`user:\${userId}\`, user);
        }
      `,
      'await redis.hset(`user:${userId}`, user);',
      `await redis.hset(\`user:\${userId}\`, user);\n  await redis.expire(\`user:\${userId}\`, ${N});`,
      { form: 'redis.expire(…)' },
    ),
    missing(
      'ioredis: setnx gets an expire call',
      code`
        import Redis from 'ioredis';
        const redis = new Redis();
        export function lock(sessionId: string) {
          redis.setnx(\`session-lock:\${sessionId}\`, '1');
        }
      `,
      "redis.setnx(`session-lock:${sessionId}`, '1');",
      `redis.setnx(\`session-lock:\${sessionId}\`, '1');\n  redis.expire(\`session-lock:\${sessionId}\`, ${N});`,
    ),
    missing(
      'node-redis: set gets { EX } (v4 form, accepted by v5)',
      code`
        import { createClient } from 'redis';
        const client = createClient();
        export async function save(id: string, session: object) {
          await client.set(\`session:\${id}\`, JSON.stringify(session));
        }
      `,
      'JSON.stringify(session))',
      `JSON.stringify(session), { EX: ${N} })`,
      { form: `{ EX: ${N} }` },
    ),
    missing(
      'node-redis: an options object without an expiry gets one',
      code`
        import { createClient } from '@redis/client';
        const client = createClient();
        export async function save(id: string, session: object) {
          await client.set(\`session:\${id}\`, JSON.stringify(session), { NX: true });
        }
      `,
      '{ NX: true }',
      `{ NX: true, EX: ${N} }`,
    ),
    missing(
      'node-redis 5 project: the suggestion uses { expiration }',
      code`
        import { createClient } from 'redis';
        const client = createClient();
        export async function save(id: string, session: object) {
          await client.SET(\`session:\${id}\`, JSON.stringify(session));
        }
      `,
      'JSON.stringify(session))',
      `JSON.stringify(session), { expiration: { type: 'EX', value: ${N} } })`,
      { filename: path.join(redis5App, 'lib/session-cache.ts'), settings: { 'auth-hygiene': { rootDir: redis5App } }, form: `{ expiration: { type: 'EX', value: ${N} } }` },
    ),
    missing(
      'upstash: set gets { ex }',
      code`
        import { Redis } from '@upstash/redis';
        const redis = Redis.fromEnv();
        export async function save(id: string, session: object) {
          await redis.set(\`session:\${id}\`, session);
        }
      `,
      'session);\n}',
      `session, { ex: ${N} });\n}`,
      { form: `{ ex: ${N} }` },
    ),
    missing(
      'upstash: { nx: true } alone',
      code`
        import { Redis } from '@upstash/redis';
        const redis = new Redis({ url: 'x', token: 'y' });
        export async function save(id: string, user: object) {
          await redis.set(\`user:\${id}\`, user, { nx: true });
        }
      `,
      '{ nx: true }',
      `{ nx: true, ex: ${N} }`,
    ),
    missing(
      'upstash: json.set gets an expire call on the client',
      code`
        import { Redis } from '@upstash/redis';
        const redis = Redis.fromEnv();
        export async function save(id: string, session: object) {
          await redis.json.set(\`session:\${id}\`, '$', session);
        }
      `,
      "await redis.json.set(`session:${id}`, '$', session);",
      `await redis.json.set(\`session:\${id}\`, '$', session);\n  await redis.expire(\`session:\${id}\`, ${N});`,
    ),
    missing(
      '@vercel/kv: set gets { ex }',
      code`
        import { kv } from '@vercel/kv';
        export async function save(userId: string, user: object) {
          await kv.set(\`user:\${userId}\`, user);
        }
      `,
      'user);\n}',
      `user, { ex: ${N} });\n}`,
    ),
    missing(
      '@vercel/kv: hset gets kv.expire',
      code`
        import { kv } from '@vercel/kv';
        export async function save(userId: string, user: Record<string, string>) {
          await kv.hset(\`user:\${userId}\`, user);
        }
      `,
      'await kv.hset(`user:${userId}`, user);',
      `await kv.hset(\`user:\${userId}\`, user);\n  await kv.expire(\`user:\${userId}\`, ${N});`,
    ),
    missing(
      'an expire on a different key does not count',
      code`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function save(userId: string, session: object) {
          await redis.set(\`session:\${userId}\`, JSON.stringify(session));
          await redis.expire(\`profile:\${userId}\`, 60);
        }
      `,
      'JSON.stringify(session))',
      `JSON.stringify(session), 'EX', ${N})`,
    ),
    missing(
      'an expire before the set does not count (SET clears the TTL)',
      code`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function save(userId: string, session: object) {
          await redis.expire(\`session:\${userId}\`, 60);
          await redis.set(\`session:\${userId}\`, JSON.stringify(session));
        }
      `,
      'JSON.stringify(session))',
      `JSON.stringify(session), 'EX', ${N})`,
    ),
    missing(
      "NextAuth's maxAge in the same file is the default (jwt callback, next-auth v4)",
      code`
        import type { NextAuthOptions } from 'next-auth';
        import Redis from 'ioredis';
        const redis = new Redis();
        export const authOptions: NextAuthOptions = {
          providers: [],
          session: { strategy: 'jwt', maxAge: 60 * 60 * 24 * 7 },
          callbacks: {
            async jwt({ token }) {
              await redis.set(\`jwt:\${token.sub}\`, JSON.stringify(token));
              return token;
            },
          },
        };
      `,
      'JSON.stringify(token))',
      'JSON.stringify(token), \'EX\', 604800)',
      { filename: file('lib/auth.ts'), settings: settingsFor(4), form: "'EX', 604800", seconds: 604800 },
    ),
    missing(
      'the expirySeconds option wins',
      code`
        import { kv } from '@vercel/kv';
        export async function save(userId: string, user: object) {
          await kv.set(\`user:\${userId}\`, user);
        }
      `,
      'user);\n}',
      'user, { ex: 3600 });\n}',
      { options: [{ expirySeconds: 3600 }], form: '{ ex: 3600 }', seconds: 3600 },
    ),
    missing(
      'Auth.js v5: a neutral key built from the verified session is session data',
      code`
        import { auth } from '@/auth';
        import { Redis } from '@upstash/redis';
        const redis = Redis.fromEnv();
        export async function remember(data: object) {
          const s = await auth();
          await redis.set(\`k:\${s?.user?.id}\`, data);
        }
      `,
      'data);\n}',
      `data, { ex: ${N} });\n}`,
      { settings: settingsFor(5) },
    ),
    missing(
      'Better Auth: the session from auth.api.getSession in node-redis',
      code`
        import { headers } from 'next/headers';
        import { createClient } from 'redis';
        import { auth } from '@/lib/auth';
        const client = createClient();
        export async function remember() {
          const data = await auth.api.getSession({ headers: await headers() });
          if (data) await client.set(\`s:\${data.session.id}\`, JSON.stringify(data));
        }
      `,
      'JSON.stringify(data))',
      `JSON.stringify(data), { EX: ${N} })`,
    ),
    missing(
      'Supabase: the user from getUser() in upstash',
      code`
        import { Redis } from '@upstash/redis';
        import { createClient } from '@/utils/supabase/server';
        const redis = Redis.fromEnv();
        export async function remember() {
          const supabase = await createClient();
          const { data } = await supabase.auth.getUser();
          await redis.set(\`u:\${data.user?.id}\`, data.user);
        }
      `,
      'data.user);\n}',
      `data.user, { ex: ${N} });\n}`,
    ),
    missing(
      'Clerk: currentUser() in @vercel/kv',
      code`
        import { currentUser } from '@clerk/nextjs/server';
        import { kv } from '@vercel/kv';
        export async function remember() {
          const u = await currentUser();
          if (u) await kv.set(\`clerk:\${u.id}\`, u);
        }
      `,
      'u);\n}',
      `u, { ex: ${N} });\n}`,
    ),
    {
      name: "a client from the app's own module: no suggestion when the project's client is unknown",
      filename: LIB,
      code: code`
        import { redis } from '@/lib/redis';
        export async function save(id: string, session: object) {
          await redis.set(\`session:\${id}\`, JSON.stringify(session));
        }
      `,
      errors: [{ messageId: 'missingExpiry', data: { call: 'redis.set()', client: 'redis' }, suggestions: [] }],
    },
    missing(
      'settings: a requireUser() verifier makes its result session data',
      code`
        import Redis from 'ioredis';
        import { requireUser } from '@/lib/auth';
        const redis = new Redis();
        export async function savePrefs() {
          const who = await requireUser();
          await redis.set(\`prefs:\${who.id}\`, JSON.stringify(who.prefs));
        }
      `,
      'JSON.stringify(who.prefs))',
      `JSON.stringify(who.prefs), 'EX', ${N})`,
      { settings: settingsFor(4, { assertingVerifiers: [{ from: 'file', path: 'lib/auth.ts', name: 'requireUser' }] }) },
    ),
    {
      name: 'a MULTI chain without expire: reported, no suggestion inside the chain for hset',
      filename: LIB,
      code: code`
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function save(userId: string, session: Record<string, string>) {
          await redis.multi().hset(\`session:\${userId}\`, session).exec();
        }
      `,
      errors: [{ messageId: 'missingExpiry', suggestions: [] }],
    },
  ],
});
