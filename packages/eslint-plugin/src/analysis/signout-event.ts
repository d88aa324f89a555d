import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import type { FunctionNode } from '../util/ast.js';
import { propertyName } from './imports.js';

/**
 * What a NextAuth `events.signOut` handler reads from its argument. The
 * argument is `{ token }` under the JWT strategy and `{ session }` under the
 * database strategy, never both (@auth/core actions/signout.ts; v4's types
 * claim both), so rules need each read and whether an `in` check admits it.
 */

export type EventKey = 'token' | 'session';

export interface EventRead {
  readonly key: EventKey;
  /** The destructuring property or the `message.token` member expression. */
  readonly node: TSESTree.Node;
  /** Guarded by `'token' in message` (or its negation / early return), so only reached when the key is passed. */
  readonly narrowed: boolean;
}

const KEYS = new Set<string>(['token', 'session']);

function isEventKey(name: string | null): name is EventKey {
  return name !== null && KEYS.has(name);
}

/** The parameter pattern, through a default value (`({ token } = {})`). */
export function eventParam(fn: FunctionNode): TSESTree.Node | null {
  const param = fn.params[0];
  if (!param) return null;
  return param.type === T.AssignmentPattern ? param.left : param;
}

/** Every read of `token` / `session` from the handler's argument, destructured or through `message.token`. */
export function signOutEventReads(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): EventRead[] {
  const param = eventParam(fn);
  if (param?.type === T.ObjectPattern) return patternReads(param, false);
  if (param?.type !== T.Identifier) return [];
  const variable = sourceCode.getDeclaredVariables(fn).find(v => v.name === param.name);
  const reads: EventRead[] = [];
  for (const reference of variable?.references ?? []) {
    const id = reference.identifier;
    const parent = id.parent;
    if (parent?.type === T.MemberExpression && parent.object === id) {
      const key = propertyName(parent);
      if (isEventKey(key)) reads.push({ key, node: parent, narrowed: isNarrowed(parent, fn, param.name, key) });
    } else if (parent?.type === T.VariableDeclarator && parent.init === id && parent.id.type === T.ObjectPattern) {
      reads.push(...patternReads(parent.id, false).map(read => ({ ...read, narrowed: isNarrowed(parent, fn, param.name, read.key) })));
    }
  }
  return reads;
}

function patternReads(pattern: TSESTree.ObjectPattern, narrowed: boolean): EventRead[] {
  return pattern.properties.flatMap(property => {
    if (property.type !== T.Property || property.computed || property.key.type !== T.Identifier) return [];
    const key = property.key.name;
    return isEventKey(key) ? [{ key, node: property, narrowed }] : [];
  });
}

/** `'token' in message` → token; `!('token' in message)` → token, negated. */
function inTest(test: TSESTree.Node, name: string): { key: EventKey; negated: boolean } | null {
  if (test.type === T.UnaryExpression && test.operator === '!') {
    const inner = inTest(test.argument, name);
    return inner && { key: inner.key, negated: !inner.negated };
  }
  if (test.type !== T.BinaryExpression || test.operator !== 'in') return null;
  if (test.right.type !== T.Identifier || test.right.name !== name) return null;
  const key = test.left.type === T.Literal && typeof test.left.value === 'string' ? test.left.value : null;
  return isEventKey(key) ? { key, negated: false } : null;
}

/** With two shapes, "has the other key" and "lacks this key" exclude this one. */
function proves(test: TSESTree.Node, name: string, key: EventKey, whenTrue: boolean): boolean {
  const found = inTest(test, name);
  if (!found) return false;
  const hasKey = found.key === key ? !found.negated : found.negated;
  return whenTrue ? hasKey : !hasKey;
}

function exits(statement: TSESTree.Statement): boolean {
  if (statement.type === T.ReturnStatement || statement.type === T.ThrowStatement) return true;
  const last = statement.type === T.BlockStatement ? statement.body.at(-1) : undefined;
  return last?.type === T.ReturnStatement || last?.type === T.ThrowStatement;
}

/** Is `node` reached only when `key` is in the argument: inside an `in` branch, after `&&`, or after an early return? */
function isNarrowed(node: TSESTree.Node, fn: FunctionNode, name: string, key: EventKey): boolean {
  for (let child: TSESTree.Node = node, parent = node.parent; parent && child !== fn; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case T.IfStatement:
      case T.ConditionalExpression:
        if (child === parent.consequent && proves(parent.test, name, key, true)) return true;
        if (child === parent.alternate && proves(parent.test, name, key, false)) return true;
        break;
      case T.LogicalExpression:
        if (child === parent.right && parent.operator === '&&' && proves(parent.left, name, key, true)) return true;
        break;
      case T.BlockStatement: {
        const before = parent.body.slice(0, parent.body.indexOf(child as TSESTree.Statement));
        const guarded = before.some(
          statement => statement.type === T.IfStatement && !statement.alternate && exits(statement.consequent) && proves(statement.test, name, key, false),
        );
        if (guarded) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}
