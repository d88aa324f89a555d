import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ESLint } from 'eslint';
import { onTestFinished } from 'vitest';
import { run } from '../src/run.js';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const FIXTURES_DIR = path.join(REPO_ROOT, 'test-fixtures');
export const BIN = path.join(REPO_ROOT, 'packages/cli/bin/auth-hygiene.js');

export interface Variant {
  /** e.g. "pages-v4/vulnerable" */
  name: string;
  dir: string;
}

/** Every fixture variant: test-fixtures/<app>/<variant>/ with a package.json. */
export function fixtureVariants(): Variant[] {
  return fs
    .readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter(app => app.isDirectory())
    .flatMap(app =>
      fs
        .readdirSync(path.join(FIXTURES_DIR, app.name), { withFileTypes: true })
        .filter(variant => variant.isDirectory() && fs.existsSync(path.join(FIXTURES_DIR, app.name, variant.name, 'package.json')))
        .map(variant => ({ name: `${app.name}/${variant.name}`, dir: path.join(FIXTURES_DIR, app.name, variant.name) })),
    )
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** A writable stream stand-in that records what was written. */
class Capture {
  text = '';
  constructor(readonly isTTY: boolean) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
  clearLine(): boolean {
    this.text += '<clear>';
    return true;
  }
  cursorTo(): boolean {
    return true;
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process (from source), capturing its output. */
export async function runCli(
  args: readonly string[],
  { cwd = REPO_ROOT, env = { CI: 'true' }, tty = false }: { cwd?: string; env?: NodeJS.ProcessEnv; tty?: boolean } = {},
): Promise<CliRun> {
  const stdout = new Capture(tty);
  const stderr = new Capture(tty);
  const code = await run(args, {
    cwd,
    env,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Runs the built CLI in a child process, as CI does. */
export async function runBin(args: readonly string[], cwd: string): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, CI: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout: string; stderr: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

export interface Finding {
  ruleId: string;
  file: string;
  line: number;
}

/** The findings in ESLint JSON output as rule/file/line, files relative to `base`, in a stable order. */
export function findings(json: string, base: string): Finding[] {
  return (JSON.parse(json) as ESLint.LintResult[])
    .flatMap(result =>
      result.messages.map(message => ({
        ruleId: message.ruleId ?? 'parse-error',
        file: path.relative(base, result.filePath).split(path.sep).join('/'),
        line: message.line,
      })),
    )
    .sort((a, b) => (a.file === b.file ? a.line - b.line || (a.ruleId < b.ruleId ? -1 : 1) : a.file < b.file ? -1 : 1));
}

/** A scratch directory, removed when the current test finishes. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'auth-hygiene-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A scratch copy of a fixture variant (or of all of them), without node_modules. */
export function copyFixture(variantDir: string): string {
  const target = tempDir();
  fs.cpSync(variantDir, target, { recursive: true, filter: source => path.basename(source) !== 'node_modules' });
  return target;
}

export function scratchDir(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
