import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { analyze } from '../test-utils/analyze.js';
import { findNode } from '../util/ast.js';
import { onlyTestedForPresence } from './presence.js';

/** Is the call `read()` in `code` only tested for presence? */
function check(code: string): boolean {
  const { sourceCode } = analyze(code);
  const call = findNode(
    sourceCode.ast,
    (node): node is TSESTree.CallExpression => node.type === T.CallExpression && node.callee.type === T.Identifier && node.callee.name === 'read',
  )!;
  return onlyTestedForPresence(call, sourceCode);
}

describe('onlyTestedForPresence', () => {
  it.each([
    ['if (!read()) stop();', true],
    ['const t = read(); if (!t) stop(); if (t) go();', true],
    ['const t = read(); const ok = t ? 1 : 0;', true],
    ['if (read() && ready) go();', true],
    ['const t = read(); use(t);', false],
    ['const t = read() ?? fallback; if (!t) stop();', false],
    ['const t = read(); if (!t) stop(); use(t.value);', false],
    ['const key = `session:${read()}`;', false],
    ['const t = read();', false],
  ])('%s → %s', (code, expected) => {
    expect(check(code)).toBe(expected);
  });
});
