// A minimal LSP client over stdio for scripts: spawns dist/server.cjs --stdio
// and speaks JSON-RPC with it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export async function startLspSession({ workspace, settings = {}, initializationOptions = {}, pullConfiguration = true }) {
  const child = spawn(process.execPath, [path.join(root, 'dist/server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnosticWaiters = [];
  const diagnosticListeners = [];
  connection.onNotification('textDocument/publishDiagnostics', params => {
    for (const listener of diagnosticListeners) listener(params);
    for (const waiter of diagnosticWaiters.splice(0)) waiter(params);
  });
  connection.onRequest('workspace/configuration', params => params.items.map(item => (item.section === 'authHygiene' ? settings : {})));
  connection.onNotification('window/logMessage', () => {});
  connection.onNotification('authHygiene/status', () => {});
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
    capabilities: { workspace: { configuration: pullConfiguration }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    open(uri, text, languageId = 'typescript') {
      return connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    /** Replaces the whole text, as a client with full sync would. */
    change(uri, version, text) {
      return connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    onDiagnostics(listener) {
      diagnosticListeners.push(listener);
    },
    /** Resolves with the next publishDiagnostics for `uri` (and `version`, when given). */
    nextDiagnostics(uri, version) {
      return new Promise(resolve => {
        const wait = params => {
          if (params.uri === uri && (version === undefined || params.version === version)) resolve(params);
          else diagnosticWaiters.push(wait);
        };
        diagnosticWaiters.push(wait);
      });
    },
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      child.kill();
    },
  };
}
