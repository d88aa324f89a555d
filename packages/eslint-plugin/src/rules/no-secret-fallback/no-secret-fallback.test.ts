import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './no-secret-fallback.rule.js';

const ruleTester = createRuleTester();
const AUTH = file('lib/auth.ts');
const JS_CONFIG = file('lib/config.js');
const HELPER_TS = '\n\nfunction throwMissingEnv(name: string): never {\n  throw new Error(`Missing environment variable ${name}`);\n}\n';

const HELPER_JS = '\n\nfunction throwMissingEnv(name) {\n  throw new Error(`Missing environment variable ${name}`);\n}\n';
/** `process.env.X || <fallback>` as written in a test case. */
const FALLBACK = /((?:process|import\.meta)\.env(?:\.(\w+)|\['(\w+)'\])) (\|\||\?\?) (?:'[^']*'|`[^`]*`|\w+)/;

type Case = InvalidTestCase<'secretFallback' | 'failFast' | 'removeFallback', []>;

/** Adds both suggestions, spelled out, to errors that do not list their own. */
function withSuggestions(test: Case): Case {
  const match = FALLBACK.exec(test.code);
  if (!match) return test;
  const [whole, env, dotted, bracketed, operator] = match as unknown as [string, string, string | undefined, string | undefined, string];
  const name = dotted ?? bracketed!;
  const helper = /\.tsx?$/.test(test.filename ?? '') ? HELPER_TS : HELPER_JS;
  return {
    ...test,
    errors: test.errors.map(error =>
      error.suggestions
        ? error
        : {
            ...error,
            suggestions: [
              { messageId: 'failFast', output: test.code.replace(whole, `${env} ${operator} throwMissingEnv('${name}')`) + helper },
              { messageId: 'removeFallback', output: test.code.replace(whole, env) },
            ],
          },
    ),
  };
}

ruleTester.run(RULE_NAME, rule, {
  valid: [
    { name: 'no fallback', filename: AUTH, code: `export const secret = process.env.NEXTAUTH_SECRET;` },
    { name: 'PORT with a numeric fallback', filename: file('server.ts'), code: `const port = Number(process.env.PORT || '3000');` },
    { name: 'NEXT_PUBLIC_* is public by design', filename: AUTH, code: `const key = process.env.NEXT_PUBLIC_STRIPE_KEY ?? 'pk_test_123';` },
    { name: 'a URL fallback', filename: AUTH, code: `const url = process.env.NEXTAUTH_URL || 'http://localhost:3000';` },
    { name: 'a token endpoint URL', filename: AUTH, code: `const tokenUrl = process.env.OAUTH_TOKEN_URL ?? 'https://example.com/oauth/token';` },
    { name: 'a size', filename: AUTH, code: `const max = process.env.MAX_UPLOAD_SIZE || '10mb';` },
    { name: 'a token lifetime', filename: AUTH, code: `const ttl = process.env.TOKEN_TTL ?? '3600';` },
    { name: 'a publishable key', filename: AUTH, code: `const pk = process.env.STRIPE_PUBLISHABLE_KEY || 'pk_test_abc';` },
    { name: 'a public key', filename: AUTH, code: `const jwk = process.env.JWT_PUBLIC_KEY || 'MIIBIjANBgkq';` },
    { name: 'an access key id', filename: AUTH, code: `const id = process.env.AWS_ACCESS_KEY_ID ?? 'AKIAEXAMPLE';` },
    { name: 'a cache key prefix', filename: AUTH, code: `const k = process.env.CACHE_KEY || 'sessions';` },
    { name: 'the file path of a private key', filename: AUTH, code: `const p = process.env.PRIVATE_KEY_PATH || './keys/dev.pem';` },
    { name: 'an empty fallback is not a hard-coded secret', filename: AUTH, code: `const s = process.env.JWT_SECRET || '';` },
    { name: 'a fallback to another env var', filename: AUTH, code: `const s = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;` },
    { name: 'a computed fallback', filename: AUTH, code: 'const s = process.env.JWT_SECRET ?? `${prefix}-secret`; declare const prefix: string;' },
    { name: 'a non-secret option with a fallback', filename: AUTH, code: `export const authOptions = { providers: [], theme: { brandColor: process.env.BRAND || '#000' } };` },
    { name: 'a test file may use a fake secret', filename: file('lib/auth.test.ts'), code: `process.env.NEXTAUTH_SECRET = process.env.NEXTAUTH_SECRET || 'test-secret';` },
    { name: 'an e2e folder', filename: file('e2e/login.ts'), code: `const password = process.env.E2E_PASSWORD ?? 'hunter2';` },
    {
      name: 'allow-listed in settings',
      filename: file('prisma/seed.ts'),
      settings: settingsFor(undefined, { secretAllowList: ['SEED_USER_PASSWORD'] }),
      code: `const password = process.env.SEED_USER_PASSWORD || 'changeme';`,
    },
    {
      name: 'a non-secret env var passed to a non-key parameter of jwt.sign',
      filename: AUTH,
      code: code`
        import jwt from 'jsonwebtoken';
        export const sign = (payload: object) => jwt.sign(payload, getKey(), { issuer: process.env.JWT_ISSUER || 'my-app' });
        declare function getKey(): string;
      `,
    },
    {
      name: 'a fail-fast helper already in place',
      filename: AUTH,
      code: `export const secret = process.env.NEXTAUTH_SECRET ?? throwMissingEnv('NEXTAUTH_SECRET');${HELPER_TS}`,
    },
    { name: 'suggestion output: fallback removed', filename: AUTH, code: `export const authOptions = { providers: [], secret: process.env.NEXTAUTH_SECRET };` },
    { name: 'destructured env without a default', filename: AUTH, code: `const { JWT_SECRET } = process.env;` },
    { name: 'destructured non-secret with a default', filename: AUTH, code: `const { PORT = '3000' } = process.env;` },
  ],
  invalid: ([
    {
      name: 'NEXTAUTH_SECRET || "dev-secret"',
      filename: AUTH,
      code: `export const secret = process.env.NEXTAUTH_SECRET || 'dev-secret';`,
      errors: [
        {
          messageId: 'secretFallback',
          data: { name: 'NEXTAUTH_SECRET', why: '(its name says it is a secret)' },
          suggestions: [
            {
              messageId: 'failFast',
              data: { name: 'NEXTAUTH_SECRET', replacement: "process.env.NEXTAUTH_SECRET || throwMissingEnv('NEXTAUTH_SECRET')" },
              output: `export const secret = process.env.NEXTAUTH_SECRET || throwMissingEnv('NEXTAUTH_SECRET');${HELPER_TS}`,
            },
            { messageId: 'removeFallback', output: `export const secret = process.env.NEXTAUTH_SECRET;` },
          ],
        },
      ],
    },
    {
      name: 'CRON_SECRET ?? a hex literal',
      filename: file('app/api/cron/route.ts'),
      code: `const expected = process.env.CRON_SECRET ?? '4f9c2b7e1d';`,
      errors: [{ messageId: 'secretFallback', data: { name: 'CRON_SECRET', why: '(its name says it is a secret)' } }],
    },
    {
      name: 'fail-fast in a JavaScript file declares an untyped helper',
      filename: JS_CONFIG,
      code: `module.exports = { key: process.env.OPENAI_API_KEY || 'sk-test' };`,
      errors: [
        {
          messageId: 'secretFallback',
          suggestions: [
            {
              messageId: 'failFast',
              output: "module.exports = { key: process.env.OPENAI_API_KEY || throwMissingEnv('OPENAI_API_KEY') };\n\nfunction throwMissingEnv(name) {\n  throw new Error(`Missing environment variable ${name}`);\n}\n",
            },
            { messageId: 'removeFallback', output: `module.exports = { key: process.env.OPENAI_API_KEY };` },
          ],
        },
      ],
    },
    {
      name: 'secret: process.env.X || "…" in a NextAuth config, whatever the variable is called',
      filename: AUTH,
      code: `export const authOptions = { providers: [], secret: process.env.AUTH_SALT || 'changeme' };`,
      errors: [{ messageId: 'secretFallback', data: { name: 'AUTH_SALT', why: 'for the `secret` option' } }],
    },
    {
      name: "iron-session's password option",
      filename: file('lib/session.ts'),
      code: code`
        import type { SessionOptions } from 'iron-session';
        export const sessionOptions: SessionOptions = {
          cookieName: 'app_session',
          password: process.env.SESSION_PW ?? 'complex_password_at_least_32_characters_long',
        };
      `,
      errors: [{ messageId: 'secretFallback', data: { name: 'SESSION_PW', why: 'for the `password` option' } }],
    },
    {
      name: 'clientSecret option',
      filename: AUTH,
      code: `const google = { clientId: process.env.GOOGLE_ID!, clientSecret: process.env.GOOGLE_CS || 'abc123' };`,
      errors: [{ messageId: 'secretFallback', data: { name: 'GOOGLE_CS', why: 'for the `clientSecret` option' } }],
    },
    {
      name: "jose: a key encoded with TextEncoder, then jwtVerify",
      filename: file('middleware.ts'),
      code: code`
        import { jwtVerify } from 'jose';
        const key = new TextEncoder().encode(process.env.SIGNING ?? 'insecure-dev-key');
        export async function verify(token: string) {
          return jwtVerify(token, key);
        }
      `,
      errors: [{ messageId: 'secretFallback', data: { name: 'SIGNING', why: "as the key of jose's jwtVerify()" } }],
    },
    {
      name: 'jose: SignJWT().sign() with the encoded key inline',
      filename: AUTH,
      code: code`
        import { SignJWT } from 'jose';
        export const issue = (sub: string) =>
          new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode(process.env.SIGNING || 'dev'));
      `,
      errors: [{ messageId: 'secretFallback', data: { name: 'SIGNING', why: "as the key of jose's SignJWT().sign()" } }],
    },
    {
      name: 'jsonwebtoken: jwt.sign(payload, process.env.X || "…")',
      filename: AUTH,
      code: code`
        import jwt from 'jsonwebtoken';
        export const sign = (payload: object) => jwt.sign(payload, process.env.APP_SIGNING || 'dev');
      `,
      errors: [{ messageId: 'secretFallback', data: { name: 'APP_SIGNING', why: 'as the key of jwt.sign()' } }],
    },
    {
      name: 'jsonwebtoken: verify from a named import',
      filename: AUTH,
      code: code`
        import { verify } from 'jsonwebtoken';
        export const check = (token: string) => verify(token, process.env.SIGNER ?? 'dev');
      `,
      errors: [{ messageId: 'secretFallback', data: { name: 'SIGNER', why: 'as the key of jwt.verify()' } }],
    },
    {
      name: 'node:crypto createHmac with a webhook key through a const',
      filename: file('app/api/webhooks/route.ts'),
      code: code`
        import { createHmac } from 'node:crypto';
        const signing = process.env.HOOK_SIGNING ?? 'whsec_dev';
        export function sign(body: string) {
          return createHmac('sha256', signing).update(body).digest('hex');
        }
      `,
      errors: [{ messageId: 'secretFallback', data: { name: 'HOOK_SIGNING', why: 'as the key of createHmac()' } }],
    },
    {
      name: 'process.env["X"] with a computed key',
      filename: AUTH,
      code: `const s = process.env['JWT_SECRET'] || 'secret';`,
      errors: [{ messageId: 'secretFallback', data: { name: 'JWT_SECRET', why: '(its name says it is a secret)' } }],
    },
    {
      name: 'import.meta.env',
      filename: AUTH,
      code: `const s = import.meta.env.API_TOKEN ?? 'tok_123';`,
      errors: [{ messageId: 'secretFallback', data: { name: 'API_TOKEN', why: '(its name says it is a secret)' } }],
    },
    {
      name: 'a template literal without interpolations',
      filename: AUTH,
      code: 'const s = process.env.WEBHOOK_SECRET || `whsec_local`;',
      errors: [{ messageId: 'secretFallback' }],
    },
    {
      name: 'a fallback held in a const',
      filename: AUTH,
      code: code`
        const DEV_SECRET = 'dev-only-secret';
        export const secret = process.env.AUTH_SECRET ?? DEV_SECRET;
      `,
      errors: [{ messageId: 'secretFallback', data: { name: 'AUTH_SECRET', why: '(its name says it is a secret)' } }],
    },
    { name: 'a database password', filename: file('lib/db.ts'), code: `const password = process.env.DB_PASSWORD || 'postgres';`, errors: [{ messageId: 'secretFallback' }] },
    { name: 'a private key', filename: AUTH, code: `const pem = process.env.JWT_PRIVATE_KEY ?? '-----BEGIN PRIVATE KEY-----';`, errors: [{ messageId: 'secretFallback' }] },
    { name: 'a GitHub token', filename: AUTH, code: `const gh = process.env.GITHUB_TOKEN || 'ghp_abc';`, errors: [{ messageId: 'secretFallback' }] },
    { name: 'a Stripe secret key', filename: AUTH, code: `const sk = process.env.STRIPE_SECRET_KEY ?? 'sk_test_123';`, errors: [{ messageId: 'secretFallback' }] },
    {
      name: 'destructured from process.env with a default',
      filename: AUTH,
      code: `const { JWT_SECRET = 'dev-secret' } = process.env;`,
      errors: [{ messageId: 'secretFallback', data: { name: 'JWT_SECRET', why: '(its name says it is a secret)' }, suggestions: [{ messageId: 'removeFallback', output: `const { JWT_SECRET } = process.env;` }] }],
    },
    {
      name: 'in next.config.js env block',
      filename: file('next.config.js'),
      code: `module.exports = { env: { SESSION_SECRET: process.env.SESSION_SECRET || 'keyboard cat' } };`,
      errors: [{ messageId: 'secretFallback' }],
    },
    {
      name: 'allow-list names other variables only',
      filename: AUTH,
      settings: settingsFor(undefined, { secretAllowList: ['SEED_USER_PASSWORD'] }),
      code: `const s = process.env.NEXTAUTH_SECRET || 'x';`,
      errors: [{ messageId: 'secretFallback' }],
    },
    {
      name: 'the fail-fast helper is declared once even when it exists elsewhere as the suggestion output',
      filename: AUTH,
      code: `export const a = process.env.A_SECRET ?? throwMissingEnv('A_SECRET');\nexport const b = process.env.B_SECRET || 'b';${HELPER_TS}`,
      errors: [
        {
          messageId: 'secretFallback',
          suggestions: [
            {
              messageId: 'failFast',
              output: `export const a = process.env.A_SECRET ?? throwMissingEnv('A_SECRET');\nexport const b = process.env.B_SECRET || throwMissingEnv('B_SECRET');${HELPER_TS}`,
            },
            { messageId: 'removeFallback', output: `export const a = process.env.A_SECRET ?? throwMissingEnv('A_SECRET');\nexport const b = process.env.B_SECRET;${HELPER_TS}` },
          ],
        },
      ],
    },
  ] satisfies Case[]).map(withSuggestions),
});
