import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { type FunctionNode, isFunctionNode } from '../util/ast.js';

/** React's naming convention (eslint-plugin-react-hooks): components are PascalCase, hooks start with `use`. */
const COMPONENT_OR_HOOK = /^(?:[A-Z]|use[A-Z0-9]|use$)/;
/** Wrappers whose function argument is still the component. */
const COMPONENT_WRAPPERS = new Set(['memo', 'forwardRef', 'observer']);

/** The name a function is declared or bound with: `function Foo`, `const Foo = () =>`, `const Foo = memo(() =>)`. */
export function boundName(fn: FunctionNode): string | null {
  if (fn.id) return fn.id.name;
  let node: TSESTree.Node = fn;
  const parent = (): TSESTree.Node | undefined => node.parent;
  while (parent()?.type === T.CallExpression) {
    const call = parent() as TSESTree.CallExpression;
    const callee = call.callee.type === T.MemberExpression ? call.callee.property : call.callee;
    if (callee.type !== T.Identifier || !COMPONENT_WRAPPERS.has(callee.name)) return null;
    node = call;
  }
  const holder = parent();
  if (holder?.type === T.VariableDeclarator && holder.id.type === T.Identifier) return holder.id.name;
  return null;
}

/** Is `fn` a React component or hook? Anonymous `export default function` counts as a component. */
export function isComponentOrHook(fn: FunctionNode): boolean {
  const name = boundName(fn);
  if (name !== null) return COMPONENT_OR_HOOK.test(name);
  return fn.parent.type === T.ExportDefaultDeclaration;
}

/** The component or hook whose body `node` is in (through nested callbacks), if any. */
export function enclosingComponentOrHook(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) && isComponentOrHook(current)) return current;
  }
  return null;
}
