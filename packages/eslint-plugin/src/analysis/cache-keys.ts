import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { isFunctionNode, unwrapExpression } from '../util/ast.js';
import type { ApiKnowledge } from './api.js';
import { cookieCall } from './cookies.js';
import { terminalName } from './imports.js';

/**
 * Cache keys as comparable shapes, so a rule can tell whether a delete hits
 * the entry a write made: `` `session:${token.sub}` `` and
 * `'session:' + token.sub` are one shape; `sessionKey(token.sub)` is a
 * builder call (inlined when the builder is written in the same file).
 */

/** One piece of a key: literal text, or a value (`token.sub`) named by what it identifies. */
export type KeyPart = { readonly text: string } | { readonly value: string };

export type KeyShape =
  | { readonly kind: 'parts'; readonly parts: readonly KeyPart[] }
  /** A call to a key builder we cannot see into (imported, or named in settings `keyBuilders`). */
  | { readonly kind: 'builder'; readonly name: string; readonly args: readonly KeyShape[] }
  | { readonly kind: 'unknown' };

export type KeyComparison = 'same' | 'different' | 'unknown';

const UNKNOWN: KeyShape = { kind: 'unknown' };
const MAX_DEPTH = 6;

/**
 * Values that identify the same thing across NextAuth callbacks and events:
 * the user id is `token.sub` in `jwt`/JWT `signOut`, `user.id` in the
 * database `session` callback and `session.userId` in database `signOut`.
 * A value read from a cookie is the raw cookie, whatever it is called.
 */
const RAW_COOKIE = 'the raw cookie value';
const IDENTITIES: readonly [RegExp, string][] = [
  [/(?:^|\.)cookies?\b|(?:^|\.)headers\.get\(['"]cookie/i, RAW_COOKIE],
  [/^(?:token\.(?:sub|id|uid|userId)|user\.id|session\.userId|session\.user\.id|userId|uid)$/, 'the user id'],
  [/^(?:token\.jti|jti)$/, 'the token id (jti)'],
  [/^(?:session\.sessionToken|sessionToken)$/, 'the session token'],
  [/^(?:token\.email|user\.email|session\.user\.email|email)$/, 'the user email'],
];

/** Parameter names an event argument arrives under, dropped so `message.token.sub` reads as `token.sub`. */
const MESSAGE_PREFIX = /^(?:message|msg|event|params|args|data)\./;

/** What a value in a key identifies: `token.sub` and `user.id` are both "the user id". */
export function identityOf(valueText: string): string {
  const text = valueText.replace(/\?\./g, '.').replace(/!/g, '').replace(/\s+/g, '').replace(MESSAGE_PREFIX, '');
  for (const [pattern, identity] of IDENTITIES) if (pattern.test(text)) return identity;
  return text;
}

export interface KeyContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly api: ApiKnowledge;
}

/** The shape of a key expression. */
export function keyShape(node: TSESTree.Node, context: KeyContext): KeyShape {
  return shapeOf(node, context, new Map(), 0);
}

function shapeOf(node: TSESTree.Node, context: KeyContext, env: ReadonlyMap<string, KeyShape>, depth: number): KeyShape {
  if (depth > MAX_DEPTH) return UNKNOWN;
  const value = unwrapExpression(node);
  switch (value.type) {
    case T.Literal:
      return typeof value.value === 'string' || typeof value.value === 'number' ? parts([{ text: String(value.value) }]) : UNKNOWN;
    case T.TemplateLiteral: {
      const pieces: KeyShape[] = [];
      value.quasis.forEach((quasi, i) => {
        pieces.push(parts([{ text: quasi.value.cooked ?? '' }]));
        const expression = value.expressions[i];
        if (expression) pieces.push(shapeOf(expression, context, env, depth + 1));
      });
      return concat(pieces);
    }
    case T.BinaryExpression:
      if (value.operator !== '+') return UNKNOWN;
      return concat([shapeOf(value.left, context, env, depth + 1), shapeOf(value.right, context, env, depth + 1)]);
    case T.Identifier:
      return identifierShape(value, context, env, depth);
    case T.MemberExpression:
      return isCookieValue(value, context) ? parts([{ value: RAW_COOKIE }]) : memberShape(value, context);
    case T.CallExpression:
      return callShape(value, context, env, depth);
    default:
      return UNKNOWN;
  }
}

function identifierShape(id: TSESTree.Identifier, context: KeyContext, env: ReadonlyMap<string, KeyShape>, depth: number): KeyShape {
  const bound = env.get(id.name);
  if (bound) return bound;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(id), id);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  // `const key = …` and `const userId = token.sub` stand for their initialiser.
  if (def?.type === 'Variable' && def.parent.kind === 'const' && def.node.init) {
    if (def.node.id.type === T.Identifier) return shapeOf(def.node.init, context, env, depth + 1);
    // `const { sub } = token` / `const { value: sessionToken } = cookies().get(…)`.
    return parts([{ value: identityOf(`${context.sourceCode.getText(def.node.init)}.${id.name}`) }]);
  }
  return parts([{ value: identityOf(id.name) }]);
}

/** `store.get('session-token')?.value`, `request.cookies.get(name)!.value`: a cookie read, whatever the store is called. */
function isCookieValue(member: TSESTree.MemberExpression, context: KeyContext): boolean {
  const object = unwrapExpression(member.object);
  return object.type === T.CallExpression && cookieCall(object, context.api, context.sourceCode)?.kind === 'read';
}

function memberShape(member: TSESTree.MemberExpression, context: KeyContext): KeyShape {
  return parts([{ value: identityOf(context.sourceCode.getText(member)) }]);
}

function callShape(call: TSESTree.CallExpression, context: KeyContext, env: ReadonlyMap<string, KeyShape>, depth: number): KeyShape {
  const args = call.arguments.map(argument => shapeOf(argument, context, env, depth + 1));
  // `String(x)`, `x.toString()`: the same key.
  if (call.callee.type === T.Identifier && call.callee.name === 'String' && args.length === 1) return args[0]!;
  if (call.callee.type === T.MemberExpression && !call.callee.computed && call.callee.property.type === T.Identifier) {
    if (call.callee.property.name === 'toString' && args.length === 0) return shapeOf(call.callee.object, context, env, depth + 1);
    // `cookies().get(name)?.value`-style reads are values, not builders.
    return memberShape(call.callee, context);
  }
  const origin = context.api.calleeOrigin(call);
  const name = origin ? terminalName(origin) : null;
  if (!name) return UNKNOWN;
  if (context.api.calleeMatches(call, context.api.settings.keyBuilders)) return { kind: 'builder', name, args };
  const builder = sameFileBuilder(call, context);
  if (builder) {
    const bindings = new Map(env);
    builder.params.forEach((param, i) => {
      if (param.type === T.Identifier) bindings.set(param.name, args[i] ?? UNKNOWN);
    });
    return shapeOf(builder.body, context, bindings, depth + 1);
  }
  // An imported builder: comparable by name and arguments.
  return origin?.source !== null ? { kind: 'builder', name, args } : UNKNOWN;
}

/** `const sessionKey = (id) => \`session:${id}\`` or a function returning one expression. */
function sameFileBuilder(call: TSESTree.CallExpression, context: KeyContext): { params: TSESTree.Parameter[]; body: TSESTree.Expression } | null {
  if (call.callee.type !== T.Identifier) return null;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(call.callee), call.callee);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  const fn = def?.type === 'FunctionName' ? def.node : def?.type === 'Variable' && def.parent.kind === 'const' ? def.node.init : null;
  if (!isFunctionNode(fn)) return null;
  if (fn.body.type !== T.BlockStatement) return { params: fn.params, body: fn.body };
  const [statement] = fn.body.body;
  return fn.body.body.length === 1 && statement?.type === T.ReturnStatement && statement.argument ? { params: fn.params, body: statement.argument } : null;
}

function parts(list: readonly KeyPart[]): KeyShape {
  return { kind: 'parts', parts: list };
}

/** Joins shapes, merging adjacent text; anything but plain parts makes a builder-in-a-template we do not compare. */
function concat(pieces: readonly KeyShape[]): KeyShape {
  const joined: KeyPart[] = [];
  for (const piece of pieces) {
    if (piece.kind !== 'parts') return pieces.length === 1 ? piece : UNKNOWN;
    for (const part of piece.parts) {
      const last = joined.at(-1);
      if ('text' in part && last && 'text' in last) joined[joined.length - 1] = { text: last.text + part.text };
      else if (!('text' in part) || part.text !== '') joined.push(part);
    }
  }
  return parts(joined);
}

const KNOWN_IDENTITIES = new Set(IDENTITIES.map(([, identity]) => identity));

/**
 * Do two keys name the same entry? `different` only when both are fully
 * understood and differ in their text or in what their values identify
 * (the user id vs the raw cookie value); otherwise `unknown`.
 */
export function compareKeys(a: KeyShape, b: KeyShape): KeyComparison {
  if (a.kind === 'builder' && b.kind === 'builder') {
    if (a.name !== b.name || a.args.length !== b.args.length) return 'unknown';
    const results = a.args.map((arg, i) => compareKeys(arg, b.args[i]!));
    if (results.includes('different')) return 'different';
    return results.every(result => result === 'same') ? 'same' : 'unknown';
  }
  if (a.kind !== 'parts' || b.kind !== 'parts') return 'unknown';
  if (a.parts.length !== b.parts.length) {
    return a.parts.every(isKnown) && b.parts.every(isKnown) ? 'different' : 'unknown';
  }
  let result: KeyComparison = 'same';
  for (const [i, left] of a.parts.entries()) {
    const right = b.parts[i]!;
    if ('text' in left && 'text' in right) {
      if (left.text !== right.text) return 'different';
    } else if ('value' in left && 'value' in right) {
      if (left.value === right.value) continue;
      if (KNOWN_IDENTITIES.has(left.value) && KNOWN_IDENTITIES.has(right.value)) return 'different';
      result = 'unknown';
    } else {
      result = 'unknown';
    }
  }
  return result;
}

function isKnown(part: KeyPart): boolean {
  return 'text' in part || KNOWN_IDENTITIES.has(part.value);
}

/** A key as a developer reads it: `session:${the user id}`. */
export function describeKey(shape: KeyShape): string {
  switch (shape.kind) {
    case 'parts':
      return shape.parts.map(part => ('text' in part ? part.text : `\${${part.value}}`)).join('');
    case 'builder':
      return `${shape.name}(${shape.args.map(describeKey).join(', ')})`;
    default:
      return 'a computed key';
  }
}
