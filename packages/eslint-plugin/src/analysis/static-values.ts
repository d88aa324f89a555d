import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { resolveValue } from './local-values.js';

/**
 * Compile-time values of expressions, as far as one file shows them: string
 * literals, templates, `+` concatenation and same-file `const` bindings.
 */

/** Stands for a part of a string the file does not show (`${ttl}`), so parsers see an unreadable value there. */
export const UNKNOWN_PART = '\u0000';

/**
 * The string an expression evaluates to, with {@link UNKNOWN_PART} for
 * interpolations that are not static. Null when the expression is not a
 * string built from literals at all (a call, a parameter, a conditional).
 */
export function staticString(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): string | null {
  if (depth > 6) return null;
  const value = resolveValue(node, sourceCode);
  if (!value) return null;
  switch (value.type) {
    case T.Literal:
      return typeof value.value === 'string' ? value.value : null;
    case T.TemplateLiteral:
      return value.quasis
        .map((quasi, i) => {
          const expression = value.expressions[i];
          const part = expression ? (staticString(expression, sourceCode, depth + 1) ?? staticNumberText(expression, sourceCode) ?? UNKNOWN_PART) : '';
          return (quasi.value.cooked ?? quasi.value.raw) + part;
        })
        .join('');
    case T.BinaryExpression: {
      if (value.operator !== '+') return null;
      const left = staticString(value.left, sourceCode, depth + 1);
      const right = staticString(value.right, sourceCode, depth + 1);
      if (left === null && right === null) return null;
      return (left ?? staticNumberText(value.left, sourceCode) ?? UNKNOWN_PART) + (right ?? staticNumberText(value.right, sourceCode) ?? UNKNOWN_PART);
    }
    default:
      return null;
  }
}

function staticNumberText(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  const number = staticNumber(node, sourceCode);
  return number === null ? null : String(number);
}

/** A number written as literals and arithmetic (`60 * 60 * 24 * 30`), through same-file constants; null otherwise. */
export function staticNumber(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): number | null {
  if (depth > 12) return null;
  const value = resolveValue(node, sourceCode);
  if (!value) return null;
  switch (value.type) {
    case T.Literal:
      return typeof value.value === 'number' ? value.value : null;
    case T.UnaryExpression: {
      const argument = value.operator === '-' || value.operator === '+' ? staticNumber(value.argument, sourceCode, depth + 1) : null;
      return argument === null ? null : value.operator === '-' ? -argument : argument;
    }
    case T.BinaryExpression: {
      const left = staticNumber(value.left, sourceCode, depth + 1);
      const right = staticNumber(value.right, sourceCode, depth + 1);
      if (left === null || right === null) return null;
      switch (value.operator) {
        case '+':
          return left + right;
        case '-':
          return left - right;
        case '*':
          return left * right;
        case '/':
          return right === 0 ? null : left / right;
        default:
          return null;
      }
    }
    default:
      return null;
  }
}
