import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  WorkDoneProgress,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  CLIENT_STATE_NOTIFICATION,
  SERVER_COMMANDS,
  STATUS_NOTIFICATION,
  type ClientState,
  type ScanResult,
  type StatusParams,
} from '../shared/protocol.js';
import { StatusItem } from './status.js';

const ESLINT_EXTENSION_ID = 'dbaeumer.vscode-eslint';
const LANGUAGES = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'];

let client: LanguageClient | undefined;

/** Set by the bundle's first line (scripts/build.mjs); absent when the sources run unbundled. */
declare const __authHygieneLoadStart: number | undefined;
const moduleLoadMs = typeof __authHygieneLoadStart === 'number' ? performance.now() - __authHygieneLoadStart : undefined;

/** What the server cannot learn over LSP: trust, and whether the ESLint extension runs next to us. */
function clientState(): ClientState {
  const eslint = vscode.extensions.getExtension(ESLINT_EXTENSION_ID);
  const eslintEnabled = vscode.workspace.getConfiguration('eslint').get<boolean>('enable', true);
  return { workspaceTrusted: vscode.workspace.isTrusted, eslintExtensionActive: eslint !== undefined && eslintEnabled };
}

/** What activate() returns: for tests and for extensions that build on this one. */
export interface AuthHygieneApi {
  client(): LanguageClient | undefined;
  statusFor(uri: vscode.Uri): StatusParams | undefined;
  /** Milliseconds spent loading the bundle and in activate(), measured inside the extension host. */
  activation: { moduleLoadMs: number | undefined; activateMs: number };
}

export function activate(context: vscode.ExtensionContext): AuthHygieneApi {
  const activateStarted = performance.now();
  const output = vscode.window.createOutputChannel('Auth Hygiene', { log: true });
  const serverModule = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const documentSelector = LANGUAGES.flatMap(language => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    initializationOptions: clientState(),
    synchronize: {
      // Config files change which settings apply and whether ESLint already runs our rules.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{eslint.config.*,.gitignore}'),
    },
  };
  const status = new StatusItem(documentSelector);
  context.subscriptions.push(output, status);

  const start = async (): Promise<void> => {
    client = new LanguageClient('authHygiene', 'Auth Hygiene', serverOptions, clientOptions);
    client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.update(params));
    await client.start();
  };
  const sendState = (): void => void client?.sendNotification(CLIENT_STATE_NOTIFICATION, clientState());

  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(sendState),
    vscode.extensions.onDidChange(sendState),
    vscode.workspace.onDidChangeConfiguration(event => {
      if (event.affectsConfiguration('eslint.enable')) sendState();
    }),
    vscode.commands.registerCommand('authHygiene.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('authHygiene.restartServer', async () => {
      await client?.stop();
      await start();
    }),
    vscode.commands.registerCommand('authHygiene.scanWorkspace', () => scanWorkspace()),
    { dispose: () => void client?.stop() },
  );

  // Started off the activation path: activate() returns before the server process is up.
  void start().catch(error => output.appendLine(`Auth Hygiene: the server failed to start: ${String(error)}`));
  return {
    client: () => client,
    statusFor: uri => status.statusFor(uri.toString()),
    activation: { moduleLoadMs, activateMs: performance.now() - activateStarted },
  };
}

/** Runs the server's scan behind a cancellable notification that shows the file count. */
function scanWorkspace(): Thenable<ScanResult | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Auth Hygiene: scanning the workspace', cancellable: true },
    async (progress, cancellation) => {
      const running = client;
      if (!running) return undefined;
      const workDoneToken = randomUUID();
      let last = 0;
      const listener = running.onProgress(WorkDoneProgress.type, workDoneToken, value => {
        if (value.kind === 'end') return;
        const increment = value.percentage === undefined ? undefined : value.percentage - last;
        last = value.percentage ?? last;
        progress.report({ message: value.message, increment });
      });
      try {
        const result = (await running.sendRequest(
          ExecuteCommandRequest.type,
          { command: SERVER_COMMANDS.scanWorkspace, arguments: [], workDoneToken },
          cancellation,
        )) as ScanResult;
        const seconds = (result.ms / 1000).toFixed(1);
        const summary = `Auth Hygiene: ${result.problems} problem${result.problems === 1 ? '' : 's'} in ${result.filesWithProblems} of ${result.files} files (${seconds} s)`;
        void vscode.window.showInformationMessage(result.cancelled ? `${summary}; cancelled.` : `${summary}.`);
        return result;
      } finally {
        listener.dispose();
      }
    },
  );
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
