/**
 * auth-hygiene-language-server: `--stdio`, `--node-ipc` or `--socket=<port>`,
 * as vscode-languageserver reads them from the command line.
 */
import { startServer } from './server.js';

startServer();
