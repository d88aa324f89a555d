import type { SourceCode } from 'eslint';

/** ESTree's types know neither JSX nor `parent`; ESLint's nodes have both. */
interface Node {
  type: string;
  range?: [number, number];
  parent?: Node;
}

const JSX_PARENTS = new Set(['JSXElement', 'JSXFragment']);
const JSX_CHILDREN = new Set(['JSXElement', 'JSXFragment', 'JSXExpressionContainer', 'JSXText']);

/**
 * Whether `line` (0-based) starts inside JSX children, where a directive must
 * be written `{/* … *\/}`. Found from the AST: the outermost node starting at
 * the line's first character is a child of a JSX element or fragment.
 */
export function startsInJsxChildren(sourceCode: SourceCode, line: number): boolean {
  const text = sourceCode.lines[line];
  if (text === undefined) return false;
  const column = text.search(/\S/);
  if (column < 0) return false;
  const index = sourceCode.getIndexFromLoc({ line: line + 1, column });
  let node = sourceCode.getNodeByRangeIndex(index) as Node | null;
  if (!node) return false;
  // JSX text nodes span their leading whitespace, so they start before `index`.
  if (node.type === 'JSXText') return true;
  while (node.parent && node.parent.range?.[0] === node.range?.[0]) node = node.parent;
  return JSX_CHILDREN.has(node.type) && node.parent !== undefined && JSX_PARENTS.has(node.parent.type);
}
