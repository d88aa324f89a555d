import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { unwrapExpression } from '../util/ast.js';
import type { ApiKnowledge } from './api.js';
import { propertyName } from './imports.js';
import { KEY_ENCODERS, SECRET_PARAMETERS } from './libraries/secret-apis.js';

/**
 * What counts as a secret: environment variable names, option names, and
 * the key parameters of JWT and HMAC APIs.
 */

/** Words that make an env var name secret: `NEXTAUTH_SECRET`, `GITHUB_TOKEN`, `OPENAI_API_KEY`, `DB_PASSWORD`, `JWT_PRIVATE_KEY`. */
const SECRET_WORDS = new Set(['SECRET', 'TOKEN', 'KEY', 'APIKEY', 'PASSWORD', 'PASSWD', 'PASS', 'PASSPHRASE', 'PRIVATE', 'CREDENTIAL', 'CREDENTIALS']);
/**
 * Words that make a name describe something public or about the secret:
 * `STRIPE_PUBLISHABLE_KEY`, `JWT_PUBLIC_KEY`, `AWS_ACCESS_KEY_ID`, `TOKEN_TTL`, `REFRESH_TOKEN_LIFETIME`, `PRIVATE_KEY_PATH`, `TOKEN_URL`.
 */
const DESCRIPTIVE_WORDS = new Set([
  'PUBLIC', 'PUBLISHABLE', 'ID', 'IDS', 'URL', 'URI', 'HOST', 'PORT', 'TTL', 'EXPIRY', 'EXPIRES', 'EXPIRATION', 'AGE', 'SIZE', 'LENGTH', 'LEN',
  'PREFIX', 'SUFFIX', 'NAME', 'TIMEOUT', 'LIMIT', 'COUNT', 'MAX', 'MIN', 'HEADER', 'COOKIE', 'ENDPOINT', 'PATH', 'FILE', 'DIR', 'REGION',
  'ALGORITHM', 'ALG', 'ENABLED', 'DISABLED', 'TYPE', 'MODE', 'VERSION', 'ISSUER', 'AUDIENCE', 'FIELD', 'PARAM',
  'LIFETIME', 'DURATION', 'INTERVAL', 'SCOPE', 'SCOPES', 'STRATEGY', 'FORMAT', 'ENCODING', 'KIND',
]);
/** `KEY` in these compounds is a lookup key, not key material: `CACHE_KEY`, `SORT_KEY`. */
const LOOKUP_KEY_QUALIFIERS = new Set(['CACHE', 'STORAGE', 'SORT', 'PARTITION', 'PRIMARY', 'IDEMPOTENCY', 'QUERY', 'LOCALSTORAGE', 'MAP', 'HOTKEY']);

/** Does an env var name say it holds a secret? `NEXT_PUBLIC_*` never does: Next.js inlines it into the browser bundle. */
export function isSecretEnvName(name: string): boolean {
  if (name.startsWith('NEXT_PUBLIC_')) return false;
  const words = name.toUpperCase().split(/_+/).filter(Boolean);
  if (words.some(word => DESCRIPTIVE_WORDS.has(word))) return false;
  return words.some((word, i) => SECRET_WORDS.has(word) && !((word === 'KEY' || word === 'KEYS') && LOOKUP_KEY_QUALIFIERS.has(words[i - 1] ?? '')));
}

/** Option names that take a secret: `secret`, `clientSecret`, `password`, `privateKey`, `apiKey`, `accessToken`, `signingKey`. */
const SECRET_OPTION = /^(?:secret|password|passphrase|privateKey|apiKey|signingKey|encryptionKey|secretKey|hmacKey|jwtKey|token|accessToken|authToken)$|Secret$/i;

export function isSecretOptionName(name: string): boolean {
  return SECRET_OPTION.test(name);
}

/** The variable an env read names: `process.env.X`, `process.env['X']`, `import.meta.env.X`; null otherwise. */
export function envVarName(node: TSESTree.Node): string | null {
  const value = unwrapExpression(node);
  if (value.type !== T.MemberExpression) return null;
  const name = propertyName(value);
  return name !== null && isEnvObject(value.object) ? name : null;
}

/** `process.env` or `import.meta.env`. */
export function isEnvObject(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  if (value.type !== T.MemberExpression || propertyName(value) !== 'env') return false;
  const object = value.object;
  return (object.type === T.Identifier && object.name === 'process') || (object.type === T.MetaProperty && object.meta.name === 'import');
}

/**
 * The API that receives `node` as its key argument, directly, through a key
 * encoder (`new TextEncoder().encode(…)`), or through a `const` that holds it.
 */
export function secretParameterFor(node: TSESTree.Node, api: ApiKnowledge, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): string | null {
  let current: TSESTree.Node = node;
  for (let parent = current.parent; parent; parent = current.parent) {
    if (parent.type === T.CallExpression && parent.arguments[0] === current && api.calleeIs(parent, KEY_ENCODERS)) current = parent;
    else if (parent.type === T.AwaitExpression || parent.type === T.TSAsExpression || parent.type === T.TSNonNullExpression) current = parent;
    else break;
  }
  const parent = current.parent;
  if ((parent?.type === T.CallExpression || parent?.type === T.NewExpression) && parent.arguments.includes(current as TSESTree.CallExpressionArgument)) {
    const index = parent.arguments.indexOf(current as TSESTree.CallExpressionArgument);
    return SECRET_PARAMETERS.find(parameter => parameter.argument === index && api.calleeIs(parent, [parameter.ref]))?.label ?? null;
  }
  if (parent?.type === T.VariableDeclarator && parent.init === current && parent.id.type === T.Identifier && depth < 2) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(parent), parent.id);
    for (const reference of variable?.references ?? []) {
      if (reference.init || reference.identifier === parent.id) continue;
      const label = secretParameterFor(reference.identifier, api, sourceCode, depth + 1);
      if (label) return label;
    }
  }
  return null;
}
