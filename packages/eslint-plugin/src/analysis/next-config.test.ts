import { describe, expect, it } from 'vitest';
import { analyze } from '../test-utils/analyze.js';
import { code } from '../test-utils/rule-tester.js';
import { configHeaderEntries, perUserPathsCovered } from './next-config.js';

describe('configHeaderEntries', () => {
  it('reads source, headers and conditions of headers() entries, however the config is exported', () => {
    const { sourceCode } = analyze(
      code`
        const API = '/api/:path*';
        module.exports = wrap({
          headers: async () => [
            { source: API, headers: [{ key: 'Cache-Control', value: 'public, s-maxage=60' }, { key: 'X-Frame-Options', value: 'DENY' }] },
            { source: '/(.*)', has: [{ type: 'host', value: 'cdn.example.com' }], headers: [] },
          ],
        });
        declare function wrap<T>(config: T): T;
      `,
      '/virtual/next-app/next.config.ts',
    );
    const entries = configHeaderEntries(sourceCode.ast, sourceCode);
    expect(entries.map(entry => [entry.source, entry.conditional, entry.headers.map(header => [header.key, header.verdict?.storable ?? null])])).toEqual([
      ['/api/:path*', false, [['Cache-Control', 's-maxage'], ['X-Frame-Options', null]]],
      ['/(.*)', true, []],
    ]);
  });
});

describe('perUserPathsCovered', () => {
  it('lists the per-user paths a source pattern covers', () => {
    expect(perUserPathsCovered('/:path*')).toEqual(['/api/me', '/api/auth/session', '/dashboard']);
    expect(perUserPathsCovered('/api/(.*)')).toEqual(['/api/me', '/api/auth/session']);
    expect(perUserPathsCovered('/_next/static/:path*')).toEqual([]);
    expect(perUserPathsCovered('/:path*.(svg|png)')).toEqual([]);
  });
});
