import { ANY, type ApiRef, appModule } from '../api-ref.js';

/**
 * What a verifier returns, which decides what counts as checking it:
 * `nullable` is null/undefined without a session (`if (!session)` checks it);
 * `object` is always an object whose properties carry the answer
 * (`if (!session.userId)` checks it, `if (!session)` does not).
 */
export type ResultShape = 'nullable' | 'object';

export interface Verifier {
  readonly ref: ApiRef;
  /** Throws or redirects by itself when there is no valid session. */
  readonly asserting?: boolean;
  /** Returns synchronously, so it guards without `await`. */
  readonly sync?: boolean;
  readonly shape?: ResultShape;
  /** For `object` results: properties that are always objects themselves (Supabase's `data`). */
  readonly objectProperties?: readonly string[];
}

/**
 * A server-side call that ends a session: it invalidates the stored session
 * (`invalidate`), or only clears the session cookie (`clear-cookie`).
 */
export interface ServerSignOut {
  readonly ref: ApiRef;
  readonly effect: 'invalidate' | 'clear-cookie';
}

/** One row per auth library: how code reaches it, and which calls verify a request. */
export interface AuthLibrary {
  readonly id: string;
  readonly name: string;
  /** Imports that show the library is in use. */
  readonly packages: readonly string[];
  readonly verifiers: readonly Verifier[];
  /** Calls whose first argument is the library's options object (`NextAuth(authOptions)`). */
  readonly configs?: readonly ApiRef[];
  /** Server-side sign-out and session-destroy calls. */
  readonly serverSignOuts?: readonly ServerSignOut[];
}

const APP_AUTH = appModule('auth');

export const AUTH_LIBRARIES: readonly AuthLibrary[] = [
  {
    id: 'next-auth-v4',
    name: 'NextAuth.js v4',
    packages: ['next-auth', 'next-auth/next', 'next-auth/react', 'next-auth/jwt', 'next-auth/middleware'],
    verifiers: [
      { ref: { from: ['next-auth', 'next-auth/next'], path: ['getServerSession'] } },
      { ref: { from: ['next-auth', 'next-auth/next'], path: ['unstable_getServerSession'] } },
      { ref: { from: ['next-auth/react'], path: ['getSession'] } },
      { ref: { from: ['next-auth/jwt'], path: ['getToken'] } },
    ],
    // `NextAuth(options)` is also Auth.js v5's entry point.
    configs: [
      { from: ['next-auth', 'next-auth/next'], path: ['default'] },
      { from: ['next-auth', 'next-auth/next'], path: ['getServerSession'] },
      { from: ['next-auth', 'next-auth/next'], path: ['unstable_getServerSession'] },
    ],
  },
  {
    id: 'authjs-v5',
    name: 'Auth.js v5',
    packages: ['next-auth', '@auth/core', '@auth/nextjs'],
    verifiers: [
      // `export const { auth } = NextAuth(config)`, imported from the app's own module or used in place.
      { ref: { from: [APP_AUTH], path: ['auth'] } },
      { ref: { from: ['next-auth'], path: ['default', '()', 'auth'] } },
      { ref: { from: ['@auth/core/jwt'], path: ['getToken'] } },
    ],
    // The server `signOut` that `NextAuth(config)` returns: it clears the cookie and, for database sessions, deletes the row.
    serverSignOuts: [
      { ref: { from: [APP_AUTH], path: ['signOut'] }, effect: 'invalidate' },
      { ref: { from: ['next-auth'], path: ['default', '()', 'signOut'] }, effect: 'invalidate' },
    ],
  },
  {
    id: 'better-auth',
    name: 'Better Auth',
    packages: ['better-auth', 'better-auth/next-js', 'better-auth/react', 'better-auth/client'],
    verifiers: [{ ref: { from: [APP_AUTH, 'better-auth'], path: [ANY, 'api', 'getSession'] } }],
    serverSignOuts: [
      { ref: { from: [APP_AUTH, 'better-auth'], path: [ANY, 'api', 'signOut'] }, effect: 'invalidate' },
      { ref: { from: [APP_AUTH, 'better-auth'], path: [ANY, 'api', 'revokeSession'] }, effect: 'invalidate' },
      { ref: { from: [APP_AUTH, 'better-auth'], path: [ANY, 'api', 'revokeSessions'] }, effect: 'invalidate' },
    ],
  },
  {
    id: 'supabase',
    name: 'Supabase',
    packages: ['@supabase/supabase-js', '@supabase/ssr', '@supabase/auth-helpers-nextjs'],
    verifiers: [
      // `supabase.auth.getUser()` is distinctive enough to match on any client, however it was made.
      { ref: { from: 'any', path: [ANY, 'auth', 'getUser'] }, shape: 'object', objectProperties: ['data'] },
      { ref: { from: 'any', path: [ANY, 'auth', 'getClaims'] }, shape: 'object' },
    ],
    // On a server client (`@supabase/ssr`) this revokes the refresh token and clears the auth cookies.
    serverSignOuts: [{ ref: { from: 'any', path: [ANY, 'auth', 'signOut'] }, effect: 'invalidate' }],
  },
  {
    id: 'lucia',
    name: 'Lucia',
    packages: ['lucia', 'oslo'],
    verifiers: [
      { ref: { from: ['lucia', APP_AUTH, appModule('lucia')], path: [ANY, 'validateSession'] } },
      // The `validateRequest()` helper from Lucia's Next.js guide.
      { ref: { from: [APP_AUTH, appModule('lucia'), appModule('session')], path: ['validateRequest'] } },
    ],
    serverSignOuts: [
      { ref: { from: ['lucia', APP_AUTH, appModule('lucia')], path: [ANY, 'invalidateSession'] }, effect: 'invalidate' },
      { ref: { from: ['lucia', APP_AUTH, appModule('lucia')], path: [ANY, 'invalidateUserSessions'] }, effect: 'invalidate' },
      { ref: { from: ['lucia', APP_AUTH, appModule('lucia')], path: [ANY, 'createBlankSessionCookie'] }, effect: 'clear-cookie' },
    ],
  },
  {
    id: 'iron-session',
    name: 'iron-session',
    packages: ['iron-session'],
    verifiers: [{ ref: { from: ['iron-session'], path: ['getIronSession'] }, shape: 'object' }],
    // iron-session is stateless: destroy() only clears the sealed cookie.
    serverSignOuts: [{ ref: { from: ['iron-session'], path: ['getIronSession', '()', 'destroy'] }, effect: 'clear-cookie' }],
  },
  {
    id: 'clerk',
    name: 'Clerk',
    packages: ['@clerk/nextjs', '@clerk/nextjs/server', '@clerk/backend'],
    verifiers: [
      { ref: { from: ['@clerk/nextjs/server', '@clerk/nextjs'], path: ['auth'] }, shape: 'object' },
      { ref: { from: ['@clerk/nextjs/server', '@clerk/nextjs'], path: ['getAuth'] }, shape: 'object', sync: true },
      { ref: { from: ['@clerk/nextjs/server', '@clerk/nextjs'], path: ['currentUser'] } },
      { ref: { from: ['@clerk/nextjs/server', '@clerk/nextjs'], path: ['auth', 'protect'] }, asserting: true },
      { ref: { from: ['@clerk/backend', '@clerk/nextjs/server'], path: ['verifyToken'] }, asserting: true },
    ],
  },
  {
    id: 'firebase-admin',
    name: 'Firebase Admin',
    packages: ['firebase-admin', 'firebase-admin/auth'],
    verifiers: [
      { ref: { from: ['firebase-admin', 'firebase-admin/auth'], path: [ANY, 'verifyIdToken'] }, asserting: true },
      { ref: { from: ['firebase-admin', 'firebase-admin/auth'], path: [ANY, 'verifySessionCookie'] }, asserting: true },
    ],
    serverSignOuts: [{ ref: { from: ['firebase-admin', 'firebase-admin/auth'], path: [ANY, 'revokeRefreshTokens'] }, effect: 'invalidate' }],
  },
  {
    id: 'jose',
    name: 'jose',
    packages: ['jose'],
    verifiers: [{ ref: { from: ['jose'], path: ['jwtVerify'] }, asserting: true }],
  },
  {
    id: 'jsonwebtoken',
    name: 'jsonwebtoken',
    packages: ['jsonwebtoken'],
    verifiers: [
      { ref: { from: ['jsonwebtoken'], path: ['verify'] }, asserting: true, sync: true },
      { ref: { from: ['jsonwebtoken'], path: ['default', 'verify'] }, asserting: true, sync: true },
    ],
  },
  {
    id: 'kinde',
    name: 'Kinde',
    packages: ['@kinde-oss/kinde-auth-nextjs', '@kinde-oss/kinde-auth-nextjs/server'],
    verifiers: [
      { ref: { from: ['@kinde-oss/kinde-auth-nextjs/server'], path: ['getKindeServerSession', '()', 'isAuthenticated'] } },
      { ref: { from: ['@kinde-oss/kinde-auth-nextjs/server'], path: ['getKindeServerSession', '()', 'getUser'] } },
    ],
  },
  {
    id: 'workos',
    name: 'WorkOS AuthKit',
    packages: ['@workos-inc/authkit-nextjs'],
    verifiers: [{ ref: { from: ['@workos-inc/authkit-nextjs'], path: ['withAuth'] }, shape: 'object' }],
  },
];
