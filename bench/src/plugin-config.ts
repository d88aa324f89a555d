import type { Linter } from 'eslint';
import plugin from 'eslint-plugin-auth-hygiene';
import { settingsSchema } from 'eslint-plugin-auth-hygiene/settings';

/**
 * Rules and presets come from the plugin's default export, so every rule that
 * lands is benchmarked, soaked and fix-checked without touching this package.
 */
export const PLUGIN_PREFIX = 'auth-hygiene';

export function ruleNames(): string[] {
  return Object.keys(plugin.rules).map(name => `${PLUGIN_PREFIX}/${name}`);
}

export function preset(name: 'recommended' | 'strict'): Linter.Config {
  return plugin.configs[name] as Linter.Config;
}

/**
 * Settings that switch on as much as possible: team wrappers under the names
 * the docs use, a next-auth version, sign-out routes and Better Auth's cookie
 * cache. Keys the settings schema does not know (yet) are left out, so the
 * soak keeps validating as the schema evolves.
 */
const PERMISSIVE: Record<string, unknown> = {
  nextAuthVersion: 5,
  verifiers: ['getCurrentUser', 'getSession', 'getUser'],
  assertingVerifiers: ['requireUser', 'requireSession', 'requireAuth'],
  cacheReads: ['getCachedSession', 'getCachedUser'],
  cacheWrites: ['setCachedSession', 'cacheSession'],
  cacheDeletes: ['clearSessionCache', 'invalidateSession'],
  keyBuilders: ['sessionKey', 'userKey'],
  signOuts: ['logout', 'signOutUser'],
  cookieReads: ['readCookie', 'getCookie'],
  cookieDeletes: ['expireCookie', 'deleteCookie'],
  tokenDecoders: ['parseJwt', 'decodeToken'],
  signOutRoutes: ['/logout', '/signout', '/api/auth/signout'],
  sessionCookieCache: true,
};

export function permissiveSettings(rootDir: string): Record<string, unknown> {
  const known = new Set(Object.keys((settingsSchema as { properties?: Record<string, unknown> }).properties ?? {}));
  const settings = Object.fromEntries(Object.entries(PERMISSIVE).filter(([key]) => known.has(key)));
  return { [PLUGIN_PREFIX]: { ...settings, rootDir } };
}

/** Every rule of the plugin at `error`, with the options its strict preset gives it. */
export function allRulesConfig(settings: Record<string, unknown>): Linter.Config {
  const strict = preset('strict');
  const rules: Linter.RulesRecord = {};
  for (const name of ruleNames()) {
    const entry = strict.rules?.[name];
    rules[name] = Array.isArray(entry) ? ['error', ...entry.slice(1)] : 'error';
  }
  return { ...strict, name: 'auth-hygiene/all-rules', rules, settings };
}
