import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_DIR, REPO_ROOT } from './paths.js';

const EXTENSION_DIR = path.join(REPO_ROOT, 'packages/vscode-extension');
const SERVER = path.join(EXTENSION_DIR, 'dist/server.cjs');
const SESSION_SCRIPT = path.join(EXTENSION_DIR, 'scripts/lsp-session.mjs');
const PER_FILE_TIMEOUT_MS = 15_000;

interface LspSession {
  connection: { sendNotification(method: string, params: unknown): Promise<void> };
  nextDiagnostics(uri: string, version?: number): Promise<{ diagnostics: unknown[] }>;
  close(): Promise<void>;
}

export type LanguageServerMemory =
  | { skipped: string }
  | { files: number; timedOut: number; diagnostics: number; seconds: number; peakRssMb: number; finalRssMb: number };

const LANGUAGE_IDS: Record<string, string> = { '.ts': 'typescript', '.tsx': 'typescriptreact', '.js': 'javascript', '.mjs': 'javascript', '.jsx': 'javascriptreact' };

/** The language server's process: our child running dist/server.cjs. */
function serverPid(): number | null {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('server.cjs')) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}

function memoryMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/**
 * Drives the VS Code extension's language server over stdio (its own
 * scripts/lsp-session.mjs client): opens every corpus file, waits for its
 * diagnostics, then reads the server's peak resident memory (Linux /proc).
 */
export async function measureLanguageServer(files: readonly string[]): Promise<LanguageServerMemory> {
  if (!fs.existsSync(SERVER) || !fs.existsSync(SESSION_SCRIPT)) return { skipped: 'packages/vscode-extension/dist/server.cjs is not built' };
  if (!fs.existsSync('/proc/self/status')) return { skipped: 'needs /proc to read the server process memory' };
  const { startLspSession } = (await import(pathToFileURL(SESSION_SCRIPT).href)) as { startLspSession(options: { workspace: string }): Promise<LspSession> };
  const session = await startLspSession({ workspace: CORPUS_DIR });
  const pid = serverPid();
  if (pid === null) {
    await session.close();
    return { skipped: 'could not find the language server process' };
  }
  const started = performance.now();
  let timedOut = 0;
  let diagnostics = 0;
  for (const file of files) {
    const uri = pathToFileURL(file).href;
    const published = session.nextDiagnostics(uri);
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: LANGUAGE_IDS[path.extname(file)] ?? 'javascript', version: 1, text: fs.readFileSync(file, 'utf8') },
    });
    const result = await Promise.race([published, new Promise<null>(resolve => setTimeout(resolve, PER_FILE_TIMEOUT_MS, null))]);
    if (result) diagnostics += result.diagnostics.length;
    else timedOut++;
  }
  const seconds = (performance.now() - started) / 1000;
  const memory = { peakRssMb: memoryMb(pid, 'VmHWM'), finalRssMb: memoryMb(pid, 'VmRSS') };
  await session.close();
  return { files: files.length, timedOut, diagnostics, seconds: Math.round(seconds), ...memory };
}
