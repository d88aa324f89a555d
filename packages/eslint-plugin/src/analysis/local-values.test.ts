import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { findNode } from '../util/ast.js';
import { analyze } from '../test-utils/analyze.js';
import { callsIn, resolveValue } from './local-values.js';

const calleeName = (call: TSESTree.CallExpression): string => (call.callee.type === T.Identifier ? call.callee.name : '?');

describe('resolveValue', () => {
  it('follows consts and function declarations, not parameters or lets', () => {
    const { sourceCode } = analyze('const inner = { a: 1 }; const outer = inner; function f() {} let l = 1; function g(p) { return [outer, f, p, l]; }');
    const array = findNode(sourceCode.ast, (node): node is TSESTree.ArrayExpression => node.type === T.ArrayExpression)!;
    const [outer, f, p, l] = array.elements as TSESTree.Identifier[];
    expect(resolveValue(outer!, sourceCode)?.type).toBe(T.ObjectExpression);
    expect(resolveValue(f!, sourceCode)?.type).toBe(T.FunctionDeclaration);
    expect(resolveValue(p!, sourceCode)).toBeNull();
    expect(resolveValue(l!, sourceCode)).toBeNull();
  });
});

describe('callsIn', () => {
  it('enters same-file functions the root calls, once each', () => {
    const { sourceCode } = analyze(`
      function helper() { delB(); helper(); }
      const arrow = () => { delA(); helper(); };
      function handler() { arrow(); helper(); imported(); }
      function unused() { delC(); }
    `);
    const root = findNode(sourceCode.ast, (node): node is TSESTree.FunctionDeclaration => node.type === T.FunctionDeclaration && node.id?.name === 'handler')!;
    expect(callsIn(root, sourceCode, call => calleeName(call).startsWith('del')).map(calleeName)).toEqual(['delA', 'delB']);
  });
});

