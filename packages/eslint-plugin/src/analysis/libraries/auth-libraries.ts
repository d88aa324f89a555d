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

/** A cookie the library sets to carry the session. */
export interface SessionCookie {
  /** The name without `__Secure-` prefix or chunk suffix; a pattern for per-project names (Supabase's `sb-<ref>-auth-token`). */
  readonly name: string | RegExp;
  /** Also set as `__Secure-<name>` over HTTPS (next-auth `useSecureCookies`, Better Auth in production). */
  readonly securePrefix: boolean;
  /** Split into `<name>.0`, `<name>.1`, … when the value is over ~4 KB. */
  readonly chunked: boolean;
}

/** How the library reads its own session cookie, to suggest instead of parsing the cookie by hand. */
export interface CookieReader {
  /** Shown in messages, e.g. "getToken({ req }) from next-auth/jwt". */
  readonly label: string;
  /** The import a suggestion adds, and the call that replaces `req.cookies.get(name)`, given the request's name. */
  readonly fromRequest?: {
    readonly source: string;
    readonly name: string;
    readonly call: (request: string) => string;
    readonly async: boolean;
    /** Only checks that the cookie is there: fit for middleware's optimistic redirects, not for deciding access. */
    readonly middlewareOnly?: boolean;
  };
}

/**
 * A call that returns session or token data nobody checked:
 * `stored-session` reads what the client sent (Supabase `getSession()` on the server),
 * `decoded-token` decodes a JWT without its signature, `raw-token` returns the cookie string
 * itself, `cookie-cache` may answer from a signed cookie cache instead of the database,
 * `cookie-presence` only says a cookie with the session cookie's name is there.
 */
export interface UnverifiedRead {
  readonly ref: ApiRef;
  readonly kind: 'stored-session' | 'decoded-token' | 'raw-token' | 'cookie-cache' | 'cookie-presence';
  /** Unverified only when this option of the first argument is `true` (`getToken({ raw: true })`). */
  readonly when?: readonly string[];
  /** Verified after all when this option of the first argument is `true` (`{ query: { disableCookieCache: true } }`). */
  readonly unless?: readonly string[];
  /** The verified way, for messages. */
  readonly verified: string;
}

/** A sign-out called in the browser. */
export interface ClientSignOut {
  readonly ref: ApiRef;
  /** next-auth: ends in a full page load (`window.location.href`) unless its options say `redirect: false`. */
  readonly reloadsUnlessRedirectFalse?: boolean;
}

/** A client call that reads the current session; `hook` marks a React hook (Rules of Hooks apply). */
export interface ClientSessionRead {
  readonly ref: ApiRef;
  readonly hook?: boolean;
}

/** What the browser SDK does to the session: how code signs out, changes and reads it there. */
export interface ClientSession {
  readonly signOuts: readonly ClientSignOut[];
  /** Sign-ins and in-place session updates (next-auth `update()`, Clerk `setActive`). */
  readonly changes: readonly ApiRef[];
  readonly reads: readonly ClientSessionRead[];
  /** What to await instead of a timer, for messages. */
  readonly settledBy: string;
  /** A sign-in whose result needs its error property checked. */
  readonly signInResult?: SignInResult;
}

/**
 * A client sign-in that, with `returnsWhen` in its options, resolves to a
 * result whose `misleading` properties read as success even when it failed:
 * only `error` carries the failure.
 */
export interface SignInResult {
  readonly ref: ApiRef;
  /** The option that makes it resolve instead of navigating (next-auth `redirect: false`), and its argument index. */
  readonly returnsWhen: { readonly argument: number; readonly option: string; readonly value: boolean };
  readonly error: string;
  readonly misleading: readonly string[];
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
  /** Cookies that carry the session. */
  readonly sessionCookies?: readonly SessionCookie[];
  /** The library's own reader for those cookies. */
  readonly cookieReader?: CookieReader;
  /** Calls that return session or token data without verifying it. */
  readonly unverifiedReads?: readonly UnverifiedRead[];
  /** The browser SDK's sign-out, sign-in and session reads. */
  readonly client?: ClientSession;
}

const APP_AUTH = appModule('auth');
/** Better Auth's `createAuthClient()` result, conventionally exported from `lib/auth-client`. */
const AUTH_CLIENT = [appModule('auth-client'), appModule('auth/client'), 'better-auth/react', 'better-auth/client'];
const CLERK_CLIENT = ['@clerk/nextjs', '@clerk/clerk-react', '@clerk/react'];

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
    // next-auth core/lib/cookie.ts: `__Secure-` when NEXTAUTH_URL is https, chunks over ~4 KB.
    sessionCookies: [{ name: 'next-auth.session-token', securePrefix: true, chunked: true }],
    cookieReader: {
      label: 'getToken({ req }) from next-auth/jwt (or getServerSession())',
      fromRequest: { source: 'next-auth/jwt', name: 'getToken', call: req => (req === 'req' ? 'getToken({ req })' : `getToken({ req: ${req} })`), async: true },
    },
    unverifiedReads: [{ ref: { from: ['next-auth/jwt'], path: ['getToken'] }, kind: 'raw-token', when: ['raw'], verified: 'getToken({ req }) without `raw: true`' }],
    // next-auth/react is the same client under Auth.js v5 (src/react/index.tsx: signOut, signIn, useSession, getSession).
    client: {
      signOuts: [{ ref: { from: ['next-auth/react'], path: ['signOut'] }, reloadsUnlessRedirectFalse: true }],
      changes: [
        { from: ['next-auth/react'], path: ['signIn'] },
        { from: ['next-auth/react'], path: ['useSession', '()', 'update'] },
      ],
      reads: [
        { ref: { from: ['next-auth/react'], path: ['useSession'] }, hook: true },
        { ref: { from: ['next-auth/react'], path: ['getSession'] } },
      ],
      settledBy:
        '`await signOut({ redirect: false })` (like `signIn(…, { redirect: false })` and `update()`) resolves after next-auth has refetched the session, and its broadcast only reaches other tabs',
      // react/index.js signIn: `error` comes from the response URL's `error` parameter; failed credentials still give `ok: true`.
      signInResult: {
        ref: { from: ['next-auth/react'], path: ['signIn'] },
        returnsWhen: { argument: 1, option: 'redirect', value: false },
        error: 'error',
        misleading: ['ok', 'status'],
      },
    },
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
    sessionCookies: [{ name: 'authjs.session-token', securePrefix: true, chunked: true }],
    // v5's getToken() needs `secret` and `secureCookie` spelled out, so only auth() is named.
    cookieReader: { label: 'auth() from your Auth.js config' },
    unverifiedReads: [
      { ref: { from: ['next-auth/jwt', '@auth/core/jwt'], path: ['getToken'] }, kind: 'raw-token', when: ['raw'], verified: 'auth(), or getToken() without `raw: true`' },
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
    // better-auth/cookies getSessionCookie(): `__Secure-` in production; session_data (the cookie cache) is chunked.
    sessionCookies: [
      { name: 'better-auth.session_token', securePrefix: true, chunked: false },
      { name: 'better-auth.session_data', securePrefix: true, chunked: true },
    ],
    cookieReader: {
      label: 'getSessionCookie(request) from better-auth/cookies for an optimistic redirect, auth.api.getSession({ headers }) to verify',
      fromRequest: { source: 'better-auth/cookies', name: 'getSessionCookie', call: request => `getSessionCookie(${request})`, async: false, middlewareOnly: true },
    },
    unverifiedReads: [
      {
        ref: { from: [APP_AUTH, 'better-auth'], path: [ANY, 'api', 'getSession'] },
        kind: 'cookie-cache',
        unless: ['query', 'disableCookieCache'],
        verified: 'auth.api.getSession({ headers, query: { disableCookieCache: true } })',
      },
      // Meant for optimistic redirects in middleware (Better Auth's Next.js docs), not for deciding access.
      { ref: { from: ['better-auth/cookies'], path: ['getSessionCookie'] }, kind: 'cookie-presence', verified: 'auth.api.getSession({ headers })' },
    ],
    client: {
      signOuts: [{ ref: { from: AUTH_CLIENT, path: [ANY, 'signOut'] } }],
      changes: ['email', 'social', 'username', 'magicLink', 'passkey'].map(method => ({ from: AUTH_CLIENT, path: [ANY, 'signIn', method] }))
        .concat({ from: AUTH_CLIENT, path: [ANY, 'signUp', 'email'] }),
      reads: [
        { ref: { from: AUTH_CLIENT, path: [ANY, 'useSession'] }, hook: true },
        { ref: { from: AUTH_CLIENT, path: [ANY, 'getSession'] } },
      ],
      settledBy: '`await authClient.signOut()` resolves once the server has ended the session, and Better Auth then refreshes its `useSession()` store',
    },
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
    // @supabase/ssr: `sb-<project ref>-auth-token`, chunked like next-auth's.
    sessionCookies: [{ name: /sb-[a-z0-9]+-auth-token/, securePrefix: false, chunked: true }],
    cookieReader: { label: 'supabase.auth.getUser() or getClaims() on a client from @supabase/ssr' },
    // Supabase docs: getSession() on the server returns the session from storage (cookies), not re-validated.
    unverifiedReads: [{ ref: { from: 'any', path: [ANY, 'auth', 'getSession'] }, kind: 'stored-session', verified: 'supabase.auth.getUser() or getClaims()' }],
    client: {
      signOuts: [{ ref: { from: 'any', path: [ANY, 'auth', 'signOut'] } }],
      changes: ['signInWithPassword', 'signInWithOAuth', 'signInWithOtp', 'signInWithIdToken', 'signInAnonymously', 'signUp', 'verifyOtp', 'refreshSession', 'setSession']
        .map(method => ({ from: 'any', path: [ANY, 'auth', method] })),
      reads: [
        { ref: { from: 'any', path: [ANY, 'auth', 'getSession'] } },
        { ref: { from: 'any', path: [ANY, 'auth', 'getUser'] } },
      ],
      settledBy: '`await supabase.auth.signOut()` resolves after the session is removed from storage and `onAuthStateChange` has fired `SIGNED_OUT`',
    },
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
    client: {
      signOuts: [
        { ref: { from: CLERK_CLIENT, path: ['useClerk', '()', 'signOut'] } },
        { ref: { from: CLERK_CLIENT, path: ['useAuth', '()', 'signOut'] } },
      ],
      changes: [
        { from: CLERK_CLIENT, path: ['useSignIn', '()', 'setActive'] },
        { from: CLERK_CLIENT, path: ['useSignUp', '()', 'setActive'] },
        { from: CLERK_CLIENT, path: ['useClerk', '()', 'setActive'] },
      ],
      reads: ['useAuth', 'useUser', 'useSession'].map(hook => ({ ref: { from: CLERK_CLIENT, path: [hook] }, hook: true })),
      settledBy: "`await signOut()` resolves after Clerk has ended the session and updated `useAuth()`",
    },
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
    id: 'firebase',
    name: 'Firebase Auth',
    packages: ['firebase/auth'],
    // The browser SDK verifies nothing on the server; firebase-admin does.
    verifiers: [],
    client: {
      signOuts: [
        { ref: { from: ['firebase/auth'], path: ['signOut'] } },
        { ref: { from: ['firebase/auth'], path: ['getAuth', '()', 'signOut'] } },
      ],
      changes: ['signInWithEmailAndPassword', 'signInWithPopup', 'signInWithRedirect', 'signInWithCustomToken', 'signInWithCredential', 'createUserWithEmailAndPassword']
        .map(name => ({ from: ['firebase/auth'], path: [name] })),
      reads: [],
      settledBy: '`await signOut(auth)` resolves after `auth.currentUser` is null and `onAuthStateChanged` listeners have run',
    },
  },
  {
    id: 'jose',
    name: 'jose',
    packages: ['jose'],
    verifiers: [{ ref: { from: ['jose'], path: ['jwtVerify'] }, asserting: true }],
    unverifiedReads: [{ ref: { from: ['jose'], path: ['decodeJwt'] }, kind: 'decoded-token', verified: 'jwtVerify(token, key)' }],
  },
  {
    id: 'jsonwebtoken',
    name: 'jsonwebtoken',
    packages: ['jsonwebtoken'],
    verifiers: [
      { ref: { from: ['jsonwebtoken'], path: ['verify'] }, asserting: true, sync: true },
      { ref: { from: ['jsonwebtoken'], path: ['default', 'verify'] }, asserting: true, sync: true },
    ],
    unverifiedReads: [
      { ref: { from: ['jsonwebtoken'], path: ['decode'] }, kind: 'decoded-token', verified: 'jwt.verify(token, secret)' },
      { ref: { from: ['jsonwebtoken'], path: ['default', 'decode'] }, kind: 'decoded-token', verified: 'jwt.verify(token, secret)' },
    ],
  },
  {
    id: 'jwt-decode',
    name: 'jwt-decode',
    packages: ['jwt-decode'],
    verifiers: [],
    // v4 exports jwtDecode; v3 had only a default export.
    unverifiedReads: [
      { ref: { from: ['jwt-decode'], path: ['jwtDecode'] }, kind: 'decoded-token', verified: "jose's jwtVerify(token, key)" },
      { ref: { from: ['jwt-decode'], path: ['default'] }, kind: 'decoded-token', verified: "jose's jwtVerify(token, key)" },
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
