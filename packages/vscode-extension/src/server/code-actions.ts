import type { Linter } from 'eslint';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_COMMANDS } from '../shared/protocol.js';
import { DIAGNOSTIC_SOURCE, fixToTextEdit, isOwnFinding, sameRange, toDiagnostic } from './convert.js';
import { disableFileEdit, disableLineEdit } from './disable-comments.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.authHygiene`;

export interface CodeActionInput {
  document: TextDocument;
  /** Findings of a lint of exactly this document version. */
  messages: readonly Linter.LintMessage[];
  /** The diagnostics the editor asks about. */
  diagnostics: readonly Diagnostic[];
  docsUrl(ruleId: string): string | undefined;
  inJsx(line: number): boolean;
}

/**
 * Quick fixes for the requested diagnostics, in vscode-eslint's order: the
 * autofix (preferred), each suggestion, then per rule and line the disable
 * comments and the docs link.
 */
export function quickFixes({ document, messages, diagnostics, docsUrl, inJsx }: CodeActionInput): CodeAction[] {
  const fixes: CodeAction[] = [];
  const suppressions: CodeAction[] = [];
  const seen = new Set<string>();
  const uri = document.uri;
  const text = document.getText();

  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') continue;
    const ruleId = diagnostic.code;
    const message = messages.find(
      candidate => isOwnFinding(candidate) && candidate.ruleId === ruleId && sameRange(toDiagnostic(candidate, undefined).range, diagnostic.range),
    );
    if (!message) continue;

    if (message.fix) {
      fixes.push({
        title: `Fix: ${message.message}`,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [fixToTextEdit(document, message.fix)] } },
      });
    }
    for (const suggestion of message.suggestions ?? []) {
      fixes.push({
        title: `${suggestion.desc} (${ruleId})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [fixToTextEdit(document, suggestion.fix)] } },
      });
    }

    const line = diagnostic.range.start.line;
    const key = `${ruleId}:${line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const lineEdit = disableLineEdit(text, line, ruleId, inJsx(line));
    if (lineEdit) {
      suppressions.push({
        title: `Disable ${ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [lineEdit] } },
      });
    }
    const fileEdit = disableFileEdit(text, ruleId);
    if (fileEdit) {
      suppressions.push({
        title: `Disable ${ruleId} for the entire file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [fileEdit] } },
      });
    }
    const url = docsUrl(ruleId);
    if (url) {
      suppressions.push({
        title: `Show documentation for ${ruleId}`,
        kind: CodeActionKind.QuickFix,
        command: { title: `Show documentation for ${ruleId}`, command: SERVER_COMMANDS.showDocumentation, arguments: [url] },
      });
    }
  }
  return [...fixes, ...suppressions];
}

/** Whether a code action request asks for our fix-all (directly, or as any `source.fixAll`). */
export function wantsFixAll(only: readonly string[] | undefined): boolean {
  return only?.some(kind => kind === CodeActionKind.SourceFixAll || kind === CodeActionKind.Source || kind === FIX_ALL_KIND) ?? false;
}
