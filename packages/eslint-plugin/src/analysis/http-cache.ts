/**
 * HTTP caching headers as data: which header values let a browser or a CDN
 * store a response and serve it again. Pure string functions, so the same
 * answers serve route handlers, `pages/api` handlers and `next.config.*`
 * `headers()` entries.
 *
 * Semantics: RFC 9111 (Cache-Control), RFC 9213 (targeted `CDN-Cache-Control`,
 * `Vercel-CDN-Cache-Control`, `Cloudflare-CDN-Cache-Control`) and the Edge
 * Architecture `Surrogate-Control` header (Fastly, Akamai).
 */

/** What a response carrying per-user data should send. */
export const PRIVATE_NO_STORE = 'private, no-store';
/** Surrogate-Control has no `private`: `no-store` is its whole answer. */
export const SURROGATE_NO_STORE = 'no-store';

export type CacheHeaderKind = 'cache-control' | 'cdn' | 'surrogate';

/** A directive's value: `true` for a bare directive, the raw string otherwise. */
export type Directives = ReadonlyMap<string, string | true>;

/** Why a header value lets a cache store and reuse the response. */
export type StorableReason = 'public' | 's-maxage' | 'max-age' | 'cdn';

export interface CacheVerdict {
  readonly kind: CacheHeaderKind;
  readonly directives: Directives;
  /** Null when the value forbids storing or reuse, or states nothing that enables it. */
  readonly storable: StorableReason | null;
}

const CDN_HEADER = /^(?:[a-z]+-)?cdn-cache-control$/;

/** The kind of caching header `name` is (case-insensitive), or null for any other header. */
export function cacheHeaderKind(name: string): CacheHeaderKind | null {
  const lower = name.trim().toLowerCase();
  if (lower === 'cache-control') return 'cache-control';
  if (lower === 'surrogate-control') return 'surrogate';
  return CDN_HEADER.test(lower) ? 'cdn' : null;
}

/**
 * Parses a Cache-Control-style value into lower-cased directives. Quoted
 * values lose their quotes; a repeated directive keeps its first value
 * (RFC 9111 §4.2.1 calls duplicates invalid; the first is the common reading).
 */
export function parseCacheControl(value: string): Directives {
  const directives = new Map<string, string | true>();
  for (const part of value.split(',')) {
    const [rawName, ...rest] = part.split('=');
    const name = rawName!.trim().toLowerCase();
    if (!name || directives.has(name)) continue;
    directives.set(name, rest.length === 0 ? true : rest.join('=').trim().replace(/^"(.*)"$/, '$1'));
  }
  return directives;
}

/** A delta-seconds directive's value; null when absent or not written as digits. */
export function deltaSeconds(directives: Directives, name: string): number | null {
  const value = directives.get(name);
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null;
}

/**
 * Does this header value let a cache store the response and reuse it?
 * `no-store` and `no-cache` (reuse only after revalidation with the origin)
 * win over everything. For Cache-Control: `public`, `s-maxage>0` or
 * `max-age>0` (`public, max-age=0` stores nothing fresh). For the CDN
 * headers, any positive freshness or `public`; `private` there keeps the CDN
 * from storing. Values the function cannot read (`max-age=${ttl}`) count as
 * not storable, so callers stay precise.
 */
export function cacheVerdict(name: string, value: string): CacheVerdict | null {
  const kind = cacheHeaderKind(name);
  if (!kind) return null;
  const directives = parseCacheControl(value);
  return { kind, directives, storable: storableReason(kind, directives) };
}

function storableReason(kind: CacheHeaderKind, directives: Directives): StorableReason | null {
  if (directives.has('no-store') || directives.has('no-cache')) return null;
  const maxAge = deltaSeconds(directives, 'max-age');
  const sharedMaxAge = deltaSeconds(directives, 's-maxage');
  if (kind !== 'cache-control') {
    if (directives.has('private')) return null;
    return (maxAge ?? 0) > 0 || (sharedMaxAge ?? 0) > 0 || directives.has('public') ? 'cdn' : null;
  }
  if ((sharedMaxAge ?? 0) > 0) return 's-maxage';
  if ((maxAge ?? 0) > 0) return 'max-age';
  // `public` alone lets shared caches use heuristic freshness; an explicit zero lifetime does not.
  if (directives.has('public') && maxAge !== 0 && sharedMaxAge !== 0) return 'public';
  return null;
}

/** Does a Cache-Control value say both `private` and `no-store`? */
export function saysPrivateNoStore(value: string): boolean {
  const directives = parseCacheControl(value);
  return directives.has('private') && directives.has('no-store');
}

/** The value to put in place of a storable one for this kind of header. */
export function noStoreValue(kind: CacheHeaderKind): string {
  return kind === 'surrogate' ? SURROGATE_NO_STORE : PRIVATE_NO_STORE;
}
