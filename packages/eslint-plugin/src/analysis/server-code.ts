import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { isFunctionNode } from '../util/ast.js';
import type { FileFacts } from './file-facts.js';
import { hasDirective } from './handlers.js';

/** Imports that only work on the server, so the importing file runs there. */
const SERVER_ONLY_IMPORTS = new Set(['server-only', 'next/headers']);
/** Pages Router data functions: they run on the server although the page file also ships to the browser. */
const PAGES_SERVER_EXPORTS = new Set(['getServerSideProps', 'getStaticProps', 'getStaticPaths', 'getInitialProps']);

const fileMemo = new WeakMap<FileFacts, boolean>();

function programOf(node: TSESTree.Node): TSESTree.Program {
  let current = node;
  while (current.parent) current = current.parent;
  return current as TSESTree.Program;
}

/** Does the whole file run on the server (route handler, pages/api, middleware, server component, 'use server')? */
function fileIsServer(facts: FileFacts, program: TSESTree.Program): boolean {
  if (facts.useClient) return false;
  if (facts.useServer) return true;
  switch (facts.info.kind) {
    case 'app-route':
    case 'pages-api':
    case 'middleware':
    case 'app-component':
      return true;
    default:
      return program.body.some(statement => statement.type === T.ImportDeclaration && SERVER_ONLY_IMPORTS.has(statement.source.value));
  }
}

/** Is `fn` a Pages Router data function (`export async function getServerSideProps`, `Page.getInitialProps = …`)? */
function isPagesServerFunction(fn: TSESTree.Node): boolean {
  const parent = fn.parent;
  if (fn.type === T.FunctionDeclaration) return fn.id !== null && PAGES_SERVER_EXPORTS.has(fn.id.name) && parent?.type === T.ExportNamedDeclaration;
  if (parent?.type === T.VariableDeclarator && parent.id.type === T.Identifier) return PAGES_SERVER_EXPORTS.has(parent.id.name);
  if (parent?.type === T.AssignmentExpression && parent.left.type === T.MemberExpression && parent.left.property.type === T.Identifier) {
    return parent.left.property.name === 'getInitialProps';
  }
  return false;
}

/**
 * Does `node` run on the server: anywhere in a route handler, `pages/api`,
 * middleware, App Router server component or `'use server'` file, in a file
 * that imports `server-only` / `next/headers`, inside an inline
 * `'use server'` action, or inside a Pages Router data function. Code whose
 * side cannot be told (a shared helper) is not server code: precision first.
 */
export function isServerCode(node: TSESTree.Node, facts: FileFacts): boolean {
  let file = fileMemo.get(facts);
  if (file === undefined) {
    file = fileIsServer(facts, programOf(node));
    fileMemo.set(facts, file);
  }
  if (file) return true;
  if (facts.useClient) return false;
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    if (hasDirective(current.body, 'use server') || (facts.info.kind === 'pages-page' && isPagesServerFunction(current))) return true;
  }
  return false;
}
