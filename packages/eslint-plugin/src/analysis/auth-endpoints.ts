import { authEndpoint } from './files.js';
import type { FileFacts } from './file-facts.js';

/**
 * Endpoints NextAuth serves itself under its base path
 * (next-auth core/index: the `action` switch).
 */
export const NEXTAUTH_ENDPOINTS = ['session', 'csrf', 'providers', 'signin', 'signout', 'callback', 'error', 'verify-request', '_log'] as const;

/**
 * Endpoints next-auth's client requests without a user action: `useSession()`
 * and `getSession()` on mount, focus, interval and broadcast (session),
 * `signIn()` / `signOut()` / `getCsrfToken()` (csrf), `getProviders()`.
 */
export const POLLED_ENDPOINTS = ['session', 'csrf', 'providers'] as const;

/** The auth endpoint a route file serves (`session`, `signout`, …), or null. */
export function servedAuthEndpoint(facts: FileFacts): string | null {
  if (facts.info.kind !== 'app-route' && facts.info.kind !== 'pages-api') return null;
  return authEndpoint(facts.info.routePath, facts.settings.authBasePath);
}

/** Is this file a hand-written session endpoint (`/api/auth/session`)? */
export function isSessionEndpoint(facts: FileFacts): boolean {
  return servedAuthEndpoint(facts) === 'session';
}

/**
 * The body that next-auth's client reads as "signed out", with a 200:
 * v4's fetchData treats an empty object as no session and throws on null;
 * v5's client treats any non-null body as a session.
 */
export function signedOutBody(version: 4 | 5): '{}' | 'null' {
  return version === 4 ? '{}' : 'null';
}
