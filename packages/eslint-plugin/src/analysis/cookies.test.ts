import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { findNode } from '../util/ast.js';
import { analyze } from '../test-utils/analyze.js';
import { PROJECT_ROOT, settingsFor } from '../test-utils/rule-tester.js';
import { clearsAuthCookie, cookieCall, documentCookieClear } from './cookies.js';
import { isServerCode } from './server-code.js';
import { authCookieIn, missingVariants } from './session-cookies.js';
import { unverifiedRead } from './unverified-reads.js';

const isCall = (node: TSESTree.Node): node is TSESTree.CallExpression => node.type === T.CallExpression;

function firstCookieCall(code: string, settings = settingsFor()) {
  const { facts, sourceCode } = analyze(code, `${PROJECT_ROOT}/app/api/x/route.ts`, settings);
  const calls: TSESTree.CallExpression[] = [];
  findNode(sourceCode.ast, (node): node is TSESTree.CallExpression => {
    if (isCall(node)) calls.push(node);
    return false;
  });
  for (const call of calls) {
    const found = cookieCall(call, facts.api, sourceCode);
    if (found) return { kind: found.kind, names: found.names };
  }
  return null;
}

describe('authCookieIn', () => {
  it.each([
    ['next-auth.session-token', 'next-auth-v4', 'next-auth.session-token'],
    ['__Secure-next-auth.session-token.1', 'next-auth-v4', 'next-auth.session-token'],
    ['authjs.session-token', 'authjs-v5', 'authjs.session-token'],
    [String.raw`(?:^|;\s*)better-auth\.session_token=([^;]*)`, 'better-auth', 'better-auth.session_token'],
    ['__Secure-better-auth.session_data', 'better-auth', 'better-auth.session_data'],
    ['sb-abcdefgh-auth-token.0', 'supabase', 'sb-abcdefgh-auth-token'],
  ])('%s is %s', (text, library, base) => {
    const match = authCookieIn(text);
    expect(match?.library.id).toBe(library);
    expect(match?.base).toBe(base);
  });

  it.each(['session', 'next-auth.csrf-token', 'sb-auth', 'theme'])('%s is not a session cookie', text => {
    expect(authCookieIn(text)).toBeNull();
  });
});

describe('missingVariants', () => {
  const v4 = authCookieIn('next-auth.session-token')!;
  it('names the HTTPS name and the chunks a plain delete misses', () => {
    expect(missingVariants(v4, ['next-auth.session-token'])).toEqual(['__Secure-next-auth.session-token', 'next-auth.session-token.0', 'next-auth.session-token.1']);
  });
  it('accepts a computed prefix and a chunk loop', () => {
    expect(missingVariants(v4, ['*next-auth.session-token', '*next-auth.session-token.*'])).toEqual([]);
  });
  it('a prefix match (startsWith) covers the chunks', () => {
    expect(missingVariants(v4, ['next-auth.session-token*', '__Secure-next-auth.session-token*'])).toEqual([]);
  });
  it('Better Auth session_token has no chunks', () => {
    expect(missingVariants(authCookieIn('better-auth.session_token')!, ['better-auth.session_token'])).toEqual(['__Secure-better-auth.session_token']);
  });
});

describe('cookieCall', () => {
  it.each([
    ["import { cookies } from 'next/headers'; (await cookies()).get('a');", 'read', ['a']],
    ["export function GET(req) { return req.cookies.has('a'); }", 'read', ['a']],
    ["import { cookies } from 'next/headers'; const store = await cookies(); store.delete('a');", 'clear', ['a']],
    ["import { cookies } from 'next/headers'; (await cookies()).delete({ name: 'a', path: '/' });", 'clear', ['a']],
    ["export function POST(req, res) { res.cookies.set('a', '', { maxAge: 0 }); }", 'clear', ['a']],
    ["export function POST(req, res) { res.cookies.set({ name: 'a', value: 'x', expires: new Date(0) }); }", 'clear', ['a']],
    ["export default function h(req, res) { res.setHeader('Set-Cookie', ['a=; Max-Age=0; Path=/', 'b=x']); }", 'clear', ['a']],
    ["export function POST() { const h = new Headers(); h.append('set-cookie', `__Secure-a=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`); }", 'clear', ['__Secure-a']],
    ["import { deleteCookie } from 'cookies-next'; deleteCookie(`${p}a`);", 'clear', ['*a']],
    ["import { destroyCookie } from 'nookies'; destroyCookie(ctx, 'a');", 'clear', ['a']],
    ["import Cookies from 'js-cookie'; Cookies.get('a');", 'read', ['a']],
    ["const NAME = 'a'; export function GET(req) { return req.cookies.get(NAME); }", 'read', ['a']],
  ])('%s', (code, kind, names) => {
    expect(firstCookieCall(code)).toEqual({ kind, names });
  });

  it('a set with a value is not a clear, and a Map is not a cookie store', () => {
    expect(firstCookieCall("export function POST(req, res) { res.cookies.set('a', token); }")).toBeNull();
    expect(firstCookieCall("const m = new Map(); m.get('a');")).toBeNull();
  });

  it('honours settings cookieReads / cookieDeletes', () => {
    const settings = settingsFor(undefined, { cookieReads: ['readCookie'], cookieDeletes: ['expireCookie'] });
    expect(firstCookieCall("import { readCookie } from '@/lib/c'; readCookie('a');", settings)).toEqual({ kind: 'read', names: ['a'] });
    expect(firstCookieCall("import { expireCookie } from '@/lib/c'; expireCookie('a');", settings)).toEqual({ kind: 'clear', names: ['a'] });
  });

  it('document.cookie assignments that expire a cookie', () => {
    const { sourceCode } = analyze("document.cookie = 'a=; max-age=0'; document.cookie = 'b=1';");
    const [clear, write] = sourceCode.ast.body.map(statement => documentCookieClear((statement as TSESTree.ExpressionStatement).expression as TSESTree.AssignmentExpression, sourceCode));
    expect(clear?.names).toEqual(['a']);
    expect(write).toBeNull();
  });
});

describe('isServerCode', () => {
  const check = (code: string, filename: string): boolean => {
    const { facts, sourceCode } = analyze(code, `${PROJECT_ROOT}/${filename}`);
    const marker = findNode(sourceCode.ast, (node): node is TSESTree.Identifier => node.type === T.Identifier && node.name === 'marker')!;
    return isServerCode(marker, facts);
  };
  it.each([
    ['export function GET() { marker; }', 'app/api/x/route.ts', true],
    ['export default function Page() { marker; }', 'app/page.tsx', true],
    ["'use client'; export default function Page() { marker; }", 'app/page.tsx', false],
    ["'use server'; export async function act() { marker; }", 'lib/actions.ts', true],
    ["export function Form() { async function act() { 'use server'; marker; } }", 'components/form.tsx', true],
    ['export async function getServerSideProps() { marker; }', 'pages/index.tsx', true],
    ['export default function Page() { marker; }', 'pages/index.tsx', false],
    ["import 'server-only'; export function helper() { marker; }", 'lib/session.ts', true],
    ['export function helper() { marker; }', 'lib/session.ts', false],
    ['export function middleware() { marker; }', 'middleware.ts', true],
  ])('%s in %s → %s', (code, filename, expected) => {
    expect(check(code, filename)).toBe(expected);
  });
});

describe('unverifiedRead', () => {
  const kinds = (code: string, settings = settingsFor()): (string | null)[] => {
    const { facts, sourceCode } = analyze(code, `${PROJECT_ROOT}/app/api/x/route.ts`, settings);
    const calls: TSESTree.CallExpression[] = [];
    findNode(sourceCode.ast, (node): node is TSESTree.CallExpression => {
      if (isCall(node)) calls.push(node);
      return false;
    });
    return calls.flatMap(call => {
      const match = unverifiedRead(call, facts.api, sourceCode.getText(call.callee));
      return match ? [match.read.kind] : [];
    });
  };
  it.each([
    ["import jwt from 'jsonwebtoken'; jwt.decode(t);", ['decoded-token']],
    ["const jwt = require('jsonwebtoken'); jwt.decode(t);", ['decoded-token']],
    ["import { decodeJwt } from 'jose'; decodeJwt(t);", ['decoded-token']],
    ["import { jwtDecode } from 'jwt-decode'; jwtDecode(t);", ['decoded-token']],
    ["JSON.parse(atob(t.split('.')[1]));", ['decoded-token']],
    ["JSON.parse(Buffer.from(t.split('.')[1], 'base64url').toString());", ['decoded-token']],
    ["import { getToken } from 'next-auth/jwt'; getToken({ req, raw: true }); getToken({ req });", ['raw-token']],
    ['supabase.auth.getSession();', ['stored-session']],
    ["import { auth } from '@/lib/auth'; auth.api.getSession({ headers }); auth.api.getSession({ headers, query: { disableCookieCache: true } });", ['cookie-cache']],
    ["import { getSessionCookie } from 'better-auth/cookies'; getSessionCookie(request);", ['cookie-presence']],
    ["import { jwtVerify } from 'jose'; jwtVerify(t, key); JSON.parse(s);", []],
  ])('%s', (code, expected) => {
    expect(kinds(code)).toEqual(expected);
  });

  it('honours settings tokenDecoders', () => {
    expect(kinds("import { parseJwt } from '@/lib/jwt'; parseJwt(t);", settingsFor(undefined, { tokenDecoders: ['parseJwt'] }))).toEqual(['decoded-token']);
  });
});

describe('clearsAuthCookie', () => {
  const clear = (name: string) => ({ kind: 'clear' as const, node: null as never, names: [name], nameNode: null });
  it.each(['next-auth.session-token', 'session', 'sid', 'auth-token', 'access_token', 'refreshToken', 'app_sess', 'sb-abcd-auth-token'])('%s is an auth cookie', name => {
    expect(clearsAuthCookie(clear(name))).toBe(true);
  });
  it.each(['theme', 'cookie-consent', 'locale', 'assessment', 'tokenizer'])('%s is not', name => {
    expect(clearsAuthCookie(clear(name))).toBe(false);
  });
  it('a computed name or a read does not count', () => {
    expect(clearsAuthCookie({ kind: 'clear', node: null as never, names: [null], nameNode: null })).toBe(false);
    expect(clearsAuthCookie({ kind: 'read', node: null as never, names: ['session'], nameNode: null })).toBe(false);
  });
});
