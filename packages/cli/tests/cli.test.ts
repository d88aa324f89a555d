import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { copyFixture, findings, FIXTURES_DIR, runCli, scratchDir } from './helpers.js';

const PLUGIN_URL = pathToFileURL(createRequire(import.meta.url).resolve('eslint-plugin-auth-hygiene')).href;
const BETTER_AUTH = path.join(FIXTURES_DIR, 'better-auth/vulnerable');

describe('usage', () => {
  it('prints help that warns --use-eslint-config executes the project config', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--use-eslint-config[\s\S]*executes that config/);
  });

  it.each([
    [['--format', 'xml'], /--format must be one of stylish, json, sarif, github/],
    [['--preset', 'all'], /--preset must be one of recommended, strict/],
    [['--max-warnings', 'many'], /--max-warnings must be a non-negative integer/],
    [['--concurrency', '0'], /--concurrency must be at least 1/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['no/such/dir'], /No such file or directory: no\/such\/dir/],
    [['..'], /outside the current directory/],
    [['--settings', 'x.json', '--use-eslint-config'], /cannot be combined/],
    [['--baseline', 'missing-baseline.json', 'test-fixtures/pages-v4/fixed'], /Baseline missing-baseline.json does not exist/],
  ])('exits 2 with a message for %j', async (args, message) => {
    const { code, stderr, stdout } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  it('rejects a --settings file that does not match the settings schema, naming the file', async () => {
    const dir = scratchDir({ 'settings.json': JSON.stringify({ authBasePath: 'no-leading-slash' }), 'a.ts': 'export {};\n' });
    const { code, stderr } = await runCli(['--settings', 'settings.json', '.'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain(path.join(dir, 'settings.json'));
    expect(stderr).toContain('authBasePath');
  });

  it('rejects an invalid "auth-hygiene" key in a package.json', async () => {
    const dir = scratchDir({ 'package.json': JSON.stringify({ name: 'x', 'auth-hygiene': { verifiers: 'getUser' } }), 'a.ts': 'export {};\n' });
    const { code, stderr } = await runCli(['.'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/package\.json "auth-hygiene".*verifiers/);
  });

  it('rejects a --settings file that is not JSON', async () => {
    const dir = scratchDir({ 'settings.json': '{ nope', 'a.ts': 'export {};\n' });
    const { code, stderr } = await runCli(['--settings', 'settings.json'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/settings\.json is not valid JSON/);
  });
});

describe('gate', () => {
  it('fails a vulnerable app with exit 1 and a summary of files, findings by rule, and time', async () => {
    const { code, stdout, stderr } = await runCli(['test-fixtures/pages-v4/vulnerable']);
    expect(code).toBe(1);
    expect(stdout).toContain('auth-hygiene/');
    expect(stderr).toMatch(/^auth-hygiene: \d+ files, \d+ findings \(\d+ errors?, \d+ warnings?\): [a-z-]+ \d+.* \(\d+\.\d\ds\)\n$/);
  });

  it('passes a fixed app with exit 0', async () => {
    const { code, stdout, stderr } = await runCli(['test-fixtures/pages-v4/fixed']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^auth-hygiene: \d+ files, no findings \(\d+\.\d\ds\)\n$/);
  });

  it('reports a file that does not parse with its location, and lints the other files', async () => {
    const dir = scratchDir({
      'app/broken.ts': 'export const ok = 1;\nexport function f( {\n',
      'app/fine.ts': 'export const fine = true;\n',
    });
    const { code, stdout, stderr } = await runCli(['--format', 'json', '.'], { cwd: dir });
    expect(code).toBe(1);
    expect(findings(stdout, dir)).toEqual([{ ruleId: 'parse-error', file: 'app/broken.ts', line: 3 }]);
    expect((JSON.parse(stdout) as unknown[]).length).toBe(2);
    expect(stderr).toContain('parse-error 1');
  });

  it('writes the report to --output (creating its folder) and nothing to stdout', async () => {
    const dir = copyFixture(BETTER_AUTH);
    const { code, stdout } = await runCli(['--format', 'json', '--output', 'reports/auth.json', '.'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(findings(fs.readFileSync(path.join(dir, 'reports/auth.json'), 'utf8'), dir).length).toBeGreaterThan(0);
  });

  it('colours stylish output with --color and never with --no-color', async () => {
    const ansi = '\u001b[';
    expect((await runCli(['--color', 'test-fixtures/better-auth/vulnerable'])).stdout).toContain(ansi);
    expect((await runCli(['--no-color', 'test-fixtures/better-auth/vulnerable'], { tty: true })).stdout).not.toContain(ansi);
  });

  it('prints GitHub workflow commands with --format github', async () => {
    const { stdout } = await runCli(['--format', 'github', 'test-fixtures/better-auth/vulnerable']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning) file=test-fixtures\/better-auth\/vulnerable\/[^,]+,line=\d+,col=\d+(,endLine=\d+,endColumn=\d+)?,title=auth-hygiene\/[a-z-]+::\S/);
    }
  });
});

describe('files', () => {
  it('respects .gitignore files (root, nested, re-included) and always skips node_modules, .next, dist, build and out', async () => {
    const broken = 'export const = ;\n';
    const dir = scratchDir({
      '.gitignore': 'generated/\n*.gen.ts\n',
      'src/.gitignore': 'legacy.ts\n!kept.gen.ts\n',
      'src/ok.ts': 'export const ok = true;\n',
      'src/kept.gen.ts': 'export const kept = true;\n',
      'src/legacy.ts': broken,
      'src/api.gen.ts': broken,
      'generated/client.ts': broken,
      'node_modules/pkg/index.js': broken,
      '.next/server/page.js': broken,
      'dist/index.js': broken,
      'build/index.js': broken,
      'out/index.js': broken,
      'packages/a/dist/index.js': broken,
    });
    fs.mkdirSync(path.join(dir, '.git'));
    const { code, stdout, stderr } = await runCli(['--format', 'json', '.'], { cwd: dir });
    expect(stderr).toMatch(/^auth-hygiene: 2 files, no findings/);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { filePath: string }[]).map(result => path.relative(dir, result.filePath))).toEqual([
      path.join('src', 'kept.gen.ts'),
      path.join('src', 'ok.ts'),
    ]);
  });

  it('lints next.config.* files', async () => {
    const dir = scratchDir({ 'next.config.mjs': 'export default { headers( };\n' });
    const { stdout } = await runCli(['--format', 'json', '.'], { cwd: dir });
    expect(findings(stdout, dir)).toEqual([{ ruleId: 'parse-error', file: 'next.config.mjs', line: 1 }]);
  });
});

describe('progress', () => {
  const project = 'test-fixtures/supabase/fixed';

  it('shows a progress bar with a file count on a terminal', async () => {
    const { stderr } = await runCli([project], { tty: true, env: {} });
    expect(stderr).toMatch(/\r\[[#-]{24}\] \d+\/\d+ files/);
    expect(stderr).toContain('<clear>');
  });

  it.each([
    ['when output is piped', { tty: false, env: {} }],
    ['when CI=true', { tty: true, env: { CI: 'true' } }],
  ])('shows none %s', async (_, options) => {
    const { stderr } = await runCli([project], options);
    expect(stderr).not.toContain('\r');
    expect(stderr).toMatch(/^auth-hygiene: \d+ files, no findings/);
  });
});

describe('settings', () => {
  const WEB = path.join(FIXTURES_DIR, 'monorepo/vulnerable/apps/web');

  it('applies a package.json "auth-hygiene" key to its package, and --settings without one', async () => {
    const dir = copyFixture(WEB);
    const pkgFile = path.join(dir, 'package.json');
    const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as Record<string, unknown>;
    const own = pkg['auth-hygiene'];

    const withKey = await runCli(['--format', 'json', '.'], { cwd: dir });
    const flagged = findings(withKey.stdout, dir);
    expect(flagged.map(finding => finding.file)).toContain('app/api/profile/route.ts');

    delete pkg['auth-hygiene'];
    fs.writeFileSync(pkgFile, JSON.stringify(pkg));
    const without = await runCli(['--format', 'json', '.'], { cwd: dir });
    expect(findings(without.stdout, dir).map(finding => finding.file)).not.toContain('app/api/profile/route.ts');

    fs.writeFileSync(path.join(dir, 'team-settings.json'), JSON.stringify(own));
    const fromFile = await runCli(['--format', 'json', '--settings', 'team-settings.json', '.'], { cwd: dir });
    expect(findings(fromFile.stdout, dir)).toEqual(flagged);
  });
});

describe('--use-eslint-config, --max-warnings and --quiet', () => {
  function projectWithWarnConfig(): string {
    const dir = copyFixture(BETTER_AUTH);
    fs.writeFileSync(
      path.join(dir, 'eslint.config.mjs'),
      `import plugin from ${JSON.stringify(PLUGIN_URL)};
const recommended = plugin.configs.recommended;
export default [
  { ...recommended, rules: Object.fromEntries(Object.keys(recommended.rules).map(rule => [rule, 'warn'])) },
];
`,
    );
    return dir;
  }

  it('runs through the project config: its severities decide the gate', async () => {
    const dir = projectWithWarnConfig();
    const lenient = await runCli(['--use-eslint-config', '.'], { cwd: dir });
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/\(0 errors, [1-9]\d* warnings?\)/);

    const strict = await runCli(['--use-eslint-config', '--max-warnings', '0', '.'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/too many warnings \(\d+, maximum 0\)/);

    const quiet = await runCli(['--use-eslint-config', '--quiet', '--format', 'json', '.'], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(findings(quiet.stdout, dir)).toEqual([]);
    expect(quiet.stderr).not.toContain('enables no auth-hygiene rule');
  });

  it('warns when the project config does not enable the plugin', async () => {
    const dir = scratchDir({ 'eslint.config.mjs': 'export default [];\n', 'app/page.ts': 'export const page = 1;\n' });
    const { code, stderr } = await runCli(['--use-eslint-config', '.'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toContain("the project's ESLint config enables no auth-hygiene rule for app/page.ts");
  });
});

describe('--fix', () => {
  it('applies autofixes only: files whose findings have only suggestions stay byte-identical', async () => {
    const dir = copyFixture(path.join(FIXTURES_DIR, 'next-v5-swr/vulnerable'));
    const before = JSON.parse((await runCli(['--format', 'json', '--preset', 'strict', '.'], { cwd: dir })).stdout) as {
      filePath: string;
      source?: string;
      messages: { fix?: unknown; ruleId: string | null }[];
    }[];
    const suggestionOnly = before.filter(result => result.messages.length > 0 && result.messages.every(message => !message.fix));
    const snapshots = new Map(suggestionOnly.map(result => [result.filePath, fs.readFileSync(result.filePath, 'utf8')]));

    await runCli(['--fix', '--preset', 'strict', '.'], { cwd: dir });
    for (const [file, text] of snapshots) expect(fs.readFileSync(file, 'utf8')).toBe(text);

    const after = JSON.parse((await runCli(['--format', 'json', '--preset', 'strict', '.'], { cwd: dir })).stdout) as typeof before;
    expect(after.flatMap(result => result.messages).filter(message => message.fix)).toEqual([]);
  });
});
