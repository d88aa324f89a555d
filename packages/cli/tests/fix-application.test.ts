import fs from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter, type Rule } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { defaultCacheLocation, eslintOptions } from '../src/eslint-options.js';
import { collectFiles } from '../src/files.js';
import { projectConfigBlocks } from '../src/projects.js';
import { fixtureVariants, REPO_ROOT } from './helpers.js';

/**
 * Every autofix and every suggestion the rules offer on the vulnerable
 * fixtures, applied one at a time and then all together, must give code that
 * parses, re-lints without those findings and without new ones, and
 * type-checks against the real next / next-auth / … types.
 */

type Edit = Rule.Fix;

function applyEdit(text: string, { range: [start, end], text: replacement }: Edit): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

/**
 * Parsed declaration and source files, shared by every program: the fixtures
 * all read the same next / react / lib types, which dominate the work.
 */
const sourceFiles = new Map<string, ts.SourceFile>();

/** `tsc --noEmit` for one tsconfig, with some files replaced in memory. */
class TypeCheck {
  private readonly parsed: ts.ParsedCommandLine;
  private previous: ts.Program | undefined;

  constructor(readonly configFile: string) {
    const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (!parsed) throw new Error(`cannot read ${configFile}`);
    this.parsed = parsed;
  }

  errors(overrides: ReadonlyMap<string, string> = new Map()): string[] {
    const host = ts.createCompilerHost(this.parsed.options);
    host.readFile = file => overrides.get(path.resolve(file)) ?? ts.sys.readFile(file);
    host.getSourceFile = (file, languageVersion) => {
      const override = overrides.get(path.resolve(file));
      if (override !== undefined) return ts.createSourceFile(file, override, languageVersion, true);
      const key = `${JSON.stringify(languageVersion)}:${file}`;
      let cached = sourceFiles.get(key);
      if (!cached) {
        const text = ts.sys.readFile(file);
        if (text === undefined) return undefined;
        cached = ts.createSourceFile(file, text, languageVersion, true);
        sourceFiles.set(key, cached);
      }
      return cached;
    };
    const program = ts.createProgram({ rootNames: this.parsed.fileNames, options: this.parsed.options, host, oldProgram: this.previous });
    this.previous = program;
    return ts.getPreEmitDiagnostics(program).map(diagnostic => {
      const where = diagnostic.file ? `${path.relative(REPO_ROOT, diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
  }
}

const checks = new Map<string, TypeCheck>();
function typeCheck(config: string): TypeCheck {
  let check = checks.get(config);
  if (!check) checks.set(config, (check = new TypeCheck(config)));
  return check;
}

function tsconfigFor(file: string, root: string): string {
  for (let dir = path.dirname(file); dir.startsWith(root); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'tsconfig.json'))) return path.join(dir, 'tsconfig.json');
  }
  throw new Error(`no tsconfig.json for ${file}`);
}

/** The CLI's own ESLint setup for a directory, strict preset, so every rule's fixes are exercised. */
function eslintFor(dir: string, fix = false): ESLint {
  const { packageJsons } = collectFiles([dir], REPO_ROOT);
  return new ESLint(
    eslintOptions({
      cwd: REPO_ROOT,
      preset: 'strict',
      useEslintConfig: false,
      fix,
      quiet: false,
      cache: false,
      cacheLocation: defaultCacheLocation(REPO_ROOT),
      concurrency: 'off',
      blocks: projectConfigBlocks(packageJsons, REPO_ROOT, undefined, true),
    }),
  );
}

function countByRule(messages: readonly Linter.LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message.ruleId ?? 'parse-error', (counts.get(message.ruleId ?? 'parse-error') ?? 0) + 1);
  return counts;
}

interface Candidate {
  file: string;
  ruleId: string;
  line: number;
  label: string;
  edit: Edit;
}

describe.each(fixtureVariants())('$name', ({ dir }) => {
  it('type-checks against the real library types', { timeout: 120_000 }, () => {
    const configs = new Set(collectFiles([dir], REPO_ROOT).files.map(file => tsconfigFor(file, dir)));
    for (const config of configs) expect(typeCheck(config).errors()).toEqual([]);
  });
});

const vulnerable = fixtureVariants().filter(variant => !variant.name.endsWith('/fixed'));

describe.each(vulnerable)('fixes on $name', ({ dir }) => {
  it('each autofix and suggestion alone, and all of them together, parse, re-lint clean of their findings, and type-check', { timeout: 240_000 }, async () => {
    const eslint = eslintFor(dir);
    const results = await eslint.lintFiles(collectFiles([dir], REPO_ROOT).files);
    const candidates: Candidate[] = results.flatMap(result =>
      result.messages.flatMap(message => [
        ...(message.fix ? [{ file: result.filePath, ruleId: message.ruleId!, line: message.line, label: 'autofix', edit: message.fix }] : []),
        ...(message.suggestions ?? []).map(suggestion => ({ file: result.filePath, ruleId: message.ruleId!, line: message.line, label: suggestion.desc, edit: suggestion.fix })),
      ]),
    );

    // One at a time.
    for (const candidate of candidates) {
      const where = `${path.relative(dir, candidate.file)}:${candidate.line} ${candidate.ruleId} (${candidate.label})`;
      const before = results.find(result => result.filePath === candidate.file)!;
      const text = applyEdit(fs.readFileSync(candidate.file, 'utf8'), candidate.edit);
      const [after] = await eslint.lintText(text, { filePath: candidate.file });
      expect(after!.messages.filter(message => message.fatal), where).toEqual([]);
      const beforeCounts = countByRule(before.messages);
      const afterCounts = countByRule(after!.messages);
      for (const [rule, count] of afterCounts) expect(count, `${where}: no new ${rule}`).toBeLessThanOrEqual(beforeCounts.get(rule) ?? 0);
      expect(afterCounts.get(candidate.ruleId) ?? 0, `${where}: the finding is gone`).toBeLessThan(beforeCounts.get(candidate.ruleId) ?? 0);
      expect(typeCheck(tsconfigFor(candidate.file, dir)).errors(new Map([[candidate.file, text]])), where).toEqual([]);
    }

    // All together: ESLint's own autofix pass, then each remaining suggestion in turn.
    const fixer = eslintFor(dir, true);
    const combined = new Map<string, string>();
    for (const result of results.filter(result => result.messages.some(message => message.fix || message.suggestions?.length))) {
      const [fixed] = await fixer.lintFiles([result.filePath]);
      let text = fixed!.output ?? fs.readFileSync(result.filePath, 'utf8');
      for (let round = 0; round < result.messages.length; round++) {
        const [current] = await eslint.lintText(text, { filePath: result.filePath });
        const next = current!.messages.find(message => message.suggestions?.length);
        if (!next) break;
        text = applyEdit(text, next.suggestions![0]!.fix);
      }
      const [final] = await eslint.lintText(text, { filePath: result.filePath });
      const where = path.relative(dir, result.filePath);
      expect(final!.messages.filter(message => message.fatal), where).toEqual([]);
      const unfixable = countByRule(result.messages.filter(message => !message.fix && !message.suggestions?.length));
      for (const [rule, count] of countByRule(final!.messages)) expect(count, `${where}: ${rule} after all fixes`).toBeLessThanOrEqual(unfixable.get(rule) ?? 0);
      combined.set(result.filePath, text);
    }
    for (const config of new Set([...combined.keys()].map(file => tsconfigFor(file, dir)))) {
      const overrides = new Map([...combined].filter(([file]) => tsconfigFor(file, dir) === config));
      expect(typeCheck(config).errors(overrides), `all fixes together (${path.relative(dir, config)})`).toEqual([]);
    }
  });
});
