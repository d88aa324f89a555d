import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './signout-invalidates-server-cache.rule.js';

const ruleTester = createRuleTester();
const LIB_AUTH = file('lib/auth.ts');
const V5_AUTH = file('auth.ts');
const LOGOUT_ROUTE = file('app/api/logout/route.ts');
const PAGES_LOGOUT = file('pages/api/logout.ts');
const ACTIONS = file('app/actions.ts');

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'next-auth v4 JWT: callbacks.jwt caches by token.sub, events.signOut({ token }) deletes the same key',
      filename: LIB_AUTH,
      code: code`
        import type { NextAuthOptions } from 'next-auth';
        import { redis } from './redis';
        export const authOptions: NextAuthOptions = {
          providers: [],
          callbacks: {
            async jwt({ token }) {
              await redis.set(\`session:\${token.sub}\`, JSON.stringify(token), 'EX', 300);
              return token;
            },
          },
          events: {
            async signOut({ token }) {
              await redis.del(\`session:\${token.sub}\`);
            },
          },
        };
      `,
    },
    {
      name: 'next-auth v4 database strategy: cached by user.id, deleted by session.userId',
      filename: LIB_AUTH,
      code: code`
        import type { NextAuthOptions } from 'next-auth';
        import { PrismaAdapter } from '@next-auth/prisma-adapter';
        import { redis } from './redis';
        export const authOptions: NextAuthOptions = {
          adapter: PrismaAdapter(prisma),
          providers: [],
          callbacks: {
            async session({ session, user }) {
              const cached = await redis.get(\`session:\${user.id}\`);
              if (!cached) await redis.set(\`session:\${user.id}\`, JSON.stringify(session), 'EX', 60);
              return session;
            },
          },
          events: {
            async signOut({ session }) {
              await redis.del(\`session:\${session.userId}\`);
            },
          },
        };
      `,
    },
    {
      name: 'Auth.js v5 with @upstash/redis: a const key in the callback, unlink in events.signOut',
      filename: V5_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { Redis } from '@upstash/redis';
        const redis = Redis.fromEnv();
        export const { auth, handlers, signOut } = NextAuth({
          providers: [],
          callbacks: {
            async jwt({ token }) {
              const key = 'session:' + token.sub;
              await redis.set(key, token, { ex: 300 });
              return token;
            },
          },
          events: {
            async signOut(message) {
              if ('token' in message) await redis.unlink(\`session:\${message.token?.sub}\`);
            },
          },
        });
      `,
    },
    {
      name: 'a same-file key builder used by the write and the delete',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import Redis from 'ioredis';
        const redis = new Redis();
        const sessionKey = (id: string) => \`session:\${id}\`;
        export default NextAuth({
          providers: [],
          callbacks: { async jwt({ token }) { await redis.setex(sessionKey(token.sub!), 300, JSON.stringify(token)); return token; } },
          events: { async signOut({ token }) { await redis.del(sessionKey(token.sub!)); } },
        });
      `,
    },
    {
      name: 'a key builder named in settings keyBuilders, imported from a shared module',
      filename: LIB_AUTH,
      settings: settingsFor(4, { keyBuilders: [{ from: 'file', path: 'lib/keys.ts', name: 'sessionKey' }] }),
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        import { sessionKey } from './keys';
        export default NextAuth({
          providers: [],
          callbacks: { async jwt({ token }) { await redis.set(sessionKey(token.sub), JSON.stringify(token)); return token; } },
          events: { async signOut({ token }) { await redis.del(sessionKey(token.sub)); } },
        });
      `,
    },
    {
      name: 'a delete helper named in settings cacheDeletes',
      filename: LIB_AUTH,
      settings: settingsFor(4, { cacheDeletes: ['purgeSessionData'] }),
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        import { purgeSessionData } from './session-store';
        export default NextAuth({
          providers: [],
          callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
          events: { async signOut({ token }) { await purgeSessionData(token.sub); } },
        });
      `,
    },
    {
      name: 'events.signOut calls an app helper named like a delete: it may delete where the rule cannot look',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        import { revokeSession } from '@/lib/sessions';
        export default NextAuth({
          providers: [],
          callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
          events: { async signOut({ token }) { await revokeSession(token.sub); } },
        });
      `,
    },
    {
      name: 'events.signOut deletes through a same-file helper',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        async function forgetToken(sub?: string) {
          await redis.del(\`session:\${sub}\`);
        }
        export default NextAuth({
          providers: [],
          callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
          events: { signOut: ({ token }) => forgetToken(token.sub) },
        });
      `,
    },
    {
      name: 'events from another module are not analysed',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        import { authEvents } from './events';
        export default NextAuth({
          providers: [],
          callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
          events: authEvents,
        });
      `,
    },
    {
      name: 'a spread config may bring its own events.signOut',
      filename: V5_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import authConfig from './auth.config';
        import { redis } from './lib/redis';
        export const { auth } = NextAuth({
          ...authConfig,
          callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
        });
      `,
    },
    {
      name: 'callbacks without a cache',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        export default NextAuth({
          providers: [],
          callbacks: { async session({ session, token }) { session.user.id = token.sub; return session; } },
        });
      `,
    },
    {
      name: 'a cache read that holds no session data (feature flags)',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        export default NextAuth({
          providers: [],
          callbacks: { async session({ session }) { session.flags = await redis.get('feature-flags'); return session; } },
        });
      `,
    },
    {
      name: 'Better Auth secondaryStorage is not a NextAuth config (Better Auth deletes exact keys itself)',
      filename: LIB_AUTH,
      code: code`
        import { betterAuth } from 'better-auth';
        import { redis } from './redis';
        export const auth = betterAuth({
          secondaryStorage: {
            get: key => redis.get(key),
            set: (key, value, ttl) => (ttl ? redis.set(key, value, 'EX', ttl) : redis.set(key, value)),
            delete: async key => { await redis.del(key); },
          },
        });
      `,
    },
    {
      name: 'Lucia logout action without a session cache in the file',
      filename: ACTIONS,
      code: code`
        'use server';
        import { cookies } from 'next/headers';
        import { lucia, validateRequest } from '@/lib/auth';
        export async function logout() {
          const { session } = await validateRequest();
          if (!session) return { error: 'Unauthorized' };
          await lucia.invalidateSession(session.id);
          const blank = lucia.createBlankSessionCookie();
          (await cookies()).set(blank.name, blank.value, blank.attributes);
        }
      `,
    },
    {
      name: 'iron-session logout that also deletes the cached user by the same key',
      filename: LOGOUT_ROUTE,
      code: code`
        import { getIronSession } from 'iron-session';
        import { cookies } from 'next/headers';
        import { kv } from '@vercel/kv';
        export async function POST() {
          const session = await getIronSession<{ userId?: string }>(await cookies(), { password: process.env.SECRET!, cookieName: 'app_session' });
          await kv.del(\`user:\${session.userId}\`);
          session.destroy();
          return Response.json({ ok: true });
        }
        export async function GET() {
          const session = await getIronSession<{ userId?: string }>(await cookies(), { password: process.env.SECRET!, cookieName: 'app_session' });
          return Response.json(await kv.get(\`user:\${session.userId}\`));
        }
      `,
    },
    {
      name: 'Supabase server sign-out in a route without any session cache',
      filename: LOGOUT_ROUTE,
      code: code`
        import { createClient } from '@/utils/supabase/server';
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const supabase = await createClient();
          await supabase.auth.signOut();
          return NextResponse.redirect(new URL('/login', request.url), { status: 302 });
        }
      `,
    },
    {
      name: 'clearing a cookie that is not a session cookie',
      filename: file('app/api/preferences/route.ts'),
      code: code`
        import { cookies } from 'next/headers';
        import { redis } from '@/lib/redis';
        export async function DELETE() {
          (await cookies()).delete('theme');
          return Response.json(await redis.get(\`user:\${'anon'}:prefs\`));
        }
      `,
    },
    {
      name: 'logout route: deletes the cookie and the cache entry with the same key expression',
      filename: LOGOUT_ROUTE,
      code: code`
        import { cookies } from 'next/headers';
        import { redis } from '@/lib/redis';
        export async function POST() {
          const store = await cookies();
          const token = store.get('next-auth.session-token')?.value;
          const cached = await redis.get(\`session:\${token}\`);
          if (token) await redis.del(\`session:\${token}\`);
          store.delete('next-auth.session-token');
          return Response.json({ ok: true, had: Boolean(cached) });
        }
      `,
    },
    {
      name: 'pages/api logout: Set-Cookie Max-Age=0 and a delete helper',
      filename: PAGES_LOGOUT,
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        import { getCachedSession, deleteCachedSession } from '@/lib/session-cache';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const token = req.cookies['session'];
          const session = token ? await getCachedSession(token) : null;
          if (token) await deleteCachedSession(token);
          res.setHeader('Set-Cookie', 'session=; Path=/; HttpOnly; Max-Age=0');
          res.status(200).json({ signedOut: Boolean(session) });
        }
      `,
    },
    {
      name: 'Auth.js v5 server action: signOut() from @/auth after deleting the cached profile',
      filename: ACTIONS,
      code: code`
        'use server';
        import { auth, signOut } from '@/auth';
        import { kv } from '@vercel/kv';
        export async function signOutAction() {
          const session = await auth();
          if (session?.user?.id) await kv.del(\`user:\${session.user.id}\`);
          await signOut({ redirectTo: '/' });
        }
        export async function loadProfile() {
          const session = await auth();
          return session?.user?.id ? kv.get(\`user:\${session.user.id}\`) : null;
        }
      `,
    },
    {
      name: 'a module-level Map session cache deleted in events.signOut',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        const sessionCache = new Map<string, unknown>();
        export default NextAuth({
          providers: [],
          callbacks: { session({ session, token }) { sessionCache.set(\`session:\${token.sub}\`, session); return session; } },
          events: { async signOut({ token }) { sessionCache.delete(\`session:\${token.sub}\`); } },
        });
      `,
    },
    {
      name: 'middleware that clears an expired cookie is not a sign-out handler',
      filename: file('middleware.ts'),
      code: code`
        import { NextResponse, type NextRequest } from 'next/server';
        import { redis } from '@/lib/redis';
        export async function middleware(request: NextRequest) {
          const token = request.cookies.get('session')?.value;
          if (token && !(await redis.get(\`session:\${token}\`))) {
            const response = NextResponse.next();
            response.cookies.delete('session');
            return response;
          }
          return NextResponse.next();
        }
      `,
    },
    {
      name: 'a delete whose key the rule cannot compare is trusted',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        export default NextAuth({
          providers: [],
          callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
          events: { async signOut({ token }) { await redis.del(keyFor(token)); } },
        });
      `,
    },
    {
      name: 'suggestion output re-linted: events.signOut({ token }) added under the JWT strategy',
      filename: LIB_AUTH,
      code: code`
        import type { NextAuthOptions } from 'next-auth';
        import { redis } from './redis';
        export const authOptions: NextAuthOptions = {
          providers: [],
          callbacks: {
            async session({ session, token }) {
              await redis.set(\`session:\${token.sub}\`, JSON.stringify(session), 'EX', 60);
              return session;
            },
          },
          events: {
            async signOut({ token }) {
              await redis.del(\`session:\${token.sub}\`);
            },
          },
        };
      `,
    },
    {
      name: 'suggestion output re-linted: events.signOut({ session }) added under the database strategy',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        export default NextAuth({
          adapter: PrismaAdapter(prisma),
          providers: [],
          callbacks: {
            async session({ session, user }) {
              await redis.set(\`session:\${user.id}\`, JSON.stringify(session), 'EX', 60);
              return session;
            },
          },
          events: {
            async signOut({ session }) {
              await redis.del(\`session:\${session.userId}\`);
            },
          },
        });
      `,
    },
    {
      name: 'suggestion output re-linted: the narrowing form when the strategy is unknown',
      filename: V5_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './lib/redis';
        export const { auth, handlers } = NextAuth({
          adapter: process.env.DATABASE_URL ? PrismaAdapter(prisma) : undefined,
          providers: [],
          callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
          events: {
            async signOut(message) {
              const token = 'token' in message ? message.token : null;
              if (!token) return;
              await redis.del(\`session:\${token.sub}\`);
            },
          },
        });
      `,
    },
    {
      name: 'suggestion output re-linted: a delete inserted into an existing events.signOut',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        import { logger } from './logger';
        export default NextAuth({
          providers: [],
          callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
          events: {
            async signOut({ token }) {
              await redis.del(\`session:\${token.sub}\`);
              logger.info('signed out', token.sub);
            },
          },
        });
      `,
    },
    {
      name: 'suggestion output re-linted: Auth.js v5 gets the narrowing form its union type requires',
      filename: V5_AUTH,
      settings: settingsFor(5),
      code: code`
        import NextAuth from 'next-auth';
        import { Redis } from '@upstash/redis';
        const redis = Redis.fromEnv();
        export const { auth, handlers, signIn, signOut } = NextAuth({
          providers: [],
          session: { strategy: 'jwt' },
          callbacks: {
            async jwt({ token }) {
              const key = \`user:\${token.sub}\`;
              await redis.set(key, token, { ex: 300 });
              return token;
            },
          },
          events: {
            async signOut(message) {
              const token = 'token' in message ? message.token : null;
              if (!token) return;
              await redis.del(\`user:\${token.sub}\`);
            },
          },
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'next-auth v4 JWT: callbacks.session writes Redis, no events.signOut',
      filename: LIB_AUTH,
      settings: settingsFor(4),
      code: code`
        import type { NextAuthOptions } from 'next-auth';
        import { redis } from './redis';
        export const authOptions: NextAuthOptions = {
          providers: [],
          callbacks: {
            async session({ session, token }) {
              await redis.set(\`session:\${token.sub}\`, JSON.stringify(session), 'EX', 60);
              return session;
            },
          },
        };
      `,
      errors: [
        {
          messageId: 'noSignOutEvent', line: 7,
          suggestions: [
            {
              messageId: 'addSignOutDelete',
              output: code`
                import type { NextAuthOptions } from 'next-auth';
                import { redis } from './redis';
                export const authOptions: NextAuthOptions = {
                  providers: [],
                  callbacks: {
                    async session({ session, token }) {
                      await redis.set(\`session:\${token.sub}\`, JSON.stringify(session), 'EX', 60);
                      return session;
                    },
                  },
                  events: {
                    async signOut({ token }) {
                      await redis.del(\`session:\${token.sub}\`);
                    },
                  },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'next-auth v4 database strategy: callbacks.session caches by user.id, no events',
      filename: LIB_AUTH,
      settings: settingsFor(4),
      code: code`
        import NextAuth from 'next-auth';
        import { PrismaAdapter } from '@next-auth/prisma-adapter';
        import { redis } from './redis';
        export default NextAuth({
          adapter: PrismaAdapter(prisma),
          providers: [],
          callbacks: {
            async session({ session, user }) {
              await redis.set(\`session:\${user.id}\`, JSON.stringify(session), 'EX', 60);
              return session;
            },
          },
        });
      `,
      errors: [
        {
          messageId: 'noSignOutEvent',
          suggestions: [
            {
              messageId: 'addSignOutDelete',
              output: code`
                import NextAuth from 'next-auth';
                import { PrismaAdapter } from '@next-auth/prisma-adapter';
                import { redis } from './redis';
                export default NextAuth({
                  adapter: PrismaAdapter(prisma),
                  providers: [],
                  callbacks: {
                    async session({ session, user }) {
                      await redis.set(\`session:\${user.id}\`, JSON.stringify(session), 'EX', 60);
                      return session;
                    },
                  },
                  events: {
                    async signOut({ session }) {
                      await redis.del(\`session:\${session.userId}\`);
                    },
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'events without signOut: the handler goes into the existing events object',
      filename: LIB_AUTH,
      settings: settingsFor(4),
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        export default NextAuth({
          providers: [],
          callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
          events: {
            async signIn({ user }) { console.log(user.id); },
          },
        });
      `,
      errors: [
        {
          messageId: 'noSignOutEvent',
          suggestions: [
            {
              messageId: 'addSignOutDelete',
              output: code`
                import NextAuth from 'next-auth';
                import { redis } from './redis';
                export default NextAuth({
                  providers: [],
                  callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
                  events: {
                    async signIn({ user }) { console.log(user.id); },
                    async signOut({ token }) {
                      await redis.del(\`session:\${token.sub}\`);
                    },
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'events.signOut that only logs',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        import { logger } from './logger';
        export default NextAuth({
          providers: [],
          callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
          events: {
            async signOut({ token }) {
              logger.info('signed out', token.sub);
            },
          },
        });
      `,
      errors: [
        {
          messageId: 'signOutMissesCache',
          suggestions: [
            {
              messageId: 'addSignOutDelete',
              output: code`
                import NextAuth from 'next-auth';
                import { redis } from './redis';
                import { logger } from './logger';
                export default NextAuth({
                  providers: [],
                  callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
                  events: {
                    async signOut({ token }) {
                      await redis.del(\`session:\${token.sub}\`);
                      logger.info('signed out', token.sub);
                    },
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'strategy unknown (conditional adapter): the added handler narrows the argument',
      filename: V5_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './lib/redis';
        export const { auth, handlers } = NextAuth({
          adapter: process.env.DATABASE_URL ? PrismaAdapter(prisma) : undefined,
          providers: [],
          callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
        });
      `,
      errors: [
        {
          messageId: 'noSignOutEvent',
          suggestions: [
            {
              messageId: 'addSignOutDelete',
              output: code`
                import NextAuth from 'next-auth';
                import { redis } from './lib/redis';
                export const { auth, handlers } = NextAuth({
                  adapter: process.env.DATABASE_URL ? PrismaAdapter(prisma) : undefined,
                  providers: [],
                  callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
                  events: {
                    async signOut(message) {
                      const token = 'token' in message ? message.token : null;
                      if (!token) return;
                      await redis.del(\`session:\${token.sub}\`);
                    },
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'events.signOut deletes by token.jti, the cache is keyed by token.sub',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        export default NextAuth({
          providers: [],
          callbacks: { async jwt({ token }) { await redis.set(\`session:\${token.sub}\`, JSON.stringify(token)); return token; } },
          events: { async signOut({ token }) { await redis.del(\`session:\${token.jti}\`); } },
        });
      `,
      errors: [{ messageId: 'keyMismatch', data: { deleteKey: 'session:${the token id (jti)}', cacheKey: 'session:${the user id}', verb: 'written' } }],
    },
    {
      name: 'Auth.js v5 with @upstash/redis: a const key in callbacks.jwt, no events',
      filename: V5_AUTH,
      settings: settingsFor(5),
      code: code`
        import NextAuth from 'next-auth';
        import { Redis } from '@upstash/redis';
        const redis = Redis.fromEnv();
        export const { auth, handlers, signIn, signOut } = NextAuth({
          providers: [],
          session: { strategy: 'jwt' },
          callbacks: {
            async jwt({ token }) {
              const key = \`user:\${token.sub}\`;
              await redis.set(key, token, { ex: 300 });
              return token;
            },
          },
        });
      `,
      errors: [
        {
          messageId: 'noSignOutEvent',
          suggestions: [
            {
              messageId: 'addSignOutDelete',
              output: code`
                import NextAuth from 'next-auth';
                import { Redis } from '@upstash/redis';
                const redis = Redis.fromEnv();
                export const { auth, handlers, signIn, signOut } = NextAuth({
                  providers: [],
                  session: { strategy: 'jwt' },
                  callbacks: {
                    async jwt({ token }) {
                      const key = \`user:\${token.sub}\`;
                      await redis.set(key, token, { ex: 300 });
                      return token;
                    },
                  },
                  events: {
                    async signOut(message) {
                      const token = 'token' in message ? message.token : null;
                      if (!token) return;
                      await redis.del(\`user:\${token.sub}\`);
                    },
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a write helper named like a cache writer: reported, no suggestion without a key',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { cacheSession } from './session-cache';
        export default NextAuth({
          providers: [],
          callbacks: { async session({ session, token }) { await cacheSession(token.sub, session); return session; } },
        });
      `,
      errors: [{ messageId: 'noSignOutEvent', data: { callback: 'session', verb: 'writes', client: 'cacheSession()' }, suggestions: [] }],
    },
    {
      name: 'a write helper named in settings cacheWrites',
      filename: LIB_AUTH,
      settings: settingsFor(4, { cacheWrites: [{ from: 'package', package: '@acme/session-store', name: 'remember' }] }),
      code: code`
        import NextAuth from 'next-auth';
        import { remember } from '@acme/session-store';
        export default NextAuth({
          providers: [],
          callbacks: { async jwt({ token }) { await remember(token.sub, token); return token; } },
        });
      `,
      errors: [{ messageId: 'noSignOutEvent', suggestions: [] }],
    },
    {
      name: 'a module-level Map session cache: the suggestion deletes with Map#delete',
      filename: LIB_AUTH,
      settings: settingsFor(4),
      code: code`
        import NextAuth from 'next-auth';
        const sessionCache = new Map<string, unknown>();
        export default NextAuth({
          providers: [],
          callbacks: { session({ session, token }) { sessionCache.set(\`session:\${token.sub}\`, session); return session; } },
        });
      `,
      errors: [
        {
          messageId: 'noSignOutEvent',
          suggestions: [
            {
              messageId: 'addSignOutDelete',
              output: code`
                import NextAuth from 'next-auth';
                const sessionCache = new Map<string, unknown>();
                export default NextAuth({
                  providers: [],
                  callbacks: { session({ session, token }) { sessionCache.set(\`session:\${token.sub}\`, session); return session; } },
                  events: {
                    async signOut({ token }) {
                      sessionCache.delete(\`session:\${token.sub}\`);
                    },
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'logout route: deletes the session cookie, never the Redis entry this file reads',
      filename: LOGOUT_ROUTE,
      code: code`
        import { cookies } from 'next/headers';
        import { NextResponse } from 'next/server';
        import { getCachedSession } from '@/lib/session-cache';
        export async function POST() {
          const store = await cookies();
          const token = store.get('next-auth.session-token')?.value;
          const session = token ? await getCachedSession(token) : null;
          store.delete('next-auth.session-token');
          return NextResponse.json({ signedOut: Boolean(session) });
        }
      `,
      errors: [{ messageId: 'logoutMissesCache', line: 8, data: { action: 'clears the session cookie', verb: 'reads', client: 'getCachedSession()' } }],
    },
    {
      name: 'logout route: a Set-Cookie header with Max-Age=0 in the response init',
      filename: LOGOUT_ROUTE,
      code: code`
        import { redis } from '@/lib/redis';
        export async function POST(request: Request) {
          const sid = request.headers.get('x-session-id');
          await redis.set(\`session:\${sid}:last-seen\`, Date.now());
          return new Response(null, { status: 204, headers: { 'Set-Cookie': 'session=; Path=/; Max-Age=0' } });
        }
      `,
      errors: [{ messageId: 'logoutMissesCache', data: { action: 'expires the session cookie', verb: 'writes', client: 'redis' } }],
    },
    {
      name: 'pages/api logout: res.setHeader Set-Cookie with an Expires in 1970',
      filename: PAGES_LOGOUT,
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        import { redis } from '@/lib/redis';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const session = await redis.get(\`session:\${req.cookies.token}\`);
          res.setHeader('Set-Cookie', 'token=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT');
          res.status(200).json({ ok: Boolean(session) });
        }
      `,
      errors: [{ messageId: 'logoutMissesCache', line: 5 }],
    },
    {
      name: 'Lucia: invalidateSession in an action while the file caches the session in Redis',
      filename: ACTIONS,
      code: code`
        'use server';
        import { lucia, validateRequest } from '@/lib/auth';
        import { redis } from '@/lib/redis';
        export async function logout() {
          const { session } = await validateRequest();
          if (!session) return { error: 'Unauthorized' };
          await lucia.invalidateSession(session.id);
          return { ok: true };
        }
        export async function rememberSession() {
          const { session, user } = await validateRequest();
          if (session) await redis.set(\`session:\${session.id}\`, JSON.stringify(user), 'EX', 60);
        }
      `,
      errors: [{ messageId: 'logoutMissesCache', line: 7, data: { action: 'signs the user out (Lucia)', verb: 'writes', client: 'redis' } }],
    },
    {
      name: 'iron-session: session.destroy() while the file reads the cached user',
      filename: LOGOUT_ROUTE,
      code: code`
        import { getIronSession } from 'iron-session';
        import { cookies } from 'next/headers';
        import { kv } from '@vercel/kv';
        export async function POST() {
          const session = await getIronSession<{ userId?: string }>(await cookies(), { password: process.env.SECRET!, cookieName: 'app_session' });
          const user = await kv.get(\`user:\${session.userId}\`);
          session.destroy();
          return Response.json({ bye: user });
        }
      `,
      errors: [{ messageId: 'logoutMissesCache', line: 7, data: { action: 'clears the session cookie (iron-session)', verb: 'reads', client: '@vercel/kv' } }],
    },
    {
      name: 'Auth.js v5 server action: signOut() from @/auth while the file caches the profile',
      filename: ACTIONS,
      code: code`
        'use server';
        import { auth, signOut } from '@/auth';
        import { kv } from '@vercel/kv';
        export async function signOutAction() {
          await signOut({ redirectTo: '/' });
        }
        export async function loadProfile() {
          const session = await auth();
          return session?.user?.id ? kv.get(\`user:\${session.user.id}\`) : null;
        }
      `,
      errors: [{ messageId: 'logoutMissesCache', line: 5, data: { action: 'signs the user out (Auth.js v5)', verb: 'reads', client: '@vercel/kv' } }],
    },
    {
      name: 'Supabase: server auth.signOut() in a route that caches the user',
      filename: LOGOUT_ROUTE,
      code: code`
        import { createClient } from '@/utils/supabase/server';
        import { redis } from '@/lib/redis';
        export async function POST() {
          const supabase = await createClient();
          const { data: { user } } = await supabase.auth.getUser();
          await redis.set(\`user:\${user?.id}:logout\`, Date.now());
          await supabase.auth.signOut();
          return Response.json({ ok: true });
        }
      `,
      errors: [{ messageId: 'logoutMissesCache', line: 7 }],
    },
    {
      name: 'logout deletes by the raw cookie value, but the cache is keyed by the user id',
      filename: LOGOUT_ROUTE,
      code: code`
        import { cookies } from 'next/headers';
        import { getServerSession } from 'next-auth';
        import { authOptions } from '@/lib/auth';
        import { redis } from '@/lib/redis';
        export async function GET() {
          const session = await getServerSession(authOptions);
          if (!session?.user) return Response.json({}, { status: 401 });
          await redis.set(\`session:\${session.user.id}\`, JSON.stringify(session), 'EX', 60);
          return Response.json(session);
        }
        export async function POST() {
          const store = await cookies();
          const raw = store.get('next-auth.session-token')?.value;
          await redis.del(\`session:\${raw}\`);
          store.delete('next-auth.session-token');
          return Response.json({ ok: true });
        }
      `,
      errors: [{ messageId: 'keyMismatch', line: 14, data: { deleteKey: 'session:${the raw cookie value}', cacheKey: 'session:${the user id}', verb: 'written' } }],
    },
    {
      name: 'a sign-out wrapper named in settings signOuts',
      filename: LOGOUT_ROUTE,
      settings: settingsFor(4, { signOuts: [{ from: 'file', path: 'lib/session.ts', name: 'endSession' }] }),
      code: code`
        import { endSession } from '@/lib/session';
        import { sessionCache } from '@/lib/cache';
        export async function POST(request: Request) {
          const id = request.headers.get('x-session');
          const cached = sessionCache.get(\`session:\${id}\`);
          await endSession(id);
          return Response.json({ ok: Boolean(cached) });
        }
      `,
      errors: [{ messageId: 'logoutMissesCache', line: 6, data: { action: 'signs the user out (a sign-out helper)', verb: 'reads', client: 'sessionCache' } }],
    },
    {
      name: 'response.cookies.delete of the Auth.js v5 cookie in a route that reads the cached session',
      filename: LOGOUT_ROUTE,
      code: code`
        import { NextResponse, type NextRequest } from 'next/server';
        import { redis } from '@/lib/redis';
        export async function POST(request: NextRequest) {
          const token = request.cookies.get('authjs.session-token')?.value;
          const cached = await redis.get(\`session:\${token}\`);
          const response = NextResponse.json({ had: Boolean(cached) });
          response.cookies.delete('authjs.session-token');
          return response;
        }
      `,
      errors: [{ messageId: 'logoutMissesCache', line: 7 }],
    },
    {
      name: 'response.cookies.set(name, "", { maxAge: 0 }) clears the cookie too',
      filename: LOGOUT_ROUTE,
      code: code`
        import { NextResponse } from 'next/server';
        import { redis } from '@/lib/redis';
        export async function POST(request: Request) {
          const sid = request.headers.get('x-sid');
          const user = await redis.hgetall(\`session:\${sid}\`);
          const response = NextResponse.json({ user });
          response.cookies.set('session', '', { maxAge: 0, path: '/' });
          return response;
        }
      `,
      errors: [{ messageId: 'logoutMissesCache', line: 7 }],
    },
    {
      name: 'Better Auth: auth.api.signOut in a route that caches the session',
      filename: LOGOUT_ROUTE,
      code: code`
        import { auth } from '@/lib/auth';
        import { headers } from 'next/headers';
        import { redis } from '@/lib/redis';
        export async function POST() {
          const session = await auth.api.getSession({ headers: await headers() });
          await redis.set(\`session:\${session?.user.id}\`, JSON.stringify(session));
          await auth.api.signOut({ headers: await headers() });
          return Response.json({ ok: true });
        }
      `,
      errors: [{ messageId: 'logoutMissesCache', line: 7, data: { action: 'signs the user out (Better Auth)', verb: 'writes', client: 'redis' } }],
    },
    {
      name: 'pages/api [...nextauth]: callbacks.jwt caches, no events',
      filename: file('pages/api/auth/[...nextauth].ts'),
      settings: settingsFor(4),
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from '@/lib/redis';
        export default NextAuth({
          providers: [],
          callbacks: {
            jwt: async ({ token }) => {
              await redis.set(\`session:\${token.sub}\`, JSON.stringify(token), 'EX', 3600);
              return token;
            },
          },
        });
      `,
      errors: [
        {
          messageId: 'noSignOutEvent',
          suggestions: [
            {
              messageId: 'addSignOutDelete',
              output: code`
                import NextAuth from 'next-auth';
                import { redis } from '@/lib/redis';
                export default NextAuth({
                  providers: [],
                  callbacks: {
                    jwt: async ({ token }) => {
                      await redis.set(\`session:\${token.sub}\`, JSON.stringify(token), 'EX', 3600);
                      return token;
                    },
                  },
                  events: {
                    async signOut({ token }) {
                      await redis.del(\`session:\${token.sub}\`);
                    },
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a same-file key builder called with a different value in the delete',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        function sessionKey(id: unknown) { return \`s:\${id}\`; }
        export default NextAuth({
          providers: [],
          callbacks: { async jwt({ token }) { await redis.set(sessionKey(token.sub), JSON.stringify(token)); return token; } },
          events: { async signOut({ token }) { await redis.del(sessionKey(token.jti)); } },
        });
      `,
      errors: [{ messageId: 'keyMismatch' }],
    },
    {
      name: 'callbacks.session reads through a same-file helper that reads the cache',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        async function cachedProfile(userId?: string) {
          return redis.get(\`profile:\${userId}\`);
        }
        export default NextAuth({
          providers: [],
          callbacks: { async session({ session, token }) { session.profile = await cachedProfile(token.sub); return session; } },
          events: { async signOut() {} },
        });
      `,
      errors: [{ messageId: 'signOutMissesCache', line: 4, suggestions: [] }],
    },
  ],
});
