import { describe, expect, it } from 'vitest';
import { cacheHeaderKind, cacheVerdict, noStoreValue, parseCacheControl, saysPrivateNoStore } from './http-cache.js';

describe('cacheHeaderKind', () => {
  it.each([
    ['Cache-Control', 'cache-control'],
    ['cache-control', 'cache-control'],
    ['CDN-Cache-Control', 'cdn'],
    ['Vercel-CDN-Cache-Control', 'cdn'],
    ['cloudflare-cdn-cache-control', 'cdn'],
    ['Surrogate-Control', 'surrogate'],
  ])('%s is %s', (name, kind) => {
    expect(cacheHeaderKind(name)).toBe(kind);
  });

  it.each(['Content-Type', 'Vary', 'X-Cache-Control-Hint', 'cache'])('%s is not a caching header', name => {
    expect(cacheHeaderKind(name)).toBeNull();
  });
});

describe('parseCacheControl', () => {
  it('lower-cases names, keeps values, strips quotes and ignores empty parts', () => {
    const directives = parseCacheControl(' Public, S-MAXAGE=60,, stale-while-revalidate="30", no-cache="Set-Cookie" ');
    expect([...directives]).toEqual([
      ['public', true],
      ['s-maxage', '60'],
      ['stale-while-revalidate', '30'],
      ['no-cache', 'Set-Cookie'],
    ]);
  });

  it('keeps the first of repeated directives', () => {
    expect(parseCacheControl('max-age=60, max-age=0').get('max-age')).toBe('60');
  });
});

describe('cacheVerdict', () => {
  it.each([
    ['Cache-Control', 'public', 'public'],
    ['Cache-Control', 'public, s-maxage=60, stale-while-revalidate=59', 's-maxage'],
    ['Cache-Control', 's-maxage=1', 's-maxage'],
    ['Cache-Control', 'max-age=3600', 'max-age'],
    ['Cache-Control', 'private, max-age=60', 'max-age'],
    ['Cache-Control', 'public, max-age=31536000, immutable', 'max-age'],
    ['CDN-Cache-Control', 'max-age=60', 'cdn'],
    ['Vercel-CDN-Cache-Control', 's-maxage=300', 'cdn'],
    ['Surrogate-Control', 'max-age=86400', 'cdn'],
    ['Surrogate-Control', 'public', 'cdn'],
  ])('%s: %s is storable (%s)', (name, value, reason) => {
    expect(cacheVerdict(name, value)?.storable).toBe(reason);
  });

  it.each([
    ['Cache-Control', 'private, no-store'],
    ['Cache-Control', 'no-store'],
    ['Cache-Control', 'public, no-store, max-age=60'],
    ['Cache-Control', 'no-cache, max-age=60'],
    ['Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate'],
    ['Cache-Control', 'public, max-age=0, must-revalidate'],
    ['Cache-Control', 's-maxage=0'],
    ['Cache-Control', 'private'],
    ['Cache-Control', 'max-age=\u0000'],
    ['Cache-Control', ''],
    ['CDN-Cache-Control', 'no-store'],
    ['CDN-Cache-Control', 'private, max-age=60'],
    ['Surrogate-Control', 'no-store'],
    ['Surrogate-Control', 'max-age=0'],
  ])('%s: %j is not storable', (name, value) => {
    expect(cacheVerdict(name, value)?.storable).toBeNull();
  });

  it('answers null for headers that are not about caching', () => {
    expect(cacheVerdict('Content-Type', 'public')).toBeNull();
  });
});

describe('saysPrivateNoStore / noStoreValue', () => {
  it('needs both directives, in any order and case', () => {
    expect(saysPrivateNoStore('private, no-store')).toBe(true);
    expect(saysPrivateNoStore('No-Store, max-age=0, PRIVATE')).toBe(true);
    expect(saysPrivateNoStore('no-store')).toBe(false);
    expect(saysPrivateNoStore('private, no-cache')).toBe(false);
  });

  it('gives Surrogate-Control its own vocabulary', () => {
    expect(noStoreValue('cache-control')).toBe('private, no-store');
    expect(noStoreValue('cdn')).toBe('private, no-store');
    expect(noStoreValue('surrogate')).toBe('no-store');
  });
});
