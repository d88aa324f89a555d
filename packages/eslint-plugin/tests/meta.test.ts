import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { ruleDocsUrl } from '../src/util/create-rule.js';
import { readRuleDoc } from './doc-examples.js';

const PACKAGE_DIR = path.resolve(import.meta.dirname, '..');
const RULES_DIR = path.join(PACKAGE_DIR, 'src/rules');
const ruleNames = Object.keys(plugin.rules);

/** Every property of an options schema, at any depth. */
function schemaProperties(schema: JSONSchema4 | JSONSchema4[] | undefined): [string, JSONSchema4][] {
  if (!schema) return [];
  if (Array.isArray(schema)) return schema.flatMap(item => schemaProperties(item));
  const properties = 'properties' in schema ? (schema.properties as Record<string, JSONSchema4> | undefined) : undefined;
  return Object.entries(properties ?? {}).flatMap(([key, value]) => [[key, value] as [string, JSONSchema4], ...schemaProperties(value)]);
}

describe('plugin', () => {
  it('registers every rule folder, and every registered rule has a folder', () => {
    const folders = fs.readdirSync(RULES_DIR, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name);
    expect([...folders].sort()).toEqual([...ruleNames].sort());
  });

  it('lists rules alphabetically', () => {
    expect(ruleNames).toEqual([...ruleNames].sort());
  });

  it('has a name and version in meta', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(plugin.meta).toMatchObject({ name: pkg.name, version: pkg.version });
  });

  it('keeps the README rule table and doc headers in sync (eslint-doc-generator --check)', () => {
    expect(() => execFileSync('npx', ['eslint-doc-generator', '--check'], { cwd: PACKAGE_DIR, stdio: 'pipe' })).not.toThrow();
  });
});

describe.each(ruleNames)('%s', name => {
  const rule = plugin.rules[name as keyof typeof plugin.rules];
  const docs = rule.meta.docs!;

  it('has a test file and a doc page', () => {
    expect(fs.existsSync(path.join(RULES_DIR, name, `${name}.test.ts`))).toBe(true);
    expect(readRuleDoc(name)).toContain(`(\`auth-hygiene/${name}\`)`);
  });

  it('links its doc page', () => {
    expect(docs.url).toBe(ruleDocsUrl(name));
  });

  it('opens its doc with a one-paragraph why', () => {
    const body = readRuleDoc(name).split('<!-- end auto-generated rule header -->')[1] ?? '';
    const firstParagraph = body.trim().split('\n\n')[0] ?? '';
    expect(firstParagraph.startsWith('#')).toBe(false);
    expect(firstParagraph.length).toBeGreaterThan(80);
  });

  it('is placed in the presets as meta.docs says', () => {
    const id = `auth-hygiene/${name}`;
    expect(plugin.configs.recommended.rules?.[id]).toEqual(docs.recommended);
    expect(plugin.configs.strict.rules?.[id]).toEqual(docs.strictOptions ? [docs.strict, docs.strictOptions] : docs.strict);
  });

  it('describes every option', () => {
    for (const [key, value] of schemaProperties(rule.meta.schema as JSONSchema4[])) {
      expect(value.description, `option ${key}`).toBeTruthy();
    }
    if (Array.isArray(rule.meta.schema)) {
      for (const item of rule.meta.schema) if (item.type === 'object') expect(item.additionalProperties).toBe(false);
    }
  });

  it('makes runtime-changing fixes suggestions, with messages for each', () => {
    if (rule.meta.hasSuggestions) expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(1);
    expect(rule.meta.defaultOptions).toBeDefined();
  });
});
