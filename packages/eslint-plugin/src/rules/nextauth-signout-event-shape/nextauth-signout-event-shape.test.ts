import { code, createRuleTester, file } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './nextauth-signout-event-shape.rule.js';

const ruleTester = createRuleTester();
const LIB_AUTH = file('lib/auth.ts');
const V5_AUTH = file('auth.ts');
const AUTH_CONFIG = file('auth.config.ts');
const PAGES_ROUTE = file('pages/api/auth/[...nextauth].ts');

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'next-auth v4, JWT strategy (no adapter): destructures { token }',
      filename: LIB_AUTH,
      code: code`
        import type { NextAuthOptions } from 'next-auth';
        import { redis } from './redis';
        export const authOptions: NextAuthOptions = {
          providers: [],
          events: {
            async signOut({ token }) {
              await redis.del(\`session:\${token.sub}\`);
            },
          },
        };
      `,
    },
    {
      name: 'next-auth v4, database strategy (adapter): destructures { session }',
      filename: LIB_AUTH,
      code: code`
        import type { NextAuthOptions } from 'next-auth';
        import { PrismaAdapter } from '@next-auth/prisma-adapter';
        import { prisma } from './db';
        export const authOptions: NextAuthOptions = {
          adapter: PrismaAdapter(prisma),
          providers: [],
          events: {
            async signOut({ session }) {
              await prisma.auditLog.create({ data: { userId: session.userId } });
            },
          },
        };
      `,
    },
    {
      name: 'explicit strategy jwt wins over an adapter: { token }',
      filename: LIB_AUTH,
      code: code`
        import type { NextAuthOptions } from 'next-auth';
        export const authOptions: NextAuthOptions = {
          adapter: PrismaAdapter(prisma),
          session: { strategy: 'jwt' },
          providers: [],
          events: { signOut: async ({ token }) => { await revoke(token.jti); } },
        };
      `,
    },
    {
      name: 'explicit database strategy: message.session read',
      filename: LIB_AUTH,
      code: code`
        export const authOptions = {
          providers: [],
          session: { strategy: 'database' },
          events: { async signOut(message) { log(message.session.userId); } },
        };
      `,
    },
    {
      name: 'unknown strategy: narrowed with if/else on \'token\' in message',
      filename: V5_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import authConfig from './auth.config';
        export const { auth, handlers, signOut } = NextAuth({
          ...authConfig,
          events: {
            async signOut(message) {
              if ('token' in message) await revoke(message.token?.jti);
              else await deleteSession(message.session?.sessionToken);
            },
          },
        });
      `,
    },
    {
      name: 'unknown strategy: early return narrows what follows',
      filename: V5_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import authConfig from './auth.config';
        export const { auth } = NextAuth({
          ...authConfig,
          events: {
            async signOut(message) {
              if (!('token' in message)) return;
              await revoke(message.token.jti);
            },
          },
        });
      `,
    },
    {
      name: 'unknown strategy: the && and ?: narrowing forms',
      filename: V5_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import authConfig from './auth.config';
        export const { auth } = NextAuth({
          ...authConfig,
          events: {
            signOut: message => {
              const id = 'token' in message ? message.token?.sub : message.session.userId;
              return 'session' in message && message.session.userId === id;
            },
          },
        });
      `,
    },
    {
      name: 'unknown strategy: reading both shapes handles either',
      filename: V5_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import authConfig from './auth.config';
        export const { auth } = NextAuth({
          ...authConfig,
          events: { async signOut({ token, session }) { await revoke(token?.sub ?? session?.userId); } },
        });
      `,
    },
    {
      name: 'Auth.js v5 NextAuth() with no adapter: arrow reading { token }',
      filename: V5_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import GitHub from 'next-auth/providers/github';
        export const { auth, handlers } = NextAuth({
          providers: [GitHub],
          events: { signOut: async ({ token }) => revoke(token?.jti) },
        });
      `,
    },
    {
      name: 'Auth.js v5 lazy initialisation with an adapter: { session }',
      filename: V5_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { DrizzleAdapter } from '@auth/drizzle-adapter';
        export const { auth } = NextAuth(() => ({
          adapter: DrizzleAdapter(db),
          providers: [],
          events: { async signOut({ session }) { await audit(session.userId); } },
        }));
      `,
    },
    {
      name: 'events.signOut as a same-file function under the JWT strategy',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        async function onSignOut({ token }) { await revoke(token.jti); }
        export default NextAuth({ providers: [], events: { signOut: onSignOut } });
      `,
    },
    {
      name: 'a narrowed read of the other shape is dead code, not a bug',
      filename: LIB_AUTH,
      code: code`
        export const authOptions = {
          providers: [],
          events: {
            async signOut(message) {
              if ('session' in message) await audit(message.session.userId);
            },
          },
        };
      `,
    },
    {
      name: 'no events.signOut',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        export default NextAuth({ providers: [], events: { async signIn({ user }) { log(user.id); } } });
      `,
    },
    {
      name: 'events.signOut without parameters',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        export default NextAuth({ adapter: PrismaAdapter(prisma), providers: [], events: { signOut() { metrics.increment('signout'); } } });
      `,
    },
    {
      name: 'events.signOut imported from another module is not analysed here',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { onSignOut } from './events';
        export default NextAuth({ adapter: PrismaAdapter(prisma), providers: [], events: { signOut: onSignOut } });
      `,
    },
    {
      name: 'an events object outside any NextAuth config',
      filename: file('lib/emitter.ts'),
      code: code`
        export const events = { signOut({ session }) { console.log(session); } };
      `,
    },
    {
      name: 'Better Auth config is not a NextAuth config',
      filename: LIB_AUTH,
      code: code`
        import { betterAuth } from 'better-auth';
        export const auth = betterAuth({
          database: pool,
          hooks: { after: async ({ session }) => log(session) },
        });
      `,
    },
    {
      name: 'pages/api NextAuth() with an adapter: method reading { session }',
      filename: PAGES_ROUTE,
      code: code`
        import NextAuth from 'next-auth';
        export default NextAuth({
          adapter: MongoDBAdapter(clientPromise),
          providers: [],
          events: { async signOut({ session }) { await audit(session.sessionToken); } },
        });
      `,
    },
    {
      name: 'a partial v5 auth.config.ts may be spread into a database config: narrowed read stays clean',
      filename: AUTH_CONFIG,
      code: code`
        import type { NextAuthConfig } from 'next-auth';
        export default {
          providers: [],
          events: { async signOut(message) { if ('session' in message) await audit(message.session.userId); } },
        } satisfies NextAuthConfig;
      `,
    },
    {
      name: 'suggestion output re-linted: the narrowing form of a destructured { session } under JWT',
      filename: LIB_AUTH,
      code: code`
        import type { NextAuthOptions } from 'next-auth';
        import { redis } from './redis';
        export const authOptions: NextAuthOptions = {
          providers: [],
          events: {
            async signOut(message) {
              if (!('session' in message)) return;
              const { session } = message;
              await redis.del(\`session:\${session.user.id}\`);
            },
          },
        };
      `,
    },
    {
      name: 'suggestion output re-linted: an expression-bodied arrow turned into a narrowed block',
      filename: V5_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        export const { auth } = NextAuth(req => ({
          adapter: DrizzleAdapter(db),
          providers: [],
          events: { signOut: (message) => {
            if (!('token' in message)) return;
            const { token } = message;
            return revoke(token.jti);
          } },
        }));
      `,
    },
    {
      name: 'an adapter: undefined is the JWT strategy',
      filename: LIB_AUTH,
      code: code`
        export const authOptions = {
          adapter: undefined,
          providers: [],
          events: { async signOut({ token }) { await revoke(token.jti); } },
        };
      `,
    },
    {
      name: 'the shapes signout-invalidates-server-cache suggests: { session } under the database strategy',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './redis';
        export default NextAuth({
          adapter: PrismaAdapter(prisma),
          providers: [],
          events: {
            async signOut({ session }) {
              await redis.del(\`session:\${session.userId}\`);
            },
          },
        });
      `,
    },
    {
      name: 'the shapes signout-invalidates-server-cache suggests: the narrowing form when the strategy is unknown',
      filename: V5_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import { redis } from './lib/redis';
        export const { auth } = NextAuth({
          adapter: process.env.DATABASE_URL ? PrismaAdapter(prisma) : undefined,
          providers: [],
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
  invalid: [
    {
      name: 'next-auth v4 JWT strategy: destructures { session }, which is never passed',
      filename: LIB_AUTH,
      code: code`
        import type { NextAuthOptions } from 'next-auth';
        import { redis } from './redis';
        export const authOptions: NextAuthOptions = {
          providers: [],
          events: {
            async signOut({ session }) {
              await redis.del(\`session:\${session.user.id}\`);
            },
          },
        };
      `,
      errors: [
        {
          messageId: 'neverPassed',
          line: 6,
          data: { key: 'session', passed: 'token', reason: 'no adapter (the JWT strategy)' },
          suggestions: [
            {
              messageId: 'narrow',
              output: code`
                import type { NextAuthOptions } from 'next-auth';
                import { redis } from './redis';
                export const authOptions: NextAuthOptions = {
                  providers: [],
                  events: {
                    async signOut(message) {
                      if (!('session' in message)) return;
                      const { session } = message;
                      await redis.del(\`session:\${session.user.id}\`);
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
      name: 'next-auth v4 database strategy (adapter): destructures { token }',
      filename: LIB_AUTH,
      code: code`
        import type { NextAuthOptions } from 'next-auth';
        export const authOptions: NextAuthOptions = {
          adapter: PrismaAdapter(prisma),
          providers: [],
          events: { async signOut({ token }) { await redis.del(\`session:\${token.sub}\`); } },
        };
      `,
      errors: [
        {
          messageId: 'neverPassed',
          data: { key: 'token', passed: 'session', reason: 'an adapter and no `session.strategy` (the database strategy)' },
          suggestions: [
            {
              messageId: 'narrow',
              output: code`
                import type { NextAuthOptions } from 'next-auth';
                export const authOptions: NextAuthOptions = {
                  adapter: PrismaAdapter(prisma),
                  providers: [],
                  events: { async signOut(message) { if (!('token' in message)) return; const { token } = message; await redis.del(\`session:\${token.sub}\`); } },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: "explicit strategy 'jwt' with an adapter: message.session read",
      filename: LIB_AUTH,
      code: code`
        export const authOptions = {
          adapter: PrismaAdapter(prisma),
          session: { strategy: 'jwt', maxAge: 3600 },
          providers: [],
          events: {
            async signOut(message) {
              await prisma.session.delete({ where: { sessionToken: message.session.sessionToken } });
            },
          },
        };
      `,
      errors: [
        {
          messageId: 'neverPassed',
          data: { key: 'session', passed: 'token', reason: "`session.strategy: 'jwt'`" },
          suggestions: [
            {
              messageId: 'narrow',
              output: code`
                export const authOptions = {
                  adapter: PrismaAdapter(prisma),
                  session: { strategy: 'jwt', maxAge: 3600 },
                  providers: [],
                  events: {
                    async signOut(message) {
                      if (!('session' in message)) return;
                      await prisma.session.delete({ where: { sessionToken: message.session.sessionToken } });
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
      name: "explicit strategy 'database': message.token?.sub read",
      filename: LIB_AUTH,
      code: code`
        export const authOptions = {
          providers: [],
          session: { strategy: 'database' },
          events: { signOut: async (message) => revoke(message.token?.sub) },
        };
      `,
      errors: [
        {
          messageId: 'neverPassed',
          data: { key: 'token', passed: 'session', reason: "`session.strategy: 'database'`" },
          suggestions: [
            {
              messageId: 'narrow',
              output: code`
                export const authOptions = {
                  providers: [],
                  session: { strategy: 'database' },
                  events: { signOut: async (message) => {
                    if (!('token' in message)) return;
                    return revoke(message.token?.sub);
                  } },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: "v4's types claim both: { session, token } under JWT flags session only, without a one-shape rewrite",
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        export default NextAuth({
          providers: [],
          events: { async signOut({ session, token }) { await audit(session?.userId ?? token.sub); } },
        });
      `,
      errors: [{ messageId: 'neverPassed', data: { key: 'session', passed: 'token', reason: 'no adapter (the JWT strategy)' }, suggestions: [] }],
    },
    {
      name: 'unknown strategy (spread config): destructures { token } only',
      filename: V5_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        import authConfig from './auth.config';
        export const { auth } = NextAuth({
          ...authConfig,
          events: { signOut: async ({ token }) => { await revoke(token.jti); } },
        });
      `,
      errors: [
        {
          messageId: 'unknownStrategy',
          data: { key: 'token', other: 'session' },
          suggestions: [
            {
              messageId: 'narrow',
              output: code`
                import NextAuth from 'next-auth';
                import authConfig from './auth.config';
                export const { auth } = NextAuth({
                  ...authConfig,
                  events: { signOut: async (message) => { if (!('token' in message)) return; const { token } = message; await revoke(token.jti); } },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'unknown strategy (conditional adapter): message.session read without narrowing',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        export default NextAuth({
          adapter: process.env.DATABASE_URL ? PrismaAdapter(prisma) : undefined,
          providers: [],
          events: {
            async signOut(message) {
              await audit(message.session.userId);
            },
          },
        });
      `,
      errors: [
        {
          messageId: 'unknownStrategy',
          line: 7,
          suggestions: [
            {
              messageId: 'narrow',
              output: code`
                import NextAuth from 'next-auth';
                export default NextAuth({
                  adapter: process.env.DATABASE_URL ? PrismaAdapter(prisma) : undefined,
                  providers: [],
                  events: {
                    async signOut(message) {
                      if (!('session' in message)) return;
                      await audit(message.session.userId);
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
      name: 'unknown strategy: destructured from the message inside the body',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        export default NextAuth({
          adapter: process.env.DB ? PrismaAdapter(prisma) : undefined,
          providers: [],
          events: {
            async signOut(message) {
              const { token } = message;
              await revoke(token.jti);
            },
          },
        });
      `,
      errors: [
        {
          messageId: 'unknownStrategy',
          line: 7,
          suggestions: [
            {
              messageId: 'narrow',
              output: code`
                import NextAuth from 'next-auth';
                export default NextAuth({
                  adapter: process.env.DB ? PrismaAdapter(prisma) : undefined,
                  providers: [],
                  events: {
                    async signOut(message) {
                      if (!('token' in message)) return;
                      const { token } = message;
                      await revoke(token.jti);
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
      name: 'unknown strategy: a computed session.strategy',
      filename: LIB_AUTH,
      code: code`
        export const authOptions = {
          providers: [],
          session: { strategy: process.env.SESSION_STRATEGY },
          events: { async signOut(message) { await revoke(message.token.jti); } },
        };
      `,
      errors: [{ messageId: 'unknownStrategy', suggestions: [{ messageId: 'narrow', output: code`
        export const authOptions = {
          providers: [],
          session: { strategy: process.env.SESSION_STRATEGY },
          events: { async signOut(message) { if (!('token' in message)) return; await revoke(message.token.jti); } },
        };
      ` }] }],
    },
    {
      name: 'a partial v5 auth.config.ts: { session } only, the strategy is decided elsewhere',
      filename: AUTH_CONFIG,
      code: code`
        import type { NextAuthConfig } from 'next-auth';
        export default {
          providers: [],
          events: {
            async signOut({ session }) {
              await audit(session.userId);
            },
          },
        } satisfies NextAuthConfig;
      `,
      errors: [
        {
          messageId: 'unknownStrategy',
          suggestions: [
            {
              messageId: 'narrow',
              output: code`
                import type { NextAuthConfig } from 'next-auth';
                export default {
                  providers: [],
                  events: {
                    async signOut(message) {
                      if (!('session' in message)) return;
                      const { session } = message;
                      await audit(session.userId);
                    },
                  },
                } satisfies NextAuthConfig;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Auth.js v5 lazy initialisation with an adapter: expression-bodied arrow reads { token }',
      filename: V5_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        export const { auth } = NextAuth(req => ({
          adapter: DrizzleAdapter(db),
          providers: [],
          events: { signOut: ({ token }) => revoke(token.jti) },
        }));
      `,
      errors: [
        {
          messageId: 'neverPassed',
          suggestions: [
            {
              messageId: 'narrow',
              output: code`
                import NextAuth from 'next-auth';
                export const { auth } = NextAuth(req => ({
                  adapter: DrizzleAdapter(db),
                  providers: [],
                  events: { signOut: (message) => {
                    if (!('token' in message)) return;
                    const { token } = message;
                    return revoke(token.jti);
                  } },
                }));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an adapter from a same-file spread decides the database strategy',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        const base = { adapter: PrismaAdapter(prisma), providers: [] };
        export default NextAuth({ ...base, events: { async signOut({ token }) { await revoke(token.jti); } } });
      `,
      errors: [{ messageId: 'neverPassed', data: { key: 'token', passed: 'session', reason: 'an adapter and no `session.strategy` (the database strategy)' }, suggestions: [{ messageId: 'narrow', output: code`
        import NextAuth from 'next-auth';
        const base = { adapter: PrismaAdapter(prisma), providers: [] };
        export default NextAuth({ ...base, events: { async signOut(message) { if (!('token' in message)) return; const { token } = message; await revoke(token.jti); } } });
      ` }] }],
    },
    {
      name: 'pages/api [...nextauth] with an adapter: method destructures { token }',
      filename: PAGES_ROUTE,
      code: code`
        import NextAuth from 'next-auth';
        export default NextAuth({
          adapter: MongoDBAdapter(clientPromise),
          providers: [],
          events: {
            async signOut({ token }) {
              await fetch(\`https://idp.example.com/logout?id_token_hint=\${token.idToken}\`);
            },
          },
        });
      `,
      errors: [
        {
          messageId: 'neverPassed',
          line: 6,
          suggestions: [
            {
              messageId: 'narrow',
              output: code`
                import NextAuth from 'next-auth';
                export default NextAuth({
                  adapter: MongoDBAdapter(clientPromise),
                  providers: [],
                  events: {
                    async signOut(message) {
                      if (!('token' in message)) return;
                      const { token } = message;
                      await fetch(\`https://idp.example.com/logout?id_token_hint=\${token.idToken}\`);
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
      name: 'a typed parameter keeps its annotation in the rewrite',
      filename: LIB_AUTH,
      code: code`
        import type { NextAuthOptions, Session } from 'next-auth';
        export const authOptions: NextAuthOptions = {
          providers: [],
          events: {
            async signOut({ session }: { session: Session }) {
              await audit(session.user?.email);
            },
          },
        };
      `,
      errors: [
        {
          messageId: 'neverPassed',
          suggestions: [
            {
              messageId: 'narrow',
              output: code`
                import type { NextAuthOptions, Session } from 'next-auth';
                export const authOptions: NextAuthOptions = {
                  providers: [],
                  events: {
                    async signOut(message: { session: Session }) {
                      if (!('session' in message)) return;
                      const { session } = message;
                      await audit(session.user?.email);
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
      name: 'events.signOut as a same-file function declaration reading { session } under JWT',
      filename: LIB_AUTH,
      code: code`
        import NextAuth from 'next-auth';
        async function onSignOut({ session }) {
          await audit(session.userId);
        }
        export default NextAuth({ providers: [], events: { signOut: onSignOut } });
      `,
      errors: [
        {
          messageId: 'neverPassed',
          line: 2,
          suggestions: [
            {
              messageId: 'narrow',
              output: code`
                import NextAuth from 'next-auth';
                async function onSignOut(message) {
                  if (!('session' in message)) return;
                  const { session } = message;
                  await audit(session.userId);
                }
                export default NextAuth({ providers: [], events: { signOut: onSignOut } });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'authOptions recognised by name, passed to getServerSession: message.session under JWT',
      filename: LIB_AUTH,
      code: code`
        import { getServerSession } from 'next-auth/next';
        const options = {
          providers: [],
          events: { async signOut(message) { await audit(message.session.userId); } },
        };
        export const getSession = () => getServerSession(options);
      `,
      errors: [
        {
          messageId: 'neverPassed',
          suggestions: [
            {
              messageId: 'narrow',
              output: code`
                import { getServerSession } from 'next-auth/next';
                const options = {
                  providers: [],
                  events: { async signOut(message) { if (!('session' in message)) return; await audit(message.session.userId); } },
                };
                export const getSession = () => getServerSession(options);
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a truthiness check is not narrowing: if (message.session) under JWT never runs',
      filename: LIB_AUTH,
      code: code`
        export const authOptions = {
          providers: [],
          events: {
            async signOut(message) {
              if (message.session) await audit(message.session.userId);
            },
          },
        };
      `,
      errors: [11, 40].map(column => ({
        messageId: 'neverPassed' as const,
        line: 5,
        column,
        suggestions: [
          {
            messageId: 'narrow' as const,
            output: code`
              export const authOptions = {
                providers: [],
                events: {
                  async signOut(message) {
                    if (!('session' in message)) return;
                    if (message.session) await audit(message.session.userId);
                  },
                },
              };
            `,
          },
        ],
      })),
    },
    {
      name: 'a destructuring default value: ({ session } = {}) under JWT',
      filename: LIB_AUTH,
      code: code`
        export const authOptions = {
          providers: [],
          events: { async signOut({ session } = {}) { await audit(session?.userId); } },
        };
      `,
      errors: [{ messageId: 'neverPassed', suggestions: [] }],
    },
    {
      name: 'require() of next-auth (CommonJS) with an adapter: { token }',
      filename: file('pages/api/auth/[...nextauth].js'),
      code: code`
        const NextAuth = require('next-auth');
        module.exports = NextAuth({
          adapter: FirestoreAdapter(firestore),
          providers: [],
          events: { async signOut({ token }) { await revoke(token.sub); } },
        });
      `,
      errors: [
        {
          messageId: 'neverPassed',
          suggestions: [
            {
              messageId: 'narrow',
              output: code`
                const NextAuth = require('next-auth');
                module.exports = NextAuth({
                  adapter: FirestoreAdapter(firestore),
                  providers: [],
                  events: { async signOut(message) { if (!('token' in message)) return; const { token } = message; await revoke(token.sub); } },
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});
