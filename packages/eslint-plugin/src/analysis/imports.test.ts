import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { analyze } from '../test-utils/analyze.js';
import { findNode } from '../util/ast.js';

/** The origin of the callee of the call on the last line. */
function calleeOf(code: string): unknown {
  const { facts, sourceCode } = analyze(code);
  const last = sourceCode.ast.body.at(-1)!;
  const call = findNode(last, (node): node is TSESTree.CallExpression => node.type === T.CallExpression);
  const origin = facts.resolver.callee(call!);
  return origin && { source: origin.source, root: origin.root, path: origin.path.join('.') };
}

describe('OriginResolver', () => {
  it.each([
    ["import { getServerSession } from 'next-auth';\ngetServerSession();", { source: 'next-auth', root: null, path: 'getServerSession' }],
    ["import { getServerSession as gs } from 'next-auth';\ngs();", { source: 'next-auth', root: null, path: 'getServerSession' }],
    ["import * as NA from 'next-auth';\nNA.getServerSession();", { source: 'next-auth', root: null, path: 'getServerSession' }],
    ["import NextAuth from 'next-auth';\nNextAuth();", { source: 'next-auth', root: null, path: 'default' }],
    ["const { getServerSession: g } = require('next-auth');\ng();", { source: 'next-auth', root: null, path: 'getServerSession' }],
    ["const jwt = require('jsonwebtoken');\njwt.verify();", { source: 'jsonwebtoken', root: null, path: 'verify' }],
    ["import { getServerSession } from 'next-auth';\nconst again = getServerSession;\nagain();", { source: 'next-auth', root: null, path: 'getServerSession' }],
    ["import Redis from 'ioredis';\nconst redis = new Redis();\nredis.get('k');", { source: 'ioredis', root: null, path: 'default.().get' }],
    ["import { createClient } from '@/utils/supabase/server';\nconst s = await createClient();\ns.auth.getUser();", { source: '@/utils/supabase/server', root: null, path: 'createClient.().auth.getUser' }],
    ["import NextAuth from 'next-auth';\nexport const { auth } = NextAuth({});\nauth();", { source: 'next-auth', root: null, path: 'default.().auth' }],
    ["const sessions = new Map();\nsessions.get('k');", { source: null, root: 'Map', path: '().get' }],
    ['function f(redis) { redis.get(1); }', { source: null, root: 'redis', path: 'get' }],
  ])('%s', (code, expected) => {
    expect(calleeOf(code)).toEqual(expected);
  });

  it('skips type-only imports', () => {
    expect(calleeOf("import type { getServerSession } from 'next-auth';\ndeclare const x: typeof getServerSession;\ngetServerSession();")).toBeNull();
  });

  it('does not follow a reassigned let', () => {
    expect(calleeOf("import { getServerSession } from 'next-auth';\nlet f = getServerSession;\nf = other;\nf();")).toEqual({ source: null, root: 'f', path: '' });
  });

  it('respects shadowing by a parameter', () => {
    expect(calleeOf("import { getServerSession } from 'next-auth';\nfunction h(getServerSession) { getServerSession(); }")).toEqual({
      source: null,
      root: 'getServerSession',
      path: '',
    });
  });
});
