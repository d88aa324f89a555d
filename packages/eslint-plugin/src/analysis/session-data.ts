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
