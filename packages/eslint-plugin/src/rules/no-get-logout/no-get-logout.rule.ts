import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { type FileFacts, fileFacts } from '../../analysis/file-facts.js';
import type { Handler } from '../../analysis/handlers.js';
import { propertyName } from '../../analysis/imports.js';
import { sessionEndingsIn } from '../../analysis/session-ending.js';
import { findNode } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';

export const RULE_NAME = 'no-get-logout';

type MessageIds = 'getSignOut' | 'anyMethodSignOut' | 'getSignOutRoute' | 'prefetchedLink' | 'plainLink' | 'exportAsPost' | 'requirePost';

/** What a handler does that signs the user out, for the report. */
interface SignOutEffect {
  readonly node: TSESTree.Node;
  readonly what: string;
  /** Only an auth cookie is cleared: on its own that may be cleanup of a stale cookie, not a sign-out. */
  readonly cookieOnly: boolean;
}

/** Route paths that name a sign-out: `/logout`, `/api/auth/sign-out`, `/signout`. */
const SIGN_OUT_PATH = /(?:^|\/)(?:log-?out|sign-?out|log-?off)(?:\/|$)/i;

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow signing out on a GET request: route handlers that sign out or clear auth cookies on GET, and links to sign-out routes',
      recommended: 'error',
      strict: 'error',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      getSignOut:
        'This GET handler signs the user out ({{what}}). Link prefetching, crawlers and any site\'s `<img src>` send GETs, so they can sign users out, and a cached GET may never clear the cookie. Sign out in a POST handler, from a form or signOut().',
      anyMethodSignOut:
        'This pages/api handler signs the user out ({{what}}) on every method, GET included: prefetching, crawlers and any site\'s `<img src>` can sign users out. Answer 405 unless `req.method` is POST.',
      getSignOutRoute:
        'Settings name {{route}} as a sign-out route, and it answers GET. Any link, prefetch or `<img src>` to it signs the user out. Export the handler as POST and sign out from a form or signOut().',
      prefetchedLink:
        '`<{{element}} href="{{href}}">` points at the sign-out route {{route}}. Next.js prefetches links as they scroll into view, so showing this link can sign the user out. Use a form that POSTs, or a button that calls signOut().',
      plainLink:
        '`<a href="{{href}}">` signs out with a GET request to {{route}}: crawlers follow it and any site can do the same with `<img src>`. Use a form that POSTs, or a button that calls signOut().',
      exportAsPost: 'Export this handler as POST instead of GET (then point forms and signOut() at it).',
      requirePost: "Answer 405 unless the request is a POST.",
    },
  },
  create(context) {
    const facts = fileFacts(context);
    const { sourceCode } = context;
    const routes = facts.settings.signOutRoutes.map(normalizePath);
    const listeners: TSESLint.RuleListener = {};

    const handlers = facts.handlers.filter(handler => (handler.kind === 'route' && handler.method === 'GET') || handler.kind === 'pages-api');
    if (handlers.length > 0) {
      listeners['Program:exit'] = () => {
        for (const handler of handlers) checkHandler(handler);
      };
    }
    if (routes.length > 0) listeners.JSXOpeningElement = checkLink;
    return listeners;

    function checkHandler(handler: Handler): void {
      const found = signOutIn(handler, facts, sourceCode);
      // A GET /api/me that drops an invalid session cookie is not a sign-out route; a GET /logout that clears it is.
      const signOut = found && (!found.cookieOnly || SIGN_OUT_PATH.test(facts.info.routePath ?? '')) ? found : null;
      if (handler.kind === 'pages-api') {
        if (!signOut || checksMethod(handler)) return;
        const fix = methodGuardFix(handler, sourceCode);
        context.report({
          node: signOut.node,
          messageId: 'anyMethodSignOut',
          data: { what: signOut.what },
          suggest: fix ? [{ messageId: 'requirePost', fix }] : [],
        });
        return;
      }
      const listed = facts.info.routePath !== null && routes.includes(normalizePath(facts.info.routePath));
      if (!signOut && !listed) return;
      const exported = exportNameNode(sourceCode.ast, 'GET');
      const fix = exported ? exportAsPostFix(exported, sourceCode.ast) : null;
      const suggest = fix ? [{ messageId: 'exportAsPost' as const, fix }] : [];
      if (signOut) context.report({ node: signOut.node, messageId: 'getSignOut', data: { what: signOut.what }, suggest });
      else context.report({ node: exported ?? handler.fn, messageId: 'getSignOutRoute', data: { route: facts.info.routePath! }, suggest });
    }

    function checkLink(node: TSESTree.JSXOpeningElement): void {
      if (node.name.type !== T.JSXIdentifier) return;
      const element = node.name.name;
      const prefetched = isNextLink(element, sourceCode.ast);
      if (!prefetched && element !== 'a') return;
      const href = node.attributes.find(
        (attribute): attribute is TSESTree.JSXAttribute => attribute.type === T.JSXAttribute && attribute.name.type === T.JSXIdentifier && attribute.name.name === 'href',
      );
      const target = href?.value ? hrefPath(href.value) : null;
      if (target === null || !routes.includes(normalizePath(target))) return;
      context.report({
        node: href!,
        messageId: prefetched ? 'prefetchedLink' : 'plainLink',
        data: { element, href: target, route: normalizePath(target) },
      });
    }
  },
});

/** `/logout/?next=/` → `/logout`. */
function normalizePath(path: string): string {
  const bare = path.split(/[?#]/)[0]!;
  return bare.length > 1 ? bare.replace(/\/+$/, '') : bare;
}

/** The first session ending in a handler (a sign-out before a cookie clear), described for the message. */
function signOutIn(handler: Handler, facts: FileFacts, sourceCode: Readonly<TSESLint.SourceCode>): SignOutEffect | null {
  const endings = sessionEndingsIn(handler.fn.body, facts, sourceCode);
  const ending = endings.find(candidate => candidate.kind === 'sign-out') ?? endings[0];
  if (!ending) return null;
  if (ending.kind === 'sign-out') return { node: ending.node, what: `${sourceCode.getText(ending.node.callee)}()`, cookieOnly: false };
  const what = ending.node.type === T.Property ? 'a Set-Cookie header expires an auth cookie' : `it clears the ${ending.cookie.names.find(Boolean)} cookie`;
  return { node: ending.node, what, cookieOnly: true };
}

/** Does a pages/api handler compare `req.method` to a method name anywhere (`if (req.method !== 'POST') return …`)? */
function checksMethod(handler: Handler): boolean {
  const isMethod = (node: TSESTree.Node): boolean => node.type === T.MemberExpression && propertyName(node) === 'method';
  const isName = (node: TSESTree.Node): boolean => node.type === T.Literal && typeof node.value === 'string';
  return (
    findNode(
      handler.fn.body,
      node => node.type === T.BinaryExpression && ((isMethod(node.left) && isName(node.right)) || (isName(node.left) && isMethod(node.right))),
    ) !== null ||
    findNode(handler.fn.body, node => node.type === T.SwitchStatement && isMethod(node.discriminant)) !== null
  );
}

/** Inserts `if (req.method !== 'POST') { … 405 }` as the handler's first statement. */
function methodGuardFix(handler: Handler, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.ReportFixFunction | null {
  const [req, res] = handler.fn.params;
  if (req?.type !== T.Identifier || res?.type !== T.Identifier || handler.fn.body.type !== T.BlockStatement) return null;
  const first = handler.fn.body.body[0];
  if (!first) return null;
  const indent = /^\s*/.exec(sourceCode.lines[first.loc.start.line - 1] ?? '')![0];
  const guard = [
    `if (${req.name}.method !== 'POST') {`,
    `${indent}  ${res.name}.setHeader('Allow', 'POST');`,
    `${indent}  return ${res.name}.status(405).end();`,
    `${indent}}`,
  ].join('\n');
  return fixer => fixer.insertTextBefore(first, `${guard}\n${indent}`);
}

/** The identifier that exports `name`: `function GET`, `const GET =`, or `handler as GET`. */
function exportNameNode(program: TSESTree.Program, name: string): TSESTree.Identifier | null {
  for (const statement of program.body) {
    if (statement.type !== T.ExportNamedDeclaration) continue;
    const { declaration } = statement;
    if (declaration?.type === T.FunctionDeclaration && declaration.id?.name === name) return declaration.id;
    if (declaration?.type === T.VariableDeclaration) {
      for (const declarator of declaration.declarations) if (declarator.id.type === T.Identifier && declarator.id.name === name) return declarator.id;
    }
    for (const specifier of statement.specifiers) {
      if (specifier.exported.type === T.Identifier && specifier.exported.name === name) return specifier.exported;
    }
  }
  return null;
}

/**
 * Renames the GET export to POST when the file has no POST yet, or drops
 * `handler as GET` when the same handler is already exported as POST.
 * A separate GET function next to a POST one gets no suggestion: removing it
 * is the developer's call.
 */
function exportAsPostFix(exported: TSESTree.Identifier, program: TSESTree.Program): TSESLint.ReportFixFunction | null {
  const post = exportNameNode(program, 'POST');
  if (!post) return fixer => fixer.replaceText(exported, 'POST');
  const specifier = exported.parent;
  const postSpecifier = post.parent;
  if (specifier?.type !== T.ExportSpecifier || postSpecifier?.type !== T.ExportSpecifier) return null;
  if (specifier.local.type !== T.Identifier || postSpecifier.local.type !== T.Identifier || specifier.local.name !== postSpecifier.local.name) return null;
  const list = specifier.parent;
  if (list.type !== T.ExportNamedDeclaration) return null;
  const index = list.specifiers.findIndex(candidate => candidate === specifier);
  const next = list.specifiers[index + 1];
  const previous = list.specifiers[index - 1];
  // Remove the specifier with the separator on one side.
  return fixer => fixer.removeRange(next ? [specifier.range[0], next.range[0]] : [previous!.range[1], specifier.range[1]]);
}

/** Is `element` the default import of next/link? */
function isNextLink(element: string, program: TSESTree.Program): boolean {
  return program.body.some(
    statement =>
      statement.type === T.ImportDeclaration &&
      statement.source.value === 'next/link' &&
      statement.specifiers.some(specifier => specifier.type === T.ImportDefaultSpecifier && specifier.local.name === element),
  );
}

/** The path of `href="/logout"`, `href={'/logout'}`, `` href={`/logout`} `` or `href={{ pathname: '/logout' }}`. */
function hrefPath(value: TSESTree.JSXAttribute['value']): string | null {
  if (value?.type === T.Literal) return typeof value.value === 'string' ? value.value : null;
  if (value?.type !== T.JSXExpressionContainer) return null;
  const expression = value.expression;
  if (expression.type === T.Literal) return typeof expression.value === 'string' ? expression.value : null;
  if (expression.type === T.TemplateLiteral && expression.expressions.length === 0) return expression.quasis[0]!.value.cooked ?? null;
  if (expression.type === T.ObjectExpression) {
    for (const property of expression.properties) {
      if (property.type === T.Property && !property.computed && property.key.type === T.Identifier && property.key.name === 'pathname') {
        return property.value.type === T.Literal && typeof property.value.value === 'string' ? property.value.value : null;
      }
    }
  }
  return null;
}
