import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import type { CacheCall } from '../../analysis/api.js';
import { compareKeys, describeKey, keyShape, type KeyContext } from '../../analysis/cache-keys.js';
import { type FileFacts, fileFacts } from '../../analysis/file-facts.js';
import type { Handler } from '../../analysis/handlers.js';
import { terminalName } from '../../analysis/imports.js';
import { callsIn, resolveValue } from '../../analysis/local-values.js';
import type { NextAuthConfig, SessionStrategy } from '../../analysis/nextauth-config.js';
import { nodeMentionsSessionData } from '../../analysis/session-data.js';
import { sessionEndingsIn } from '../../analysis/session-ending.js';
import { childNodes, enclosingFunction, type FunctionNode } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';
import { indentationOf } from '../../util/source-edit.js';

export const RULE_NAME = 'signout-invalidates-server-cache';

type MessageIds = 'noSignOutEvent' | 'signOutMissesCache' | 'logoutMissesCache' | 'keyMismatch' | 'addSignOutDelete';

interface CacheUse {
  readonly call: TSESTree.CallExpression;
  readonly cache: CacheCall;
}

/** App helpers a sign-out may call to delete the entry where we cannot see (`revokeSession()`, `clearUserData()`). */
const DELETING_NAME = /^(?:delete|del|clear|remove|invalidate|evict|purge|drop|revoke|destroy|logout|logOut|signOut|unlink|expire|forget|flush)/;
/** Clients whose delete method is `delete`, not Redis's `del`. */
const DELETE_METHOD_CLIENTS = new Set(['Map', 'lru-cache', 'Keyv']);
/** Clients whose delete returns synchronously. */
const SYNC_CLIENTS = new Set(['Map', 'lru-cache']);

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a sign-out to delete the server-side session cache entries that NextAuth callbacks or the logout handler write',
      recommended: 'warn',
      strict: 'warn',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      noSignOutEvent:
        'callbacks.{{callback}} {{verb}} a session cache ({{client}}), but this NextAuth config has no `events.signOut`, so the cached session outlives sign-out. Delete the entry in `events.signOut`.',
      signOutMissesCache:
        '`events.signOut` never deletes the session cache entry ({{client}}) that callbacks.{{callback}} {{verb}}, so the cached session outlives sign-out. Delete it with the key the callback uses.',
      logoutMissesCache:
        'This sign-out {{action}}, but never deletes the session cache entry this file {{verb}} ({{client}}), so the cached session outlives the sign-out. Delete it with the key the cache uses.',
      keyMismatch:
        'This delete uses the key `{{deleteKey}}`, but the session cache entry is {{verb}} under `{{cacheKey}}`, so the entry survives sign-out. Build the delete key from the same value or key builder.',
      addSignOutDelete: 'Add an `events.signOut` that reads {{shape}} and deletes `{{key}}` from {{client}}.',
    },
  },
  create(context) {
    const facts = fileFacts(context);
    const configs = facts.nextAuthConfigs;
    const handlers = facts.handlers.filter(handler => handler.kind !== 'server-component' && handler.kind !== 'middleware');
    if (configs.length === 0 && handlers.length === 0) return {};
    const { sourceCode } = context;
    const keys: KeyContext = { sourceCode, api: facts.api };

    const sessionCacheUses = (root: TSESTree.Node): CacheUse[] =>
      callsIn(root, sourceCode, call => {
        const cache = facts.api.cacheCall(call);
        return cache !== null && cache.operation !== 'delete' && nodeMentionsSessionData(call, sourceCode);
      }).map(call => ({ call, cache: facts.api.cacheCall(call)! }));

    const deletesIn = (root: TSESTree.Node): CacheUse[] =>
      callsIn(root, sourceCode, call => facts.api.cacheCall(call)?.operation === 'delete').map(call => ({ call, cache: facts.api.cacheCall(call)! }));

    /** A call into the app's own code, named like it deletes something (but not the sign-out itself): it may delete the entry where we cannot look. */
    const mayDeleteElsewhere = (root: TSESTree.Node): boolean =>
      callsIn(root, sourceCode, call => {
        if (facts.api.serverSignOut(call)) return false;
        const origin = facts.api.calleeOrigin(call);
        const name = origin ? terminalName(origin) : null;
        return origin?.source !== null && origin?.source !== undefined && /^(?:\.|[@~#]\/)/.test(origin.source) && name !== null && DELETING_NAME.test(name);
      }).length > 0;

    /** Reports a delete whose key cannot match any cached key, when every key involved is understood. */
    const checkKeys = (uses: readonly CacheUse[], deletes: readonly CacheUse[]): void => {
      const cached = uses.filter(use => use.cache.key !== null);
      const keyed = deletes.filter(use => use.cache.key !== null);
      if (cached.length === 0 || keyed.length === 0 || keyed.length !== deletes.length) return;
      const misses = keyed.every(del => cached.every(use => compareKeys(keyShape(use.cache.key!, keys), keyShape(del.cache.key!, keys)) === 'different'));
      if (!misses) return;
      const use = cached.find(u => u.cache.operation === 'write') ?? cached[0]!;
      context.report({
        node: keyed[0]!.call,
        messageId: 'keyMismatch',
        data: {
          deleteKey: describeKey(keyShape(keyed[0]!.cache.key!, keys)),
          cacheKey: describeKey(keyShape(use.cache.key!, keys)),
          verb: use.cache.operation === 'write' ? 'written' : 'read',
        },
      });
    };

    const checkConfig = (config: NextAuthConfig): void => {
      const uses = (['jwt', 'session'] as const).flatMap(callback => {
        const fn = config.callback(callback);
        return fn ? sessionCacheUses(fn.body).map(use => ({ ...use, callback })) : [];
      });
      if (uses.length === 0) return;
      const first = uses.find(use => use.cache.operation === 'write') ?? uses[0]!;
      const data = { callback: first.callback, verb: first.cache.operation === 'write' ? 'writes' : 'reads', client: first.cache.client };
      const declared = config.lookup(['events', 'signOut']);
      const signOut = config.event('signOut');
      if (!signOut) {
        // An events object or handler from another module may well delete it.
        if (declared.found || declared.unknown) return;
        const fix = addSignOutFix(config, first, facts.nextAuthVersion, sourceCode);
        context.report({ node: first.call, messageId: 'noSignOutEvent', data, suggest: fix ? [fix] : [] });
        return;
      }
      const deletes = deletesIn(signOut.body);
      if (deletes.length > 0) {
        checkKeys(uses, deletes);
        return;
      }
      if (mayDeleteElsewhere(signOut.body)) return;
      const fix = addDeleteFix(config, signOut, first, facts.nextAuthVersion, sourceCode);
      context.report({ node: first.call, messageId: 'signOutMissesCache', data, suggest: fix ? [fix] : [] });
    };

    const checkHandler = (handler: Handler, fileUses: readonly CacheUse[]): void => {
      const ending = sessionEnding(handler.fn, facts, sourceCode);
      if (!ending) return;
      const deletes = deletesIn(handler.fn.body);
      if (deletes.length > 0) {
        checkKeys(fileUses, deletes);
        return;
      }
      if (mayDeleteElsewhere(handler.fn.body)) return;
      const use = fileUses.find(u => u.cache.operation === 'write') ?? fileUses[0]!;
      context.report({
        node: ending.node,
        messageId: 'logoutMissesCache',
        data: { action: ending.action, verb: use.cache.operation === 'write' ? 'writes' : 'reads', client: use.cache.client },
      });
    };

    return {
      Program(program) {
        for (const config of configs) checkConfig(config);
        if (handlers.length === 0) return;
        const fileUses = sessionCacheUses(program);
        if (fileUses.length === 0) return;
        for (const handler of handlers) checkHandler(handler, fileUses);
      },
    };
  },
});

/** The first place a handler ends the session, described for the message ("clears the session cookie"). */
function sessionEnding(fn: FunctionNode, facts: FileFacts, sourceCode: Readonly<TSESLint.SourceCode>): { node: TSESTree.Node; action: string } | null {
  const [first] = sessionEndingsIn(fn.body, facts, sourceCode);
  if (!first) return null;
  if (first.kind === 'cookie') return { node: first.node, action: first.node.type === T.Property ? 'expires the session cookie' : 'clears the session cookie' };
  const by = first.signOut.library?.name ?? 'a sign-out helper';
  return { node: first.node, action: first.signOut.effect === 'invalidate' ? `signs the user out (${by})` : `clears the session cookie (${by})` };
}

/** The `events.signOut` argument key a strategy passes; a key built from `token` needs it when the strategy is unknown. */
function eventKey(strategy: SessionStrategy | null): 'token' | 'session' {
  return strategy === 'database' ? 'session' : 'token';
}

/**
 * The delete statement for `use`'s key, written with the names `events.signOut`
 * receives: the key may only use module-level bindings and, from the callback's
 * parameters, `token` (JWT) or `user.id` (database, which becomes `session.userId`).
 */
function deleteStatement(use: CacheUse, strategy: SessionStrategy | null, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  const { call, cache } = use;
  if (!cache.key || call.callee.type !== T.MemberExpression) return null;
  const callback = enclosingFunction(call);
  if (!callback) return null;
  // `const key = `session:${token.sub}`; redis.set(key, …)`: the template.
  const keyNode = resolveValue(cache.key, sourceCode) ?? cache.key;
  const edits: { range: readonly [number, number]; text: string }[] = [];
  let portable = true;
  const visit = (node: TSESTree.Node): void => {
    if (!portable) return;
    if (node.type === T.MemberExpression && !node.computed && node.object.type === T.Identifier && isParamOf(node.object, callback, sourceCode)) {
      const path = `${node.object.name}.${sourceCode.getText(node.property)}`;
      if (strategy === 'database' && path === 'user.id') edits.push({ range: node.range, text: 'session.userId' });
      else if (strategy === 'database' || node.object.name !== 'token') portable = false;
      return;
    }
    if (node.type === T.Identifier) {
      const parent = node.parent;
      const isPropertyName = parent?.type === T.MemberExpression && parent.property === node && !parent.computed;
      if (!isPropertyName && !isModuleLevel(node, sourceCode)) portable = false;
      return;
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(keyNode);
  if (!portable) return null;
  let keyText = sourceCode.getText(keyNode);
  for (const edit of [...edits].sort((a, b) => b.range[0] - a.range[0])) {
    keyText = keyText.slice(0, edit.range[0] - keyNode.range[0]) + edit.text + keyText.slice(edit.range[1] - keyNode.range[0]);
  }
  const method = DELETE_METHOD_CLIENTS.has(cache.client) ? 'delete' : 'del';
  const awaited = SYNC_CLIENTS.has(cache.client) ? '' : 'await ';
  return `${awaited}${sourceCode.getText(call.callee.object)}.${method}(${keyText});`;
}


function isParamOf(id: TSESTree.Identifier, fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const def = ASTUtils.findVariable(sourceCode.getScope(id), id)?.defs[0];
  return def?.type === 'Parameter' && def.node === fn;
}

function isModuleLevel(id: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(id), id);
  if (!variable) return id.name === 'JSON' || id.name === 'String';
  return variable.scope.type === 'module' || variable.scope.type === 'global';
}

/**
 * The `async signOut(…) { … }` method text, indented under `indent`. It
 * destructures `{ token }` / `{ session }` only where that is safe: a known
 * strategy on next-auth v4, whose types declare both keys. Otherwise it
 * narrows, as Auth.js v5's union type requires (and its `token` may be null).
 */
function signOutMethod(key: 'token' | 'session', destructure: boolean, statement: string, indent: string): string {
  const body = destructure ? [statement] : [`const ${key} = '${key}' in message ? message.${key} : null;`, `if (!${key}) return;`, statement];
  const param = destructure ? `{ ${key} }` : 'message';
  return [`async signOut(${param}) {`, ...body.map(line => `  ${line}`), '}'].map((line, i) => (i === 0 ? line : indent + line)).join('\n');
}

/** Inserts `text` as the last property of `object`, with a comma where needed. */
function appendProperty(fixer: TSESLint.RuleFixer, object: TSESTree.ObjectExpression, text: (indent: string) => string, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleFix | null {
  const last = object.properties.at(-1);
  if (!last) return null;
  const indent = indentationOf(last, sourceCode);
  const after = sourceCode.getTokenAfter(last);
  const multiline = last.loc.start.line !== object.loc.start.line;
  const separator = multiline ? `\n${indent}` : ' ';
  if (after?.value === ',') return fixer.insertTextAfter(after, `${separator}${text(multiline ? indent : '')},`);
  return fixer.insertTextAfter(last, `,${separator}${text(multiline ? indent : '')}`);
}

function addSignOutFix(
  config: NextAuthConfig,
  use: CacheUse,
  version: 4 | 5 | undefined,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.SuggestionReportDescriptor<MessageIds> | null {
  const strategy = config.strategy;
  const key = eventKey(strategy);
  const destructure = strategy !== null && version === 4;
  const statement = deleteStatement(use, strategy, sourceCode);
  if (!statement) return null;
  const events = config.lookup(['events']);
  const eventsObject = events.found ? config.value(['events']) : null;
  if (events.found && eventsObject?.type !== T.ObjectExpression) return null;
  const shape = destructure ? `\`{ ${key} }\`` : `\`${key}\` after checking \`'${key}' in message\``;
  const method = (indent: string): string => signOutMethod(key, destructure, statement, indent);
  return {
    messageId: 'addSignOutDelete',
    data: { shape, key: keyOf(statement), client: use.cache.client },
    fix: fixer =>
      eventsObject?.type === T.ObjectExpression
        ? appendProperty(fixer, eventsObject, method, sourceCode)
        : appendProperty(fixer, config.node, indent => `events: {\n${indent}  ${method(`${indent}  `)},\n${indent}}`, sourceCode),
  };
}

/** A delete at the top of an existing next-auth v4 `events.signOut` whose parameter already destructures the strategy's key. */
function addDeleteFix(
  config: NextAuthConfig,
  signOut: FunctionNode,
  use: CacheUse,
  version: 4 | 5 | undefined,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.SuggestionReportDescriptor<MessageIds> | null {
  const strategy = config.strategy;
  // Auth.js v5's `token` may be null: a bare `token.sub` would not type-check there.
  if (!strategy || version === 5 || !signOut.async || signOut.body.type !== T.BlockStatement) return null;
  const param = signOut.params[0];
  const key = eventKey(strategy);
  const destructures = param?.type === T.ObjectPattern && param.properties.some(p => p.type === T.Property && !p.computed && p.key.type === T.Identifier && p.key.name === key && p.value.type === T.Identifier && p.value.name === key);
  if (!destructures) return null;
  const statement = deleteStatement(use, strategy, sourceCode);
  const first = signOut.body.body[0];
  if (!statement) return null;
  const data = { shape: `\`{ ${key} }\``, key: keyOf(statement), client: use.cache.client };
  return {
    messageId: 'addSignOutDelete',
    data,
    fix: fixer =>
      first
        ? fixer.insertTextBefore(first, `${statement}\n${indentationOf(first, sourceCode)}`)
        : fixer.replaceText(signOut.body, `{\n${indentationOf(signOut, sourceCode)}  ${statement}\n${indentationOf(signOut, sourceCode)}}`),
  };
}

/** `await redis.del(\`session:${token.sub}\`);` → `` `session:${token.sub}` ``. */
function keyOf(statement: string): string {
  return statement.slice(statement.indexOf('(') + 1, statement.lastIndexOf(')'));
}
