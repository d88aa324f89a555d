import { appendFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { AuthHygieneApi } from '../../src/client/extension.js';

export const EXTENSION_ID = 'auth-hygiene.vscode-auth-hygiene';
export const SOURCE = 'auth-hygiene';

export const workspaceRoot = (): vscode.Uri => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return folder.uri;
};
export const fileUri = (relative: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), relative);

export async function api(): Promise<AuthHygieneApi> {
  const extension = vscode.extensions.getExtension<AuthHygieneApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

export const ourDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter(diagnostic => diagnostic.source === SOURCE);

export const ruleOf = (diagnostic: vscode.Diagnostic): string =>
  typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);

export const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

/** Polls instead of sleeping: the first lint includes server start-up. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const diagnostics = ourDiagnostics(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  });
}

/** The workbench sometimes cancels provider calls while it is still settling: retry those. */
export async function retryCanceled<T>(run: () => Thenable<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= 10 || !String(error).includes('Canceled')) throw error;
      await sleep(200);
    }
  }
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await retryCanceled(() =>
    vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind),
  );
  return actions.filter((action): action is vscode.CodeAction => 'title' in action && ('edit' in action || 'kind' in action));
}

export async function configure(section: string, value: unknown): Promise<void> {
  const [head, ...rest] = section.split('.');
  await vscode.workspace.getConfiguration(head).update(rest.join('.'), value, vscode.ConfigurationTarget.Global);
}

/** Appends one measurement to the runner's results file (JSON lines). */
export function recordResult(name: string, value: unknown): void {
  const file = process.env.AUTH_HYGIENE_RESULTS;
  if (file) appendFileSync(file, `${JSON.stringify({ name, value })}\n`);
}
