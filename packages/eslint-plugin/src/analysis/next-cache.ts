import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { childNodes, type FunctionNode, isDirective, isFunctionNode, unwrapExpression } from '../util/ast.js';
import type { ApiRef } from './api-ref.js';
import type { ApiKnowledge } from './api.js';
import { CACHED_FUNCTION_FACTORIES } from './libraries/cache-libraries.js';
import { resolveValue } from './local-values.js';

/**
 * Next.js caching that outlives a request: route segment config exports,
 * `unstable_cache(fn)` and `'use cache'` functions, and the request APIs
 * whose values must never end up in them.
 */

/** A literal route segment config export: `export const revalidate = 60`. */
export interface SegmentConfigExport {
  readonly name: string;
  readonly value: string | number | boolean;
  readonly declarator: TSESTree.VariableDeclarator;
  readonly declaration: TSESTree.ExportNamedDeclaration;
}

/** Segment config keys that decide caching (Next.js "Route Segment Config"). */
const CACHING_KEYS = new Set(['dynamic', 'revalidate', 'fetchCache', 'dynamicParams', 'runtime', 'preferredRegion', 'maxDuration']);

/** Every literal segment config export of a route, page or layout module. */
export function segmentConfig(program: TSESTree.Program): Map<string, SegmentConfigExport> {
  const found = new Map<string, SegmentConfigExport>();
  for (const statement of program.body) {
    if (statement.type !== T.ExportNamedDeclaration || statement.declaration?.type !== T.VariableDeclaration) continue;
    for (const declarator of statement.declaration.declarations) {
      if (declarator.id.type !== T.Identifier || !CACHING_KEYS.has(declarator.id.name) || !declarator.init) continue;
      const init = unwrapExpression(declarator.init);
      if (init.type === T.Literal && (typeof init.value === 'string' || typeof init.value === 'number' || typeof init.value === 'boolean')) {
        found.set(declarator.id.name, { name: declarator.id.name, value: init.value, declarator, declaration: statement });
      }
    }
  }
  return found;
}

/**
 * The segment config exports that ask Next.js to cache the route's output:
 * `dynamic = 'force-static'`, `revalidate = N` with N > 0 (unless the module
 * also says `dynamic = 'force-dynamic'`, which wins), and
 * `fetchCache = 'force-cache' | 'only-cache'`.
 */
export function cachingSegmentConfig(program: TSESTree.Program): SegmentConfigExport[] {
  const config = segmentConfig(program);
  const asks: SegmentConfigExport[] = [];
  const dynamic = config.get('dynamic');
  if (dynamic?.value === 'force-static') asks.push(dynamic);
  const revalidate = config.get('revalidate');
  if (typeof revalidate?.value === 'number' && revalidate.value > 0 && dynamic?.value !== 'force-dynamic') asks.push(revalidate);
  const fetchCache = config.get('fetchCache');
  if (fetchCache?.value === 'force-cache' || fetchCache?.value === 'only-cache') asks.push(fetchCache);
  return asks.sort((a, b) => a.declaration.range[0] - b.declaration.range[0]);
}

/** Request-scoped reads from next/headers: what a shared cache entry must never depend on. */
export const REQUEST_APIS: readonly ApiRef[] = [
  { from: ['next/headers'], path: ['cookies'] },
  { from: ['next/headers'], path: ['headers'] },
];

/** `unstable_cache` itself (the table lists the function it returns). */
const CACHE_FACTORIES: readonly ApiRef[] = CACHED_FUNCTION_FACTORIES.map(ref => ({ ...ref, path: ref.path.slice(0, -1) }));

/**
 * The `'use cache'` directive a function body or module opens with, if its
 * entries are shared between requests: `'use cache'` and `'use cache: remote'`.
 * `'use cache: private'` caches per request and is not returned.
 */
export function sharedCacheDirective(body: readonly TSESTree.Node[] | TSESTree.Node): TSESTree.ExpressionStatement | null {
  const statements: readonly TSESTree.Node[] = isNodeList(body) ? body : body.type === T.BlockStatement ? body.body : [];
  for (const statement of statements) {
    if (!isDirective(statement)) return null;
    const directive = statement.directive.trim();
    if (/^use cache(?::\s*(?!private\b)[\w-]+)?$/.test(directive)) return statement;
  }
  return null;
}

function isNodeList(value: readonly TSESTree.Node[] | TSESTree.Node): value is readonly TSESTree.Node[] {
  return Array.isArray(value);
}

/** A function whose result Next.js keeps across requests. */
export interface SharedCachedFunction {
  readonly fn: FunctionNode;
  readonly via: 'unstable_cache' | 'use cache';
  /** Where to report: the `unstable_cache(…)` call or the directive. */
  readonly node: TSESTree.Node;
}

/**
 * Functions whose results are shared across requests: the function given to
 * `unstable_cache(fn, …)` (inline or a same-file function), functions opening
 * with a shared `'use cache'` directive, and the exported functions of a
 * module that opens with one.
 */
export function sharedCachedFunctions(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>, api: ApiKnowledge): SharedCachedFunction[] {
  const found: SharedCachedFunction[] = [];
  const moduleDirective = sharedCacheDirective(program.body);
  if (moduleDirective) {
    for (const statement of program.body) {
      const declaration = statement.type === T.ExportNamedDeclaration || statement.type === T.ExportDefaultDeclaration ? statement.declaration : null;
      for (const fn of exportedFunctions(declaration)) found.push({ fn, via: 'use cache', node: moduleDirective });
    }
  }
  const visit = (node: TSESTree.Node): void => {
    if (isFunctionNode(node)) {
      const directive = sharedCacheDirective(node.body);
      if (directive) found.push({ fn: node, via: 'use cache', node: directive });
    } else if (node.type === T.CallExpression && api.calleeIs(node, CACHE_FACTORIES) && node.arguments[0]) {
      const fn = resolveValue(node.arguments[0], sourceCode);
      if (isFunctionNode(fn)) found.push({ fn, via: 'unstable_cache', node });
    }
  };
  walk(program, visit);
  return found;
}

function exportedFunctions(declaration: TSESTree.Node | null | undefined): FunctionNode[] {
  if (!declaration) return [];
  if (isFunctionNode(declaration)) return [declaration];
  if (declaration.type !== T.VariableDeclaration) return [];
  return declaration.declarations.flatMap(d => (d.init && isFunctionNode(unwrapExpression(d.init)) ? [unwrapExpression(d.init!) as FunctionNode] : []));
}

function walk(node: TSESTree.Node, visit: (node: TSESTree.Node) => void): void {
  visit(node);
  for (const child of childNodes(node)) walk(child, visit);
}
