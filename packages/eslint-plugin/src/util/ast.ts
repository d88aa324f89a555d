import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export function isFunctionNode(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return (
    node?.type === T.FunctionDeclaration || node?.type === T.FunctionExpression || node?.type === T.ArrowFunctionExpression
  );
}

/**
 * A prologue directive (`'use client'`). Oxlint's AST has `directive: null` on
 * ordinary expression statements where ESLint's has none, so test for a string.
 */
export function isDirective(node: TSESTree.Node): node is TSESTree.ExpressionStatement & { directive: string } {
  return node.type === T.ExpressionStatement && typeof node.directive === 'string';
}

export function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Child nodes in evaluation (visitor-key) order. */
export function childNodes(node: TSESTree.Node): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const key of visitorKeys[node.type] ?? []) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) children.push(child);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  return children;
}

/** The first node under `root` (inclusive) that satisfies `test`, depth-first in source order. */
export function findNode<N extends TSESTree.Node>(root: TSESTree.Node, test: (node: TSESTree.Node) => node is N): N | null;
export function findNode(root: TSESTree.Node, test: (node: TSESTree.Node) => boolean): TSESTree.Node | null;
export function findNode(root: TSESTree.Node, test: (node: TSESTree.Node) => boolean): TSESTree.Node | null {
  if (test(root)) return root;
  for (const child of childNodes(root)) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}

/** Identifiers a binding pattern declares: `{ data: { user }, error }` → user, error. */
export function patternIdentifiers(pattern: TSESTree.Node): TSESTree.Identifier[] {
  switch (pattern.type) {
    case T.Identifier:
      return [pattern];
    case T.ObjectPattern:
      return pattern.properties.flatMap(property => patternIdentifiers(property.type === T.RestElement ? property.argument : property.value));
    case T.ArrayPattern:
      return pattern.elements.flatMap(element => (element ? patternIdentifiers(element) : []));
    case T.AssignmentPattern:
      return patternIdentifiers(pattern.left);
    case T.RestElement:
      return patternIdentifiers(pattern.argument);
    default:
      return [];
  }
}

/** Looks through `await`, `?.`, `!` and type assertions. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case T.AwaitExpression:
        current = current.argument;
        break;
      case T.ChainExpression:
      case T.TSNonNullExpression:
      case T.TSAsExpression:
      case T.TSSatisfiesExpression:
      case T.TSTypeAssertion:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The innermost function that contains `node` (not `node` itself), or null at module level. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return null;
}
