import path from 'node:path';
import type { ESLint } from 'eslint';

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error`/`::warning` workflow command per finding, which GitHub shows as a PR annotation. */
export function formatGithub(results: readonly ESLint.LintResult[], cwd: string): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = path.relative(cwd, result.filePath).split(path.sep).join('/');
    for (const message of result.messages) {
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${message.line}`,
        `col=${message.column}`,
        ...(message.endLine === undefined ? [] : [`endLine=${message.endLine}`]),
        ...(message.endColumn === undefined ? [] : [`endColumn=${message.endColumn}`]),
        `title=${escapeProperty(message.ruleId ?? 'parse error')}`,
      ];
      lines.push(`::${message.severity === 2 ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(message.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
