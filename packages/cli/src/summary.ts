import type { ESLint } from 'eslint';
import { PARSE_ERROR_RULE } from './format/sarif.js';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  byRule: Map<string, number>;
}

export function summarize(results: readonly ESLint.LintResult[]): Summary {
  const byRule = new Map<string, number>();
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const message of result.messages) {
      const rule = message.ruleId ?? PARSE_ERROR_RULE;
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
      if (message.severity === 2) errors++;
      else warnings++;
    }
  }
  return { files: results.length, errors, warnings, byRule };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line: files, findings by rule (most frequent first), and time. */
export function summaryLine(summary: Summary, milliseconds: number): string {
  const time = `${(milliseconds / 1000).toFixed(2)}s`;
  const findings = summary.errors + summary.warnings;
  if (findings === 0) return `auth-hygiene: ${plural(summary.files, 'file')}, no findings (${time})`;
  const rules = [...summary.byRule.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([rule, count]) => `${rule.replace(/^auth-hygiene\//, '')} ${count}`)
    .join(', ');
  return `auth-hygiene: ${plural(summary.files, 'file')}, ${plural(findings, 'finding')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}): ${rules} (${time})`;
}
