import type { Linter } from 'eslint';
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export const DIAGNOSTIC_SOURCE = 'auth-hygiene';

/** ESLint positions are 1-based lines and 1-based UTF-16 columns; LSP's are 0-based in the same units. */
export function messageRange(message: Linter.LintMessage): Range {
  const start = { line: Math.max(message.line - 1, 0), character: Math.max(message.column - 1, 0) };
  const end =
    message.endLine === undefined
      ? start
      : { line: Math.max(message.endLine - 1, 0), character: Math.max((message.endColumn ?? message.column) - 1, 0) };
  return { start, end };
}

export function toDiagnostic(message: Linter.LintMessage, docsUrl: string | undefined): Diagnostic {
  const diagnostic: Diagnostic = {
    range: messageRange(message),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    message: message.message,
  };
  if (message.ruleId) {
    diagnostic.code = message.ruleId;
    if (docsUrl) diagnostic.codeDescription = { href: docsUrl };
  }
  return diagnostic;
}

/** Only our own rules' findings reach the editor: parse errors are the TypeScript service's job. */
export function isOwnFinding(message: Linter.LintMessage): message is Linter.LintMessage & { ruleId: string } {
  return !message.fatal && typeof message.ruleId === 'string' && message.ruleId.startsWith(`${DIAGNOSTIC_SOURCE}/`);
}

export function fixToTextEdit(document: TextDocument, fix: Linter.LintMessage['fix'] & object): TextEdit {
  return {
    range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) },
    newText: fix.text,
  };
}

/** The smallest single edit turning the document into `next`, so a fix-all keeps folds and the cursor. */
export function minimalEdit(document: TextDocument, next: string): TextEdit | undefined {
  const current = document.getText();
  if (current === next) return undefined;
  let start = 0;
  const shorter = Math.min(current.length, next.length);
  while (start < shorter && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < shorter - start &&
    current.charCodeAt(current.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)
  ) {
    tail++;
  }
  return {
    range: { start: document.positionAt(start), end: document.positionAt(current.length - tail) },
    newText: next.slice(start, next.length - tail),
  };
}

export const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;
