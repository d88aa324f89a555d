import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { disableFileEdit, disableLineEdit } from './disable-comments.js';

const RULE = 'auth-hygiene/no-unverified-session-cache';

function apply(text: string, edit: ReturnType<typeof disableLineEdit>): string {
  if (!edit) throw new Error('expected an edit');
  return TextDocument.applyEdits(TextDocument.create('file:///a.ts', 'typescript', 1, text), [edit]);
}

describe('disableLineEdit', () => {
  it('inserts a directive above the line with the same indentation', () => {
    const text = 'function f() {\n    return cached;\n}\n';
    expect(apply(text, disableLineEdit(text, 1, RULE, false))).toBe(
      `function f() {\n    // eslint-disable-next-line ${RULE}\n    return cached;\n}\n`,
    );
  });

  it('keeps tab indentation and CRLF line breaks', () => {
    const text = 'if (a) {\r\n\treturn cached;\r\n}\r\n';
    expect(apply(text, disableLineEdit(text, 1, RULE, false))).toBe(
      `if (a) {\r\n\t// eslint-disable-next-line ${RULE}\r\n\treturn cached;\r\n}\r\n`,
    );
  });

  it('appends to an existing directive instead of adding a second one', () => {
    const text = '  // eslint-disable-next-line no-console\n  console.log(cached);\n';
    expect(apply(text, disableLineEdit(text, 1, RULE, false))).toBe(
      `  // eslint-disable-next-line no-console, ${RULE}\n  console.log(cached);\n`,
    );
  });

  it('appends before a directive description', () => {
    const text = '// eslint-disable-next-line no-console -- debugging\nconsole.log(cached);\n';
    expect(apply(text, disableLineEdit(text, 1, RULE, false))).toBe(
      `// eslint-disable-next-line no-console, ${RULE} -- debugging\nconsole.log(cached);\n`,
    );
  });

  it('extends block and JSX directives before their closing', () => {
    const block = '/* eslint-disable-next-line no-console */\nconsole.log(cached);\n';
    expect(apply(block, disableLineEdit(block, 1, RULE, false))).toBe(
      `/* eslint-disable-next-line no-console, ${RULE} */\nconsole.log(cached);\n`,
    );
    const jsx = '      {/* eslint-disable-next-line a/b */}\n      <Profile user={cached} />\n';
    expect(apply(jsx, disableLineEdit(jsx, 1, RULE, true))).toBe(
      `      {/* eslint-disable-next-line a/b, ${RULE} */}\n      <Profile user={cached} />\n`,
    );
  });

  it('writes the JSX form inside JSX children', () => {
    const text = '  <div>\n    <Profile user={cached} />\n  </div>\n';
    expect(apply(text, disableLineEdit(text, 1, RULE, true))).toBe(
      `  <div>\n    {/* eslint-disable-next-line ${RULE} */}\n    <Profile user={cached} />\n  </div>\n`,
    );
  });

  it('does nothing when the line is already silenced', () => {
    expect(disableLineEdit(`// eslint-disable-next-line ${RULE}\nx;\n`, 1, RULE, false)).toBeNull();
    expect(disableLineEdit('// eslint-disable-next-line\nx;\n', 1, RULE, false)).toBeNull();
  });

  it('does not mistake an ordinary comment for a directive', () => {
    const text = '// eslint-disable-next-line-ish notes\nx;\n';
    expect(apply(text, disableLineEdit(text, 1, RULE, false))).toBe(`${'// eslint-disable-next-line-ish notes\n'}// eslint-disable-next-line ${RULE}\nx;\n`);
  });
});

describe('disableFileEdit', () => {
  it('inserts at the top of the file', () => {
    expect(apply("'use client';\nx;\n", disableFileEdit("'use client';\nx;\n", RULE))).toBe(`/* eslint-disable ${RULE} */\n'use client';\nx;\n`);
  });

  it('goes below a shebang', () => {
    const text = '#!/usr/bin/env node\nx;\n';
    expect(apply(text, disableFileEdit(text, RULE))).toBe(`#!/usr/bin/env node\n/* eslint-disable ${RULE} */\nx;\n`);
  });

  it('extends an existing file directive, and is a no-op when it already lists the rule', () => {
    const text = '/* eslint-disable no-console */\nx;\n';
    expect(apply(text, disableFileEdit(text, RULE))).toBe(`/* eslint-disable no-console, ${RULE} */\nx;\n`);
    expect(disableFileEdit(`/* eslint-disable ${RULE} */\nx;\n`, RULE)).toBeNull();
  });
});
