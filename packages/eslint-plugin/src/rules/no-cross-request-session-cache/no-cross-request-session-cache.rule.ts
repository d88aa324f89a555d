import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { fileFacts } from '../../analysis/file-facts.js';
import { propertyName } from '../../analysis/imports.js';
import { callsIn } from '../../analysis/local-values.js';
import { REQUEST_APIS, sharedCachedFunctions } from '../../analysis/next-cache.js';
import { mentionsSessionData, namesSingleSession } from '../../analysis/session-data.js';
import { sessionValues } from '../../analysis/session-values.js';
import { staticString, UNKNOWN_PART } from '../../analysis/static-values.js';
import { enclosingFunction, unwrapExpression } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';

export const RULE_NAME = 'no-cross-request-session-cache';

type MessageIds = 'constantKey' | 'fallbackKey' | 'unkeyedModuleCache' | 'moduleVariable' | 'cachedFunctionReadsRequest';

/** What a cache key is made of. */
type KeyKind = { kind: 'constant'; text: string } | { kind: 'fallback'; text: string } | { kind: 'dynamic' };

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Forbid caches that outlive a request from holding a session without a per-user key',
      recommended: 'error',
      strict: 'error',
    },
    schema: [],
    defaultOptions: [],
    messages: {
      constantKey:
        '{{client}} keeps session data under the constant key {{key}}: every request shares this one entry, so one user\'s session is served to the next. Key it by the verified user id (`session.user.id`).',
      fallbackKey:
        'This {{client}} key falls back to the constant {{key}}: every request without a user id shares that entry, and whatever one of them stores is served to the rest. Skip the cache when there is no verified user.',
      unkeyedModuleCache:
        'Module-level `{{container}}` holds session data keyed by something other than the verified user id. It lives as long as the server process, is shared by every request, and keeps answering after sign-out. Key it by the verified user id, or memoise per request with React\'s `cache()`.',
      moduleVariable:
        'Module-level `{{name}}` is assigned session data inside a function. Every request this server process handles shares it, so the next request sees this user\'s session. Keep it in a local variable, or memoise per request with React\'s `cache()`.',
      cachedFunctionReadsRequest:
        '{{via}} shares this function\'s result between requests, but it {{reads}}: the first user\'s session is cached for everyone. Read the session outside the cached function and pass the verified user id in as an argument (arguments are part of the cache key).',
    },
  },
  create(context) {
    const facts = fileFacts(context);
    const { sourceCode } = context;
    const values = () => sessionValues(facts, sourceCode);
    const textOf = (node: TSESTree.Node | undefined): string => (node ? sourceCode.getText(node) : '');

    /** A key shared by every request, or one that falls back to a constant. */
    const keyKind = (key: TSESTree.Node): KeyKind => {
      const text = staticString(key, sourceCode);
      if (text !== null && !text.includes(UNKNOWN_PART)) return { kind: 'constant', text };
      if (key.type === T.Literal && typeof key.value === 'number') return { kind: 'constant', text: String(key.value) };
      const fallback = constantFallback(key, sourceCode);
      return fallback === null ? { kind: 'dynamic' } : { kind: 'fallback', text: fallback };
    };

    const checkWrite = (node: TSESTree.Node, key: TSESTree.Node, value: TSESTree.Node | undefined, client: string, container: string | null): void => {
      const sessionValue = value !== undefined && values().carries(value);
      const kind = keyKind(key);
      if (kind.kind === 'constant') {
        if (sessionValue || namesSingleSession(kind.text)) context.report({ node: key, messageId: 'constantKey', data: { client, key: quote(kind.text) } });
        return;
      }
      if (kind.kind === 'fallback') {
        const about = `${textOf(key)} ${textOf(value)} ${container ?? ''}`;
        if (sessionValue || values().carries(key) || mentionsSessionData(about)) {
          context.report({ node: key, messageId: 'fallbackKey', data: { client, key: quote(kind.text) } });
        }
        return;
      }
      if (container && sessionValue && !values().carries(key)) {
        context.report({ node, messageId: 'unkeyedModuleCache', data: { container } });
      }
    };

    return {
      CallExpression(node) {
        if (!enclosingFunction(node)) return;
        const cache = facts.api.cacheCall(node);
        if (cache?.operation === 'read' && cache.key) {
          // A read of `'current-user'` finds whatever the last request stored there, wherever the write is.
          const kind = keyKind(cache.key);
          if (kind.kind === 'constant' && namesSingleSession(kind.text)) {
            context.report({ node: cache.key, messageId: 'constantKey', data: { client: cache.client, key: quote(kind.text) } });
          }
          return;
        }
        if (cache?.operation !== 'write') return;
        // A write helper named in settings takes (key, value) like the client method it wraps.
        const key = cache.key ?? (facts.api.calleeMatches(node, facts.settings.cacheWrites) ? node.arguments[0] : undefined);
        if (!key) return;
        const receiver = node.callee.type === T.MemberExpression ? node.callee.object : null;
        const container = cache.library?.inProcess && receiver ? moduleBinding(receiver, sourceCode) : null;
        const client = cache.key ? cache.client : `${textOf(node.callee)}()`;
        checkWrite(node, key, node.arguments[1], client, container?.name ?? null);
      },
      AssignmentExpression(node) {
        if (!enclosingFunction(node)) return;
        const { left, right } = node;
        if (left.type === T.Identifier) {
          const variable = moduleBinding(left, sourceCode);
          if (variable && variable.kind !== 'const' && values().carries(right)) {
            context.report({ node, messageId: 'moduleVariable', data: { name: left.name } });
          }
          return;
        }
        // `sessions[token] = session`, `cache.user = session` on a module-level object literal.
        if (left.type !== T.MemberExpression) return;
        const container = moduleBinding(left.object, sourceCode);
        if (!container?.object) return;
        const key = left.computed ? left.property : null;
        const name = propertyName(left);
        if (key) checkWrite(node, key, right, `\`${container.name}\``, container.name);
        else if (name !== null && values().carries(right)) {
          context.report({ node: left.property, messageId: 'constantKey', data: { client: `\`${container.name}\``, key: quote(name) } });
        }
      },
      'Program:exit'() {
        for (const cached of sharedCachedFunctions(sourceCode.ast, sourceCode, facts.api)) {
          const [read] = callsIn(cached.fn.body, sourceCode, call => facts.api.verification(call) !== null || facts.api.calleeIs(call, REQUEST_APIS));
          if (!read) continue;
          const inside = read.range[0] >= cached.fn.range[0] && read.range[1] <= cached.fn.range[1];
          const reads = facts.api.verification(read) ? `calls ${textOf(read.callee)}()` : `reads ${textOf(read.callee)}()`;
          context.report({
            node: inside ? read : cached.node,
            messageId: 'cachedFunctionReadsRequest',
            data: { via: cached.via === 'use cache' ? "'use cache'" : 'unstable_cache', reads },
          });
        }
      },
    };
  },
});

function quote(text: string): string {
  return `'${text}'`;
}

interface ModuleBinding {
  readonly name: string;
  readonly kind: 'const' | 'let' | 'var' | 'other';
  /** Declared as an object literal (`const cache: Record<string, Session> = {}`). */
  readonly object: boolean;
}

/** A variable declared at the top level of the module, which every request served by this process shares. */
function moduleBinding(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): ModuleBinding | null {
  const expression = unwrapExpression(node);
  if (expression.type !== T.Identifier) return null;
  const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
  const def = variable?.defs[0];
  if (!variable || !def || (variable.scope.type !== 'module' && variable.scope.type !== 'global')) return null;
  if (def.type !== 'Variable' || def.node.id.type !== T.Identifier) return null;
  const init = def.node.init ? unwrapExpression(def.node.init) : null;
  const object = init?.type === T.ObjectExpression || (init?.type === T.CallExpression && sourceCode.getText(init.callee) === 'Object.create');
  return { name: expression.name, kind: def.parent.kind === 'using' || def.parent.kind === 'await using' ? 'other' : def.parent.kind, object };
}

/** `id ?? 'anon'`, `id || 'guest'`, `user ? user.id : 'anon'`, or a template containing one: the constant it falls back to. */
function constantFallback(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  const expression = unwrapExpression(node);
  const constant = (side: TSESTree.Node): string | null => {
    const text = staticString(side, sourceCode);
    return text !== null && !text.includes(UNKNOWN_PART) ? text : null;
  };
  switch (expression.type) {
    case T.LogicalExpression:
      return expression.operator === '&&' ? null : constant(expression.right);
    case T.ConditionalExpression:
      return constant(expression.alternate) ?? constant(expression.consequent);
    case T.TemplateLiteral:
      for (const part of expression.expressions) {
        const inner = constantFallback(part, sourceCode);
        if (inner === null) continue;
        const text = sourceCode.getText(expression).slice(1, -1);
        return text.replace(`\${${sourceCode.getText(part)}}`, inner).replace(/\$\{[^}]*\}/g, '…');
      }
      return null;
    default:
      return null;
  }
}
