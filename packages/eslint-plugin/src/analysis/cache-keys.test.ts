import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { findNode } from '../util/ast.js';
import { analyze } from '../test-utils/analyze.js';
import { settingsFor } from '../test-utils/rule-tester.js';
import { compareKeys, describeKey, keyShape, type KeyShape } from './cache-keys.js';

/** The shapes of the first argument of `write(…)` and `del(…)` in `source`. */
function keys(source: string, settings?: Record<string, unknown>): { write: KeyShape; del: KeyShape } {
  const { facts, sourceCode } = analyze(source, undefined, settings);
  const argumentOf = (name: string): TSESTree.Node => {
    const call = findNode(sourceCode.ast, (node): node is TSESTree.CallExpression =>
      node.type === T.CallExpression && node.callee.type === T.Identifier && node.callee.name === name);
    return call!.arguments[0]!;
  };
  const context = { sourceCode, api: facts.api };
  return { write: keyShape(argumentOf('write'), context), del: keyShape(argumentOf('del'), context) };
}

const compare = (source: string, settings?: Record<string, unknown>) => {
  const { write, del } = keys(source, settings);
  return compareKeys(write, del);
};

describe('cache keys', () => {
  it('reads templates, concatenation and constants as one shape', () => {
    const { write } = keys("const key = 'session:' + token.sub; write(key); del(`session:${token.sub}`);");
    expect(describeKey(write)).toBe('session:${the user id}');
    expect(compare("const key = 'session:' + token.sub; write(key); del(`session:${token.sub}`);")).toBe('same');
  });

  it('treats the user id the same across callbacks and events', () => {
    expect(compare('write(`session:${user.id}`); del(`session:${session.userId}`);')).toBe('same');
    expect(compare('write(`session:${token.sub}`); del(`session:${message.token?.sub}`);')).toBe('same');
    expect(compare('const { sub } = token; write(`session:${sub}`); del(`session:${token.sub}`);')).toBe('same');
  });

  it('tells the user id from the raw cookie value', () => {
    expect(compare(
      "write(`session:${token.sub}`); const raw = cookies().get('next-auth.session-token')?.value; del(`session:${raw}`);",
    )).toBe('different');
    expect(compare(
      "import { cookies } from 'next/headers'; const store = await cookies(); const raw = store.get('sid')?.value; write(`session:${user.id}`); del(`session:${raw}`);",
    )).toBe('different');
    expect(compare('write(`session:${token.sub}`); del(`user:${token.sub}`);')).toBe('different');
    expect(compare('write(`session:${token.sub}`); del(`session:${token.jti}`);')).toBe('different');
  });

  it('inlines a same-file key builder', () => {
    expect(compare('const sessionKey = (id) => `session:${id}`; write(sessionKey(token.sub)); del(`session:${session.userId}`);')).toBe('same');
    expect(compare('function sessionKey(id) { return `s:${id}`; } write(sessionKey(token.sub)); del(sessionKey(token.jti));')).toBe('different');
  });

  it('compares imported and settings-named builders by name and arguments', () => {
    expect(compare("import { sessionKey } from '@/lib/keys'; write(sessionKey(token.sub)); del(sessionKey(token.sub));")).toBe('same');
    expect(compare("import { sessionKey } from '@/lib/keys'; write(sessionKey(token.sub)); del(sessionKey(rawCookie));")).toBe('unknown');
    expect(compare("import { k } from '@/lib/keys'; write(k(token.sub)); del(`session:${token.sub}`);")).toBe('unknown');
    const settings = settingsFor(4, { keyBuilders: ['sessionKey'] });
    expect(compare('write(sessionKey(token.sub)); del(sessionKey(token.jti));', settings)).toBe('different');
  });

  it('stays unknown for values it cannot identify', () => {
    expect(compare('write(`session:${a}`); del(`session:${b}`);')).toBe('unknown');
    expect(compare('write(makeKey()); del(`session:${token.sub}`);')).toBe('unknown');
  });
});
