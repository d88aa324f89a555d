import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFacts } from '../src/analysis/file-facts.js';
import { type ResolvedSettings, readSettings, settingsSchema } from '../src/analysis/settings.js';

const PACKAGE_DIR = path.resolve(import.meta.dirname, '..');
const SETTINGS_DOC = fs.readFileSync(path.join(PACKAGE_DIR, 'docs/settings.md'), 'utf8');
/** The parts of a JSON schema these tests read. */
interface Schema {
  type?: string;
  enum?: unknown[];
  oneOf?: Schema[];
  items?: Schema;
  pattern?: string;
  description?: string;
}
const properties = (settingsSchema as { properties: Record<string, Schema> }).properties;
const keys = Object.keys(properties);

/** A valid value for a settings key, built from its schema, that differs from the default. */
function sampleValue(schema: Schema): unknown {
  if (schema.oneOf) return sampleValue(schema.oneOf[0]!);
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'boolean':
      return true;
    case 'string':
      return schema.pattern === '^/' ? '/sample' : 'sample';
    case 'array':
      return [sampleValue(schema.items!)];
    default:
      throw new Error(`no sample for ${JSON.stringify(schema)}`);
  }
}

describe('settingsSchema', () => {
  it.each(keys)('%s has a description', key => {
    expect(properties[key]!.description).toBeTruthy();
  });

  it.each(keys)('%s is resolved by readSettings', key => {
    const defaults = readSettings({});
    const resolved = readSettings({ 'auth-hygiene': { [key]: sampleValue(properties[key]!) } });
    expect(resolved).not.toEqual(defaults);
  });

  it('rejects unknown keys, wrong types and malformed function names with the key in the message', () => {
    expect(() => readSettings({ 'auth-hygiene': { signOutRoute: ['/logout'] } })).toThrow(/should NOT have additional properties/);
    expect(() => readSettings({ 'auth-hygiene': { signOutRoutes: ['logout'] } })).toThrow(`.signOutRoutes[0] should match pattern "^/"`);
    expect(() => readSettings({ 'auth-hygiene': { nextAuthVersion: 6 } })).toThrow(/\.nextAuthVersion/);
    expect(() => readSettings({ 'auth-hygiene': { verifiers: [{ from: 'file', name: 'getUser' }] } })).toThrow(/\.verifiers\[0\]/);
    expect(() => readSettings({ 'auth-hygiene': { sessionCookieCache: 'yes' } })).toThrow(/\.sessionCookieCache should be boolean/);
  });

  it('normalises the base path and root list', () => {
    const resolved: ResolvedSettings = readSettings({ 'auth-hygiene': { authBasePath: '/admin/api/auth/', rootDir: 'apps/web' } });
    expect(resolved).toMatchObject({ authBasePath: '/admin/api/auth', rootDirs: ['apps/web'] });
  });
});

describe('docs/settings.md', () => {
  it.each(keys)('documents %s in the reference table', key => {
    expect(SETTINGS_DOC).toMatch(new RegExp(`^\\| \`${key}\` \\|`, 'm'));
  });

  it('documents no key the schema does not have', () => {
    const documented = [...SETTINGS_DOC.matchAll(/^\| `(\w+)` \|/gm)].map(match => match[1]);
    expect(documented.filter(key => !keys.includes(key!))).toEqual([]);
  });
});

/**
 * The monorepo example in docs/settings.md, loaded as a real flat config
 * (with the plugin import pointed at the sources) and linted with ESLint's
 * Linter over virtual files of its two apps.
 */
describe('the monorepo example in docs/settings.md', () => {
  const MONOREPO = '/virtual/monorepo';
  const exampleFile = path.join(PACKAGE_DIR, 'tests', `.settings-example-${process.pid}.mjs`);
  let config: Linter.Config[];

  beforeAll(async () => {
    const block = /```js\n(\/\/ eslint\.config\.mjs \(at the monorepo root\)\n[\s\S]*?)```/.exec(SETTINGS_DOC)?.[1];
    if (!block) throw new Error('docs/settings.md has no "// eslint.config.mjs (at the monorepo root)" example');
    const source = pathToFileURL(path.join(PACKAGE_DIR, 'src/index.ts')).href;
    fs.writeFileSync(exampleFile, block.replace(`from 'eslint-plugin-auth-hygiene'`, `from '${source}'`));
    config = ((await import(pathToFileURL(exampleFile).href)) as { default: Linter.Config[] }).default;
  });
  afterAll(() => fs.rmSync(exampleFile, { force: true }));

  const blocksSettings = (): Record<string, unknown>[] =>
    config.flatMap(block => (block.settings?.['auth-hygiene'] ? [block.settings['auth-hygiene'] as Record<string, unknown>] : []));

  it('has two app blocks, each valid', () => {
    expect(blocksSettings()).toHaveLength(2);
    for (const settings of blocksSettings()) expect(() => readSettings({ 'auth-hygiene': settings })).not.toThrow();
  });

  it('uses every settings key', () => {
    const used = new Set(blocksSettings().flatMap(settings => Object.keys(settings)));
    expect(keys.filter(key => !used.has(key))).toEqual([]);
  });

  /** Lints `code` as `file` (relative to the monorepo root) with the example config plus a probe that reports the resolved facts. */
  function lint(file: string, code: string): Linter.LintMessage[] {
    const probe = {
      meta: { type: 'problem', schema: [], messages: { facts: '{{facts}}' } },
      create(context: Readonly<TSESLint.RuleContext<'facts', []>>) {
        const facts = fileFacts(context);
        const { authBasePath, nextAuthVersion, signOutRoutes } = facts.settings;
        context.report({
          loc: { line: 1, column: 0 },
          messageId: 'facts',
          data: { facts: JSON.stringify({ root: facts.root, kind: facts.info.kind, authBasePath, nextAuthVersion, signOutRoutes }) },
        });
        return {};
      },
    };
    const linter = new Linter({ configType: 'flat', cwd: MONOREPO });
    return linter.verify(
      code,
      [
        ...config,
        { files: ['**/*.{ts,tsx}'], languageOptions: { parser: parser as Linter.Parser } },
        { plugins: { probe: { rules: { probe } } } as unknown as Linter.Config['plugins'], rules: { 'probe/probe': 'warn' } },
      ],
      `${MONOREPO}/${file}`,
    );
  }
  const factsOf = (messages: Linter.LintMessage[]): Record<string, unknown> =>
    JSON.parse(messages.find(message => message.ruleId === 'probe/probe')!.message) as Record<string, unknown>;

  const logoutRoute = `
    import { endSession } from '@/lib/session';
    export async function GET() {
      await endSession();
      return Response.redirect('/');
    }
  `;

  it('gives each app its own root, base path and next-auth version', () => {
    expect(factsOf(lint('apps/web/app/api/me/route.ts', 'export {};'))).toEqual({
      root: `${MONOREPO}/apps/web`,
      kind: 'app-route',
      authBasePath: '/api/auth',
      signOutRoutes: ['/logout'],
    });
    expect(factsOf(lint('apps/admin/app/api/me/route.ts', 'export {};'))).toEqual({
      root: `${MONOREPO}/apps/admin`,
      kind: 'app-route',
      authBasePath: '/admin/api/auth',
      nextAuthVersion: 5,
      signOutRoutes: ['/admin/logout'],
    });
  });

  it("applies an app's wrappers to that app only", () => {
    const web = lint('apps/web/app/logout/route.ts', logoutRoute).filter(message => message.ruleId === 'auth-hygiene/no-get-logout');
    const admin = lint('apps/admin/app/logout/route.ts', logoutRoute).filter(message => message.ruleId === 'auth-hygiene/no-get-logout');
    expect(web.map(message => message.messageId)).toEqual(['getSignOut']);
    expect(admin).toEqual([]);
  });

  it("applies an app's severities to that app only", () => {
    const code = `export async function GET(req) { return Response.json({ t: req.cookies.get('authjs.session-token')?.value }); }`;
    const severity = (file: string): number | undefined =>
      lint(file, code).find(message => message.ruleId === 'auth-hygiene/no-manual-session-cookie')?.severity;
    expect(severity('apps/web/app/api/t/route.ts')).toBe(1);
    expect(severity('apps/admin/app/api/t/route.ts')).toBe(2);
  });
});
