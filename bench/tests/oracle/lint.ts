import { Linter } from 'eslint';
import { preset } from '../../src/plugin-config.js';
import { ORACLE_FILENAME, type Rendered } from './render.js';

const ROOT = '/virtual/next-app';
const RULE = 'auth-hygiene/no-unverified-session-cache';

const linter = new Linter({ cwd: ROOT });
const config: Linter.Config[] = [
  {
    ...preset('strict'),
    rules: { [RULE]: 'error' },
    settings: { 'auth-hygiene': { rootDir: ROOT, nextAuthVersion: 4, assertingVerifiers: ['requireUser'] } },
  },
];

/** Read ids the rule reports, by the line each read is on. */
export function reportedReads({ code, readLines }: Rendered): Set<number> {
  const messages = linter.verify(code, config, { filename: `${ROOT}/${ORACLE_FILENAME}` });
  const byLine = new Map([...readLines].map(([id, line]) => [line, id]));
  const reported = new Set<number>();
  for (const message of messages) {
    if (message.ruleId !== RULE) throw new Error(`Unexpected message: ${message.message}\n${code}`);
    const id = byLine.get(message.line);
    if (id === undefined) throw new Error(`Report off any cache read, at line ${message.line}: ${message.message}\n${code}`);
    reported.add(id);
  }
  return reported;
}
