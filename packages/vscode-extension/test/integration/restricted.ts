import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { api, fileUri, ourDiagnostics, ruleOf, waitFor, waitForDiagnostics } from './helpers.js';

const ROUTE = 'app/api/auth/session/route.ts';
/** Written by the fixture's eslint.config.mjs if anything ever executes it. */
const MARKER = 'eslint-config-was-executed';

describe('Auth Hygiene in an untrusted workspace', function () {
  this.timeout(60_000);

  it('runs in restricted mode, where the ESLint extension (a stub with its id) is disabled', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.equal(vscode.extensions.getExtension('dbaeumer.vscode-eslint'), undefined);
  });

  it('lints with the bundled rules: with ESLint not running, mode auto does not defer', async () => {
    const document = await vscode.workspace.openTextDocument(fileUri(ROUTE));
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, found => found.some(diagnostic => ruleOf(diagnostic) === 'auth-hygiene/no-unverified-session-cache'), 'the cache finding');
    const status = await waitFor('a status', async () => (await api()).statusFor(document.uri));
    assert.equal(status.state, 'ok');
  });

  it('never executes the workspace ESLint config, even with useWorkspaceEslintConfig on', async () => {
    assert.equal(vscode.workspace.getConfiguration('authHygiene').get('useWorkspaceEslintConfig'), true);
    const result = await vscode.commands.executeCommand<{ files: number }>('authHygiene.scanWorkspace');
    assert.ok(result.files > 0);
    assert.ok(ourDiagnostics(fileUri(ROUTE)).length > 0);
    // ESLint and the plugin resolve from this workspace: only the trust check keeps the config from running.
    assert.equal(existsSync(fileUri(MARKER).fsPath), false, 'eslint.config.mjs must not run in an untrusted workspace');
  });
});
