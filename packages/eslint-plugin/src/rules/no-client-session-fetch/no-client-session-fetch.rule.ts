import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { isSessionEndpointFetch } from '../../analysis/client-session.js';
import { fileFacts } from '../../analysis/file-facts.js';
import { propertyName } from '../../analysis/imports.js';
import { usesNextAuth } from '../../analysis/next-auth-usage.js';
import { isDirective, isFunctionNode, unwrapExpression } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';

export const RULE_NAME = 'no-client-session-fetch';

type MessageIds = 'sessionFetch' | 'useGetSession';

const CLIENT_MODULE = 'next-auth/react';

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: {
      description: "Disallow fetching next-auth's session endpoint from client code instead of using `useSession()`",
      recommended: 'warn',
      strict: 'error',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      sessionFetch:
        'This fetches the session endpoint by hand. It duplicates `useSession()` (already reactive, de-duplicated and shared across tabs), adds a request per component and per render cycle, and trips rate limits on the auth routes. Read the session with `useSession()` in components, or `getSession()` outside React.',
      useGetSession: 'Use `getSession()` from next-auth/react (it resolves to the session, or null when signed out).',
    },
  },
  create(context) {
    const facts = fileFacts(context);
    const clientCode = facts.useClient || facts.info.kind === 'pages-page';
    const { sourceCode } = context;
    if (!clientCode || !sourceCode.text.includes('session') || !usesNextAuth(facts, sourceCode.ast)) return {};

    return {
      CallExpression(node) {
        if (!isSessionEndpointFetch(node, facts.api)) return;
        const replaced = node.arguments.length === 1 ? jsonOf(node) : null;
        const importFix = replaced ? getSessionImport(sourceCode) : null;
        context.report({
          node,
          messageId: 'sessionFetch',
          suggest:
            replaced && importFix
              ? [
                  {
                    messageId: 'useGetSession',
                    *fix(fixer) {
                      yield fixer.replaceText(replaced, `${importFix.name}()`);
                      if (importFix.insert) yield importFix.insert(fixer);
                    },
                  },
                ]
              : [],
        });
      },
    };
  },
});

/** The expression that yields the parsed body: `fetch(u).then(r => r.json())` or `(await fetch(u)).json()`; null for other shapes. */
function jsonOf(fetchCall: TSESTree.CallExpression): TSESTree.CallExpression | null {
  const parent = fetchCall.parent;
  if (parent.type === T.MemberExpression && parent.object === fetchCall && propertyName(parent) === 'then' && parent.parent.type === T.CallExpression) {
    const then = parent.parent;
    const [callback] = then.arguments;
    const param = isFunctionNode(callback) && then.arguments.length === 1 && callback.params.length === 1 ? callback.params[0] : undefined;
    if (!isFunctionNode(callback) || param?.type !== T.Identifier) return null;
    const body = callback.body.type === T.BlockStatement ? null : unwrapExpression(callback.body);
    const isJson =
      body?.type === T.CallExpression &&
      body.arguments.length === 0 &&
      body.callee.type === T.MemberExpression &&
      body.callee.object.type === T.Identifier &&
      body.callee.object.name === param.name &&
      propertyName(body.callee) === 'json';
    return isJson ? then : null;
  }
  if (parent.type === T.AwaitExpression) {
    const member = parent.parent;
    if (member.type === T.MemberExpression && member.object === parent && propertyName(member) === 'json' && member.parent.type === T.CallExpression && member.parent.arguments.length === 0) {
      return member.parent;
    }
  }
  return null;
}

/** How to call next-auth's getSession here: an existing import, or a new one; null when the name is taken by something else. */
function getSessionImport(sourceCode: Readonly<TSESLint.SourceCode>): { name: string; insert?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix } | null {
  const program = sourceCode.ast;
  const imports = program.body.filter((statement): statement is TSESTree.ImportDeclaration => statement.type === T.ImportDeclaration);
  for (const declaration of imports) {
    if (declaration.source.value !== CLIENT_MODULE || declaration.importKind === 'type') continue;
    for (const specifier of declaration.specifiers) {
      if (specifier.type === T.ImportSpecifier && specifier.importKind !== 'type' && (specifier.imported.type === T.Identifier ? specifier.imported.name : specifier.imported.value) === 'getSession') {
        return { name: specifier.local.name };
      }
    }
  }
  const moduleScope = sourceCode.scopeManager?.globalScope?.childScopes[0] ?? sourceCode.scopeManager?.globalScope;
  if (moduleScope?.set.has('getSession') || sourceCode.scopeManager?.globalScope?.through.some(reference => reference.identifier.name === 'getSession')) return null;
  const line = `import { getSession } from '${CLIENT_MODULE}';`;
  const firstCode = program.body.findIndex(statement => !isDirective(statement));
  const directives = firstCode === -1 ? program.body : program.body.slice(0, firstCode);
  // After the imports, or after 'use client', which must stay first.
  const anchor = imports.at(-1) ?? directives.at(-1);
  return {
    name: 'getSession',
    insert: fixer => (anchor ? fixer.insertTextAfter(anchor, `\n${line}`) : fixer.insertTextBeforeRange([0, 0], `${line}\n`)),
  };
}
