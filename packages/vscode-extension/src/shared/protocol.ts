/** Messages between the extension client and the language server, beyond plain LSP. */

/** Server → client: how the last lint of a document went, for the language status item. */
export const STATUS_NOTIFICATION = 'authHygiene/status';

export type LintState = 'ok' | 'slow' | 'deferred' | 'off' | 'error';

export interface StatusParams {
  uri: string;
  state: LintState;
  preset: string;
  mode: string;
  /** Wall time of the last lint, when one ran. */
  lintMs?: number;
  lintCpuMs?: number;
  detail?: string;
}

/**
 * Client → server: editor facts that LSP has no message for. A client that
 * never sends it (Neovim, Helix) gets the safe defaults: untrusted, no ESLint
 * extension next to us.
 */
export const CLIENT_STATE_NOTIFICATION = 'authHygiene/clientState';

export interface ClientState {
  workspaceTrusted: boolean;
  eslintExtensionActive: boolean;
}

/** Server-side commands (workspace/executeCommand), usable from any LSP client. */
export const SERVER_COMMANDS = {
  scanWorkspace: 'authHygiene.server.scanWorkspace',
  showDocumentation: 'authHygiene.server.showDocumentation',
} as const;

export interface ScanResult {
  files: number;
  filesWithProblems: number;
  problems: number;
  cancelled: boolean;
  ms: number;
}
