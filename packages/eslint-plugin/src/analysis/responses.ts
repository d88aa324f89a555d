import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import type { ApiRef } from './api-ref.js';
import type { ApiKnowledge } from './api.js';
import { propertyName } from './imports.js';

/** A response a handler sends, with its body and status when they are written out. */
export interface ResponseSend {
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The body as data: `x` in `NextResponse.json(x)` and in `new Response(JSON.stringify(x))`. */
  readonly body: TSESTree.Node | null;
  /** The options object (`{ status, headers }`) of Web responses. */
  readonly init: TSESTree.ObjectExpression | null;
  /** A literal status, from the options or `res.status(n)`; null when not written as a number. */
  readonly status: number | null;
  /** `web`: Response/NextResponse. `node`: the `res` of a pages/api or Express handler. */
  readonly style: 'web' | 'node';
  /** The body is JSON (`.json()` or `JSON.stringify`). */
  readonly json: boolean;
}

const JSON_FACTORIES: readonly ApiRef[] = [
  { from: ['next/server'], path: ['NextResponse', 'json'] },
  { from: 'any', path: ['Response', 'json'] },
];
const CONSTRUCTORS: readonly ApiRef[] = [{ from: ['next/server'], path: ['NextResponse'] }, { from: 'any', path: ['Response'] }];
const NODE_SENDERS = new Set(['json', 'send', 'end']);

function literalStatus(node: TSESTree.Node | undefined): number | null {
  return node?.type === T.Literal && typeof node.value === 'number' ? node.value : null;
}

function statusFromInit(init: TSESTree.ObjectExpression | null): number | null {
  for (const property of init?.properties ?? []) {
    if (property.type === T.Property && !property.computed && property.key.type === T.Identifier && property.key.name === 'status') {
      return literalStatus(property.value);
    }
  }
  return null;
}

function stringified(node: TSESTree.Node | undefined): TSESTree.Node | null {
  if (
    node?.type === T.CallExpression &&
    node.callee.type === T.MemberExpression &&
    node.callee.object.type === T.Identifier &&
    node.callee.object.name === 'JSON' &&
    propertyName(node.callee) === 'stringify'
  ) {
    return node.arguments[0] ?? null;
  }
  return null;
}

function asObject(node: TSESTree.Node | undefined): TSESTree.ObjectExpression | null {
  return node?.type === T.ObjectExpression ? node : null;
}

/** The root identifier of `res.status(401).json`, looking through calls and members. */
function chainRoot(node: TSESTree.Node): { root: TSESTree.Identifier | null; status: number | null } {
  let status: number | null = null;
  let current: TSESTree.Node = node;
  for (;;) {
    if (current.type === T.MemberExpression) current = current.object;
    else if (current.type === T.CallExpression) {
      if (current.callee.type === T.MemberExpression && propertyName(current.callee) === 'status') {
        status = literalStatus(current.arguments[0]) ?? status;
      }
      current = current.callee;
    } else return { root: current.type === T.Identifier ? current : null, status };
  }
}

/**
 * Recognises a response: `NextResponse.json(x)`, `Response.json(x)`,
 * `new Response(JSON.stringify(x), init)`, and for Node-style handlers,
 * `res.json(x)` / `res.status(n).send(x)` where `res` is `responseParam`.
 */
export function responseOf(
  node: TSESTree.Node,
  api: ApiKnowledge,
  responseParam: string | null,
): ResponseSend | null {
  if (node.type === T.NewExpression) {
    if (!api.calleeIs(node, CONSTRUCTORS)) return null;
    const [first, second] = node.arguments;
    const json = stringified(first);
    const init = asObject(second);
    return { node, body: json ?? first ?? null, init, status: statusFromInit(init), style: 'web', json: json !== null };
  }
  if (node.type !== T.CallExpression || node.callee.type !== T.MemberExpression) return null;
  if (api.calleeIs(node, JSON_FACTORIES)) {
    const init = asObject(node.arguments[1]);
    return { node, body: node.arguments[0] ?? null, init, status: statusFromInit(init), style: 'web', json: true };
  }
  const method = propertyName(node.callee);
  if (responseParam && method && NODE_SENDERS.has(method)) {
    const { root, status } = chainRoot(node.callee.object);
    if (root?.name !== responseParam) return null;
    const argument = node.arguments[0];
    const json = stringified(argument);
    return { node, body: json ?? argument ?? null, init: null, status, style: 'node', json: method === 'json' || json !== null };
  }
  return null;
}

/** The name of a Node-style handler's response parameter (`res` in `(req, res) => …`). */
export function responseParamOf(fn: { params: readonly TSESTree.Parameter[] }): string | null {
  const param = fn.params[1];
  return param?.type === T.Identifier ? param.name : null;
}
