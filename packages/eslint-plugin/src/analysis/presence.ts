import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';

/**
 * Is the value of `node` only tested for presence: negated, an `if` / `?:` /
 * loop test, or the left side of `&&` / `||` that is itself only tested?
 * Code like that keeps working when a suggestion swaps the value for another
 * truthy-or-nullish value of a different type (a cookie string for a token).
 */
export function testedForPresence(node: TSESTree.Node): boolean {
  const { parent } = node;
  if (!parent) return false;
  switch (parent.type) {
    case T.UnaryExpression:
      return parent.operator === '!';
    case T.IfStatement:
    case T.ConditionalExpression:
    case T.WhileStatement:
    case T.DoWhileStatement:
      return parent.test === node;
    case T.LogicalExpression:
      return parent.operator !== '??' && parent.left === node && testedForPresence(parent);
    default:
      return false;
  }
}

/** `testedForPresence`, directly or through every read of the `const x = …` / `let x = …` that `node` initialises. */
export function onlyTestedForPresence(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (testedForPresence(node)) return true;
  const declarator = node.parent;
  if (declarator?.type !== T.VariableDeclarator || declarator.init !== node || declarator.id.type !== T.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(declarator.id), declarator.id);
  const reads = variable?.references.filter(reference => reference.isRead()) ?? [];
  return reads.length > 0 && variable!.references.every(reference => reference.init || (reference.isRead() && testedForPresence(reference.identifier)));
}
