import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { matchesAny } from './api-ref.js';
import type { ApiKnowledge } from './api.js';
import { localCallee } from './local-values.js';
import { findNode, isFunctionNode } from '../util/ast.js';

/** Fixed delays: code that waits for a clock, not for an event. */

const TIMER_PROMISES = [
  { from: ['timers/promises', 'node:timers/promises'], path: ['setTimeout'] },
  { from: ['timers/promises', 'node:timers/promises'], path: ['default', 'setTimeout'] },
];
/** The `delay` and `sleep-promise` packages, and helpers with these names. */
const SLEEP_NAME = /^(?:sleep|delay|wait|pause|waitMs|sleepMs|timeout)$/;
const SLEEP_PACKAGES = [{ from: ['delay', 'sleep-promise', 'p-sleep'], path: ['default'] }];

function isSetTimeout(node: TSESTree.Node): boolean {
  if (node.type !== T.CallExpression) return false;
  const callee = node.callee;
  if (callee.type === T.Identifier) return callee.name === 'setTimeout';
  return callee.type === T.MemberExpression && !callee.computed && callee.property.type === T.Identifier && callee.property.name === 'setTimeout'
    && callee.object.type === T.Identifier && (callee.object.name === 'window' || callee.object.name === 'globalThis');
}

/** `new Promise(resolve => setTimeout(resolve, n))`: a promise whose executor only starts a timer. */
function isTimerPromise(node: TSESTree.Node): boolean {
  if (node.type !== T.NewExpression || node.callee.type !== T.Identifier || node.callee.name !== 'Promise') return false;
  const [executor] = node.arguments;
  return isFunctionNode(executor) && findNode(executor.body, isSetTimeout) !== null;
}

/** A function whose body is (or returns) a timer promise: `const sleep = ms => new Promise(r => setTimeout(r, ms))`. */
function isSleepFunction(fn: TSESTree.Node | null | undefined): boolean {
  if (!isFunctionNode(fn)) return false;
  if (fn.body.type !== T.BlockStatement) return isTimerPromise(fn.body);
  return fn.body.body.some(statement => statement.type === T.ReturnStatement && statement.argument !== null && isTimerPromise(statement.argument));
}

/**
 * Is `node` a fixed delay? `new Promise(r => setTimeout(r, n))`, `setTimeout(n)` from
 * timers/promises, the `delay` package, a helper named sleep/delay/wait/pause, or a local
 * function of any name whose body is a timer promise.
 */
export function isSleep(node: TSESTree.Node, api: ApiKnowledge, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (isTimerPromise(node)) return true;
  if (node.type !== T.CallExpression || node.arguments.some(isFunctionNode)) return false;
  const origin = api.calleeOrigin(node);
  if (matchesAny(origin, TIMER_PROMISES, api.file) || matchesAny(origin, SLEEP_PACKAGES, api.file)) return true;
  const callee = node.callee;
  const name = callee.type === T.Identifier ? callee.name : callee.type === T.MemberExpression && callee.property.type === T.Identifier ? callee.property.name : null;
  if (name !== null && SLEEP_NAME.test(name) && node.arguments.length <= 1) return true;
  return isSleepFunction(localCallee(node, sourceCode));
}

/** `setInterval(callback, ms)` / `setTimeout(callback, ms)`, global or on `window`: which timer, and its callback. */
export function timerCall(node: TSESTree.Node): { readonly kind: 'interval' | 'timeout'; readonly callback: TSESTree.Node } | null {
  if (node.type !== T.CallExpression) return null;
  const callee = node.callee;
  const name = callee.type === T.Identifier
    ? callee.name
    : callee.type === T.MemberExpression && !callee.computed && callee.property.type === T.Identifier && callee.object.type === T.Identifier && (callee.object.name === 'window' || callee.object.name === 'globalThis')
      ? callee.property.name
      : null;
  const [callback] = node.arguments;
  if (!callback || callback.type === T.SpreadElement) return null;
  if (name === 'setInterval') return { kind: 'interval', callback };
  return name === 'setTimeout' ? { kind: 'timeout', callback } : null;
}

/** `await <fixed delay>`. */
export function isAwaitedSleep(node: TSESTree.Node, api: ApiKnowledge, sourceCode: Readonly<TSESLint.SourceCode>): node is TSESTree.AwaitExpression {
  return node.type === T.AwaitExpression && isSleep(node.argument, api, sourceCode);
}
