import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** The whitespace that starts the line `node` begins on. */
export function indentationOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/.exec(line)?.[0] ?? '';
}

/** Lines of code to insert before `statement`, each indented like it. */
export function linesBefore(statement: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, lines: readonly string[]): string {
  const indent = indentationOf(statement, sourceCode);
  return lines.map((line, i) => (i === 0 ? line : indent + line)).join('\n') + `\n${indent}`;
}

/** The statement directly inside a block (or program) that contains `node`. */
export function enclosingStatement(node: TSESTree.Node): TSESTree.Node | null {
  for (let current: TSESTree.Node | undefined = node; current?.parent; current = current.parent) {
    const parent = current.parent;
    if (parent.type === 'BlockStatement' || parent.type === 'Program' || parent.type === 'SwitchCase') return current;
    if (parent.type === 'ArrowFunctionExpression' || parent.type === 'FunctionExpression' || parent.type === 'FunctionDeclaration') {
      return null;
    }
  }
  return null;
}

/** A name that no identifier in `scopeNode` already uses. */
export function freshName(base: string, scopeNode: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const names = new Set(sourceCode.getTokens(scopeNode).flatMap(token => (token.type === 'Identifier' ? [token.value] : [])));
  const taken = (name: string): boolean => names.has(name);
  if (!taken(base)) return base;
  const alternative = `verified${base[0]!.toUpperCase()}${base.slice(1)}`;
  for (let i = 0; ; i++) {
    const candidate = i === 0 ? alternative : `${alternative}${i + 1}`;
    if (!taken(candidate)) return candidate;
  }
}
