import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { childNodes, type FunctionNode, isFunctionNode, unwrapExpression } from '../util/ast.js';
import type { ApiKnowledge } from './api.js';
import { AUTH_LIBRARIES } from './libraries/auth-libraries.js';
import { resolveValue } from './local-values.js';

export { resolveValue };

/**
 * NextAuth / Auth.js options objects written in a file, and what they
 * configure. Rules read callbacks, events, the session strategy, maxAge and
 * the secret from here instead of walking the object themselves.
 */

export type SessionStrategy = 'jwt' | 'database';

/** How a config object was recognised. */
export type ConfigSource = 'factory' | 'type' | 'name';

/** A property looked up in a config object: its value, absent, or possibly supplied by a spread we cannot see into. */
export type Lookup = { readonly found: true; readonly value: TSESTree.Node; readonly property: TSESTree.Property } | { readonly found: false; readonly unknown: boolean };

/** Type names next-auth and @auth/core give the options object. */
const CONFIG_TYPES = new Set(['NextAuthOptions', 'NextAuthConfig', 'AuthOptions', 'AuthConfig']);
/**
 * Auth.js v5 types for a config that is often partial: the edge-safe
 * `auth.config.ts` is spread into `NextAuth({ ...authConfig, adapter })`
 * elsewhere, so a missing adapter proves nothing about the strategy.
 */
const PARTIAL_TYPES = new Set(['NextAuthConfig', 'AuthConfig']);
const PARTIAL_NAME = /Config$/;
const CONFIG_TYPE_SOURCES = /^(?:next-auth|@auth\/)/;
/** `export const authOptions = {…}` in files that do not import the types. */
const CONFIG_NAME = /^(?:nextA|a)uth(?:Options|Config)$/;
/** Keys only an auth options object has together; a name match needs one of them. */
const CONFIG_KEYS = ['providers', 'callbacks', 'events', 'adapter'];
const MAX_DEPTH = 6;

export class NextAuthConfig {
  constructor(
    /** The options object literal. */
    readonly node: TSESTree.ObjectExpression,
    readonly source: ConfigSource,
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    /** May be spread into a fuller config in another file (not passed to `NextAuth()` here, typed as v5's `NextAuthConfig`). */
    readonly partial = false,
  ) {}

  /** A property by path (`['session', 'strategy']`), through same-file constants and spreads. */
  lookup(path: readonly string[]): Lookup {
    let object: TSESTree.ObjectExpression = this.node;
    let result: Lookup = { found: false, unknown: false };
    for (const [i, key] of path.entries()) {
      result = lookupIn(object, key, this.sourceCode, 0);
      if (!result.found || i === path.length - 1) return result;
      const next = resolveValue(result.value, this.sourceCode);
      if (next?.type !== T.ObjectExpression) return { found: false, unknown: true };
      object = next;
    }
    return result;
  }

  /** The value of a property, resolved through same-file constants; null when absent or unknown. */
  value(path: readonly string[]): TSESTree.Node | null {
    const found = this.lookup(path);
    return found.found ? resolveValue(found.value, this.sourceCode) : null;
  }

  /** `callbacks.jwt`, `callbacks.session`, … as a function, when written in this file. */
  callback(name: string): FunctionNode | null {
    return asFunction(this.value(['callbacks', name]));
  }

  /** `events.signOut`, `events.signIn`, … as a function, when written in this file. */
  event(name: string): FunctionNode | null {
    return asFunction(this.value(['events', name]));
  }

  get adapter(): Lookup {
    return this.lookup(['adapter']);
  }

  get maxAge(): TSESTree.Node | null {
    return this.value(['session', 'maxAge']);
  }

  get secret(): TSESTree.Node | null {
    return this.value(['secret']);
  }

  /**
   * The session strategy: an explicit `session.strategy` wins; otherwise
   * `database` with an adapter and `jwt` without (next-auth core/lib/init,
   * @auth/core lib/init). Null when the file does not decide it: a computed
   * strategy, a conditional adapter, or a spread that may carry either.
   */
  get strategy(): SessionStrategy | null {
    const explicit = this.lookup(['session', 'strategy']);
    if (explicit.found) {
      const value = resolveValue(explicit.value, this.sourceCode);
      return value?.type === T.Literal && (value.value === 'jwt' || value.value === 'database') ? value.value : null;
    }
    if (explicit.unknown) return null;
    const adapter = this.adapter;
    if (!adapter.found) return adapter.unknown || this.partial ? null : 'jwt';
    const value = unwrapExpression(adapter.value);
    if (value.type === T.Identifier && value.name === 'undefined') return 'jwt';
    if (value.type === T.ConditionalExpression || value.type === T.LogicalExpression) return null;
    return 'database';
  }
}

function asFunction(node: TSESTree.Node | null): FunctionNode | null {
  return isFunctionNode(node) ? node : null;
}

function keyName(property: TSESTree.Property): string | null {
  if (!property.computed) {
    if (property.key.type === T.Identifier) return property.key.name;
    return property.key.type === T.Literal ? String(property.key.value) : null;
  }
  return property.key.type === T.Literal ? String(property.key.value) : null;
}

/** The last write of `key` wins, as in the object literal itself; a later spread may override it. */
function lookupIn(object: TSESTree.ObjectExpression, key: string, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): Lookup {
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const member = object.properties[i]!;
    if (member.type === T.Property) {
      if (keyName(member) === key) return { found: true, value: member.value, property: member };
      if (member.computed && keyName(member) === null) return { found: false, unknown: true };
      continue;
    }
    const spread = depth < MAX_DEPTH ? resolveValue(member.argument, sourceCode) : null;
    if (spread?.type !== T.ObjectExpression) return { found: false, unknown: true };
    const inner = lookupIn(spread, key, sourceCode, depth + 1);
    if (inner.found || inner.unknown) return inner;
  }
  return { found: false, unknown: false };
}

/** `NextAuth(config)` / `NextAuth(req => ({ … }))` / `getServerSession(authOptions)`: the object literal passed. */
function configArgument(argument: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.ObjectExpression | null {
  if (!argument) return null;
  const value = resolveValue(argument, sourceCode);
  if (value?.type === T.ObjectExpression) return value;
  if (!isFunctionNode(value)) return null;
  // Auth.js v5 lazy initialisation: the function returns the options.
  if (value.body.type !== T.BlockStatement) return configArgument(value.body, sourceCode);
  const returned = value.body.body.findLast(statement => statement.type === T.ReturnStatement);
  return returned?.type === T.ReturnStatement && returned.argument ? configArgument(returned.argument, sourceCode) : null;
}

function typeName(annotation: TSESTree.TypeNode | undefined): string | null {
  if (annotation?.type !== T.TSTypeReference) return null;
  const name = annotation.typeName;
  if (name.type === T.Identifier) return name.name;
  return name.type === T.TSQualifiedName ? name.right.name : null;
}

function hasConfigKey(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some(p => p.type === T.Property && CONFIG_KEYS.includes(keyName(p) ?? ''));
}

/**
 * Finds every NextAuth options object in a program: arguments of
 * `NextAuth(…)` and `getServerSession(…)`, objects typed or `satisfies`
 * `NextAuthOptions` / `NextAuthConfig` (imported from next-auth or @auth/*),
 * and `authOptions` / `authConfig` constants that look like one.
 */
export function findNextAuthConfigs(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>, api: ApiKnowledge): NextAuthConfig[] {
  /** Local name → imported name of the config types. */
  const importedTypes = new Map<string, string>();
  for (const statement of program.body) {
    if (statement.type !== T.ImportDeclaration || !CONFIG_TYPE_SOURCES.test(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== T.ImportSpecifier) continue;
      const imported = specifier.imported.type === T.Identifier ? specifier.imported.name : specifier.imported.value;
      if (CONFIG_TYPES.has(imported)) importedTypes.set(specifier.local.name, imported);
    }
  }
  const typeNames = new Set(importedTypes.keys());
  if (typeNames.size === 0 && !/NextAuth|auth(?:Options|Config)|getServerSession/.test(sourceCode.text)) return [];
  const factories = AUTH_LIBRARIES.flatMap(library => library.configs ?? []);

  const found = new Map<TSESTree.ObjectExpression, NextAuthConfig>();
  const partial = new Set<TSESTree.ObjectExpression>();
  const add = (object: TSESTree.ObjectExpression | null, source: ConfigSource, maybePartial = false): void => {
    if (!object) return;
    if (maybePartial) partial.add(object);
    // Passed to NextAuth() here: complete, whatever else recognised it.
    if (source === 'factory' || !found.has(object)) found.set(object, new NextAuthConfig(object, source, sourceCode));
  };
  const typed = (annotation: TSESTree.TypeNode | undefined): string | null => {
    const name = typeName(annotation);
    return name !== null && typeNames.has(name) ? name : null;
  };
  const isPartialType = (local: string | null): boolean => local !== null && PARTIAL_TYPES.has(importedTypes.get(local) ?? '');
  const visit = (node: TSESTree.Node): void => {
    switch (node.type) {
      case T.CallExpression:
        if (factories.length > 0 && api.calleeIs(node, factories)) add(configArgument(node.arguments[0], sourceCode), 'factory');
        break;
      case T.TSSatisfiesExpression:
      case T.TSAsExpression: {
        const local = typed(node.typeAnnotation);
        if (local) add(configArgument(node.expression, sourceCode), 'type', isPartialType(local));
        break;
      }
      case T.VariableDeclarator: {
        if (node.id.type !== T.Identifier || !node.init) break;
        const init = unwrapExpression(node.init);
        if (init.type !== T.ObjectExpression) break;
        const local = typed(node.id.typeAnnotation?.typeAnnotation);
        if (local) add(init, 'type', isPartialType(local));
        else if (CONFIG_NAME.test(node.id.name) && hasConfigKey(init)) add(init, 'name', PARTIAL_NAME.test(node.id.name));
        break;
      }
      default:
        break;
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(program);
  return [...found.values()]
    .map(config => (config.source !== 'factory' && partial.has(config.node) ? new NextAuthConfig(config.node, config.source, sourceCode, true) : config))
    .sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/** The config that contains `node`, if any. */
export function configContaining(configs: readonly NextAuthConfig[], node: TSESTree.Node): NextAuthConfig | null {
  return configs.find(config => config.node.range[0] <= node.range[0] && node.range[1] <= config.node.range[1]) ?? null;
}
