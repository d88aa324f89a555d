import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { cacheHeaderKind, type CacheVerdict, cacheVerdict } from './http-cache.js';
import { propertyName } from './imports.js';
import { staticString } from './static-values.js';

/**
 * Caching headers a handler writes on its response, in every way Next.js and
 * Node code spells them:
 * - `{ headers: { 'Cache-Control': v } }`, `new Headers({ … })`, `res.writeHead(200, { … })`;
 * - `[['Cache-Control', v]]` tuples;
 * - `response.headers.set('Cache-Control', v)` / `.append(…)`, `res.setHeader(…)`, Express `res.set(…)` / `res.header(…)`.
 * Headers of outgoing requests (`fetch(url, { headers })`) are not responses and are skipped.
 */
export interface CacheHeaderWrite {
  /** The header name as written. */
  readonly name: string;
  /** The expression that gives the value: what a fix replaces. */
  readonly valueNode: TSESTree.Node;
  /** The static value, or null when the file does not show it. */
  readonly value: string | null;
  /** The verdict on the value; null when the value is not static. */
  readonly verdict: CacheVerdict | null;
}

const SETTERS = new Set(['set', 'append', 'setHeader', 'header']);
/** Clients that send requests: their `headers` are request headers. */
const REQUEST_CALLEES = /^(?:fetch|\$fetch|ofetch|Request|axios|ky|got|request|superagent|undici)$/;
const MAX_DEPTH = 3;

function keyText(property: TSESTree.Property): string | null {
  if (property.key.type === T.Identifier && !property.computed) return property.key.name;
  return property.key.type === T.Literal && typeof property.key.value === 'string' ? property.key.value : null;
}

/**
 * The caching header `node` writes on a response, if it is one: a `Property`
 * of a headers object, a header tuple `ArrayExpression`, or a setter call.
 */
export function cacheHeaderWrite(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): CacheHeaderWrite | null {
  let name: string | null = null;
  let valueNode: TSESTree.Node | undefined;
  if (node.type === T.Property && node.parent.type === T.ObjectExpression && node.kind === 'init') {
    name = keyText(node);
    valueNode = node.value;
  } else if (node.type === T.ArrayExpression && node.elements.length === 2 && node.parent.type === T.ArrayExpression) {
    const [first, second] = node.elements;
    name = first?.type === T.Literal && typeof first.value === 'string' ? first.value : null;
    valueNode = second && second.type !== T.SpreadElement ? second : undefined;
  } else if (node.type === T.CallExpression && node.callee.type === T.MemberExpression && SETTERS.has(propertyName(node.callee) ?? '')) {
    const [first, second] = node.arguments;
    name = first?.type === T.Literal && typeof first.value === 'string' ? first.value : null;
    valueNode = second && second.type !== T.SpreadElement ? second : undefined;
  }
  if (name === null || !valueNode || !cacheHeaderKind(name) || isRequestHeader(node, sourceCode, 0)) return null;
  const value = staticString(valueNode, sourceCode);
  return { name, valueNode, value, verdict: value === null ? null : cacheVerdict(name, value) };
}

/** The name a call's callee is known by: `fetch`, `axios` in `axios.get`, `Request` in `new Request`. */
function calleeRoot(callee: TSESTree.Node): string | null {
  let current = callee;
  while (current.type === T.MemberExpression) {
    if (propertyName(current) === 'fetch') return 'fetch';
    current = current.object;
  }
  return current.type === T.Identifier ? current.name : null;
}

/** Is `node` part of the arguments of an outgoing request, directly or through a same-file variable? */
function isRequestHeader(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if ((parent.type === T.CallExpression || parent.type === T.NewExpression) && parent.arguments.includes(child as TSESTree.CallExpressionArgument)) {
      const root = calleeRoot(parent.callee);
      if (root !== null && REQUEST_CALLEES.test(root)) return true;
    }
    if (parent.type === T.VariableDeclarator && parent.init === child && parent.id.type === T.Identifier && depth < MAX_DEPTH) {
      const variable = ASTUtils.findVariable(sourceCode.getScope(parent), parent.id);
      return (variable?.references ?? []).some(reference => !reference.init && isRequestHeader(reference.identifier, sourceCode, depth + 1));
    }
    if (parent.type === T.FunctionDeclaration || parent.type === T.FunctionExpression || parent.type === T.ArrowFunctionExpression) return false;
  }
  return false;
}
