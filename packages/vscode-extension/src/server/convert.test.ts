import type { Linter } from 'eslint';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { fixToTextEdit, isOwnFinding, minimalEdit, toDiagnostic } from './convert.js';

const finding = (overrides: Partial<Linter.LintMessage> = {}): Linter.LintMessage => ({
  ruleId: 'auth-hygiene/no-unverified-session-cache',
  message: 'Verify first.',
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 12,
  severity: 2,
  ...overrides,
});

describe('toDiagnostic', () => {
  it('converts 1-based ESLint positions to 0-based LSP ranges, with the rule as code and its docs link', () => {
    expect(toDiagnostic(finding(), 'https://example.test/rule.md')).toEqual({
      range: { start: { line: 2, character: 4 }, end: { line: 2, character: 11 } },
      severity: 1,
      source: 'auth-hygiene',
      message: 'Verify first.',
      code: 'auth-hygiene/no-unverified-session-cache',
      codeDescription: { href: 'https://example.test/rule.md' },
    });
  });

  it('maps warn to Warning and a missing end to an empty range at the start', () => {
    const diagnostic = toDiagnostic(finding({ severity: 1, endLine: undefined, endColumn: undefined }), undefined);
    expect(diagnostic.severity).toBe(2);
    expect(diagnostic.range).toEqual({ start: { line: 2, character: 4 }, end: { line: 2, character: 4 } });
    expect(diagnostic.codeDescription).toBeUndefined();
  });
});

describe('isOwnFinding', () => {
  it('keeps auth-hygiene findings and drops parse errors and other rules', () => {
    expect(isOwnFinding(finding())).toBe(true);
    expect(isOwnFinding(finding({ ruleId: null, fatal: true }))).toBe(false);
    expect(isOwnFinding(finding({ ruleId: 'react-hooks/rules-of-hooks' }))).toBe(false);
  });
});

describe('edits', () => {
  const document = TextDocument.create('file:///a.ts', 'typescript', 1, 'const a = 1;\nconst b = 2;\n');

  it('turns an ESLint fix (offsets) into a text edit (positions)', () => {
    expect(fixToTextEdit(document, { range: [19, 20], text: '3' })).toEqual({
      range: { start: { line: 1, character: 6 }, end: { line: 1, character: 7 } },
      newText: '3',
    });
  });

  it('reduces a whole-file rewrite to the changed span', () => {
    // "const" → "let" shares the trailing "t": only "cons" is replaced.
    expect(minimalEdit(document, 'const a = 1;\nlet b = 2;\n')).toEqual({
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } },
      newText: 'le',
    });
    expect(minimalEdit(document, document.getText())).toBeUndefined();
  });

  it('handles insertions at either end', () => {
    const next = `// head\n${document.getText()}// tail\n`;
    const edit = minimalEdit(document, next)!;
    const applied = TextDocument.applyEdits(document, [edit]);
    expect(applied).toBe(next);
  });
});
