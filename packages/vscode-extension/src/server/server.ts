import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type WorkDoneProgressReporter,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import plugin from 'eslint-plugin-auth-hygiene';
import ruleDocsMarkdown from 'auth-hygiene:rule-docs';
import {
  CLIENT_STATE_NOTIFICATION,
  SERVER_COMMANDS,
  STATUS_NOTIFICATION,
  type ClientState,
  type ScanResult,
  type StatusParams,
} from '../shared/protocol.js';
import { FIX_ALL_KIND, quickFixes, wantsFixAll } from './code-actions.js';
import { ESLINT_CONFIG_FILES, configTextUsesPlugin, decideActivity, type Activity } from './coexistence.js';
import { isOwnFinding, messageRange, minimalEdit, toDiagnostic } from './convert.js';
import { startsInJsxChildren } from './jsx.js';
import { LintEngine, type LintOptions, type LintOutcome, type PresetPlugin } from './lint-engine.js';
import { firstParagraph, hoverMarkdown } from './rule-docs.js';
import { listLintableFiles } from './scan.js';
import { resolveEditorSettings, type EditorSettings } from './settings.js';
import { WorkspaceEslintSettings } from './workspace-config.js';

/** Typing pauses shorter than this are one edit: only the last version is linted. */
const DEBOUNCE_MS = 100;
const LANGUAGE_EXTENSIONS: Record<string, string> = {
  javascript: '.js',
  javascriptreact: '.jsx',
  typescript: '.ts',
  typescriptreact: '.tsx',
};

interface LintResult {
  version: number;
  outcome: LintOutcome;
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const engine = new LintEngine(plugin as unknown as PresetPlugin);
  const knownRules = engine.ruleIds();
  const workspaceEslint = new WorkspaceEslintSettings();
  const results = new Map<string, LintResult>();
  const timers = new Map<string, NodeJS.Timeout>();
  const settingsCache = new Map<string, Promise<EditorSettings>>();
  const pluginUseCache = new Map<string, boolean>();
  /** Files the workspace scan published diagnostics for: closing them keeps those. */
  const scanned = new Set<string>();
  const reported = new Set<string>();
  let folders: string[] = [];
  let clientState: ClientState = { workspaceTrusted: false, eslintExtensionActive: false };
  let pullsConfiguration = false;
  let registersConfiguration = false;
  let followsFolders = false;
  let pushedSettings: unknown;

  const log = (text: string): void => connection.console.log(text);
  /** Each distinct problem once per session, so a bad setting does not flood the output. */
  const logOnce = (text: string): void => {
    if (reported.has(text)) return;
    reported.add(text);
    connection.console.warn(text);
  };

  const filePath = (uri: string, languageId?: string): string => {
    if (uri.startsWith('file:')) return fileURLToPath(uri);
    // Untitled buffers still need an extension: it selects the parser options.
    return path.join(folders[0] ?? process.cwd(), `untitled${LANGUAGE_EXTENSIONS[languageId ?? ''] ?? '.ts'}`);
  };
  /** The deepest workspace folder holding the file is the project root the rules see. */
  const rootFor = (file: string): string =>
    folders.filter(folder => file === folder || file.startsWith(folder + path.sep)).sort((a, b) => b.length - a.length)[0] ??
    path.dirname(file);

  async function settingsFor(uri: string): Promise<EditorSettings> {
    let pending = settingsCache.get(uri);
    if (!pending) {
      pending = (async () => {
        const raw = pullsConfiguration
          ? await connection.workspace.getConfiguration({ scopeUri: uri, section: 'authHygiene' })
          : pushedSettings;
        const { settings, problems } = resolveEditorSettings(raw, knownRules);
        problems.forEach(logOnce);
        return settings;
      })();
      settingsCache.set(uri, pending);
    }
    return pending;
  }

  /** Read, never executed: whether the root's ESLint config enables this plugin. */
  function workspaceUsesPlugin(root: string): boolean {
    let uses = pluginUseCache.get(root);
    if (uses === undefined) {
      uses = ESLINT_CONFIG_FILES.some(name => {
        try {
          return configTextUsesPlugin(readFileSync(path.join(root, name), 'utf8'));
        } catch {
          return false;
        }
      });
      pluginUseCache.set(root, uses);
    }
    return uses;
  }

  function activityFor(settings: EditorSettings, root: string): Activity {
    return decideActivity(settings.mode, clientState.eslintExtensionActive, workspaceUsesPlugin(root));
  }

  async function lintOptions(settings: EditorSettings, root: string, file: string): Promise<LintOptions> {
    let shared: Record<string, unknown> = {};
    if (clientState.workspaceTrusted && settings.useWorkspaceEslintConfig) {
      const fromConfig = await workspaceEslint.read(root, file);
      if (fromConfig.error) logOnce(`useWorkspaceEslintConfig: ${fromConfig.error}`);
      shared = fromConfig.settings ?? {};
    }
    return { preset: settings.preset, rules: settings.rules, settings: { ...shared, ...settings.settings } };
  }

  function sendStatus(params: StatusParams): void {
    void connection.sendNotification(STATUS_NOTIFICATION, params);
  }

  function docsUrl(ruleId: string): string | undefined {
    return engine.ruleMeta(ruleId)?.url;
  }

  function toDiagnostics(outcome: LintOutcome): Diagnostic[] {
    return outcome.messages.filter(isOwnFinding).map(message => toDiagnostic(message, docsUrl(message.ruleId)));
  }

  /** Lints one text; shared by open documents and the workspace scan. */
  async function lintText(uri: string, text: string, languageId: string | undefined, settings: EditorSettings): Promise<LintOutcome> {
    const file = filePath(uri, languageId);
    const root = rootFor(file);
    const outcome = engine.lint(text, file, root, await lintOptions(settings, root, file));
    if (outcome.error) logOnce(`auth-hygiene: linting ${file} failed: ${outcome.error}`);
    return outcome;
  }

  /** Lints the document's current version and publishes, unless a newer version supersedes it meanwhile. */
  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const settings = await settingsFor(uri);
    const status = { uri, preset: settings.preset, mode: settings.mode };
    const activity = activityFor(settings, rootFor(filePath(uri, document.languageId)));
    if (activity !== 'lint') {
      results.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      sendStatus({ ...status, state: activity === 'defer' ? 'deferred' : 'off' });
      return;
    }
    const outcome = await lintText(uri, document.getText(), document.languageId, settings);
    if (documents.get(uri)?.version !== version) return;
    results.set(uri, { version, outcome });
    void connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(outcome) });
    const slow = outcome.ms > settings.timeBudgetMs;
    if (slow) logOnce(`auth-hygiene: linting ${filePath(uri)} took ${Math.round(outcome.ms)} ms, over the ${settings.timeBudgetMs} ms budget.`);
    sendStatus({
      ...status,
      state: outcome.error ? 'error' : slow ? 'slow' : 'ok',
      lintMs: outcome.ms,
      lintCpuMs: outcome.cpuMs,
      ...(outcome.error ? { detail: outcome.error } : {}),
    });
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        validate(uri).catch(error => logOnce(`auth-hygiene: ${String(error)}`));
      }, delay),
    );
  }

  function revalidateAll(): void {
    settingsCache.clear();
    pluginUseCache.clear();
    workspaceEslint.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  /** The lint result for exactly this version, linting now if the debounced run has not happened yet. */
  async function currentResult(document: TextDocument): Promise<LintResult | undefined> {
    const cached = results.get(document.uri);
    if (cached?.version === document.version) return cached;
    const settings = await settingsFor(document.uri);
    if (activityFor(settings, rootFor(filePath(document.uri, document.languageId))) !== 'lint') return undefined;
    const outcome = await lintText(document.uri, document.getText(), document.languageId, settings);
    return { version: document.version, outcome };
  }

  connection.onInitialize(params => {
    folders = (params.workspaceFolders ?? [])
      .map(folder => folder.uri)
      .filter(uri => uri.startsWith('file:'))
      .map(uri => fileURLToPath(uri));
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    registersConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    followsFolders = params.capabilities.workspace?.workspaceFolders === true;
    const options = (params.initializationOptions ?? {}) as Partial<ClientState> & { settings?: unknown };
    clientState = {
      workspaceTrusted: options.workspaceTrusted === true,
      eslintExtensionActive: options.eslintExtensionActive === true,
    };
    pushedSettings = options.settings;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'auth-hygiene-language-server', version: plugin.meta.version },
    };
  });

  connection.onInitialized(() => {
    if (registersConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'authHygiene' });
    if (followsFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.map(folder => folder.uri));
        const kept = folders.filter(folder => !gone.has(pathToUri(folder)));
        folders = [...kept, ...added.map(folder => folder.uri).filter(uri => uri.startsWith('file:')).map(uri => fileURLToPath(uri))];
        revalidateAll();
      });
    }
    log(`auth-hygiene language server: ${knownRules.size} rules, trusted=${clientState.workspaceTrusted}`);
  });

  connection.onDidChangeConfiguration(change => {
    if (!pullsConfiguration) pushedSettings = (change.settings as { authHygiene?: unknown } | undefined)?.authHygiene ?? pushedSettings;
    revalidateAll();
  });
  connection.onDidChangeWatchedFiles(() => revalidateAll());
  connection.onNotification(CLIENT_STATE_NOTIFICATION, (state: ClientState) => {
    clientState = state;
    revalidateAll();
  });

  /** TextDocuments follows each open with a content change, which must not lint a second time. */
  const justOpened = new Set<string>();
  documents.onDidOpen(({ document }) => {
    justOpened.add(document.uri);
    schedule(document.uri, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    if (justOpened.delete(document.uri)) return;
    void settingsFor(document.uri).then(settings => {
      if (settings.run === 'onType') schedule(document.uri, DEBOUNCE_MS);
    });
  });
  documents.onDidSave(({ document }) => schedule(document.uri, 0));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    results.delete(document.uri);
    if (!scanned.has(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction(async params => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    if (wantsFixAll(params.context.only)) {
      const settings = await settingsFor(document.uri);
      const file = filePath(document.uri, document.languageId);
      const root = rootFor(file);
      if (activityFor(settings, root) !== 'lint') return [];
      const fixed = engine.fixAll(document.getText(), file, root, await lintOptions(settings, root, file));
      const edit = minimalEdit(document, fixed);
      const action: CodeAction = { title: 'Fix all auto-fixable auth-hygiene problems', kind: FIX_ALL_KIND };
      if (edit) action.edit = { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [edit] }] };
      return edit ? [action] : [];
    }
    const result = await currentResult(document);
    if (!result) return [];
    const { sourceCode } = result.outcome;
    return quickFixes({
      document,
      messages: result.outcome.messages,
      diagnostics: params.context.diagnostics,
      docsUrl,
      inJsx: line => (sourceCode ? startsInJsxChildren(sourceCode, line) : false),
    });
  });

  connection.onHover(async params => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const result = results.get(document.uri);
    if (result?.version !== document.version) return null;
    const { line, character } = params.position;
    const hits = result.outcome.messages.filter(isOwnFinding).filter(message => {
      const { start, end } = messageRange(message);
      const afterStart = line > start.line || (line === start.line && character >= start.character);
      const beforeEnd = line < end.line || (line === end.line && character <= end.character);
      return afterStart && beforeEnd;
    });
    if (!hits.length) return null;
    const ruleIds = [...new Set(hits.map(message => message.ruleId))];
    const sections = ruleIds.map(ruleId => {
      const name = ruleId.replace(/^auth-hygiene\//, '');
      const markdown = ruleDocsMarkdown[name];
      const meta = engine.ruleMeta(ruleId);
      return hoverMarkdown(ruleId, markdown ? firstParagraph(markdown) : undefined, meta?.description, meta?.url);
    });
    return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') } };
  });

  connection.onExecuteCommand(async (params, token, workDone) => {
    if (params.command === SERVER_COMMANDS.showDocumentation) {
      const [url] = (params.arguments ?? []) as string[];
      if (url) await connection.window.showDocument({ uri: url, external: true });
      return null;
    }
    if (params.command === SERVER_COMMANDS.scanWorkspace) {
      const progress = params.workDoneToken === undefined ? await connection.window.createWorkDoneProgress() : workDone;
      const progressToken = (progress as Partial<WorkDoneProgressServerReporter>).token;
      return scanWorkspace(progress, () => token.isCancellationRequested || progressToken?.isCancellationRequested === true);
    }
    return null;
  });

  async function scanWorkspace(progress: WorkDoneProgressReporter, isCancelled: () => boolean): Promise<ScanResult> {
    const started = performance.now();
    progress.begin('Auth Hygiene: scanning the workspace', 0, 'Finding files…', true);
    const result: ScanResult = { files: 0, filesWithProblems: 0, problems: 0, cancelled: false, ms: 0 };
    try {
      const files: string[] = [];
      for (const folder of folders) {
        const filesExclude = pullsConfiguration
          ? ((await connection.workspace.getConfiguration({ scopeUri: pathToUri(folder), section: 'files.exclude' })) as Record<string, unknown>)
          : {};
        files.push(...(await listLintableFiles(folder, { filesExclude }, isCancelled)));
      }
      // Open editors win over the disk; keyed by path because URI encodings differ between clients.
      const openByPath = new Map(documents.all().map(document => [filePath(document.uri), document]));
      for (const file of files) {
        if (isCancelled()) break;
        const open = openByPath.get(file);
        const uri = open?.uri ?? pathToUri(file);
        const settings = await settingsFor(uri);
        if (activityFor(settings, rootFor(file)) !== 'lint') continue;
        const text = open ? open.getText() : readText(file);
        if (text === undefined) continue;
        const outcome = await lintText(uri, text, open?.languageId, settings);
        const diagnostics = toDiagnostics(outcome);
        scanned.add(uri);
        void connection.sendDiagnostics({ uri, diagnostics });
        result.files++;
        result.problems += diagnostics.length;
        if (diagnostics.length) result.filesWithProblems++;
        progress.report(Math.round((result.files / files.length) * 100), `${result.files}/${files.length} files, ${result.problems} problems`);
        // Let edits and cancellation through between files.
        await new Promise(resolve => setImmediate(resolve));
      }
      result.cancelled = isCancelled();
    } finally {
      progress.done();
    }
    result.ms = performance.now() - started;
    log(`auth-hygiene: scan ${result.cancelled ? 'cancelled' : 'done'}: ${result.problems} problems in ${result.filesWithProblems}/${result.files} files, ${Math.round(result.ms)} ms`);
    return result;
  }

  documents.listen(connection);
  connection.listen();
}

const pathToUri = (file: string): string => pathToFileURL(file).href;

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
