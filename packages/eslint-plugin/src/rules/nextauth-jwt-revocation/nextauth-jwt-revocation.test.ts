import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './nextauth-jwt-revocation.rule.js';

const ruleTester = createRuleTester();
const AUTH = file('lib/auth.ts');
const ROUTE = file('app/api/auth/[...nextauth]/route.ts');
const V4 = settingsFor(4);
const V5 = settingsFor(5);
const THROW = "throw new Error('Session revoked');";

type Case = Pick<InvalidTestCase<'emptyTokenKeepsSession' | 'throwInstead', []>, 'name' | 'filename' | 'settings' | 'code'>;

/** An invalid case with one report per empty exit, in source order, each suggesting a throw in its place. */
function emptyExits(test: Case, exits: readonly string[]): InvalidTestCase<'emptyTokenKeepsSession' | 'throwInstead', []> {
  return {
    ...test,
    errors: exits.map(exit => ({
      messageId: 'emptyTokenKeepsSession' as const,
      suggestions: [{ messageId: 'throwInstead' as const, output: test.code.replace(exit, THROW) }],
    })),
  };
}

const v4Options = (jwt: string): string => code`
  import type { NextAuthOptions } from 'next-auth';
  import CredentialsProvider from 'next-auth/providers/credentials';
  import { db } from '@/lib/db';
  export const authOptions: NextAuthOptions = {
    providers: [CredentialsProvider({ credentials: {}, authorize: async () => null })],
    callbacks: {
      ${jwt}
    },
  };
`;

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'v4: throwing on a revoked token (next-auth clears the cookies)',
      filename: AUTH,
      settings: V4,
      code: v4Options(`async jwt({ token }) {
        const user = await db.user.findUnique({ where: { id: token.sub } });
        if (!user || user.passwordChangedAt > token.iat * 1000) throw new Error('Session revoked');
        return token;
      },`),
    },
    {
      name: 'v4: returning the token with an error flag',
      filename: AUTH,
      settings: V4,
      code: v4Options(`async jwt({ token, user }) {
        if (user) token.id = user.id;
        if (Date.now() > token.expiresAt) return { ...token, error: 'RefreshAccessTokenError' };
        return token;
      },`),
    },
    {
      name: 'v4: an empty object returned by a nested helper, not by the callback',
      filename: AUTH,
      settings: V4,
      code: v4Options(`async jwt({ token }) {
        const extra = [1, 2].map(() => { return {}; });
        return { ...token, extra };
      },`),
    },
    {
      name: 'v4: a non-empty object literal',
      filename: AUTH,
      settings: V4,
      code: v4Options(`jwt: ({ token }) => ({ sub: token.sub, role: 'user' }),`),
    },
    {
      name: 'v4: a conditional between two real tokens',
      filename: AUTH,
      settings: V4,
      code: v4Options(`jwt: async ({ token, user }) => { return user ? { ...token, id: user.id } : token; },`),
    },
    {
      name: 'Auth.js v5 honours null from callbacks.jwt',
      filename: file('auth.ts'),
      settings: V5,
      code: code`
        import NextAuth from 'next-auth';
        export const { handlers, auth } = NextAuth({
          providers: [],
          callbacks: {
            async jwt({ token }) {
              if (await isRevoked(token)) return null;
              return token;
            },
          },
        });
        declare function isRevoked(token: unknown): Promise<boolean>;
      `,
    },
    {
      name: 'Auth.js v5 known from the package.json-free file: NextAuthConfig, no v4-only import',
      filename: file('auth.config.ts'),
      code: code`
        import type { NextAuthConfig } from 'next-auth';
        export const authConfig = {
          providers: [],
          callbacks: { jwt: ({ token }) => (token.revoked ? null : token) },
        } satisfies NextAuthConfig;
      `,
    },
    {
      name: 'unknown version and no v4-only import: not flagged',
      filename: AUTH,
      code: code`
        export const authOptions = { providers: [], callbacks: { jwt: () => ({}) } };
      `,
    },
    {
      name: 'v4: an object that is not a NextAuth config',
      filename: AUTH,
      settings: V4,
      code: code`
        export const settings = { callbacks: { jwt: () => null } };
      `,
    },
    {
      name: 'v4: callbacks.session returning {} is another callback',
      filename: AUTH,
      settings: V4,
      code: v4Options(`session: () => ({}),
      jwt: ({ token }) => token,`),
    },
    {
      name: 'v4: the jwt callback defined as a function elsewhere in the file and returning the token',
      filename: AUTH,
      settings: V4,
      code: code`
        import type { NextAuthOptions } from 'next-auth';
        async function jwt({ token }: { token: Record<string, unknown> }) {
          if (token.revoked) throw new Error('revoked');
          return token;
        }
        export const authOptions: NextAuthOptions = { providers: [], callbacks: { jwt } };
      `,
    },
    {
      name: 'suggestion output: throwing instead of returning {}',
      filename: AUTH,
      settings: V4,
      code: v4Options(`async jwt({ token }) {
        if (await db.revoked(token.jti)) throw new Error('Session revoked');
        return token;
      },`),
    },
  ],
  invalid: [
    {
      name: 'v4: return {} after a password change',
      filename: AUTH,
      settings: V4,
      code: v4Options(`async jwt({ token }) {
        const user = await db.user.findUnique({ where: { id: token.sub } });
        if (user.passwordChangedAt > token.iat * 1000) return {};
        return token;
      },`),
      errors: [
        {
          messageId: 'emptyTokenKeepsSession',
          data: { value: '`{}`' },
          suggestions: [
            {
              messageId: 'throwInstead',
              output: v4Options(`async jwt({ token }) {
        const user = await db.user.findUnique({ where: { id: token.sub } });
        if (user.passwordChangedAt > token.iat * 1000) throw new Error('Session revoked');
        return token;
      },`),
            },
          ],
        },
      ],
    },
    {
      name: 'v4: return null',
      filename: AUTH,
      settings: V4,
      code: v4Options(`async jwt({ token }) {
        if (await db.revoked(token.jti)) { return null; }
        return token;
      },`),
      errors: [
        {
          messageId: 'emptyTokenKeepsSession',
          data: { value: '`null`' },
          suggestions: [
            {
              messageId: 'throwInstead',
              output: v4Options(`async jwt({ token }) {
        if (await db.revoked(token.jti)) { throw new Error('Session revoked'); }
        return token;
      },`),
            },
          ],
        },
      ],
    },
    emptyExits({
      name: 'v4: bare return;',
      filename: AUTH,
      settings: V4,
      code: v4Options(`async jwt({ token }) {
        if (token.banned) return;
        return token;
      },`),
    }, ['return;']),
    emptyExits({
      name: 'v4: return undefined',
      filename: AUTH,
      settings: V4,
      code: v4Options(`jwt({ token }) {
        if (token.banned) return undefined;
        return token;
      },`),
    }, ['return undefined;']),
    emptyExits({
      name: 'v4: return void 0',
      filename: AUTH,
      settings: V4,
      code: v4Options(`jwt({ token }) {
        if (token.banned) return void 0;
        return token;
      },`),
    }, ['return void 0;']),
    emptyExits({
      name: 'v4: return {} as JWT',
      filename: AUTH,
      settings: V4,
      code: v4Options(`jwt({ token }) {
        if (token.banned) return {} as typeof token;
        return token;
      },`),
    }, ['return {} as typeof token;']),
    {
      name: 'v4: arrow with an expression body returning null',
      filename: AUTH,
      settings: V4,
      code: v4Options(`jwt: async () => null,`),
      errors: [
        {
          messageId: 'emptyTokenKeepsSession',
          suggestions: [{ messageId: 'throwInstead', output: v4Options(`jwt: async () => {
        throw new Error('Session revoked');
      },`) }],
        },
      ],
    },
    {
      name: 'v4: conditional with an empty consequent',
      filename: AUTH,
      settings: V4,
      code: v4Options(`async jwt({ token }) {
        return token.revoked ? {} : token;
      },`),
      errors: [
        {
          messageId: 'emptyTokenKeepsSession',
          suggestions: [
            {
              messageId: 'throwInstead',
              output: v4Options(`async jwt({ token }) {
        if (token.revoked) {
          throw new Error('Session revoked');
        }
        return token;
      },`),
            },
          ],
        },
      ],
    },
    {
      name: 'v4: conditional with an empty alternate',
      filename: AUTH,
      settings: V4,
      code: v4Options(`async jwt({ token }) {
        return token.active ? token : null;
      },`),
      errors: [
        {
          messageId: 'emptyTokenKeepsSession',
          suggestions: [
            {
              messageId: 'throwInstead',
              output: v4Options(`async jwt({ token }) {
        if (!(token.active)) {
          throw new Error('Session revoked');
        }
        return token;
      },`),
            },
          ],
        },
      ],
    },
    {
      name: 'v4: arrow conditional expression body: reported without a suggestion',
      filename: AUTH,
      settings: V4,
      code: v4Options(`jwt: ({ token }) => (token.revoked ? {} : token),`),
      errors: [{ messageId: 'emptyTokenKeepsSession', suggestions: [] }],
    },
    emptyExits({
      name: 'v4: two empty exits in one callback',
      filename: AUTH,
      settings: V4,
      code: v4Options(`async jwt({ token }) {
        if (token.banned) return {};
        if (token.deleted) return null;
        return token;
      },`),
    }, ['return {};', 'return null;']),
    emptyExits({
      name: 'v4: inside try/catch',
      filename: AUTH,
      settings: V4,
      code: v4Options(`async jwt({ token }) {
        try {
          return await refresh(token);
        } catch {
          return {};
        }
      },`),
    }, ['return {};']),
    emptyExits({
      name: 'v4: inside a switch case',
      filename: AUTH,
      settings: V4,
      code: v4Options(`async jwt({ token, trigger }) {
        switch (trigger) {
          case 'update':
            return {};
          default:
            return token;
        }
      },`),
    }, ['return {};']),
    emptyExits({
      name: 'v4: NextAuth(options) in the route handler',
      filename: ROUTE,
      settings: V4,
      code: code`
        import NextAuth from 'next-auth';
        const handler = NextAuth({
          providers: [],
          callbacks: {
            jwt: async ({ token }) => {
              if (token.revoked) return {};
              return token;
            },
          },
        });
        export { handler as GET, handler as POST };
      `,
    }, ['return {};']),
    emptyExits({
      name: 'v4: the callback is a function declared elsewhere in the file',
      filename: AUTH,
      settings: V4,
      code: code`
        import type { NextAuthOptions } from 'next-auth';
        async function jwt({ token }: { token: Record<string, unknown> }) {
          if (token.revoked) return {};
          return token;
        }
        export const authOptions: NextAuthOptions = { providers: [], callbacks: { jwt } };
      `,
    }, ['return {};']),
    {
      name: 'v4: callbacks held in a constant',
      filename: AUTH,
      settings: V4,
      code: code`
        import type { NextAuthOptions } from 'next-auth';
        const callbacks = {
          jwt: ({ token }: { token: { revoked?: boolean } }) => (token.revoked ? null : token),
        };
        export const authOptions: NextAuthOptions = { providers: [], callbacks };
      `,
      errors: [{ messageId: 'emptyTokenKeepsSession', suggestions: [] }],
    },
    emptyExits({
      name: 'version unknown, but the file imports v4-only getServerSession',
      filename: AUTH,
      code: code`
        import { getServerSession, type NextAuthOptions } from 'next-auth';
        export const authOptions: NextAuthOptions = {
          providers: [],
          callbacks: { async jwt({ token }) { if (token.revoked) return {}; return token; } },
        };
        export const getSession = () => getServerSession(authOptions);
      `,
    }, ['return {};']),
    emptyExits({
      name: 'v4: untyped authOptions found by its name',
      filename: AUTH,
      settings: V4,
      code: code`
        export const authOptions = {
          providers: [],
          callbacks: { jwt({ token }) { if (token.revoked) return {}; return token; } },
        };
      `,
    }, ['return {};']),
    emptyExits({
      name: 'v4: CommonJS pages/api/auth handler',
      filename: file('pages/api/auth/[...nextauth].js'),
      settings: V4,
      code: code`
        const NextAuth = require('next-auth');
        module.exports = NextAuth({
          providers: [],
          callbacks: { jwt: async ({ token }) => { if (token.revoked) { return null; } return token; } },
        });
      `,
    }, ['return null;']),
  ],
});
