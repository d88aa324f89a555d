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

/** Adds `text` as the last property of an object literal, keeping a trailing comma valid. */
export function appendProperty(
  fixer: TSESLint.RuleFixer,
  object: TSESTree.ObjectExpression,
  text: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.RuleFix {
  const last = object.properties.at(-1);
  if (!last) return fixer.replaceText(object, `{ ${text} }`);
  const after = sourceCode.getTokenAfter(last);
  return after?.value === ',' ? fixer.insertTextAfter(after, ` ${text},`) : fixer.insertTextAfter(last, `, ${text}`);
}

/** Removes a whole statement with its line when it stands alone on it. */
export function removeStatement(fixer: TSESLint.RuleFixer, statement: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleFix {
  const { text } = sourceCode;
  const lineStart = text.lastIndexOf('\n', statement.range[0] - 1) + 1;
  const lineEnd = text.indexOf('\n', statement.range[1]);
  const alone = text.slice(lineStart, statement.range[0]).trim() === '' && text.slice(statement.range[1], lineEnd === -1 ? text.length : lineEnd).trim() === '';
  return alone ? fixer.removeRange([lineStart, lineEnd === -1 ? text.length : lineEnd + 1]) : fixer.remove(statement);
}

/** Removes an object property together with the comma that separates it. */
export function removeProperty(fixer: TSESLint.RuleFixer, property: TSESTree.Property, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleFix {
  const after = sourceCode.getTokenAfter(property);
  if (after?.value === ',') return fixer.removeRange([property.range[0], sourceCode.getTokenAfter(after)!.range[0]]);
  const before = sourceCode.getTokenBefore(property)!;
  return fixer.removeRange(before.value === ',' ? [before.range[0], property.range[1]] : property.range);
}
