import { describe, expect, it } from 'vitest';
import { isSecretEnvName, isSecretOptionName } from './secrets.js';

describe('isSecretEnvName', () => {
  it.each(['NEXTAUTH_SECRET', 'AUTH_SECRET', 'CRON_SECRET', 'GITHUB_TOKEN', 'OPENAI_API_KEY', 'STRIPE_SECRET_KEY', 'DB_PASSWORD', 'JWT_PRIVATE_KEY', 'REDIS_PASS', 'APIKEY'])(
    '%s is a secret',
    name => expect(isSecretEnvName(name)).toBe(true),
  );

  it.each([
    'NEXT_PUBLIC_API_KEY', 'STRIPE_PUBLISHABLE_KEY', 'JWT_PUBLIC_KEY', 'AWS_ACCESS_KEY_ID', 'TOKEN_TTL', 'OAUTH_TOKEN_URL', 'PRIVATE_KEY_PATH',
    'CACHE_KEY', 'PORT', 'NODE_ENV', 'NEXTAUTH_URL', 'BYPASS_CACHE', 'KEYCLOAK_ISSUER', 'SESSION_MAX_AGE', 'REFRESH_TOKEN_LIFETIME', 'GITHUB_TOKEN_SCOPES',
  ])('%s is not', name => expect(isSecretEnvName(name)).toBe(false));
});

describe('isSecretOptionName', () => {
  it('accepts key-material options and rejects lookup keys', () => {
    expect(['secret', 'clientSecret', 'password', 'privateKey', 'apiKey', 'token'].every(isSecretOptionName)).toBe(true);
    expect(['key', 'cacheKey', 'cookieName', 'secretName'].some(isSecretOptionName)).toBe(false);
  });
});
