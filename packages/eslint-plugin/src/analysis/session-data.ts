import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * Words that mark a value as per-user session data when they appear in a
 * cache key, a helper's name, or the expression a value comes from.
 * Whole-word-ish matching keeps `users` and `sessionToken` in, `assessment` out.
 */
const SESSION_WORDS = /(?:^|[^a-z])(?:session|sessions|user|users|token|tokens|auth|jwt|sid|account|profile|me|cookie|cookies|viewer|principal|identity|claims)(?:$|[^a-z])/i;

/** Split camelCase so `getCachedSession` reads as `get Cached Session`. */
function words(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
}

export function mentionsSessionData(text: string): boolean {
  return SESSION_WORDS.test(words(text));
}

/** Does the source of `node` (a call with its key, a helper name) talk about session data? */
export function nodeMentionsSessionData(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return mentionsSessionData(sourceCode.getText(node));
}

/** Words a constant cache key uses when it names "the" session, as if there were only one user. */
const SINGLE_SESSION_CORE = new Set(['session', 'user', 'me', 'viewer', 'token', 'jwt', 'account', 'principal', 'identity', 'claims', 'profile', 'sid', 'auth']);
const SINGLE_SESSION_FILLER = new Set(['current', 'cached', 'cache', 'data', 'info', 'logged', 'in', 'active', 'my', 'the', 'signed', 'authenticated', 'v1', 'v2']);

/**
 * Does a constant key (`'session'`, `'current-user'`, `'cachedSession'`,
 * `'auth:me'`) name a single session? Only session words and fillers, so
 * `'users:count'` and `'session-config'` do not.
 */
export function namesSingleSession(key: string): boolean {
  const parts = words(key).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return parts.some(part => SINGLE_SESSION_CORE.has(part)) && parts.every(part => SINGLE_SESSION_CORE.has(part) || SINGLE_SESSION_FILLER.has(part));
}
