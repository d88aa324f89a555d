import { describe, expect, it } from 'vitest';
import { analyze } from '../test-utils/analyze.js';
import { code } from '../test-utils/rule-tester.js';
import { hasDirective } from './handlers.js';
import { cachingSegmentConfig, segmentConfig, sharedCacheDirective, sharedCachedFunctions } from './next-cache.js';

const program = (text: string) => analyze(text).sourceCode.ast;
const asks = (text: string) => cachingSegmentConfig(program(text)).map(config => `${config.name}=${String(config.value)}`);

describe('segmentConfig', () => {
  it('reads literal exports and ignores computed ones and other names', () => {
    const config = segmentConfig(program(code`
      export const dynamic = 'force-static';
      export const revalidate = 60 as const;
      export const fetchCache = process.env.CACHE;
      export const title = 'x';
    `));
    expect([...config.keys()]).toEqual(['dynamic', 'revalidate']);
    expect(config.get('revalidate')?.value).toBe(60);
  });
});

describe('cachingSegmentConfig', () => {
  it.each([
    ["export const dynamic = 'force-static';", ['dynamic=force-static']],
    ['export const revalidate = 60;', ['revalidate=60']],
    ["export const fetchCache = 'force-cache';", ['fetchCache=force-cache']],
    ["export const fetchCache = 'only-cache';", ['fetchCache=only-cache']],
    ["export const revalidate = 10; export const dynamic = 'force-static';", ['revalidate=10', 'dynamic=force-static']],
  ])('%s asks for caching', (text, expected) => {
    expect(asks(text)).toEqual(expected);
  });

  it.each([
    'export const revalidate = 0;',
    'export const revalidate = false;',
    "export const dynamic = 'force-dynamic'; export const revalidate = 60;",
    "export const dynamic = 'auto';",
    "export const fetchCache = 'default-no-store';",
    'const revalidate = 60;',
  ])('%s does not', text => {
    expect(asks(text)).toEqual([]);
  });
});

describe('sharedCachedFunctions', () => {
  const found = (text: string) => {
    const { facts, sourceCode } = analyze(text);
    return sharedCachedFunctions(sourceCode.ast, sourceCode, facts.api).map(f => `${f.via}@${f.fn.loc.start.line}`);
  };

  it('finds unstable_cache callbacks, inline or by name, under any local name', () => {
    expect(found(code`
      import { unstable_cache as cache } from 'next/cache';
      async function load() { return 1; }
      export const a = cache(async () => 2, ['a']);
      export const b = cache(load, ['b']);
    `)).toEqual(['unstable_cache@3', 'unstable_cache@2']);
  });

  it("finds 'use cache' and 'use cache: remote' functions, and exports of a 'use cache' module", () => {
    expect(found(code`
      export async function a() { 'use cache'; return 1; }
      export async function b() { 'use cache: remote'; return 2; }
      export async function c() { 'use cache: private'; return 3; }
    `)).toEqual(['use cache@1', 'use cache@2']);
    expect(found(code`
      'use cache';
      export async function a() { return 1; }
      export const b = async () => 2;
      function notExported() { return 3; }
    `)).toEqual(['use cache@2', 'use cache@3']);
  });

  it("ignores React's per-request cache()", () => {
    expect(found(`import { cache } from 'react'; export const get = cache(async () => 1);`)).toEqual([]);
  });
});

describe('directives in an Oxlint-shaped AST', () => {
  // Oxlint's JS plugins see `directive: null` on ordinary expression statements (found by the bench's Oxlint parity run).
  const oxlintShaped = (text: string) => {
    const ast = program(text);
    for (const statement of ast.body) if (statement.type === 'ExpressionStatement' && statement.directive === undefined) Object.assign(statement, { directive: null });
    return ast;
  };

  it('finds no shared cache directive and does not throw', () => {
    expect(sharedCacheDirective(oxlintShaped("foo();\n'use cache';").body)).toBeNull();
  });

  it('stops looking for a directive at the first ordinary statement', () => {
    expect(hasDirective(oxlintShaped("foo();\n'use server';").body, 'use server')).toBe(false);
  });
});
