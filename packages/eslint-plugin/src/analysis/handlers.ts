import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { isDirective } from '../util/ast.js';
import type { FunctionNode } from '../util/ast.js';
import type { FileInfo } from './files.js';

export type HandlerKind = 'route' | 'pages-api' | 'middleware' | 'server-action' | 'server-component' | 'server-props';

/** A function that serves a request, found from the file's exports. */
export interface Handler {
  readonly fn: FunctionNode;
  readonly kind: HandlerKind;
  /** The exported name: `GET`, `default`, an action's name. */
  readonly exportName: string;
  /** The HTTP method for App Router route exports; null when the function serves every method. */
  readonly method: string | null;
  /** Higher-order calls around the function (`withAuth(handler)`), outermost first. */
  readonly wrappers: readonly TSESTree.CallExpression[];
}

export const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const MAX_DEPTH = 6;

/** Does a function body or program open with the directive (`'use server'`, `'use client'`, `'use cache'`)? */
export function hasDirective(body: readonly TSESTree.Node[] | TSESTree.Node, directive: string): boolean {
  const statements = isNodeList(body) ? body : body.type === T.BlockStatement ? body.body : [];
  for (const statement of statements) {
    if (!isDirective(statement)) return false;
    if (statement.directive === directive) return true;
  }
  return false;
}

function isNodeList(value: readonly TSESTree.Node[] | TSESTree.Node): value is readonly TSESTree.Node[] {
  return Array.isArray(value);
}

/** Top-level bindings a handler export can point at: `function handler`, `const handler = …`. */
function topLevelBindings(program: TSESTree.Program): Map<string, TSESTree.Node> {
  const bindings = new Map<string, TSESTree.Node>();
  for (const statement of program.body) {
    const declaration =
      statement.type === T.ExportNamedDeclaration || statement.type === T.ExportDefaultDeclaration ? statement.declaration : statement;
    if (declaration?.type === T.FunctionDeclaration && declaration.id) bindings.set(declaration.id.name, declaration);
    if (declaration?.type === T.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === T.Identifier && declarator.init) bindings.set(declarator.id.name, declarator.init);
      }
    }
  }
  return bindings;
}

/** Follows identifiers, type assertions and higher-order wrappers down to the function. */
function unwrapHandler(
  node: TSESTree.Node,
  bindings: ReadonlyMap<string, TSESTree.Node>,
  wrappers: TSESTree.CallExpression[],
  depth = 0,
): FunctionNode | null {
  if (depth > MAX_DEPTH) return null;
  switch (node.type) {
    case T.FunctionDeclaration:
    case T.FunctionExpression:
    case T.ArrowFunctionExpression:
      return node;
    case T.Identifier: {
      const bound = bindings.get(node.name);
      return bound ? unwrapHandler(bound, bindings, wrappers, depth + 1) : null;
    }
    case T.TSAsExpression:
    case T.TSSatisfiesExpression:
    case T.TSNonNullExpression:
      return unwrapHandler(node.expression, bindings, wrappers, depth + 1);
    case T.CallExpression: {
      // withAuth(handler) / withAuth(async (req) => …, options): the last function-like argument.
      for (let i = node.arguments.length - 1; i >= 0; i--) {
        const argument = node.arguments[i]!;
        if (argument.type === T.SpreadElement) continue;
        const inner: TSESTree.CallExpression[] = [];
        const fn = unwrapHandler(argument, bindings, inner, depth + 1);
        if (fn) {
          wrappers.push(node, ...inner);
          return fn;
        }
      }
      return null;
    }
    default:
      return null;
  }
}

interface Export {
  readonly name: string;
  readonly value: TSESTree.Node;
}

function exportsOf(program: TSESTree.Program): Export[] {
  const found: Export[] = [];
  for (const statement of program.body) {
    if (statement.type === T.ExportDefaultDeclaration) {
      found.push({ name: 'default', value: statement.declaration });
    } else if (statement.type === T.ExportNamedDeclaration && statement.exportKind !== 'type') {
      const { declaration } = statement;
      if (declaration?.type === T.FunctionDeclaration && declaration.id) found.push({ name: declaration.id.name, value: declaration });
      if (declaration?.type === T.VariableDeclaration) {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === T.Identifier && declarator.init) found.push({ name: declarator.id.name, value: declarator.init });
        }
      }
      if (!statement.source) {
        // export { handler as GET, handler as POST }
        for (const specifier of statement.specifiers) {
          const exported = specifier.exported.type === T.Identifier ? specifier.exported.name : specifier.exported.value;
          if (specifier.local.type === T.Identifier) found.push({ name: exported, value: specifier.local });
        }
      }
    }
  }
  return found;
}

/**
 * The request handlers a file defines, by what the file is: App Router route
 * exports, the `pages/api` default handler, middleware, server actions of a
 * `'use server'` file, App Router server components, and a Pages Router
 * page's `getServerSideProps` (it runs per request and sets the page's headers).
 */
export function findHandlers(program: TSESTree.Program, info: FileInfo): Handler[] {
  const useServer = hasDirective(program.body, 'use server');
  const useClient = hasDirective(program.body, 'use client');
  const accepts = (name: string): { kind: HandlerKind; method: string | null } | null => {
    if (useServer) return { kind: 'server-action', method: null };
    switch (info.kind) {
      case 'app-route':
        return HTTP_METHODS.has(name) ? { kind: 'route', method: name } : null;
      case 'pages-api':
        return name === 'default' ? { kind: 'pages-api', method: null } : null;
      case 'middleware':
        return name === 'default' || name === 'middleware' || name === 'proxy' ? { kind: 'middleware', method: null } : null;
      case 'app-component':
        return name === 'default' && !useClient ? { kind: 'server-component', method: null } : null;
      case 'pages-page':
        return name === 'getServerSideProps' ? { kind: 'server-props', method: null } : null;
      default:
        return null;
    }
  };
  const bindings = topLevelBindings(program);
  const handlers: Handler[] = [];
  for (const { name, value } of exportsOf(program)) {
    const role = accepts(name);
    if (!role) continue;
    const wrappers: TSESTree.CallExpression[] = [];
    const fn = unwrapHandler(value, bindings, wrappers);
    if (fn && (role.kind !== 'server-action' || fn.async)) handlers.push({ fn, exportName: name, wrappers, ...role });
  }
  return handlers;
}
