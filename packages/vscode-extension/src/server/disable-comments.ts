import type { TextEdit } from 'vscode-languageserver';

/*
 * Text edits that silence one rule with an ESLint directive comment. They
 * extend an existing directive instead of stacking a second one, keep the
 * line's indentation, and use the JSX form inside JSX children, where a `//`
 * comment would render as text.
 */

interface Directive {
  /** Column just after the last listed rule, where `, <rule>` goes. */
  listEnd: number;
  rules: string[];
}

/** Parses `<opening> a, b -- why <closing>`, where ESLint puts the rule list. */
function parseDirective(line: string, opening: RegExp): Directive | undefined {
  const match = opening.exec(line);
  if (!match) return undefined;
  const listStart = match[0].length;
  let rest = line.slice(listStart);
  const close = rest.search(/\*\/\s*\}?\s*$/);
  if (close >= 0) rest = rest.slice(0, close);
  const description = rest.search(/\s--(\s|$)/);
  if (description >= 0) rest = rest.slice(0, description);
  const list = rest.trimEnd();
  return {
    listEnd: listStart + list.length,
    rules: list.split(',').map(rule => rule.trim()).filter(Boolean),
  };
}

const NEXT_LINE_OPENING = /^\s*(?:\{\s*)?(?:\/\/|\/\*)\s*eslint-disable-next-line(?=\s|\*|$)/;
const FILE_OPENING = /^\s*\/\*\s*eslint-disable(?=\s|\*)/;

const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/);
const lineBreak = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');

/**
 * Appends the rule to a directive, or says there is nothing to do: a bare
 * directive already silences every rule, and a listed rule is silenced.
 */
function extend(directive: Directive, line: number, ruleId: string): TextEdit | null {
  if (directive.rules.length === 0 || directive.rules.includes(ruleId)) return null;
  const at = { line, character: directive.listEnd };
  return { range: { start: at, end: at }, newText: `, ${ruleId}` };
}

/** Silences `ruleId` on `line` (0-based); `null` when the line is already silenced. */
export function disableLineEdit(text: string, line: number, ruleId: string, inJsx: boolean): TextEdit | null {
  const lines = splitLines(text);
  const target = lines[line] ?? '';
  const previous = line > 0 ? parseDirective(lines[line - 1] ?? '', NEXT_LINE_OPENING) : undefined;
  if (previous) return extend(previous, line - 1, ruleId);

  const indent = /^\s*/.exec(target)?.[0] ?? '';
  const comment = inJsx ? `{/* eslint-disable-next-line ${ruleId} */}` : `// eslint-disable-next-line ${ruleId}`;
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}${comment}${lineBreak(text)}` };
}

/** Silences `ruleId` for the whole file, at the top (after a shebang); `null` when already silenced. */
export function disableFileEdit(text: string, ruleId: string): TextEdit | null {
  const lines = splitLines(text);
  const line = lines[0]?.startsWith('#!') ? 1 : 0;
  const existing = parseDirective(lines[line] ?? '', FILE_OPENING);
  if (existing) return extend(existing, line, ruleId);
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `/* eslint-disable ${ruleId} */${lineBreak(text)}` };
}
