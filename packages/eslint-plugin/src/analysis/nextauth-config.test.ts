import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { analyze } from '../test-utils/analyze.js';
import { code } from '../test-utils/rule-tester.js';

const configsOf = (text: string) => analyze(text).facts.nextAuthConfigs;
const only = (text: string) => {
  const configs = configsOf(text);
  expect(configs).toHaveLength(1);
  return configs[0]!;
};

describe('findNextAuthConfigs', () => {
  it('finds the options passed to NextAuth(), in place or through a constant', () => {
    expect(only(`import NextAuth from 'next-auth'; export default NextAuth({ providers: [] });`).source).toBe('factory');
    expect(only(`import NextAuth from 'next-auth/next'; const options = { providers: [] }; const handler = NextAuth(options); export { handler as GET };`).source).toBe('factory');
    expect(only(`const NextAuth = require('next-auth'); module.exports = NextAuth({ providers: [] });`).source).toBe('factory');
  });

  it('finds Auth.js v5 lazy initialisation', () => {
    const config = only(code`
      import NextAuth from 'next-auth';
      export const { auth, signOut } = NextAuth(req => ({ providers: [], session: { strategy: 'database' } }));
    `);
    expect(config.strategy).toBe('database');
    expect(only(`import NextAuth from 'next-auth'; export const { auth } = NextAuth(async () => { return { providers: [] }; });`).strategy).toBe('jwt');
  });

  it('finds objects typed, asserted or satisfying the options types', () => {
    expect(only(`import type { NextAuthOptions } from 'next-auth'; export const options: NextAuthOptions = { providers: [] };`).source).toBe('type');
    expect(only(`import type { NextAuthConfig } from 'next-auth'; export default { providers: [] } satisfies NextAuthConfig;`).source).toBe('type');
    expect(only(`import { type AuthOptions } from 'next-auth'; export const x = { providers: [] } as AuthOptions;`).source).toBe('type');
  });

  it('finds authOptions by name only when it looks like auth options', () => {
    expect(only(`export const authOptions = { providers: [], callbacks: {} };`).source).toBe('name');
    expect(configsOf(`export const authOptions = { theme: 'dark' };`)).toHaveLength(0);
    expect(configsOf(`import type { NextAuthOptions } from './my-types'; export const x: NextAuthOptions = { providers: [] };`)).toHaveLength(0);
  });

  it('finds the options passed to getServerSession()', () => {
    const config = only(code`
      import { getServerSession } from 'next-auth';
      const options = { adapter: PrismaAdapter(prisma) };
      export const getSession = () => getServerSession(options);
    `);
    expect(config.strategy).toBe('database');
  });

  it('lists one config once, however many ways it is recognised', () => {
    expect(configsOf(code`
      import NextAuth, { type NextAuthOptions, getServerSession } from 'next-auth';
      export const authOptions: NextAuthOptions = { providers: [] };
      export default NextAuth(authOptions);
      export const session = () => getServerSession(authOptions);
    `)).toHaveLength(1);
  });

  it('ignores files without NextAuth', () => {
    expect(configsOf(`export const options = { providers: [] };`)).toHaveLength(0);
  });
});

describe('NextAuthConfig', () => {
  it('reads callbacks and events written as methods, arrows or same-file functions', () => {
    const config = only(code`
      import type { NextAuthOptions } from 'next-auth';
      async function onSignOut({ token }) {}
      const callbacks = { async jwt({ token }) { return token; } };
      export const authOptions: NextAuthOptions = {
        providers: [],
        callbacks: { ...callbacks, session: ({ session }) => session },
        events: { signOut: onSignOut },
      };
    `);
    expect(config.callback('jwt')?.type).toBe(T.FunctionExpression);
    expect(config.callback('session')?.type).toBe(T.ArrowFunctionExpression);
    expect(config.event('signOut')?.type).toBe(T.FunctionDeclaration);
    expect(config.event('signIn')).toBeNull();
    expect(config.callback('redirect')).toBeNull();
  });

  it('reads session.maxAge and secret', () => {
    const config = only(code`
      export const authOptions = { providers: [], secret: process.env.SECRET ?? 'dev', session: { maxAge: 3600 } };
    `);
    expect(config.maxAge).toMatchObject({ type: T.Literal, value: 3600 });
    expect(config.secret?.type).toBe(T.LogicalExpression);
  });

  it('leaves the strategy open for a v5 config that may be spread into NextAuth() elsewhere', () => {
    const edge = only(`import type { NextAuthConfig } from 'next-auth'; export default { providers: [] } satisfies NextAuthConfig;`);
    expect(edge.partial).toBe(true);
    expect(edge.strategy).toBeNull();
    expect(only(`export const authConfig = { providers: [] };`).strategy).toBeNull();
    expect(only(`import NextAuth, { type NextAuthConfig } from 'next-auth'; const config: NextAuthConfig = { providers: [] }; export const { auth } = NextAuth(config);`).strategy).toBe('jwt');
    expect(only(`import type { NextAuthOptions } from 'next-auth'; export const authOptions: NextAuthOptions = { providers: [] };`).strategy).toBe('jwt');
  });

  it.each([
    ['no adapter', `{ providers: [] }`, 'jwt'],
    ['an adapter', `{ adapter: PrismaAdapter(prisma) }`, 'database'],
    ['an explicit strategy over an adapter', `{ adapter: PrismaAdapter(prisma), session: { strategy: 'jwt' } }`, 'jwt'],
    ['an explicit database strategy', `{ providers: [], session: { strategy: 'database' } }`, 'database'],
    ['a strategy from a constant', `{ providers: [], session: sessionConfig }`, 'database'],
    ['a computed strategy', `{ providers: [], session: { strategy: process.env.STRATEGY } }`, null],
    ['a conditional adapter', `{ adapter: process.env.DB ? PrismaAdapter(prisma) : undefined }`, null],
    ['a spread that may carry an adapter', `{ ...imported, providers: [] }`, null],
    ['a spread of a same-file constant', `{ ...base, providers: [] }`, 'database'],
    ['a spread before an explicit strategy', `{ ...imported, providers: [], session: { strategy: 'jwt' } }`, 'jwt'],
  ])('strategy with %s', (_, object, expected) => {
    const config = only(code`
      import { imported } from './auth.config';
      const sessionConfig = { strategy: 'database' };
      const base = { adapter: DrizzleAdapter(db) };
      export const authOptions = ${object};
    `);
    expect(config.strategy).toBe(expected);
  });
});
