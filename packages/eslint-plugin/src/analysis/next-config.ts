import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { childNodes } from '../util/ast.js';
import { type CacheVerdict, cacheVerdict } from './http-cache.js';
import { matcherRegex } from './path-patterns.js';
import { staticString } from './static-values.js';

/**
 * `headers()` entries of a `next.config.{js,mjs,ts}`: `{ source, headers: [{ key, value }] }`.
 * Found by shape anywhere in the file, so `module.exports = {…}`,
 * `export default withBundleAnalyzer(nextConfig)` and spread helpers all count.
 */
export interface ConfigHeaderEntry {
  readonly source: string;
  readonly sourceNode: TSESTree.Node;
  /** `has` / `missing` conditions narrow the entry to requests the file cannot enumerate. */
  readonly conditional: boolean;
  readonly headers: readonly ConfigHeader[];
}

export interface ConfigHeader {
  readonly key: string;
  readonly value: string;
  readonly valueNode: TSESTree.Node;
  /** The caching verdict, for caching headers; null for others. */
  readonly verdict: CacheVerdict | null;
}

function propertyOf(object: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  return object.properties.find(
    (p): p is TSESTree.Property =>
      p.type === T.Property && !p.computed && ((p.key.type === T.Identifier && p.key.name === name) || (p.key.type === T.Literal && p.key.value === name)),
  );
}

export function configHeaderEntries(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>): ConfigHeaderEntry[] {
  const entries: ConfigHeaderEntry[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === T.ObjectExpression) {
      const entry = headerEntry(node, sourceCode);
      if (entry) entries.push(entry);
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(program);
  return entries;
}

function headerEntry(object: TSESTree.ObjectExpression, sourceCode: Readonly<TSESLint.SourceCode>): ConfigHeaderEntry | null {
  const source = propertyOf(object, 'source');
  const headers = propertyOf(object, 'headers');
  if (!source || headers?.value.type !== T.ArrayExpression) return null;
  const sourceText = staticString(source.value, sourceCode);
  if (sourceText === null) return null;
  const list: ConfigHeader[] = [];
  for (const element of headers.value.elements) {
    if (element?.type !== T.ObjectExpression) continue;
    const key = propertyOf(element, 'key');
    const value = propertyOf(element, 'value');
    const keyText = key && staticString(key.value, sourceCode);
    const valueText = value && staticString(value.value, sourceCode);
    if (!value || !keyText || valueText === null || valueText === undefined) continue;
    list.push({ key: keyText, value: valueText, valueNode: value.value, verdict: cacheVerdict(keyText, valueText) });
  }
  return { source: sourceText, sourceNode: source.value, conditional: Boolean(propertyOf(object, 'has') ?? propertyOf(object, 'missing')), headers: list };
}

/** Paths that serve per-user responses in a Next.js app: an API route, the auth session, a page. */
const PER_USER_SAMPLES = ['/api/me', '/api/auth/session', '/dashboard'];

/**
 * The per-user sample paths a `source` pattern covers (path-to-regexp, as
 * Next.js reads it; a `basePath` is prefixed by Next.js and ignored here).
 * Empty for narrow sources such as `/_next/static/:path*` or `/fonts/(.*)`.
 */
export function perUserPathsCovered(source: string): string[] {
  const regex = matcherRegex(source);
  return regex ? PER_USER_SAMPLES.filter(sample => regex.test(sample)) : [];
}
