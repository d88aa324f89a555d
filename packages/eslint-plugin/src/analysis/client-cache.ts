import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { matchesAny } from './api-ref.js';
import type { ApiKnowledge } from './api.js';
import { calleeIsWrapper } from './client-session.js';
import { CALL, type Origin, terminalName } from './imports.js';
import { APP_MODULE, CLIENT_CACHES, type CacheEffect, type ClientCache } from './libraries/client-caches.js';
import { resolveValue } from './local-values.js';
import { staticString } from './static-values.js';

/** Client-side data caches (TanStack Query, SWR, Apollo, RTK Query): who reaches them, and what a call does to them. */

export interface ClientCacheCall {
  readonly cache: ClientCache;
  readonly effect: CacheEffect;
}

/** The cache whose client `origin` is: by where it comes from, or by the name an app module or prop gives it. */
export function clientCacheOf(origin: Origin | null, api: ApiKnowledge): ClientCache | null {
  if (!origin) return null;
  const name = terminalName(origin);
  const named = name !== null && !origin.path.includes(CALL) && !origin.global
    && (origin.source === null ? origin.path.length === 0 : APP_MODULE.test(origin.source));
  return CLIENT_CACHES.find(cache => matchesAny(origin, cache.clients, api.file) || (named && cache.clientName?.test(name!))) ?? null;
}

/** What a call does to a client cache: `queryClient.clear()`, `mutate(() => true, undefined, …)`, `dispatch(api.util.resetApiState())`. */
export function clientCacheCall(call: TSESTree.CallExpression, api: ApiKnowledge): ClientCacheCall | null {
  const origin = api.calleeOrigin(call);
  if (!origin) return null;
  // The member path after the client: '' (SWR's mutate itself), 'clear', 'util.resetApiState'.
  for (let depth = 0; depth <= Math.min(2, origin.path.length); depth++) {
    const method = origin.path.slice(origin.path.length - depth);
    if (method.includes(CALL)) break;
    const cache = clientCacheOf({ ...origin, path: origin.path.slice(0, origin.path.length - depth) }, api);
    const effect = cache?.calls[method.join('.')]?.(call.arguments, call);
    if (cache && effect) return { cache, effect };
  }
  return null;
}

/** A team helper named in `clientCacheClears`: it clears every client cache. */
export function isTeamCacheClear(call: TSESTree.CallExpression, api: ApiKnowledge): boolean {
  return calleeIsWrapper(api.calleeOrigin(call), api.settings.clientCacheClears, api.file);
}

/** The client caches a file works with: it imports a way to reach them (and, for RTK Query, a dispatch). */
export function reachedClientCaches(program: TSESTree.Program, api: ApiKnowledge): ClientCache[] {
  const imported: Origin[] = [];
  for (const statement of program.body) {
    if (statement.type !== T.ImportDeclaration || statement.importKind === 'type') continue;
    for (const specifier of statement.specifiers) {
      const origin = api.resolver.resolve(specifier.local);
      if (origin) imported.push(origin);
    }
  }
  return CLIENT_CACHES.filter(cache => {
    const reached = imported.some(origin => matchesAny(origin, cache.reachedBy, api.file) || clientCacheOf(origin, api) === cache);
    return reached && (!cache.requires || imported.some(origin => matchesAny(origin, cache.requires!.imports, api.file)));
  });
}

export interface ClientNames {
  readonly client: string | null;
  readonly dispatch: string | null;
}

/** The bindings visible at `node` that hold the cache's client (and its dispatch). */
export function clientNamesInScope(node: TSESTree.Node, cache: ClientCache, api: ApiKnowledge, sourceCode: Readonly<TSESLint.SourceCode>): ClientNames {
  let client: string | null = null;
  let dispatch: string | null = null;
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node); scope && !(client && dispatch); scope = scope.upper) {
    for (const variable of scope.variables) {
      const id = variable.defs[0]?.name;
      if (id?.type !== T.Identifier) continue;
      const origin = api.resolver.resolve(id);
      if (!client && clientCacheOf(origin, api) === cache) client = variable.name;
      else if (!dispatch && cache.requires && matchesAny(origin, cache.requires.values, api.file)) dispatch = variable.name;
    }
  }
  return { client, dispatch };
}

/**
 * The first element of the query key a TanStack call names: `{ queryKey: ['session'] }`,
 * `['session']` (v3/v4 positional keys), `'session'` (v3 string keys), or a `const` holding one.
 */
export function queryKeyHead(arg: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  if (!arg) return null;
  let key: TSESTree.Node | null = resolveValue(arg, sourceCode);
  if (key?.type === T.ObjectExpression) {
    const property = key.properties.find(
      (candidate): candidate is TSESTree.Property => candidate.type === T.Property && !candidate.computed && candidate.key.type === T.Identifier && candidate.key.name === 'queryKey',
    );
    key = property ? resolveValue(property.value, sourceCode) : null;
  }
  if (key?.type === T.ArrayExpression) {
    const [first] = key.elements;
    return first && first.type !== T.SpreadElement ? staticString(first, sourceCode) : null;
  }
  return key ? staticString(key, sourceCode) : null;
}
