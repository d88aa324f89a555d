import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { type FileContext, matchesRef, specifierMatches } from './api-ref.js';
import type { ApiKnowledge } from './api.js';
import { CALL, type Origin, propertyName, terminalName } from './imports.js';
import { AUTH_LIBRARIES, type AuthLibrary, type ClientSignOut } from './libraries/auth-libraries.js';
import type { ApiSpecifier } from './settings.js';
import { childNodes, isFunctionNode } from '../util/ast.js';

/**
 * What the browser side of the auth libraries does to the session: sign-outs,
 * sign-ins and session reads, from the `client` field of each library row
 * and the team's wrappers named in settings.
 */

export interface ClientSignOutMatch {
  /** The library row, or null for a wrapper named in settings. */
  readonly library: AuthLibrary | null;
  readonly signOut: ClientSignOut | null;
}

const HOOK_NAME = /^use[A-Z0-9]/;

/**
 * Does a settings specifier name this callee, or the hook that returned it?
 * `const logout = useLogout(); logout()` and `const { signOut } = useAuthActions()` call what the hook returns.
 */
export function calleeIsWrapper(origin: Origin | null, specifiers: readonly ApiSpecifier[], file: FileContext): boolean {
  if (!origin || specifiers.length === 0) return false;
  // Calling the hook itself only hands out the function.
  const name = terminalName(origin);
  if (!(name !== null && HOOK_NAME.test(name)) && specifiers.some(specifier => specifierMatches(origin, specifier, file))) return true;
  const index = origin.path.indexOf(CALL);
  if (index === -1) return false;
  const hook: Origin = { ...origin, path: origin.path.slice(0, index) };
  const hookName = terminalName(hook);
  return hookName !== null && HOOK_NAME.test(hookName) && specifiers.some(specifier => specifierMatches(hook, specifier, file));
}

/** A client-side sign-out: a library's browser sign-out, or a `signOuts` wrapper from settings. */
export function clientSignOut(call: TSESTree.CallExpression, api: ApiKnowledge): ClientSignOutMatch | null {
  const origin = api.calleeOrigin(call);
  if (!origin) return null;
  for (const library of AUTH_LIBRARIES) {
    const signOut = library.client?.signOuts.find(candidate => matchesRef(origin, candidate.ref, api.file));
    if (signOut) return { library, signOut };
  }
  return calleeIsWrapper(origin, api.settings.signOuts, api.file) ? { library: null, signOut: null } : null;
}

/**
 * Does this sign-out end in a full page load? next-auth's `signOut()` sets
 * `window.location.href` unless its options say `redirect: false`. Options the
 * rule cannot read count as a page load, so unknown code is not reported.
 */
export function signOutReloadsPage(call: TSESTree.CallExpression, match: ClientSignOutMatch): boolean {
  if (!match.signOut?.reloadsUnlessRedirectFalse) return false;
  const [options] = call.arguments;
  if (!options) return true;
  if (options.type !== T.ObjectExpression) return true;
  for (const property of options.properties) {
    if (property.type === T.SpreadElement) return true;
    if (property.computed || property.key.type !== T.Identifier || property.key.name !== 'redirect') continue;
    return !(property.value.type === T.Literal && property.value.value === false);
  }
  return true;
}

/** A client call that changes who is signed in: a sign-out, a sign-in, or an in-place session update. */
export function clientSessionChange(call: TSESTree.CallExpression, api: ApiKnowledge): { readonly library: AuthLibrary | null } | null {
  const signOut = clientSignOut(call, api);
  if (signOut) return signOut;
  const origin = api.calleeOrigin(call);
  const library = origin && AUTH_LIBRARIES.find(candidate => candidate.client?.changes.some(ref => matchesRef(origin, ref, api.file)));
  return library ? { library } : null;
}

export interface SessionReadMatch {
  readonly library: AuthLibrary | null;
  /** A React hook such as `useSession()`. */
  readonly hook: boolean;
}

/** A client read of the current session: `getSession()`, `useSession()`, or a `fetch` of the session endpoint. */
export function clientSessionRead(call: TSESTree.CallExpression, api: ApiKnowledge): SessionReadMatch | null {
  const origin = api.calleeOrigin(call);
  if (!origin) return null;
  for (const library of AUTH_LIBRARIES) {
    const read = library.client?.reads.find(candidate => matchesRef(origin, candidate.ref, api.file));
    if (read) return { library, hook: Boolean(read.hook) };
  }
  if (isSessionEndpointFetch(call, api)) {
    return { library: null, hook: false };
  }
  return null;
}

/** A global `fetch()` of the auth library's session endpoint. */
export function isSessionEndpointFetch(call: TSESTree.CallExpression, api: ApiKnowledge): boolean {
  const origin = api.calleeOrigin(call);
  return origin !== null && origin.global && origin.root === 'fetch' && origin.path.length === 0 && fetchesSessionEndpoint(call.arguments[0], api.settings.authBasePath);
}

/** `'/api/auth/session'`, `${origin}/api/auth/session`, `https://app.example.com/api/auth/session?x=1`. */
function fetchesSessionEndpoint(url: TSESTree.Node | undefined, basePath: string): boolean {
  const endpoint = `${basePath === '/' ? '' : basePath}/session`;
  let text: string | null = null;
  if (url?.type === T.Literal && typeof url.value === 'string') text = url.value;
  else if (url?.type === T.TemplateLiteral) text = url.quasis.map(quasi => quasi.value.cooked ?? '').join('');
  return text !== null && text.split(/[?#]/)[0]!.endsWith(endpoint);
}

const WINDOW_ROOTS = new Set(['window', 'globalThis', 'self', 'document']);

/** The `location` object: `location`, `window.location`, `document.location`. */
function locationPath(origin: Origin | null): readonly string[] | null {
  if (!origin?.global || origin.root === null) return null;
  if (origin.root === 'location') return origin.path;
  if (WINDOW_ROOTS.has(origin.root) && origin.path[0] === 'location') return origin.path.slice(1);
  return null;
}

/** A full page load: `window.location.href = …`, `location.assign(…)`, `.replace(…)`, `.reload()`. */
export function isFullPageLoad(node: TSESTree.Node, api: ApiKnowledge): boolean {
  if (node.type === T.AssignmentExpression && node.left.type === T.MemberExpression) {
    const path = locationPath(api.resolver.resolve(node.left));
    return path !== null && (path.length === 0 || (path.length === 1 && path[0] === 'href'));
  }
  if (node.type === T.CallExpression && node.callee.type === T.MemberExpression) {
    const method = propertyName(node.callee);
    const path = locationPath(api.resolver.resolve(node.callee.object));
    return path !== null && path.length === 0 && (method === 'assign' || method === 'replace' || method === 'reload');
  }
  return false;
}

/**
 * Is `node` a value a session hook returned, captured by the closure it is read in:
 * `status` from `const { status } = useSession()`, `session` from `const { data: session } = useSession()`?
 * Returns the hook's name, or null.
 */
export function sessionHookValue(node: TSESTree.Identifier, api: ApiKnowledge): string | null {
  const origin = api.resolver.resolve(node);
  const call = origin?.path.indexOf(CALL) ?? -1;
  if (!origin || call < 1) return null;
  const hook: Origin = { ...origin, path: origin.path.slice(0, call) };
  for (const library of AUTH_LIBRARIES) {
    const read = library.client?.reads.find(candidate => candidate.hook && matchesRef(hook, candidate.ref, api.file));
    if (read) return terminalName(hook);
  }
  return null;
}

/**
 * Session reads under `root`. By default only those that run when `root` runs:
 * nested functions (callbacks, handlers) are not entered.
 */
export function sessionReadsIn(root: TSESTree.Node, api: ApiKnowledge, intoFunctions = false): { call: TSESTree.CallExpression; read: SessionReadMatch }[] {
  const found: { call: TSESTree.CallExpression; read: SessionReadMatch }[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (!intoFunctions && node !== root && isFunctionNode(node)) return;
    const read = node.type === T.CallExpression ? clientSessionRead(node, api) : null;
    if (read) found.push({ call: node as TSESTree.CallExpression, read });
    childNodes(node).forEach(visit);
  };
  visit(root);
  return found;
}
