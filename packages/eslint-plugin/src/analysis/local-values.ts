import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { childNodes, type FunctionNode, isFunctionNode, unwrapExpression } from '../util/ast.js';

const MAX_DEPTH = 6;

/**
 * The value an expression stands for within the file: through `await`, type
 * assertions and `const` bindings to their initialiser, and to the function a
 * name declares (`signOut: onSignOut`, `callbacks: callbacks`). Null when the
 * value is a parameter, a reassigned `let`, an import, or too far to follow.
 */
export function resolveValue(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): TSESTree.Node | null {
  const value = unwrapExpression(node);
  if (value.type !== T.Identifier) return value;
  if (depth > MAX_DEPTH) return null;
  const variable = ASTUtils.findVariable(sourceCode.getScope(value), value);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === 'FunctionName') return def.node as FunctionNode;
  if (def?.type === 'Variable' && def.parent.kind === 'const' && def.node.id.type === T.Identifier && def.node.init) {
    return resolveValue(def.node.init, sourceCode, depth + 1);
  }
  return null;
}

/** The same-file function a call invokes (`await clearSession(id)` → `function clearSession`), if any. */
export function localCallee(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): FunctionNode | null {
  if (call.callee.type !== T.Identifier) return null;
  const target = resolveValue(call.callee, sourceCode);
  return isFunctionNode(target) ? target : null;
}

/**
 * Calls under `root` that satisfy `test`, also inside the same-file functions
 * those calls invoke (a handler that calls its own `clearSession()` helper
 * deletes what the helper deletes). Each function is entered once.
 */
export function callsIn(
  root: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  test: (call: TSESTree.CallExpression) => boolean,
): TSESTree.CallExpression[] {
  const found: TSESTree.CallExpression[] = [];
  const entered = new Set<TSESTree.Node>([root]);
  const visit = (node: TSESTree.Node, depth: number): void => {
    if (node.type === T.CallExpression) {
      if (test(node)) found.push(node);
      const callee = depth < MAX_DEPTH ? localCallee(node, sourceCode) : null;
      if (callee && !entered.has(callee)) {
        entered.add(callee);
        visit(callee.body, depth + 1);
      }
    }
    for (const child of childNodes(node)) visit(child, depth);
  };
  visit(root, 0);
  return found;
}
