import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  api,
  codeActions,
  configure,
  fileUri,
  ourDiagnostics,
  recordResult,
  ruleOf,
  sleep,
  waitFor,
  waitForDiagnostics,
} from './helpers.js';

const ROUTE = 'app/api/auth/session/route.ts';
const CACHE_RULE = 'auth-hygiene/no-unverified-session-cache';
const CONTRACT_RULE = 'auth-hygiene/session-endpoint-contract';
const SHADOW_RULE = 'auth-hygiene/no-shadowed-auth-route';
const docsUrl = (rule: string): string =>
  `https://github.com/auth-hygiene/auth-hygiene/blob/main/packages/eslint-plugin/docs/rules/${rule.replace('auth-hygiene/', '')}.md`;

const summary = (diagnostic: vscode.Diagnostic) => ({
  rule: ruleOf(diagnostic),
  range: [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character],
  severity: vscode.DiagnosticSeverity[diagnostic.severity],
  docs: typeof diagnostic.code === 'object' ? diagnostic.code.target.toString() : undefined,
});

async function openRoute(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileUri(ROUTE));
  return vscode.window.showTextDocument(document);
}

/** The fixture files as the runner copied them, read before any test edits them. */
const pristine = new Map<string, string>();

async function restore(document: vscode.TextDocument): Promise<void> {
  const text = pristine.get(document.uri.fsPath);
  if (text === undefined) return;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  await vscode.workspace.applyEdit(edit);
  await document.save();
}

const has = (rule: string) => (found: vscode.Diagnostic[]) => found.some(diagnostic => ruleOf(diagnostic) === rule);
const lacks = (rule: string) => (found: vscode.Diagnostic[]) => !has(rule)(found);

const cacheFinding = (uri: vscode.Uri) =>
  waitForDiagnostics(uri, diagnostics => diagnostics.some(diagnostic => ruleOf(diagnostic) === CACHE_RULE), 'the cache finding').then(
    diagnostics => diagnostics.find(diagnostic => ruleOf(diagnostic) === CACHE_RULE)!,
  );

describe('Auth Hygiene in a trusted workspace', function () {
  this.timeout(60_000);

  // Each test starts from the fixture text, whatever the previous one left.
  afterEach(async () => {
    for (const document of vscode.workspace.textDocuments.filter(document => document.uri.scheme === 'file')) {
      if (document.isDirty || document.getText() !== pristine.get(document.uri.fsPath)) await restore(document);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  before(() => {
    const route = fileUri(ROUTE).fsPath;
    pristine.set(route, readFileSync(route, 'utf8'));
  });

  it('activates lazily and quickly', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(extension.isActive, false, 'nothing should activate it before a JS/TS file opens');
    // Let the workbench finish starting up, so the measurement is ours alone.
    await sleep(3000);
    const started = performance.now();
    const activated = await extension.activate();
    const ms = performance.now() - started;
    recordResult('activationMs', { hostCall: ms, ...activated.activation });
    console.log(`activation: ${ms.toFixed(1)} ms through the extension host; ${JSON.stringify(activated.activation)} inside the extension`);
  });

  it('reports the seed route on open, with rule codes, docs links and precise ranges', async () => {
    const editor = await openRoute();
    const known = [SHADOW_RULE, CACHE_RULE, CONTRACT_RULE];
    const diagnostics = await waitForDiagnostics(editor.document.uri, found => known.every(rule => has(rule)(found)), 'the seed findings');
    // Every finding, whichever rules exist by now, carries its rule and docs link.
    for (const diagnostic of diagnostics) assert.equal(summary(diagnostic).docs, docsUrl(ruleOf(diagnostic)));
    // The seed's own bug, exactly: the cached session returned before verification.
    assert.deepEqual(diagnostics.filter(diagnostic => ruleOf(diagnostic) === CACHE_RULE).map(summary), [
      { rule: CACHE_RULE, range: [10, 25, 10, 55], severity: 'Error', docs: docsUrl(CACHE_RULE) },
    ]);
    const status = await waitFor('the status item', async () => (await api()).statusFor(editor.document.uri));
    assert.equal(status.state, 'ok');
    assert.equal(status.preset, 'recommended');
    assert.ok(typeof status.lintMs === 'number');
  });

  it('re-lints on change (the debounce itself is tested over stdio: here each edit is a round trip to the window)', async () => {
    const editor = await openRoute();
    const uri = editor.document.uri;
    await cacheFinding(uri);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(10, 0), `    // eslint-disable-next-line ${CACHE_RULE}\n`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(uri, found => lacks(CACHE_RULE)(found) && has(CONTRACT_RULE)(found), 'only the silenced finding to go');
  });

  it('the status turns into a warning when a lint exceeds authHygiene.timeBudgetMs', async () => {
    const editor = await openRoute();
    const uri = editor.document.uri;
    await cacheFinding(uri);
    const budget = vscode.workspace.getConfiguration('authHygiene').get<number>('timeBudgetMs');
    await configure('authHygiene.timeBudgetMs', 1);
    try {
      await waitFor('the slow status', async () => (await api()).statusFor(uri)?.state === 'slow');
    } finally {
      await configure('authHygiene.timeBudgetMs', budget);
    }
    await waitFor('the status back to ok', async () => (await api()).statusFor(uri)?.state === 'ok');
  });

  it('offers the suggestion, the disable comments and the docs as quick fixes', async () => {
    const editor = await openRoute();
    const finding = await cacheFinding(editor.document.uri);
    const actions = await codeActions(editor.document.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const ours = actions.filter(action => action.title.includes(CACHE_RULE));
    assert.deepEqual(
      ours.map(action => action.title),
      [
        `Verify the session with getServerSession() and return early before reading the cache. (${CACHE_RULE})`,
        `Disable ${CACHE_RULE} for this line`,
        `Disable ${CACHE_RULE} for the entire file`,
        `Show documentation for ${CACHE_RULE}`,
      ],
    );
    assert.deepEqual(ours[3]!.command?.arguments, [docsUrl(CACHE_RULE)]);
  });

  it('the suggestion verifies the session before the cache read', async () => {
    const editor = await openRoute();
    const uri = editor.document.uri;
    const finding = await cacheFinding(uri);
    const [suggestion] = (await codeActions(uri, finding.range, vscode.CodeActionKind.QuickFix.value)).filter(action =>
      action.title.startsWith('Verify the session'),
    );
    assert.ok(await vscode.workspace.applyEdit(suggestion!.edit!));
    const text = editor.document.getText();
    assert.match(text, /if \(sessionToken\) \{\n {4}const verifiedSession = await getServerSession\(authOptions\);\n {4}if \(!verifiedSession\) \{\n/);
    await waitForDiagnostics(uri, lacks(CACHE_RULE), 'the finding to go');
  });

  it('"Disable for this line" inserts an indented directive above the finding', async () => {
    const editor = await openRoute();
    const uri = editor.document.uri;
    const finding = await cacheFinding(uri);
    const [action] = (await codeActions(uri, finding.range)).filter(candidate => candidate.title === `Disable ${CACHE_RULE} for this line`);
    assert.ok(await vscode.workspace.applyEdit(action!.edit!));
    assert.equal(editor.document.lineAt(10).text, `    // eslint-disable-next-line ${CACHE_RULE}`);
    await waitForDiagnostics(uri, found => lacks(CACHE_RULE)(found) && has(CONTRACT_RULE)(found), 'only that finding to go');
  });

  it('"Disable for the entire file" adds a file directive at the top', async () => {
    const editor = await openRoute();
    const uri = editor.document.uri;
    const finding = await cacheFinding(uri);
    const [action] = (await codeActions(uri, finding.range)).filter(candidate => candidate.title === `Disable ${CACHE_RULE} for the entire file`);
    assert.ok(await vscode.workspace.applyEdit(action!.edit!));
    assert.equal(editor.document.lineAt(0).text, `/* eslint-disable ${CACHE_RULE} */`);
    await waitForDiagnostics(uri, found => lacks(CACHE_RULE)(found) && has(CONTRACT_RULE)(found), 'only that rule to go');
  });

  it('hovering a finding shows the rule\'s "why" and a docs link', async () => {
    const editor = await openRoute();
    const finding = await cacheFinding(editor.document.uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, finding.range.start);
    const text = hovers
      .flatMap(hover => hover.contents.map(content => (content instanceof vscode.MarkdownString ? content.value : String(content))))
      .join('\n');
    assert.match(text, /\*\*auth-hygiene\/no-unverified-session-cache\*\*\n\nA request handler that answers from a session cache/);
    assert.ok(text.includes(`[Documentation](${docsUrl(CACHE_RULE)})`));
  });

  it('source.fixAll.authHygiene on save applies autofixes only, never suggestions', async () => {
    // No bundled rule has an autofix for this file: the save must leave the suggestion unapplied.
    await configure('editor.codeActionsOnSave', { 'source.fixAll.authHygiene': 'explicit' });
    const editor = await openRoute();
    const uri = editor.document.uri;
    await cacheFinding(uri);
    const fixAll = await codeActions(uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.authHygiene');
    assert.deepEqual(fixAll, []);
    await editor.edit(builder => builder.insert(new vscode.Position(0, 0), '\n'));
    assert.ok(await editor.document.save());
    const onDisk = readFileSync(uri.fsPath, 'utf8');
    assert.equal(onDisk, editor.document.getText());
    assert.ok(onDisk.indexOf('getCachedSession(sessionToken)') < onDisk.indexOf('getServerSession(authOptions)'));
    await editor.edit(builder => builder.delete(new vscode.Range(0, 0, 1, 0)));
    await editor.document.save();
    await configure('editor.codeActionsOnSave', undefined);
  });

  it('applies authHygiene.rules overrides: off hides a rule, warn lowers its severity', async () => {
    const editor = await openRoute();
    const uri = editor.document.uri;
    await cacheFinding(uri);
    await configure('authHygiene.rules', { 'session-endpoint-contract': 'off', [SHADOW_RULE]: 'warn' });
    const severityOf = (found: vscode.Diagnostic[], rule: string) => found.find(diagnostic => ruleOf(diagnostic) === rule)?.severity;
    await waitForDiagnostics(
      uri,
      found => lacks(CONTRACT_RULE)(found) && severityOf(found, SHADOW_RULE) === vscode.DiagnosticSeverity.Warning && severityOf(found, CACHE_RULE) === vscode.DiagnosticSeverity.Error,
      'the overrides to apply',
    );
    await configure('authHygiene.rules', undefined);
    await waitForDiagnostics(uri, found => has(CONTRACT_RULE)(found) && severityOf(found, SHADOW_RULE) === vscode.DiagnosticSeverity.Error, 'the preset back');
  });

  it('with authHygiene.run = onSave, lints on save rather than on type', async () => {
    await configure('authHygiene.run', 'onSave');
    const editor = await openRoute();
    const uri = editor.document.uri;
    await cacheFinding(uri);
    await sleep(200);
    await editor.edit(builder => builder.insert(new vscode.Position(10, 0), `    // eslint-disable-next-line ${CACHE_RULE}\n`));
    await sleep(600);
    assert.ok(ourDiagnostics(uri).some(diagnostic => ruleOf(diagnostic) === CACHE_RULE), 'typing must not re-lint');
    await editor.document.save();
    await waitForDiagnostics(uri, lacks(CACHE_RULE), 'the save to re-lint');
    await editor.edit(builder => builder.delete(new vscode.Range(10, 0, 11, 0)));
    await editor.document.save();
    await configure('authHygiene.run', undefined);
    await cacheFinding(uri);
  });

  it('Scan Workspace lints every file, honouring .gitignore, files.exclude, node_modules and .next', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const expected = await vscode.workspace.findFiles('**/*.{ts,tsx,js,jsx,mjs,cjs}', '{**/node_modules/**,**/.next/**,generated/**,excluded/**}');
    const result = await vscode.commands.executeCommand<{ files: number; problems: number; filesWithProblems: number; cancelled: boolean }>(
      'authHygiene.scanWorkspace',
    );
    assert.equal(result.cancelled, false);
    assert.equal(result.files, expected.length);
    const reported = vscode.languages
      .getDiagnostics()
      .filter(([, diagnostics]) => diagnostics.some(diagnostic => diagnostic.source === 'auth-hygiene'))
      .map(([uri]) => vscode.workspace.asRelativePath(uri))
      .sort();
    assert.ok(reported.includes(ROUTE), `expected ${ROUTE} among ${reported.join(', ')}`);
    for (const file of reported) assert.doesNotMatch(file, /^(generated|excluded|node_modules|\.next)\//);
    assert.equal(result.problems, reported.reduce((sum, file) => sum + ourDiagnostics(fileUri(file)).length, 0));
  });

  it('a scan stops when its request is cancelled', async () => {
    const client = (await api()).client()!;
    const cancellation = new vscode.CancellationTokenSource();
    const pending = client.sendRequest('workspace/executeCommand', { command: 'authHygiene.server.scanWorkspace', arguments: [] }, cancellation.token);
    cancellation.cancel();
    const result = (await pending.catch((error: unknown) => ({ cancelled: String(error).includes('cancel') }))) as { cancelled: boolean };
    assert.equal(result.cancelled, true);
  });

  it("reads settings['auth-hygiene'] from the workspace ESLint config, which runs because the workspace is trusted", async () => {
    const config = fileUri('eslint.config.mjs');
    const marker = fileUri('eslint-config-was-executed');
    const editor = await openRoute();
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, has(SHADOW_RULE), 'the shadowed-route finding');
    // With the auth endpoints under /custom-auth, app/api/auth/session no longer shadows them.
    const source = [
      "import { writeFileSync } from 'node:fs';",
      "writeFileSync(new URL('./eslint-config-was-executed', import.meta.url), 'executed');",
      "export default [{ files: ['**/*.ts'], settings: { 'auth-hygiene': { authBasePath: '/custom-auth' } } }];",
    ].join('\n');
    await vscode.workspace.fs.writeFile(config, Buffer.from(source));
    try {
      await waitForDiagnostics(uri, found => lacks(SHADOW_RULE)(found) && has(CACHE_RULE)(found), 'the config settings to apply');
      assert.ok(existsSync(marker.fsPath));
    } finally {
      await vscode.workspace.fs.delete(config);
      await vscode.workspace.fs.delete(marker);
    }
    await waitForDiagnostics(uri, has(SHADOW_RULE), 'the default settings back');
  });

  it('mode auto defers to the ESLint extension once the workspace ESLint config enables auth-hygiene', async () => {
    assert.ok(vscode.extensions.getExtension('dbaeumer.vscode-eslint'), 'the runner installs a stub with the ESLint extension id');
    const config = fileUri('eslint.config.mjs');
    const editor = await openRoute();
    const uri = editor.document.uri;
    await cacheFinding(uri);
    await vscode.workspace.fs.writeFile(config, Buffer.from("import authHygiene from 'eslint-plugin-auth-hygiene';\nexport default [authHygiene.configs.recommended];\n"));
    try {
      await waitFor('the deferred status', async () => (await api()).statusFor(uri)?.state === 'deferred');
      assert.deepEqual(ourDiagnostics(uri), []);
      await configure('authHygiene.mode', 'always');
      await cacheFinding(uri);
    } finally {
      await configure('authHygiene.mode', undefined);
      await vscode.workspace.fs.delete(config);
    }
    await cacheFinding(uri);
  });

  it('Restart Server brings the findings back', async () => {
    await vscode.commands.executeCommand('authHygiene.restartServer');
    const editor = await openRoute();
    await waitFor('the restarted server to lint', async () => (await api()).client()?.isRunning() && has(CACHE_RULE)(ourDiagnostics(editor.document.uri)));
  });
});
