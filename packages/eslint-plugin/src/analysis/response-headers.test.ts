import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { childNodes } from '../util/ast.js';
import { analyze } from '../test-utils/analyze.js';
import { cacheHeaderWrite } from './response-headers.js';

/** Every caching header write in a program, as `name: value`. */
function writes(text: string): string[] {
  const { sourceCode } = analyze(text);
  const found: string[] = [];
  const visit = (node: TSESTree.Node): void => {
    const write = cacheHeaderWrite(node, sourceCode);
    if (write) found.push(`${write.name}: ${write.value ?? '?'}${write.verdict?.storable ? ` (${write.verdict.storable})` : ''}`);
    childNodes(node).forEach(visit);
  };
  visit(sourceCode.ast);
  return found;
}

describe('cacheHeaderWrite', () => {
  it('reads init objects, Headers, tuples and setters', () => {
    expect(
      writes(`
        Response.json(1, { headers: { 'Cache-Control': 'public' } });
        new Headers({ 'cdn-cache-control': 'max-age=5' });
        new Response(null, { headers: [['Surrogate-Control', 'no-store']] });
        response.headers.set('Cache-Control', 'private, no-store');
        res.setHeader('Cache-Control', 's-maxage=1');
        res.set('Cache-Control', 'max-age=9');
      `),
    ).toEqual([
      'Cache-Control: public (public)',
      'cdn-cache-control: max-age=5 (cdn)',
      'Surrogate-Control: no-store',
      'Cache-Control: private, no-store',
      'Cache-Control: s-maxage=1 (s-maxage)',
      'Cache-Control: max-age=9 (max-age)',
    ]);
  });

  it('follows constants and leaves values it cannot see unknown', () => {
    expect(writes(`const V = 'public, ' + 'max-age=60'; const f = (ttl) => Response.json(1, { headers: { 'Cache-Control': V, 'CDN-Cache-Control': ttl } });`)).toEqual([
      'Cache-Control: public, max-age=60 (max-age)',
      'CDN-Cache-Control: ?',
    ]);
  });

  it('skips request headers: fetch, Request, axios, and variables passed to them', () => {
    expect(
      writes(`
        fetch(url, { headers: { 'Cache-Control': 'max-age=60' } });
        new Request(url, { headers: { 'Cache-Control': 'max-age=60' } });
        axios.get(url, { headers: { 'Cache-Control': 'max-age=60' } });
        const headers = { 'Cache-Control': 'max-age=60' };
        await fetch(url, { headers });
      `),
    ).toEqual([]);
  });

  it('ignores other headers and non-header objects', () => {
    expect(writes(`Response.json(1, { headers: { 'Content-Type': 'public' } }); const o = { cache: 'public' }; map.set('key', 'public');`)).toEqual([]);
  });
});
