import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { type ApiRef, matchesAny } from './api-ref.js';
import type { ApiKnowledge } from './api.js';
import { isFullPageLoad } from './client-session.js';
import { CALL, propertyName } from './imports.js';
import { staticString } from './static-values.js';

/** Calls that navigate to their first argument. */
const NAVIGATIONS: readonly ApiRef[] = [
  { from: ['next/navigation', 'next/router'], path: ['useRouter', CALL, 'push'] },
  { from: ['next/navigation', 'next/router'], path: ['useRouter', CALL, 'replace'] },
  { from: ['next/router'], path: ['default', 'push'] },
  { from: ['next/router'], path: ['default', 'replace'] },
  { from: ['next/navigation'], path: ['redirect'] },
  { from: ['next/navigation'], path: ['permanentRedirect'] },
];

/**
 * The URL a navigation goes to: `router.push(url)`, `router.replace(url)`,
 * `redirect(url)`, `window.location.href = url`, `location.assign(url)`.
 */
export function navigationTarget(node: TSESTree.Node, api: ApiKnowledge): TSESTree.Node | null {
  if (node.type === T.AssignmentExpression) return isFullPageLoad(node, api) ? node.right : null;
  if (node.type !== T.CallExpression) return null;
  const [target] = node.arguments;
  if (!target || target.type === T.SpreadElement) return null;
  return api.calleeIs(node, NAVIGATIONS) || isFullPageLoad(node, api) ? target : null;
}

/** Search parameters that carry "where to go after sign-in" by convention. */
const REDIRECT_PARAMS = new Set(['callbackUrl', 'callbackURL', 'callback', 'redirect', 'redirectTo', 'redirect_to', 'redirectUrl', 'returnTo', 'return_to', 'returnUrl', 'next', 'continue']);
const PARAMS_OBJECT = /(?:searchParams|params|query)$/i;
const SEARCH_PARAMS: readonly ApiRef[] = [
  { from: ['next/navigation'], path: ['useSearchParams', CALL] },
  { from: 'any', path: ['URLSearchParams', CALL] },
];

/**
 * Does `node` read a redirect search parameter: `searchParams.get('callbackUrl')`,
 * `new URLSearchParams(location.search).get('next')`, `router.query.returnTo`,
 * a page's `searchParams.callbackUrl`? Returns the parameter name, or null.
 */
export function redirectParamRead(node: TSESTree.Node, api: ApiKnowledge, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  if (node.type === T.CallExpression && node.callee.type === T.MemberExpression && propertyName(node.callee) === 'get' && node.arguments[0]) {
    const name = staticString(node.arguments[0], sourceCode);
    if (name === null || !REDIRECT_PARAMS.has(name)) return null;
    const receiver = node.callee.object;
    const isParams = matchesAny(api.resolver.resolve(receiver), SEARCH_PARAMS, api.file) || PARAMS_OBJECT.test(sourceCode.getText(receiver));
    return isParams ? name : null;
  }
  if (node.type === T.MemberExpression) {
    const name = propertyName(node);
    return name !== null && REDIRECT_PARAMS.has(name) && PARAMS_OBJECT.test(sourceCode.getText(node.object).replace(/^\(await /, '').replace(/\)$/, '')) ? name : null;
  }
  return null;
}

