import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { findNode } from '../util/ast.js';
import { analyze } from '../test-utils/analyze.js';
import { code, settingsFor } from '../test-utils/rule-tester.js';
import { sessionValues } from './session-values.js';

/** Does the first argument of the `probe(…)` call carry a verified session value? */
function carries(text: string, settings?: Record<string, unknown>): boolean {
  const { facts, sourceCode } = analyze(text, undefined, settings);
  const probe = findNode(sourceCode.ast, (n): n is TSESTree.CallExpression => n.type === T.CallExpression && n.callee.type === T.Identifier && n.callee.name === 'probe');
  return sessionValues(facts, sourceCode).carries(probe!.arguments[0]!);
}

describe('SessionValues', () => {
  it('follows verifier results through bindings and property reads', () => {
    expect(carries(code`
      import { auth } from '@/auth';
      export async function f() {
        const session = await auth();
        const { user } = session!;
        const id = user.id;
        probe(\`user:\${id}\`);
      }
    `)).toBe(true);
    expect(carries(`import { getServerSession } from 'next-auth'; async function f() { let s; s = await getServerSession(); probe(s); }`)).toBe(true);
    expect(carries(`import { auth } from '@/auth'; async function f() { probe((await auth())?.user?.id); }`)).toBe(true);
  });

  it('treats NextAuth session and jwt callback parameters as session data', () => {
    expect(carries(code`
      import NextAuth from 'next-auth';
      export const { auth } = NextAuth({ providers: [], callbacks: { session({ session, token }) { probe(token.sub); return session; } } });
    `)).toBe(true);
  });

  it('counts settings verifiers and nothing else', () => {
    expect(carries(`import { getCurrentUser } from '@/lib/user'; async function f() { const u = await getCurrentUser(); probe(u.id); }`, settingsFor(4, { verifiers: ['getCurrentUser'] }))).toBe(true);
    expect(carries(`import { getCurrentUser } from '@/lib/user'; async function f() { const u = await getCurrentUser(); probe(u.id); }`)).toBe(false);
    expect(carries(`import { cookies } from 'next/headers'; async function f() { const token = (await cookies()).get('t'); probe(token); }`)).toBe(false);
  });
});
