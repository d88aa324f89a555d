import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import type { ApiKnowledge } from './api.js';
import type { ApiRef } from './api-ref.js';
import { CALL, propertyName, terminalName } from './imports.js';
import { resolveValue } from './local-values.js';
import { authCookieIn, type NamePattern } from './session-cookies.js';

/**
 * A call that reads or clears cookies by name. `names` holds one pattern per
 * cookie named (a `Set-Cookie` array can name several); null stands for a
 * name the code computes (a loop variable, a parameter).
 */
export interface CookieCall {
  readonly kind: 'read' | 'clear';
  readonly node: TSESTree.Node;
  readonly names: readonly (NamePattern | null)[];
  /** The expression that names the cookie, when there is exactly one. */
  readonly nameNode: TSESTree.Node | null;
}

/** Cookie helpers from packages that take the cookie name as an argument. */
const NAMED_READERS: readonly { ref: ApiRef; nameArgument: number }[] = [
  { ref: { from: ['cookies-next', 'cookies-next/client', 'cookies-next/server'], path: ['getCookie'] }, nameArgument: 0 },
  { ref: { from: ['cookies-next', 'cookies-next/client', 'cookies-next/server'], path: ['hasCookie'] }, nameArgument: 0 },
  { ref: { from: ['js-cookie'], path: ['default', 'get'] }, nameArgument: 0 },
];
const NAMED_CLEARS: readonly { ref: ApiRef; nameArgument: number }[] = [
  { ref: { from: ['cookies-next', 'cookies-next/client', 'cookies-next/server'], path: ['deleteCookie'] }, nameArgument: 0 },
  { ref: { from: ['js-cookie'], path: ['default', 'remove'] }, nameArgument: 0 },
  { ref: { from: ['nookies'], path: ['destroyCookie'] }, nameArgument: 1 },
  { ref: { from: ['nookies'], path: ['default', 'destroy'] }, nameArgument: 1 },
];

/** `Max-Age=0` / `Max-Age=-1` or an `Expires` in 1970: the browser drops the cookie. */
const EXPIRING_ATTRIBUTE = /;\s*(?:max-age\s*=\s*(?:0|-\d+)\b|expires\s*=\s*[^;]*\b1970\b)/i;

/** Static text of a cookie name: string literals, templates (`*` for each hole) and consts bound to them. */
export function namePattern(node: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): NamePattern | null {
  if (!node) return null;
  if (node.type === T.Literal) return typeof node.value === 'string' ? node.value : null;
  if (node.type === T.TemplateLiteral) return node.quasis.map(quasi => quasi.value.cooked ?? '').join('*');
  if (node.type === T.BinaryExpression && node.operator === '+') {
    const left = namePattern(node.left, sourceCode) ?? '*';
    const right = namePattern(node.right, sourceCode) ?? '*';
    return left === '*' && right === '*' ? null : `${left}${right}`;
  }
  if (node.type === T.Identifier) {
    const value = resolveValue(node, sourceCode);
    return value && value.type !== T.Identifier ? namePattern(value, sourceCode) : null;
  }
  return null;
}

/** A receiver that holds cookies: `cookies()` from next/headers, `req.cookies`, `response.cookies`, a `cookieStore`. */
function isCookieStore(receiver: TSESTree.Node, api: ApiKnowledge): boolean {
  const origin = api.resolver.resolve(receiver);
  if (!origin) return false;
  if (origin.source === 'next/headers') return origin.path[0] === 'cookies' && origin.path[1] === CALL;
  const name = terminalName(origin);
  return name !== null && /^(?:cookies|cookieStore|cookieJar|requestCookies|responseCookies)$/i.test(name);
}

function objectProperty(object: TSESTree.ObjectExpression, key: string): TSESTree.Node | undefined {
  for (const property of object.properties) {
    if (property.type !== T.Property || property.computed) continue;
    const name = property.key.type === T.Identifier ? property.key.name : property.key.type === T.Literal ? String(property.key.value) : null;
    if (name === key) return property.value;
  }
  return undefined;
}

function isZero(node: TSESTree.Node | undefined): boolean {
  return node?.type === T.Literal && node.value === 0;
}

/** `expires: new Date(0)` or `expires: 0`. */
function isEpoch(node: TSESTree.Node | undefined): boolean {
  if (isZero(node)) return true;
  return node?.type === T.NewExpression && node.callee.type === T.Identifier && node.callee.name === 'Date' && isZero(node.arguments[0]);
}

function isEmptyString(node: TSESTree.Node | undefined): boolean {
  return (node?.type === T.Literal && node.value === '') || (node?.type === T.TemplateLiteral && node.expressions.length === 0 && node.quasis[0]?.value.cooked === '');
}

/** Cookie options that expire the cookie right away. */
function expiresNow(options: TSESTree.Node | undefined): boolean {
  if (options?.type !== T.ObjectExpression) return false;
  return isZero(objectProperty(options, 'maxAge')) || isEpoch(objectProperty(options, 'expires'));
}

/** `store.set(name, '', opts)` or `store.set({ name, value: '', maxAge: 0 })`: a write that clears. */
function clearingSet(call: TSESTree.CallExpression): TSESTree.Node | null | undefined {
  const [first, value, options] = call.arguments;
  if (first?.type === T.ObjectExpression) {
    const cleared = isEmptyString(objectProperty(first, 'value')) || expiresNow(first);
    return cleared ? (objectProperty(first, 'name') ?? null) : undefined;
  }
  return isEmptyString(value) || expiresNow(options) ? first : undefined;
}

/** Names in `Set-Cookie` values that expire a cookie (`'token=; Max-Age=0; Path=/'`), from a string, template or array. */
export function expiredSetCookieNames(node: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): NamePattern[] {
  if (!node) return [];
  if (node.type === T.ArrayExpression) return node.elements.flatMap(element => (element ? expiredSetCookieNames(element, sourceCode) : []));
  const text = namePattern(node, sourceCode);
  if (text === null || !EXPIRING_ATTRIBUTE.test(text)) return [];
  const name = text.split('=')[0]!.trim();
  return name ? [name] : [];
}

function isSetCookieHeader(node: TSESTree.Node | undefined): boolean {
  return node?.type === T.Literal && typeof node.value === 'string' && node.value.toLowerCase() === 'set-cookie';
}

function single(kind: CookieCall['kind'], node: TSESTree.Node, nameNode: TSESTree.Node | null, sourceCode: Readonly<TSESLint.SourceCode>): CookieCall {
  return { kind, node, names: [nameNode ? namePattern(nameNode, sourceCode) : null], nameNode };
}

/** The first argument of `delete(name)` or `delete({ name })`. */
function deletedName(argument: TSESTree.Node | undefined): TSESTree.Node | null {
  if (argument?.type === T.ObjectExpression) return objectProperty(argument, 'name') ?? null;
  return argument ?? null;
}

/**
 * Recognises a call that reads a cookie by name (`cookies().get(name)`,
 * `req.cookies.has(name)`, `getCookie(name)`) or clears one
 * (`cookies().delete(name)`, a `set` with an empty value or `maxAge: 0`,
 * a `Set-Cookie` header that expires it, `deleteCookie(name)`), including
 * the team's helpers named in settings `cookieReads` / `cookieDeletes`.
 */
export function cookieCall(call: TSESTree.CallExpression, api: ApiKnowledge, sourceCode: Readonly<TSESLint.SourceCode>): CookieCall | null {
  const { callee } = call;
  if (callee.type === T.MemberExpression) {
    const method = propertyName(callee);
    if ((method === 'setHeader' || method === 'set' || method === 'append') && isSetCookieHeader(call.arguments[0])) {
      const names = expiredSetCookieNames(call.arguments[1], sourceCode);
      return names.length > 0 ? { kind: 'clear', node: call, names, nameNode: null } : null;
    }
    if (method && isCookieStore(callee.object, api)) {
      if (method === 'get' || method === 'has' || method === 'getAll') return single('read', call, call.arguments[0] ?? null, sourceCode);
      if (method === 'delete') return single('clear', call, deletedName(call.arguments[0]), sourceCode);
      if (method === 'set') {
        const name = clearingSet(call);
        return name === undefined ? null : single('clear', call, name, sourceCode);
      }
    }
  }
  const argumentAt = (index: number): TSESTree.Node | null => call.arguments[index] ?? null;
  if (api.calleeMatches(call, api.settings.cookieDeletes)) return single('clear', call, argumentAt(0), sourceCode);
  if (api.calleeMatches(call, api.settings.cookieReads)) return single('read', call, argumentAt(0), sourceCode);
  for (const { ref, nameArgument } of NAMED_CLEARS) if (api.calleeIs(call, [ref])) return single('clear', call, argumentAt(nameArgument), sourceCode);
  for (const { ref, nameArgument } of NAMED_READERS) if (api.calleeIs(call, [ref])) return single('read', call, argumentAt(nameArgument), sourceCode);
  return null;
}

/** `document.cookie = 'name=; Max-Age=0'`: the browser-side way to clear a cookie. */
export function documentCookieClear(node: TSESTree.AssignmentExpression, sourceCode: Readonly<TSESLint.SourceCode>): CookieCall | null {
  const target = node.left;
  if (target.type !== T.MemberExpression || propertyName(target) !== 'cookie') return null;
  if (target.object.type !== T.Identifier || target.object.name !== 'document') return null;
  const names = expiredSetCookieNames(node.right, sourceCode);
  return names.length > 0 ? { kind: 'clear', node, names, nameNode: null } : null;
}

/** `{ 'Set-Cookie': 'token=; Max-Age=0' }` in a response's headers object. */
export function headerPropertyClear(node: TSESTree.Property, sourceCode: Readonly<TSESLint.SourceCode>): CookieCall | null {
  const key = node.key.type === T.Literal ? node.key : null;
  if (!key || !isSetCookieHeader(key)) return null;
  const names = expiredSetCookieNames(node.value, sourceCode);
  return names.length > 0 ? { kind: 'clear', node, names, nameNode: null } : null;
}

/** Words that mark a cookie as carrying auth state: `session`, `sid`, `auth-token`, `access_token`, `jwt`. */
const AUTH_COOKIE_WORDS = /(?:^|[^a-z])(?:session|sess|sid|token|auth|jwt|refresh|access)(?:$|[^a-z])/i;

/**
 * Does a cookie call clear an auth cookie: an auth library's session cookie
 * or a cookie whose name says it carries a session or token? Names the code
 * computes do not count.
 */
export function clearsAuthCookie(found: CookieCall): boolean {
  return found.kind === 'clear' && found.names.some(isAuthCookieName);
}

/** Does a cookie call read an auth cookie (by the same test as {@link clearsAuthCookie})? */
export function readsAuthCookie(found: CookieCall): boolean {
  return found.kind === 'read' && found.names.some(isAuthCookieName);
}

function isAuthCookieName(name: NamePattern | null): boolean {
  return name !== null && (authCookieIn(name) !== null || AUTH_COOKIE_WORDS.test(name.replace(/([a-z0-9])([A-Z])/g, '$1 $2')));
}
