import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { analyze } from '../test-utils/analyze.js';
import { staticNumber, staticString, UNKNOWN_PART } from './static-values.js';

/** The value of the last `const value = …` in the program. */
function lastInit(text: string) {
  const { sourceCode } = analyze(text);
  const statement = sourceCode.ast.body.at(-1) as TSESTree.VariableDeclaration;
  return { sourceCode, init: statement.declarations[0]!.init! };
}

describe('staticString', () => {
  it.each([
    [`const value = 'a';`, 'a'],
    ['const value = `a${1 + 2}b`;', 'a3b'],
    [`const A = 'x'; const value = A + '-' + 60 * 2;`, 'x-120'],
    [`let t; const value = \`max-age=\${t}\`;`, `max-age=${UNKNOWN_PART}`],
  ])('%s → %j', (text, expected) => {
    const { sourceCode, init } = lastInit(text);
    expect(staticString(init, sourceCode)).toBe(expected);
  });

  it.each([`const value = f();`, `const value = 1;`, `let a = 'x'; a = 'y'; const value = a;`, `const value = c ? 'a' : 'b';`])('%s is not static', text => {
    const { sourceCode, init } = lastInit(text);
    expect(staticString(init, sourceCode)).toBeNull();
  });
});

describe('staticNumber', () => {
  it.each([
    ['const value = 60 * 60 * 24 * 30;', 2592000],
    ['const DAY = 86400; const value = 7 * DAY;', 604800],
    ['const value = -(1 + 2) + 10 / 2;', 2],
  ])('%s → %d', (text, expected) => {
    const { sourceCode, init } = lastInit(text);
    expect(staticNumber(init, sourceCode)).toBe(expected);
  });

  it.each(['const value = x * 2;', 'const value = 1 / 0;', "const value = '5';", 'const value = 2 ** 3;'])('%s is not static', text => {
    const { sourceCode, init } = lastInit(text);
    expect(staticNumber(init, sourceCode)).toBeNull();
  });
});
