import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstParagraph, hoverMarkdown } from './rule-docs.js';

describe('firstParagraph', () => {
  it('takes the prose after the generated header', () => {
    const markdown = [
      '# Require verification (`auth-hygiene/x`)',
      '',
      '💼 This rule is enabled in the ✅ `recommended` config.',
      '',
      '<!-- end auto-generated rule header -->',
      '',
      'A handler that answers from a cache',
      'before verifying keeps users signed in.',
      '',
      '## Why',
      '',
      'Later text.',
    ].join('\n');
    expect(firstParagraph(markdown)).toBe('A handler that answers from a cache before verifying keeps users signed in.');
  });

  it('skips front matter, headings, badges, tables, code and HTML without a generator marker', () => {
    const markdown = [
      '---',
      'title: x',
      '---',
      '# Title',
      '[![badge](https://img.test/b.svg)](https://x.test)',
      '<details>',
      '',
      '```ts',
      'const code = 1;',
      '```',
      '| a | b |',
      '',
      '## Why',
      '',
      'The reason.\r',
    ].join('\r\n');
    expect(firstParagraph(markdown)).toBe('The reason.');
  });

  it('returns undefined when a doc has no prose', () => {
    expect(firstParagraph('# Title\n\n## Options\n\n```json\n{}\n```\n')).toBeUndefined();
    expect(firstParagraph('')).toBeUndefined();
  });

  it('finds a paragraph in every rule doc the plugin ships', () => {
    const docsDir = path.join(path.dirname(createRequire(import.meta.url).resolve('eslint-plugin-auth-hygiene/package.json')), 'docs', 'rules');
    const docs = readdirSync(docsDir).filter(file => file.endsWith('.md'));
    expect(docs.length).toBeGreaterThan(0);
    for (const file of docs) {
      const paragraph = firstParagraph(readFileSync(path.join(docsDir, file), 'utf8'));
      expect(paragraph, file).toMatch(/\w{3,}.*\./);
      expect(paragraph, file).not.toMatch(/^#|<!--|💼/u);
    }
  });
});

describe('hoverMarkdown', () => {
  it('prefers the docs paragraph, falls back to the description, and links the docs', () => {
    expect(hoverMarkdown('auth-hygiene/x', 'Why.', 'Desc.', 'https://d.test')).toBe('**auth-hygiene/x**\n\nWhy.\n\n[Documentation](https://d.test)');
    expect(hoverMarkdown('auth-hygiene/x', undefined, 'Desc.', undefined)).toBe('**auth-hygiene/x**\n\nDesc.');
  });
});
