import * as vscode from 'vscode';
import type { StatusParams } from '../shared/protocol.js';

/**
 * The language status item: preset, mode and the last lint time of the active
 * file. Like vscode-eslint's, it turns into a warning when a lint runs over
 * `authHygiene.timeBudgetMs`.
 */
export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly byUri = new Map<string, StatusParams>();
  private readonly listener: vscode.Disposable;

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('authHygiene.status', selector);
    this.item.name = 'Auth Hygiene';
    this.item.text = 'Auth Hygiene';
    this.item.command = { title: 'Show Output', command: 'authHygiene.showOutput' };
    this.listener = vscode.window.onDidChangeActiveTextEditor(() => this.render());
  }

  /** The last status the server sent for a document. */
  statusFor(uri: string): StatusParams | undefined {
    return this.byUri.get(uri);
  }

  update(params: StatusParams): void {
    this.byUri.set(params.uri, params);
    this.render();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri === undefined ? undefined : this.byUri.get(uri);
    if (!status) return;
    const time = status.lintMs === undefined ? '' : ` · ${Math.round(status.lintMs)} ms`;
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    this.item.busy = false;
    switch (status.state) {
      case 'deferred':
        this.item.text = 'Auth Hygiene: deferred to ESLint';
        this.item.detail = 'The ESLint extension already runs auth-hygiene rules here (authHygiene.mode = auto).';
        break;
      case 'off':
        this.item.text = 'Auth Hygiene: off';
        this.item.detail = 'authHygiene.mode = off';
        break;
      case 'error':
        this.item.text = 'Auth Hygiene: error';
        this.item.detail = status.detail ?? 'See the output.';
        this.item.severity = vscode.LanguageStatusSeverity.Error;
        break;
      case 'slow':
        this.item.text = `Auth Hygiene${time}`;
        this.item.detail = `Linting took longer than authHygiene.timeBudgetMs (${status.preset}, mode ${status.mode}).`;
        this.item.severity = vscode.LanguageStatusSeverity.Warning;
        break;
      case 'ok':
        this.item.text = `Auth Hygiene${time}`;
        this.item.detail = `${status.preset} preset · mode ${status.mode}`;
        break;
    }
  }

  dispose(): void {
    this.listener.dispose();
    this.item.dispose();
  }
}
