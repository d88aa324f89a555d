import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { clientSessionChange, sessionReadsIn } from '../../analysis/client-session.js';
import { fileFacts } from '../../analysis/file-facts.js';
import type { AuthLibrary } from '../../analysis/libraries/auth-libraries.js';
import { boundName, enclosingFunction, isComponentOrHook } from '../../analysis/react-components.js';
import { isAwaitedSleep } from '../../analysis/timing.js';
import { childNodes, type FunctionNode, isFunctionNode } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';
import { removeStatement } from '../../util/source-edit.js';

export const RULE_NAME = 'no-timed-auth-sync';

type MessageIds = 'sleepAfterAuthChange' | 'pollingLoop' | 'hookOutsideRender' | 'removeSleep';

type Loop = TSESTree.WhileStatement | TSESTree.DoWhileStatement | TSESTree.ForStatement;

interface SessionChange {
  readonly call: TSESTree.CallExpression;
  readonly library: AuthLibrary | null;
  readonly fn: FunctionNode | null;
}

const GENERIC_SETTLED = 'awaiting the auth call itself is what waits for it to finish; a timer only adds latency and still loses the race on a slow network';

const settledBy = (library: AuthLibrary | null | undefined): string => library?.client?.settledBy ?? GENERIC_SETTLED;

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow timers, polling loops and hook calls used to wait for a sign-in or sign-out to take effect',
      recommended: 'warn',
      strict: 'error',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      sleepAfterAuthChange: 'This delay after `{{change}}` waits for a clock, not for the session: {{settledBy}}. Remove it and act once the call has resolved.',
      pollingLoop:
        "This loop polls `{{read}}` until the session changes. Nothing changes it on a timer: {{settledBy}}. Await the sign-in or sign-out itself, or render from the library's reactive state (`useSession().status`, `onAuthStateChange`).",
      hookOutsideRender:
        "`{{hook}}()` is a React hook: called {{where}} it breaks the Rules of Hooks, and the value it returns there is a snapshot that never changes while this code runs. Call it at the top of the component and react to its state in an effect.",
      removeSleep: 'Remove the delay.',
    },
  },
  create(context) {
    const { api } = fileFacts(context);
    const { sourceCode } = context;
    const changes: SessionChange[] = [];
    const sleeps: TSESTree.AwaitExpression[] = [];
    const loops: Loop[] = [];

    const onLoop = (node: Loop): void => {
      loops.push(node);
    };

    return {
      CallExpression(node) {
        // Settings wrappers are matched (hook-aware) by clientSessionChange; the server tables add server actions' sign-outs.
        const server = api.serverSignOut(node);
        const change = clientSessionChange(node, api) ?? (server?.library ? server : null);
        if (change) changes.push({ call: node, library: change.library, fn: enclosingFunction(node) });
      },
      AwaitExpression(node) {
        if (isAwaitedSleep(node, api, sourceCode)) sleeps.push(node);
      },
      WhileStatement: onLoop,
      DoWhileStatement: onLoop,
      ForStatement: onLoop,
      'Program:exit'(program: TSESTree.Program) {
        for (const { call, read } of sessionReadsIn(program, api, true)) {
          if (read.hook) {
            const where = hookPlacement(call);
            if (where) context.report({ node: call, messageId: 'hookOutsideRender', data: { hook: sourceCode.getText(call.callee), where } });
          }
        }

        const polling: Loop[] = [];
        for (const loop of loops) {
          const [first] = sessionReadsIn(loop, api);
          if (!first || !awaitsInside(loop)) continue;
          polling.push(loop);
          context.report({
            loc: sourceCode.getFirstToken(loop)!.loc,
            messageId: 'pollingLoop',
            data: { read: `${sourceCode.getText(first.call.callee)}()`, settledBy: settledBy(first.read.library ?? changeBefore(loop, changes)?.library) },
          });
        }

        for (const sleep of sleeps) {
          if (polling.some(loop => contains(loop, sleep))) continue;
          const change = changeBefore(sleep, changes);
          if (!change) continue;
          const statement = sleep.parent;
          context.report({
            node: sleep,
            messageId: 'sleepAfterAuthChange',
            data: { change: `${sourceCode.getText(change.call.callee)}()`, settledBy: settledBy(change.library) },
            suggest:
              statement.type === T.ExpressionStatement && (statement.parent.type === T.BlockStatement || statement.parent.type === T.Program)
                ? [{ messageId: 'removeSleep', fix: (fixer: TSESLint.RuleFixer) => removeStatement(fixer, statement, sourceCode) }]
                : [],
          });
        }
      },
    };
  },
});

const contains = (outer: TSESTree.Node, inner: TSESTree.Node): boolean => outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];

/** A session change that ran before `node` in the same function or one enclosing it. */
function changeBefore(node: TSESTree.Node, changes: readonly SessionChange[]): SessionChange | undefined {
  const enclosing = new Set<FunctionNode | null>([null]);
  for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) enclosing.add(fn);
  return changes.find(change => change.call.range[1] <= node.range[0] && enclosing.has(change.fn));
}

/** Does the loop await anything on its own (not in a callback it creates)? */
function awaitsInside(loop: Loop): boolean {
  const visit = (node: TSESTree.Node): boolean =>
    node.type === T.AwaitExpression || (!isFunctionNode(node) && childNodes(node).some(visit));
  return visit(loop);
}

/** Where a hook call breaks the Rules of Hooks: in a loop, an async function, or a callback; null when it is fine. */
function hookPlacement(call: TSESTree.CallExpression): string | null {
  for (let node: TSESTree.Node | undefined = call.parent; node; node = node.parent) {
    if (isFunctionNode(node)) {
      if (node.async) return 'in an async function';
      if (isComponentOrHook(node)) return null;
      // Passed to a call or a prop, or a named helper inside another function. A returned
      // anonymous function may be a component a HOC builds, so it is left alone.
      const parent = node.parent;
      const callback = (parent.type === T.CallExpression && parent.callee !== node) || parent.type === T.JSXExpressionContainer
        || (enclosingFunction(node) !== null && boundName(node) !== null);
      return callback ? 'in a callback' : null;
    }
    if (node.type === T.WhileStatement || node.type === T.DoWhileStatement || node.type === T.ForStatement || node.type === T.ForOfStatement || node.type === T.ForInStatement) {
      return 'in a loop';
    }
  }
  return null;
}
