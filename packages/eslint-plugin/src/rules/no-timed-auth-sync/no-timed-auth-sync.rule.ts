import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import type { ApiKnowledge } from '../../analysis/api.js';
import { clientSessionChange, sessionHookValue, sessionReadsIn } from '../../analysis/client-session.js';
import { fileFacts } from '../../analysis/file-facts.js';
import type { AuthLibrary } from '../../analysis/libraries/auth-libraries.js';
import { boundName, isComponentOrHook } from '../../analysis/react-components.js';
import { resolveValue } from '../../analysis/local-values.js';
import { isAwaitedSleep, timerCall } from '../../analysis/timing.js';
import { childNodes, enclosingFunction, findNode, type FunctionNode, isFunctionNode } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';
import { removeStatement } from '../../util/source-edit.js';

export const RULE_NAME = 'no-timed-auth-sync';

type MessageIds = 'sleepAfterAuthChange' | 'pollingLoop' | 'intervalPolling' | 'capturedStatusLoop' | 'hookOutsideRender' | 'removeSleep';

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
      intervalPolling:
        'This {{timer}} re-reads the session (`{{read}}`) on a clock. `useSession()` is already reactive (it updates on sign-in, sign-out, `update()` and in other tabs), and `SessionProvider`\'s `refetchInterval` / `refetchOnWindowFocus` refetch it for the whole app, de-duplicated. Read `useSession()` in render instead.',
      capturedStatusLoop:
        '`{{name}}` is the value `{{hook}}()` returned when this render ran: the closure never sees a new one, so this loop waits for a change that cannot happen. Render from `{{hook}}()` (it re-renders when the session changes) and react in an effect.',
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
    const timers: { call: TSESTree.CallExpression; kind: 'interval' | 'timeout'; callback: TSESTree.Node }[] = [];

    /** What a timer callback reads of the session: a read call (not a hook, reported on its own), or a captured hook value. */
    const sessionReadIn = (fn: TSESTree.Node): string | null => {
      const read = sessionReadsIn(fn, api, true).find(found => !found.read.hook);
      if (read) return `${sourceCode.getText(read.call.callee)}()`;
      const captured = capturedHookValues(fn, api)[0];
      return captured ? `${captured.hook}().${captured.name === 'status' ? 'status' : 'data'}` : null;
    };

    const onLoop = (node: Loop): void => {
      loops.push(node);
    };

    return {
      CallExpression(node) {
        const timer = timerCall(node);
        if (timer) timers.push({ call: node, ...timer });
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

        for (const timer of timers) {
          const fn = timer.kind === 'interval' ? timerFunction(timer.callback, sourceCode) : recursiveTimeout(timer.call, timer.callback);
          const read = fn && sessionReadIn(fn);
          if (!read) continue;
          context.report({ node: timer.call, messageId: 'intervalPolling', data: { timer: timer.kind === 'interval' ? 'setInterval' : 'recursive setTimeout', read } });
        }

        for (const loop of loops) {
          if (polling.includes(loop) || !loop.test) continue;
          const captured = capturedHookValues(loop.test, api).find(value => !assignedIn(loop, value.name, sourceCode));
          if (captured) context.report({ node: loop.test, messageId: 'capturedStatusLoop', data: { name: captured.name, hook: captured.hook } });
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

/** Identifiers under `root` that hold a session hook's value, in source order. */
function capturedHookValues(root: TSESTree.Node, api: ApiKnowledge): { name: string; hook: string }[] {
  const found: { name: string; hook: string }[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === T.Identifier && !(node.parent?.type === T.MemberExpression && node.parent.property === node && !node.parent.computed)) {
      const hook = sessionHookValue(node, api);
      if (hook) found.push({ name: node.name, hook });
    }
    childNodes(node).forEach(visit);
  };
  visit(root);
  return found;
}

/** Is `name` assigned inside `root` (so the loop may see a new value)? */
function assignedIn(root: TSESTree.Node, name: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return sourceCode.getTokens(root).some((token, i, tokens) => token.type === 'Identifier' && token.value === name && /^(?:=|\+=|-=|\+\+|--)$/.test(tokens[i + 1]?.value ?? ''));
}

/** The function a `setInterval` runs: in place, or a same-file function it names. */
function timerFunction(callback: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): FunctionNode | null {
  const value = isFunctionNode(callback) ? callback : resolveValue(callback, sourceCode);
  return isFunctionNode(value) ? value : null;
}

/** `function poll() { …; setTimeout(poll, n) }`: the function a `setTimeout` schedules again from inside itself. */
function recursiveTimeout(call: TSESTree.CallExpression, callback: TSESTree.Node): FunctionNode | null {
  const fn = enclosingFunction(call);
  const name = fn && boundName(fn);
  if (!fn || !name) return null;
  const callsItself = callback.type === T.Identifier
    ? callback.name === name
    : isFunctionNode(callback) && findNode(callback.body, node => node.type === T.CallExpression && node.callee.type === T.Identifier && node.callee.name === name) !== null;
  return callsItself ? fn : null;
}

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
