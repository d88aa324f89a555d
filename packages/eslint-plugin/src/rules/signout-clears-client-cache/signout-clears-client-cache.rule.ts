import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { clientCacheCall, clientNamesInScope, isTeamCacheClear, reachedClientCaches } from '../../analysis/client-cache.js';
import { clientSignOut, isFullPageLoad, signOutReloadsPage } from '../../analysis/client-session.js';
import { type FileFacts, fileFacts } from '../../analysis/file-facts.js';
import type { ClientCache } from '../../analysis/libraries/client-caches.js';
import { localCallee } from '../../analysis/local-values.js';
import { enclosingComponentOrHook } from '../../analysis/react-components.js';
import { childNodes, enclosingFunction, type FunctionNode } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';
import { addNamedImport, importState } from '../../util/import-edit.js';
import { indentationOf } from '../../util/source-edit.js';

export const RULE_NAME = 'signout-clears-client-cache';

type MessageIds = 'missingClear' | 'insufficientClear' | 'clearBeforeSignOut' | 'insertClear';

/** What the code around one sign-out does to one client cache. */
interface CacheOutcome {
  clearedAfter: boolean;
  clearedBefore: boolean;
  /** The first call after the sign-out that touches the cache without clearing it, and why that is not enough. */
  insufficient: { call: TSESTree.CallExpression; reason: string } | null;
}

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a client-side sign-out to clear the client data caches (TanStack Query, SWR, Apollo, RTK Query) or end in a full page load',
      recommended: 'error',
      strict: 'error',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      missingClear:
        "This sign-out leaves {{cache}} holding the signed-out user's data: whoever uses this tab next sees it until each query refetches. Clear it right after the awaited sign-out with `{{clear}}`, or end the sign-out in a full page load.",
      insufficientClear:
        '`{{call}}` does not clear {{cache}} after this sign-out: it {{reason}}. Clear everything with `{{clear}}` right after the awaited sign-out.',
      clearBeforeSignOut:
        "{{cache}} is cleared before this sign-out has finished: mounted queries can refetch with the old session and fill it again. Clear it after the awaited sign-out with `{{clear}}`.",
      insertClear: 'Clear {{cache}} with `{{clear}}` after the sign-out.',
    },
  },
  create(context) {
    const facts = fileFacts(context);
    const { sourceCode } = context;
    const caches = reachedClientCaches(sourceCode.ast, facts.api);
    if (caches.length === 0) return {};

    return {
      CallExpression(node) {
        const match = clientSignOut(node, facts.api);
        if (!match || signOutReloadsPage(node, match) || isTeamCacheClear(node, facts.api)) return;
        const fn = enclosingFunction(node);
        if (!fn) return;
        const outcomes = inspect(fn, node, caches, facts, sourceCode);
        if (!outcomes) return;
        for (const cache of caches) {
          const outcome = outcomes.get(cache)!;
          if (outcome.clearedAfter) continue;
          const names = clientNamesInScope(node, cache, facts.api, sourceCode);
          // For the message, names not in scope get the library's usual ones (an RTK Query slice is usually `api`).
          const clear = cache.clearAll({ client: names.client ?? cache.hook?.binding ?? 'api', dispatch: names.dispatch ?? 'dispatch' }, false)!.replace(/;$/, '');
          const suggestion = clearSuggestion(node, fn, cache, facts, sourceCode);
          const suggest = suggestion ? [{ messageId: 'insertClear' as const, data: { cache: cache.name, clear: suggestion.clear }, fix: suggestion.fix }] : [];
          if (outcome.insufficient) {
            const call = `${sourceCode.getText(outcome.insufficient.call.callee)}()`;
            context.report({ node, messageId: 'insufficientClear', data: { call, cache: cache.name, reason: outcome.insufficient.reason, clear }, suggest });
          } else {
            context.report({ node, messageId: outcome.clearedBefore ? 'clearBeforeSignOut' : 'missingClear', data: { cache: cache.name, clear }, suggest });
          }
        }
      },
    };
  },
});

/**
 * What `fn` (with nested callbacks, and the same-file helpers it calls) does
 * to each cache around the sign-out; null when it ends in a full page load.
 */
function inspect(
  fn: FunctionNode,
  signOut: TSESTree.CallExpression,
  caches: readonly ClientCache[],
  facts: FileFacts,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Map<ClientCache, CacheOutcome> | null {
  const outcomes = new Map(caches.map(cache => [cache, { clearedAfter: false, clearedBefore: false, insufficient: null } as CacheOutcome]));
  let reloads = false;
  const entered = new Set<TSESTree.Node>([fn]);
  // `after` is fixed inside a helper: its body's position says nothing about when it runs.
  const visit = (node: TSESTree.Node, after: boolean, inHelper: boolean): void => {
    if (isFullPageLoad(node, facts.api) && after) reloads = true;
    if (node.type === T.CallExpression && node !== signOut) {
      const inner = localCallee(node, sourceCode);
      if (inner && !entered.has(inner)) {
        entered.add(inner);
        visit(inner.body, after, true);
      }
      const clearsAll = isTeamCacheClear(node, facts.api);
      const effect = clearsAll ? null : clientCacheCall(node, facts.api);
      for (const [cache, outcome] of outcomes) {
        if (clearsAll || (effect?.cache === cache && effect.effect.kind === 'clears-all')) {
          if (after) outcome.clearedAfter = true;
          else outcome.clearedBefore = true;
        } else if (after && effect?.cache === cache && effect.effect.kind === 'insufficient') {
          outcome.insufficient ??= { call: node, reason: effect.effect.reason };
        }
      }
    }
    for (const child of childNodes(node)) visit(child, after || (!inHelper && child.range[0] > signOut.range[0]), inHelper);
  };
  visit(fn.body, false, false);
  return reloads ? null : outcomes;
}

/** Local names the suggestion may use: `base`, else `base2`, `base3`… */
function unusedName(base: string, scopeNode: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const names = new Set(sourceCode.getTokens(scopeNode).flatMap(token => (token.type === 'Identifier' ? [token.value] : [])));
  if (!names.has(base)) return base;
  for (let i = 2; ; i++) if (!names.has(`${base}${i}`)) return `${base}${i}`;
}

/**
 * Inserts the cache's clear-all right after the awaited sign-out (awaiting a
 * bare sign-out first when the function is async), and the hook that reaches
 * the client when none is in scope.
 */
function clearSuggestion(
  signOut: TSESTree.CallExpression,
  fn: FunctionNode,
  cache: ClientCache,
  facts: FileFacts,
  sourceCode: Readonly<TSESLint.SourceCode>,
): { clear: string; fix: TSESLint.ReportFixFunction } | null {
  const awaited = signOut.parent.type === T.AwaitExpression;
  const expression = awaited ? signOut.parent : signOut;
  const statement = expression.parent;
  const standsAlone = statement?.type === T.ExpressionStatement
    || (awaited && statement?.type === T.VariableDeclarator && statement.parent.type === T.VariableDeclaration && statement.parent.declarations.length === 1);
  if (!standsAlone || (!awaited && !fn.async)) return null;
  const anchor = statement.type === T.VariableDeclarator ? statement.parent : statement;
  if (anchor.parent?.type !== T.BlockStatement) return null;

  const names = clientNamesInScope(signOut, cache, facts.api, sourceCode);
  let client = names.client;
  let declareHook: ((fixer: TSESLint.RuleFixer) => (TSESLint.RuleFix | null)[]) | null = null;
  if (!client) {
    const host = enclosingComponentOrHook(signOut);
    const first = host?.body.type === T.BlockStatement ? host.body.body[0] : undefined;
    const hook = cache.hook;
    if (!host || !first || !hook) return null;
    const state = importState(sourceCode, first, hook.name, hook.source);
    if (state === 'taken') return null;
    const binding = unusedName(hook.binding, host, sourceCode);
    client = binding;
    declareHook = fixer => [
      fixer.insertTextBefore(first, `${hook.declare(binding, hook.name)}\n${indentationOf(first, sourceCode)}`),
      state === 'free' ? addNamedImport(fixer, sourceCode, hook.name, hook.source) : null,
    ];
  }
  const clear = cache.clearAll({ client, dispatch: names.dispatch ?? undefined }, fn.async);
  if (!clear) return null;
  return {
    clear: clear.replace(/;$/, ''),
    fix: fixer => {
      const fixes: (TSESLint.RuleFix | null)[] = [fixer.insertTextAfter(anchor, `\n${indentationOf(anchor, sourceCode)}${clear}`)];
      if (!awaited) fixes.push(fixer.insertTextBefore(signOut, 'await '));
      if (declareHook) fixes.push(...declareHook(fixer));
      return fixes.filter((fix): fix is TSESLint.RuleFix => fix !== null);
    },
  };
}
