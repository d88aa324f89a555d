import type { TSESLint } from '@typescript-eslint/utils';
import type { AuthHygieneDocs } from '../util/create-rule.js';
import authResponseNoStore from './auth-response-no-store/auth-response-no-store.rule.js';
import nextauthJwtRevocation from './nextauth-jwt-revocation/nextauth-jwt-revocation.rule.js';
import nextauthSignoutEventShape from './nextauth-signout-event-shape/nextauth-signout-event-shape.rule.js';
import noClientSessionFetch from './no-client-session-fetch/no-client-session-fetch.rule.js';
import noCrossRequestSessionCache from './no-cross-request-session-cache/no-cross-request-session-cache.rule.js';
import noGetLogout from './no-get-logout/no-get-logout.rule.js';
import noManualSessionCookie from './no-manual-session-cookie/no-manual-session-cookie.rule.js';
import noPhantomSessionQuery from './no-phantom-session-query/no-phantom-session-query.rule.js';
import noRateLimitAuthInternals from './no-rate-limit-auth-internals/no-rate-limit-auth-internals.rule.js';
import noSecretFallback from './no-secret-fallback/no-secret-fallback.rule.js';
import noShadowedAuthRoute from './no-shadowed-auth-route/no-shadowed-auth-route.rule.js';
import noTimedAuthSync from './no-timed-auth-sync/no-timed-auth-sync.rule.js';
import noUnverifiedSessionCache from './no-unverified-session-cache/no-unverified-session-cache.rule.js';
import noUnverifiedSessionRead from './no-unverified-session-read/no-unverified-session-read.rule.js';
import sessionCacheTtl from './session-cache-ttl/session-cache-ttl.rule.js';
import sessionEndpointContract from './session-endpoint-contract/session-endpoint-contract.rule.js';
import signinResultContract from './signin-result-contract/signin-result-contract.rule.js';
import signoutClearsClientCache from './signout-clears-client-cache/signout-clears-client-cache.rule.js';
import signoutInvalidatesServerCache from './signout-invalidates-server-cache/signout-invalidates-server-cache.rule.js';

/** Every rule, by name. Presets, docs and the meta-test read this map. */
export const rules = {
  'auth-response-no-store': authResponseNoStore,
  'nextauth-jwt-revocation': nextauthJwtRevocation,
  'nextauth-signout-event-shape': nextauthSignoutEventShape,
  'no-client-session-fetch': noClientSessionFetch,
  'no-cross-request-session-cache': noCrossRequestSessionCache,
  'no-get-logout': noGetLogout,
  'no-manual-session-cookie': noManualSessionCookie,
  'no-phantom-session-query': noPhantomSessionQuery,
  'no-rate-limit-auth-internals': noRateLimitAuthInternals,
  'no-secret-fallback': noSecretFallback,
  'no-shadowed-auth-route': noShadowedAuthRoute,
  'no-timed-auth-sync': noTimedAuthSync,
  'no-unverified-session-cache': noUnverifiedSessionCache,
  'no-unverified-session-read': noUnverifiedSessionRead,
  'session-cache-ttl': sessionCacheTtl,
  'session-endpoint-contract': sessionEndpointContract,
  'signin-result-contract': signinResultContract,
  'signout-clears-client-cache': signoutClearsClientCache,
  'signout-invalidates-server-cache': signoutInvalidatesServerCache,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[], AuthHygieneDocs>>;
