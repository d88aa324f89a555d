import { AUTH_LIBRARIES, type AuthLibrary, type SessionCookie } from './libraries/auth-libraries.js';

/**
 * A cookie name as the code writes it: literal text, with `*` wherever an
 * expression fills in part of the name (`${prefix}next-auth.session-token`
 * is `*next-auth.session-token`).
 */
export type NamePattern = string;

/** An auth library's session cookie, found in a name or a piece of cookie-parsing text. */
export interface AuthCookieMatch {
  readonly library: AuthLibrary;
  readonly cookie: SessionCookie;
  /** The name without prefix or chunk suffix, e.g. `next-auth.session-token`, `sb-abcd-auth-token`. */
  readonly base: string;
}

const SECURE_PREFIX = '__Secure-';

function baseNamesIn(text: string, cookie: SessionCookie): string[] {
  if (typeof cookie.name === 'string') return text.includes(cookie.name) ? [cookie.name] : [];
  const global = new RegExp(cookie.name.source, cookie.name.flags.includes('g') ? cookie.name.flags : `${cookie.name.flags}g`);
  return [...text.matchAll(global)].map(match => match[0]);
}

/**
 * The auth session cookie a name, a regex source or a string used to parse
 * `document.cookie` mentions. Regex escapes (`next-auth\.session-token`) are
 * read as the characters they match.
 */
export function authCookieIn(text: string): AuthCookieMatch | null {
  const plain = text.replace(/\\(.)/g, '$1');
  for (const library of AUTH_LIBRARIES) {
    for (const cookie of library.sessionCookies ?? []) {
      const [base] = baseNamesIn(plain, cookie);
      if (base) return { library, cookie, base };
    }
  }
  return null;
}

function globMatches(pattern: NamePattern, name: string): boolean {
  const source = pattern.split('*').map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(name);
}

/** The concrete names a deletion must cover for one session cookie to be gone in every environment. */
export function cookieVariants(match: AuthCookieMatch): { plain: string; secure: string | null; chunked: boolean } {
  return { plain: match.base, secure: match.cookie.securePrefix ? `${SECURE_PREFIX}${match.base}` : null, chunked: match.cookie.chunked };
}

/**
 * Variants of a session cookie that none of the deleted name patterns covers:
 * the `__Secure-` name used over HTTPS, the plain name used over HTTP, and
 * the `.0`, `.1` chunks of a large value. Returned as readable names.
 */
export function missingVariants(match: AuthCookieMatch, deleted: readonly NamePattern[]): string[] {
  const covered = (name: string): boolean => deleted.some(pattern => globMatches(pattern, name));
  const { plain, secure, chunked } = cookieVariants(match);
  const missing: string[] = [];
  if (!covered(plain)) missing.push(plain);
  if (secure && !covered(secure)) missing.push(secure);
  if (chunked && !covered(`${plain}.0`) && !(secure && covered(`${secure}.0`))) missing.push(`${plain}.0`, `${plain}.1`);
  return missing;
}
