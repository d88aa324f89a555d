import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { ANY, type ApiRef, type FileContext, matchesAny, matchesRef, specifierMatches } from './api-ref.js';
import type { GuardClassifier, ResultShape, VerificationCall } from './control-flow.js';
import { CALL, type Origin, type OriginResolver, propertyName, terminalName } from './imports.js';
import { AUTH_LIBRARIES, type AuthLibrary, type ServerSignOut, type Verifier } from './libraries/auth-libraries.js';
import { CACHE_LIBRARIES, CACHE_NAMING, CACHED_FUNCTION_FACTORIES, type CacheLibrary, type CacheOperation } from './libraries/cache-libraries.js';
import type { ApiSpecifier, ResolvedSettings } from './settings.js';

export interface VerifierMatch extends VerificationCall {
  /** The library row, or null for a wrapper named in settings. */
  readonly library: AuthLibrary | null;
}

export interface ServerSignOutMatch {
  readonly effect: ServerSignOut['effect'];
  /** The library row, or null for a wrapper named in settings. */
  readonly library: AuthLibrary | null;
}

export interface CacheCall {
  readonly operation: CacheOperation;
  /** The library's name, or a description of the convention that matched. */
  readonly client: string;
  /** The key argument of a client method (`redis.del(key)`); null for helpers, whose arguments are not known to be keys. */
  readonly key: TSESTree.Node | null;
  /** The client's table row when the receiver is known to be one of its instances; null for helpers and clients known by name only. */
  readonly library: CacheLibrary | null;
}

/** Never returns: throws a Next.js navigation signal. */
const TERMINATORS: readonly ApiRef[] = [
  {
    from: ['next/navigation', 'next/dist/client/components/navigation'],
    path: ['redirect'],
  },
  { from: ['next/navigation'], path: ['permanentRedirect'] },
  { from: ['next/navigation'], path: ['notFound'] },
  { from: ['next/navigation'], path: ['unauthorized'] },
  { from: ['next/navigation'], path: ['forbidden'] },
];

const NULLABLE: ResultShape = { kind: 'nullable' };

function shapeOf(verifier: Verifier): ResultShape {
  if (verifier.shape !== 'object') return NULLABLE;
  return { kind: 'object', ...(verifier.objectProperties ? { objectProperties: verifier.objectProperties } : {}) };
}

/**
 * The library knowledge one file needs: the API tables and the team's
 * settings, matched against origins from the file's import tracking. Every
 * rule asks this object; none carries its own copy of a table.
 */
export class ApiKnowledge implements GuardClassifier {
  private readonly verificationMemo = new WeakMap<TSESTree.CallExpression, VerifierMatch | null>();
  private readonly cacheMemo = new WeakMap<TSESTree.CallExpression, CacheCall | null>();

  constructor(
    readonly resolver: OriginResolver,
    readonly file: FileContext,
    readonly settings: ResolvedSettings,
  ) {}

  calleeOrigin(call: TSESTree.CallExpression | TSESTree.NewExpression): Origin | null {
    return this.resolver.callee(call);
  }

  /** Does the callee match a settings specifier list (team wrappers)? */
  calleeMatches(call: TSESTree.CallExpression | TSESTree.NewExpression, specifiers: readonly ApiSpecifier[]): boolean {
    if (specifiers.length === 0) return false;
    const origin = this.resolver.callee(call);
    return specifiers.some(specifier => specifierMatches(origin, specifier, this.file));
  }

  calleeIs(call: TSESTree.CallExpression | TSESTree.NewExpression, refs: readonly ApiRef[]): boolean {
    return matchesAny(this.resolver.callee(call), refs, this.file);
  }

  verification(call: TSESTree.CallExpression): VerifierMatch | null {
    if (this.verificationMemo.has(call)) return this.verificationMemo.get(call)!;
    const result = this.findVerification(call);
    this.verificationMemo.set(call, result);
    return result;
  }

  private findVerification(call: TSESTree.CallExpression): VerifierMatch | null {
    const origin = this.resolver.callee(call);
    if (!origin) return null;
    if (this.settings.assertingVerifiers.some(s => specifierMatches(origin, s, this.file))) {
      // A team's requireUser() may be sync or async; counting it either way avoids false positives.
      return { asserting: true, sync: true, shape: NULLABLE, library: null };
    }
    if (this.settings.verifiers.some(s => specifierMatches(origin, s, this.file))) {
      return { asserting: false, sync: false, shape: NULLABLE, library: null };
    }
    for (const library of AUTH_LIBRARIES) {
      for (const verifier of library.verifiers) {
        if (matchesRef(origin, verifier.ref, this.file)) {
          return { asserting: Boolean(verifier.asserting), sync: Boolean(verifier.sync), shape: shapeOf(verifier), library };
        }
      }
    }
    return null;
  }

  terminates(call: TSESTree.CallExpression): boolean {
    return this.calleeIs(call, TERMINATORS);
  }

  /** A server-side sign-out or session destroy (`lucia.invalidateSession`, `session.destroy()`, a settings `signOuts` wrapper). */
  serverSignOut(call: TSESTree.CallExpression): ServerSignOutMatch | null {
    const origin = this.resolver.callee(call);
    if (!origin) return null;
    if (this.settings.signOuts.some(spec => specifierMatches(origin, spec, this.file))) return { effect: 'invalidate', library: null };
    for (const library of AUTH_LIBRARIES) {
      const match = library.serverSignOuts?.find(signOut => matchesRef(origin, signOut.ref, this.file));
      if (match) return { effect: match.effect, library };
    }
    return null;
  }

  cacheCall(call: TSESTree.CallExpression): CacheCall | null {
    if (this.cacheMemo.has(call)) return this.cacheMemo.get(call)!;
    const result = this.findCacheCall(call);
    this.cacheMemo.set(call, result);
    return result;
  }

  private findCacheCall(call: TSESTree.CallExpression): CacheCall | null {
    const origin = this.resolver.callee(call);
    if (!origin) return null;
    const s = this.settings;
    const named = (list: readonly ApiSpecifier[]): boolean => list.some(spec => specifierMatches(origin, spec, this.file));
    if (named(s.cacheReads)) return { operation: 'read', client: 'cache helper', key: null, library: null };
    if (named(s.cacheWrites)) return { operation: 'write', client: 'cache helper', key: null, library: null };
    if (named(s.cacheDeletes)) return { operation: 'delete', client: 'cache helper', key: null, library: null };
    if (matchesAny(origin, CACHED_FUNCTION_FACTORIES, this.file)) return { operation: 'read', client: 'unstable_cache', key: null, library: null };

    if (call.callee.type === T.MemberExpression) {
      const method = methodPath(call.callee);
      const receiver = this.resolver.resolve(call.callee.object);
      const key = call.arguments[0] ?? null;
      for (const library of CACHE_LIBRARIES) {
        if (!receiver || !this.isInstanceOf(receiver, library.from, library.globalConstructor)) continue;
        const operation = operationOf(library.methods, method);
        if (operation) return { operation, client: library.name, key, library };
      }
      // A client from the app's own module (`import { redis } from '@/lib/redis'`), known by its name.
      const receiverName = receiver ? terminalName(receiver) : null;
      if (receiverName && receiver?.path.at(-1) !== CALL && CACHE_NAMING.client.test(receiverName)) {
        for (const library of CACHE_LIBRARIES) {
          const operation = operationOf(library.methods, method);
          if (operation) return { operation, client: receiverName, key, library: null };
        }
      }
    }
    const name = terminalName(origin);
    if (name && origin.path.at(-1) !== CALL) {
      if (CACHE_NAMING.readHelper.test(name)) return { operation: 'read', client: `${name}()`, key: null, library: null };
      if (CACHE_NAMING.deleteHelper.test(name)) return { operation: 'delete', client: `${name}()`, key: null, library: null };
      if (CACHE_NAMING.writeHelper.test(name)) return { operation: 'write', client: `${name}()`, key: null, library: null };
    }
    return null;
  }

  private isInstanceOf(receiver: Origin, from: ApiRef['from'] | 'global', globalConstructor?: string): boolean {
    if (from === 'global') return receiver.global && receiver.root === globalConstructor && receiver.path[0] === CALL;
    return matchesRef(receiver, { from, path: [ANY] }, this.file);
  }

  /** Auth libraries this file imports from. */
  librariesImported(program: TSESTree.Program): AuthLibrary[] {
    const sources = new Set(
      program.body.flatMap(statement => (statement.type === T.ImportDeclaration && statement.importKind !== 'type' ? [statement.source.value] : [])),
    );
    return AUTH_LIBRARIES.filter(library => library.packages.some(name => sources.has(name)));
  }
}

/** `redis.json.get` → `json.get`; `redis.get` → `get`. */
function methodPath(callee: TSESTree.MemberExpression): string {
  const name = propertyName(callee) ?? '';
  if (callee.object.type === T.MemberExpression) {
    const parent = propertyName(callee.object);
    if (parent === 'json') return `json.${name}`;
  }
  return name;
}

function operationOf(methods: Readonly<Record<CacheOperation, readonly string[]>>, method: string): CacheOperation | null {
  for (const operation of ['read', 'write', 'delete'] as const) if (methods[operation].includes(method)) return operation;
  return null;
}
