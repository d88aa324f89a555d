import Ajv from 'ajv';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/**
 * Names a function the team wrote or imports, the way typescript-eslint's
 * TypeOrValueSpecifier does. A bare string matches a binding of that name
 * wherever it comes from.
 */
export type ApiSpecifier =
  | string
  | { from: 'package'; package: string; name: string }
  | { from: 'file'; path: string; name: string };

/** `settings['auth-hygiene']`: the team's conventions, shared by every rule. */
export interface AuthHygieneSettings {
  /** Project root(s), relative to the ESLint cwd; the deepest one containing a file wins. */
  rootDir?: string | string[];
  /** next-auth major version; otherwise read from the nearest package.json. */
  nextAuthVersion?: 4 | 5;
  /** Where the auth library serves its endpoints. */
  authBasePath?: string;
  /** Functions that return a session or user which the caller must check. */
  verifiers?: ApiSpecifier[];
  /** Functions that throw or redirect by themselves when there is no session. */
  assertingVerifiers?: ApiSpecifier[];
  /** Functions that read a session cache. */
  cacheReads?: ApiSpecifier[];
  /** Functions that write a session cache. */
  cacheWrites?: ApiSpecifier[];
  /** Functions that delete session cache entries. */
  cacheDeletes?: ApiSpecifier[];
  /** Functions that build cache keys (`sessionKey(userId)`). */
  keyBuilders?: ApiSpecifier[];
  /** Functions that sign the user out. */
  signOuts?: ApiSpecifier[];
  /** Functions that clear every client-side data cache (TanStack Query, SWR, Apollo, RTK Query). */
  clientCacheClears?: ApiSpecifier[];
  /** First elements of TanStack Query keys the app's own queries use for the session. */
  sessionQueryKeys?: string[];
  /** Functions that read a cookie by the name in their first argument. */
  cookieReads?: ApiSpecifier[];
  /** Functions that delete a cookie by the name in their first argument. */
  cookieDeletes?: ApiSpecifier[];
  /** Functions that decode a token without checking its signature. */
  tokenDecoders?: ApiSpecifier[];
  /** App paths that sign the user out (`/logout`): links to them must not be GET links. */
  signOutRoutes?: string[];
  /** The auth library answers sessions from a signed cookie cache (Better Auth `session.cookieCache.enabled`). */
  sessionCookieCache?: boolean;
  /** Environment variables whose hard-coded fallback is intended (not secrets, or dev-only values). */
  secretAllowList?: string[];
  /** Functions that count a request against a rate limit. */
  rateLimiters?: ApiSpecifier[];
}

const specifierSchema: JSONSchema4 = {
  oneOf: [
    { type: 'string', minLength: 1, description: 'A function name, wherever it is imported from.' },
    {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'package', 'name'],
      properties: {
        from: { type: 'string', enum: ['package'] },
        package: { type: 'string', minLength: 1, description: 'The import source, e.g. "@acme/auth".' },
        name: { type: 'string', minLength: 1, description: 'The exported name, or "default".' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'path', 'name'],
      properties: {
        from: { type: 'string', enum: ['file'] },
        path: { type: 'string', minLength: 1, description: 'The file, relative to the project root, e.g. "src/lib/auth.ts".' },
        name: { type: 'string', minLength: 1, description: 'The exported name, or "default".' },
      },
    },
  ],
};

const specifierList = (description: string): JSONSchema4 => ({ type: 'array', items: specifierSchema, description });

export const settingsSchema: JSONSchema4 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: "settings['auth-hygiene']",
  type: 'object',
  additionalProperties: false,
  properties: {
    rootDir: {
      description: 'Project root(s) relative to the ESLint working directory. In a monorepo, give each app its own config block or list every app root.',
      oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }],
    },
    nextAuthVersion: { type: 'integer', enum: [4, 5], description: 'next-auth major version; read from the nearest package.json when omitted.' },
    authBasePath: { type: 'string', pattern: '^/', description: 'Base path of the auth endpoints (NextAuth `basePath`). Default "/api/auth".' },
    verifiers: specifierList('Functions that return a session or user that the caller must check, e.g. getCurrentUser().'),
    assertingVerifiers: specifierList('Functions that throw or redirect when there is no session, e.g. requireUser().'),
    cacheReads: specifierList('Functions that read a session cache, e.g. getCachedSession().'),
    cacheWrites: specifierList('Functions that write a session cache.'),
    cacheDeletes: specifierList('Functions that delete session cache entries, e.g. clearSessionCache().'),
    keyBuilders: specifierList('Functions that build cache keys, e.g. sessionKey(userId) imported from a shared module: a delete and a write that call the same builder with the same arguments use the same key.'),
    signOuts: specifierList('Functions that sign the user out, e.g. a useLogout() wrapper.'),
    clientCacheClears: specifierList(
      'Functions that clear every client-side data cache (TanStack Query, SWR, Apollo, RTK Query), e.g. a resetClientCaches() helper. A sign-out wrapper that clears them itself may be listed here and in signOuts.',
    ),
    sessionQueryKeys: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description:
        'First elements of TanStack Query keys that your own queries use for session data (e.g. ["session"] when a useQuery in another file fetches /api/auth/session), so operations on them are not reported as phantom.',
    },
    cookieReads: specifierList('Functions that read a cookie by the name in their first argument, e.g. readCookie(name).'),
    cookieDeletes: specifierList('Functions that delete a cookie by the name in their first argument, e.g. expireCookie(name).'),
    tokenDecoders: specifierList('Functions that decode a JWT without checking its signature, e.g. parseJwt(token).'),
    signOutRoutes: {
      type: 'array',
      items: { type: 'string', pattern: '^/' },
      description: 'App paths that sign the user out, e.g. "/logout". Links to them are flagged: a GET must never sign out.',
    },
    sessionCookieCache: {
      type: 'boolean',
      description: 'The auth library may answer sessions from a signed cookie cache (Better Auth session.cookieCache.enabled: true).',
    },
    rateLimiters: specifierList('Functions that count a request against a rate limit, e.g. a throttle(ip) helper whose name does not say rate limit.'),
    secretAllowList: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Environment variable names (e.g. "SEED_USER_PASSWORD") that may keep a hard-coded fallback, although their name or use says secret.',
    },
  } satisfies Record<keyof AuthHygieneSettings, JSONSchema4>,
};

export interface ResolvedSettings {
  rootDirs: readonly string[];
  nextAuthVersion: 4 | 5 | undefined;
  authBasePath: string;
  verifiers: readonly ApiSpecifier[];
  assertingVerifiers: readonly ApiSpecifier[];
  cacheReads: readonly ApiSpecifier[];
  cacheWrites: readonly ApiSpecifier[];
  cacheDeletes: readonly ApiSpecifier[];
  keyBuilders: readonly ApiSpecifier[];
  signOuts: readonly ApiSpecifier[];
  clientCacheClears: readonly ApiSpecifier[];
  sessionQueryKeys: readonly string[];
  cookieReads: readonly ApiSpecifier[];
  cookieDeletes: readonly ApiSpecifier[];
  tokenDecoders: readonly ApiSpecifier[];
  signOutRoutes: readonly string[];
  sessionCookieCache: boolean;
  secretAllowList: readonly string[];
  rateLimiters: readonly ApiSpecifier[];
}

const validate = new Ajv({ allErrors: true }).compile(settingsSchema);
const cache = new WeakMap<object, ResolvedSettings>();
const EMPTY = {};

/** Validates and normalises `settings['auth-hygiene']` once per settings object. */
export function readSettings(allSettings: Readonly<Record<string, unknown>> | undefined): ResolvedSettings {
  const raw = (allSettings?.['auth-hygiene'] ?? EMPTY) as object;
  const hit = cache.get(raw);
  if (hit) return hit;
  if (!validate(raw)) {
    const problems = (validate.errors ?? [])
      .map(error => `${error.dataPath || '(root)'} ${error.message ?? ''}`.trim())
      .join('; ');
    throw new Error(`auth-hygiene: invalid settings['auth-hygiene']: ${problems}`);
  }
  const s = raw as AuthHygieneSettings;
  const resolved: ResolvedSettings = {
    rootDirs: s.rootDir === undefined ? [] : [s.rootDir].flat(),
    nextAuthVersion: s.nextAuthVersion,
    authBasePath: (s.authBasePath ?? '/api/auth').replace(/\/+$/, '') || '/',
    verifiers: s.verifiers ?? [],
    assertingVerifiers: s.assertingVerifiers ?? [],
    cacheReads: s.cacheReads ?? [],
    cacheWrites: s.cacheWrites ?? [],
    cacheDeletes: s.cacheDeletes ?? [],
    keyBuilders: s.keyBuilders ?? [],
    signOuts: s.signOuts ?? [],
    clientCacheClears: s.clientCacheClears ?? [],
    sessionQueryKeys: s.sessionQueryKeys ?? [],
    cookieReads: s.cookieReads ?? [],
    cookieDeletes: s.cookieDeletes ?? [],
    tokenDecoders: s.tokenDecoders ?? [],
    signOutRoutes: s.signOutRoutes ?? [],
    sessionCookieCache: s.sessionCookieCache ?? false,
    secretAllowList: s.secretAllowList ?? [],
    rateLimiters: s.rateLimiters ?? [],
  };
  cache.set(raw, resolved);
  return resolved;
}
