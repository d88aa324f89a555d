import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { clientCacheOf, queryKeyHead } from '../../analysis/client-cache.js';
import { fileFacts } from '../../analysis/file-facts.js';
import { propertyName } from '../../analysis/imports.js';
import { TANSTACK_FETCH_METHODS, TANSTACK_KEYED_OPERATIONS, TANSTACK_QUERY_DEFINITIONS } from '../../analysis/libraries/client-caches.js';
import { usesNextAuth } from '../../analysis/next-auth-usage.js';
import { childNodes } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';
import { removeStatement } from '../../util/source-edit.js';

export const RULE_NAME = 'no-phantom-session-query';

type MessageIds = 'phantomSessionQuery' | 'removeCall';

/** The key of next-auth v3's `@next-auth/react-query` integration; next-auth v4 and v5 keep the session in React state. */
const NEXT_AUTH_V3_KEY = 'session';
const V3_INTEGRATION = '@next-auth/react-query';

const ADVICE: Readonly<Record<'read' | 'write' | 'other', string>> = {
  read: 'Read the session with `useSession()` or `await getSession()`.',
  write: '`useSession()` never reads it; change the session with `update()`, which runs your `jwt` and `session` callbacks.',
  other:
    "To end the session, `await signOut({ redirect: false })`; to refetch it, `await getSession()`; to drop the previous user's data, `queryClient.clear()` after the sign-out.",
};

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow TanStack Query operations on a `['session']` key in next-auth apps, where no such query exists",
      recommended: 'error',
      strict: 'error',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      phantomSessionQuery:
        "next-auth's `useSession()` does not use TanStack Query, so `{{call}}` on the `['{{key}}']` key acts on a query nothing created, and the session stays as it was. {{advice}}",
      removeCall: "Remove this call: it has no effect on next-auth's session.",
    },
  },
  create(context) {
    const facts = fileFacts(context);
    const { sourceCode } = context;
    const program = sourceCode.ast;
    const v3Integration = facts.projectUses(V3_INTEGRATION) || program.body.some(statement => statement.type === T.ImportDeclaration && statement.source.value === V3_INTEGRATION);
    if (facts.settings.sessionQueryKeys.includes(NEXT_AUTH_V3_KEY) || v3Integration || !usesNextAuth(facts, program)) return {};
    let definedHere: Set<string> | undefined;

    /** Keys of the queries this file defines itself: `useQuery({ queryKey: ['session'], … })`, `queryClient.fetchQuery(…)`. */
    const definedKeys = (): Set<string> => {
      if (definedHere) return definedHere;
      const keys = new Set<string>();
      const visit = (node: TSESTree.Node): void => {
        if (node.type === T.CallExpression && definesQuery(node)) {
          const head = queryKeyHead(node.arguments[0], sourceCode);
          if (head !== null) keys.add(head);
        }
        childNodes(node).forEach(visit);
      };
      visit(program);
      definedHere = keys;
      return keys;
    };

    const isQueryClient = (node: TSESTree.Node): boolean => clientCacheOf(facts.resolver.resolve(node), facts.api)?.id === 'tanstack-query';

    function definesQuery(call: TSESTree.CallExpression): boolean {
      if (facts.api.calleeIs(call, TANSTACK_QUERY_DEFINITIONS)) return true;
      const method = call.callee.type === T.MemberExpression ? propertyName(call.callee) : null;
      return method !== null && TANSTACK_FETCH_METHODS.has(method) && isQueryClient((call.callee as TSESTree.MemberExpression).object);
    }

    return {
      CallExpression(node) {
        if (node.callee.type !== T.MemberExpression) return;
        const method = propertyName(node.callee);
        if (method === null || !TANSTACK_KEYED_OPERATIONS.has(method) || !isQueryClient(node.callee.object)) return;
        const key = queryKeyHead(node.arguments[0], sourceCode);
        if (key !== NEXT_AUTH_V3_KEY || definedKeys().has(key)) return;
        const kind = method === 'getQueryData' ? 'read' : method.startsWith('set') ? 'write' : 'other';
        const statement = node.parent.type === T.AwaitExpression ? node.parent.parent : node.parent;
        const removable = statement.type === T.ExpressionStatement && (statement.parent.type === T.BlockStatement || statement.parent.type === T.Program);
        context.report({
          node,
          messageId: 'phantomSessionQuery',
          data: { call: `${sourceCode.getText(node.callee)}()`, key, advice: ADVICE[kind] },
          suggest: removable ? [{ messageId: 'removeCall', fix: (fixer: TSESLint.RuleFixer) => removeStatement(fixer, statement, sourceCode) }] : [],
        });
      },
    };
  },
});
