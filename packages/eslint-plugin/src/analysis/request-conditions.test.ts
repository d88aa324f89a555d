import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { analyze } from '../test-utils/analyze.js';
import { findNode } from '../util/ast.js';
import { matcherRegex } from './path-patterns.js';
import { evaluate, requirementsFor } from './request-conditions.js';

const SESSION = { pathname: '/api/auth/session', method: 'GET' };

/** Evaluates the test of the first `if` in `source` for GET /api/auth/session. */
function ifTest(source: string) {
  const { sourceCode } = analyze(`declare const pathname: string; declare const req: { method: string; url: string }; ${source}`, '/virtual/next-app/middleware.ts');
  const statement = findNode(sourceCode.ast, (node): node is TSESTree.IfStatement => node.type === T.IfStatement)!;
  return evaluate(statement.test, SESSION, sourceCode);
}

describe('evaluate', () => {
  it('reads string tests on the path and records what they compare with', () => {
    expect(ifTest(`if (pathname.startsWith('/api/auth')) {}`)).toEqual({ value: true, readsPath: true, patterns: ['/api/auth'] });
    expect(ifTest(`if (pathname === '/api/auth/callback/credentials') {}`)?.value).toBe(false);
    expect(ifTest(`if (!/^\\/api\\/auth\\/(?!session)/.test(pathname)) {}`)?.value).toBe(true);
    expect(ifTest(`if (['/api/auth/session'].some(p => pathname.startsWith(p))) {}`)?.value).toBe(true);
  });

  it('is three-valued: parts that do not read the request may go either way', () => {
    expect(ifTest(`declare const ip: string; if (ip && pathname.includes('/auth/')) {}`)?.value).toBeNull();
    expect(ifTest(`declare const ip: string; if (ip && req.method === 'POST') {}`)?.value).toBe(false);
  });

  it('gives up on request-dependent parts it cannot read', () => {
    expect(ifTest(`declare function isAuth(p: string): boolean; if (isAuth(pathname)) {}`)).toBeNull();
  });
});

describe('requirementsFor', () => {
  it('collects enclosing branches and earlier early exits', () => {
    const { sourceCode } = analyze(`declare const a: boolean, b: boolean; function f() { if (a) return; if (b) { g(); } } declare function g(): void;`);
    const call = findNode(sourceCode.ast, (node): node is TSESTree.CallExpression => node.type === T.CallExpression)!;
    expect(requirementsFor(call).map(r => [sourceCode.getText(r.test), r.expected])).toEqual([['b', true], ['a', false]]);
  });
});

describe('matcherRegex', () => {
  it('follows path-to-regexp as Next.js matchers use it', () => {
    expect(matcherRegex('/api/auth/:path*')!.test('/api/auth/session')).toBe(true);
    expect(matcherRegex('/api/auth/:path*')!.test('/api/authz')).toBe(false);
    expect(matcherRegex('/((?!api|_next/static).*)')!.test('/api/auth/session')).toBe(false);
    expect(matcherRegex('/((?!api|_next/static).*)')!.test('/dashboard')).toBe(true);
    expect(matcherRegex('/dashboard/:id')!.test('/dashboard/1')).toBe(true);
  });
});
