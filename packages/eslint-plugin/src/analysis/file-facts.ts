import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ApiKnowledge } from './api.js';
import { analyzeGuards, type FunctionNode, type GuardFacts } from './control-flow.js';
import { classifyFile, type FileInfo } from './files.js';
import { findHandlers, type Handler, hasDirective } from './handlers.js';
import { OriginResolver } from './imports.js';
import { findNextAuthConfigs, type NextAuthConfig } from './nextauth-config.js';
import { nextAuthMajor, projectRoot, projectUses } from './project.js';
import { readSettings, type ResolvedSettings } from './settings.js';

/**
 * Everything the rules know about one file, computed lazily and once per
 * lint of that file, whichever rules ask.
 */
export class FileFacts {
  readonly filename: string;
  readonly root: string;
  readonly settings: ResolvedSettings;
  readonly info: FileInfo;
  readonly resolver: OriginResolver;
  readonly api: ApiKnowledge;
  readonly useClient: boolean;
  readonly useServer: boolean;
  private readonly program: TSESTree.Program;
  private readonly sourceCode: Readonly<TSESLint.SourceCode>;
  private handlerList: Handler[] | undefined;
  private configList: NextAuthConfig[] | undefined;
  private version: { value: 4 | 5 | undefined } | undefined;
  private readonly guardMemo = new WeakMap<FunctionNode, GuardFacts>();
  private readonly usesMemo = new Map<string, boolean>();

  constructor(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>) {
    const { sourceCode } = context;
    this.filename = context.physicalFilename || context.filename;
    this.settings = readSettings(context.settings);
    this.root = projectRoot(this.filename, context.cwd, this.settings);
    this.info = classifyFile(this.filename, this.root);
    this.resolver = new OriginResolver(sourceCode);
    this.api = new ApiKnowledge(this.resolver, { filename: this.filename, root: this.root }, this.settings);
    this.useClient = hasDirective(sourceCode.ast.body, 'use client');
    this.useServer = hasDirective(sourceCode.ast.body, 'use server');
    this.program = sourceCode.ast;
    this.sourceCode = sourceCode;
  }

  /** NextAuth / Auth.js options objects written in this file. */
  get nextAuthConfigs(): readonly NextAuthConfig[] {
    this.configList ??= findNextAuthConfigs(this.program, this.sourceCode, this.api);
    return this.configList;
  }

  get handlers(): readonly Handler[] {
    this.handlerList ??= findHandlers(this.program, this.info);
    return this.handlerList;
  }

  /** The handler whose function is `fn`, if any. */
  handlerFor(fn: FunctionNode): Handler | undefined {
    return this.handlers.find(handler => handler.fn === fn);
  }

  /** Guard facts for a handler, entered guarded when an asserting wrapper from settings surrounds it. */
  guards(handler: Handler): GuardFacts {
    let facts = this.guardMemo.get(handler.fn);
    if (!facts) {
      const entryGuarded = handler.wrappers.some(wrapper => this.api.calleeMatches(wrapper, this.settings.assertingVerifiers));
      facts = analyzeGuards(handler.fn, this.api, entryGuarded);
      this.guardMemo.set(handler.fn, facts);
    }
    return facts;
  }

  get nextAuthVersion(): 4 | 5 | undefined {
    this.version ??= { value: nextAuthMajor(path.dirname(this.filename), this.settings) };
    return this.version.value;
  }

  /** Does the project this file belongs to depend on `pkg`? */
  projectUses(pkg: string): boolean {
    let uses = this.usesMemo.get(pkg);
    if (uses === undefined) {
      uses = projectUses(path.dirname(this.filename), pkg);
      this.usesMemo.set(pkg, uses);
    }
    return uses;
  }
}

const cache = new WeakMap<TSESTree.Program, FileFacts>();

/** The facts for the file being linted, shared by every rule in this run. */
export function fileFacts(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileFacts {
  const program = context.sourceCode.ast;
  let facts = cache.get(program);
  if (!facts) {
    facts = new FileFacts(context);
    cache.set(program, facts);
  }
  return facts;
}
