import { Linter, type Rule } from 'eslint';

/** A rule threw, a report points outside the file, or a fix is unsafe. */
export interface Problem {
  readonly kind: 'crash' | 'bad-range' | 'fix-unparsable' | 'fix-repeats' | 'fix-no-convergence';
  readonly file: string;
  readonly rule: string | null;
  readonly detail: string;
}

export interface FileCheck {
  readonly problems: Problem[];
  readonly reports: number;
  /** Autofixes and suggestions applied and re-linted. */
  readonly fixesChecked: number;
  /** The file itself does not parse (not a rule's fault). */
  readonly unparsable: boolean;
}

type Fix = Rule.Fix;

/**
 * Lints one file and holds every report to the soak's standard: no rule
 * throws, every location lies inside the file, and (with fix safety) every
 * autofix and suggestion yields code that parses, no longer reports the same
 * finding at the same node, and `--fix` converges within ESLint's 10 passes.
 */
export class LintChecker {
  private readonly linter: Linter;

  constructor(
    private readonly config: Linter.Config[],
    cwd: string,
    private readonly options: { readonly fixSafety: boolean },
  ) {
    this.linter = new Linter({ cwd });
  }

  check(text: string, filename: string): FileCheck {
    const problems: Problem[] = [];
    const messages = this.verify(text, filename, problems);
    if (!messages) return { problems, reports: 0, fixesChecked: 0, unparsable: false };
    if (messages.some(message => message.fatal)) return { problems, reports: 0, fixesChecked: 0, unparsable: true };
    const lines = lineStarts(text);
    for (const message of messages) {
      const detail = rangeError(message, text, lines);
      if (detail) problems.push({ kind: 'bad-range', file: filename, rule: message.ruleId, detail });
    }
    let fixesChecked = 0;
    if (this.options.fixSafety && problems.length === 0) {
      for (const message of messages) {
        const fixes = [message.fix, ...(message.suggestions ?? []).map(suggestion => suggestion.fix)].filter((fix): fix is Fix => fix !== undefined);
        for (const fix of fixes) {
          fixesChecked++;
          this.checkFix(text, filename, message, lines, fix, problems);
        }
      }
      if (messages.some(message => message.fix)) this.checkConvergence(text, filename, problems);
    }
    return { problems, reports: messages.length, fixesChecked, unparsable: false };
  }

  /** Messages, or null when a rule threw (recorded as a crash). */
  private verify(text: string, filename: string, problems: Problem[]): Linter.LintMessage[] | null {
    try {
      return this.linter.verify(text, this.config, { filename });
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      problems.push({ kind: 'crash', file: filename, rule: /\nRule: "([^"]+)"/.exec(message)?.[1] ?? null, detail: message });
      return null;
    }
  }

  private checkFix(text: string, filename: string, message: Linter.LintMessage, lines: readonly number[], fix: Fix, problems: Problem[]): void {
    const [start, end] = fix.range;
    const output = text.slice(0, start) + fix.text + text.slice(end);
    const after = this.verify(output, filename, problems);
    if (!after) return;
    const fatal = after.find(next => next.fatal);
    if (fatal) {
      problems.push({ kind: 'fix-unparsable', file: filename, rule: message.ruleId, detail: `${describe(message)}: ${fatal.message}\n--- fixed text near the edit:\n${excerpt(output, start)}` });
      return;
    }
    // Where the reported node is after the edit: moved when the edit is before it, resized when the
    // edit lies inside it; an edit that overlaps only part of it leaves a different node.
    const delta = fix.text.length - (end - start);
    const reportStart = offsetOf(lines, message.line, message.column);
    const reportEnd = message.endLine === undefined ? reportStart : offsetOf(lines, message.endLine, message.endColumn!);
    let from: number;
    let to: number;
    if (reportEnd <= start) [from, to] = [reportStart, reportEnd];
    else if (reportStart >= end) [from, to] = [reportStart + delta, reportEnd + delta];
    else if (reportStart <= start && end <= reportEnd) [from, to] = [reportStart, reportEnd + delta];
    else return;
    const afterLines = lineStarts(output);
    const repeat = after.find(
      next =>
        next.ruleId === message.ruleId &&
        offsetOf(afterLines, next.line, next.column) === from &&
        (next.endLine === undefined ? from : offsetOf(afterLines, next.endLine, next.endColumn!)) === to,
    );
    if (repeat) {
      problems.push({ kind: 'fix-repeats', file: filename, rule: message.ruleId, detail: `${describe(message)} is still reported after its fix:\n${excerpt(output, start)}` });
    }
  }

  private checkConvergence(text: string, filename: string, problems: Problem[]): void {
    try {
      const { output } = this.linter.verifyAndFix(text, this.config, { filename });
      const left = this.linter.verify(output, this.config, { filename }).filter(message => message.fix);
      if (left.length > 0) {
        problems.push({ kind: 'fix-no-convergence', file: filename, rule: left[0]!.ruleId, detail: `still fixable after 10 passes: ${left.map(describe).join('; ')}` });
      }
    } catch (error) {
      problems.push({ kind: 'crash', file: filename, rule: null, detail: `during --fix: ${String(error)}` });
    }
  }
}

function describe(message: Linter.LintMessage): string {
  return `${message.ruleId ?? 'parser'} at ${message.line}:${message.column}`;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function offsetOf(lines: readonly number[], line: number, column: number): number {
  return lines[line - 1]! + column - 1;
}

function lineLength(text: string, lines: readonly number[], line: number): number {
  const start = lines[line - 1]!;
  const next = lines[line];
  return (next === undefined ? text.length : next - 1) - start;
}

/** Why a report's location or fix range is invalid, or null. */
function rangeError(message: Linter.LintMessage, text: string, lines: readonly number[]): string | null {
  const where = (line: number, column: number): string | null => {
    if (!Number.isInteger(line) || line < 1 || line > lines.length) return `line ${line} outside 1..${lines.length}`;
    const length = lineLength(text, lines, line);
    if (!Number.isInteger(column) || column < 1 || column > length + 1) return `column ${column} outside 1..${length + 1} on line ${line}`;
    return null;
  };
  const start = where(message.line, message.column);
  if (start) return `${describe(message)}: start ${start}`;
  if (message.endLine !== undefined) {
    const end = where(message.endLine, message.endColumn ?? Number.NaN);
    if (end) return `${describe(message)}: end ${end}`;
    if (offsetOf(lines, message.endLine, message.endColumn!) < offsetOf(lines, message.line, message.column)) return `${describe(message)}: ends before it starts`;
  }
  const fixes = [message.fix, ...(message.suggestions ?? []).map(suggestion => suggestion.fix)];
  for (const fix of fixes) {
    if (!fix) continue;
    const [from, to] = fix.range;
    if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= text.length)) {
      return `${describe(message)}: fix range [${from}, ${to}] outside [0, ${text.length}]`;
    }
  }
  return null;
}

function excerpt(text: string, offset: number): string {
  const from = text.lastIndexOf('\n', Math.max(0, offset - 200));
  const to = text.indexOf('\n', offset + 200);
  return text.slice(from + 1, to === -1 ? undefined : to);
}
