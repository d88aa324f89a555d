import path from 'node:path';
import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { compareKeys, keyShape } from '../../analysis/cache-keys.js';
import { fileFacts } from '../../analysis/file-facts.js';
import { propertyName } from '../../analysis/imports.js';
import { CACHE_LIBRARIES, type ExpiryForms, type ExpirySuggestion } from '../../analysis/libraries/cache-libraries.js';
import { declaredVersion } from '../../analysis/project.js';
import { mentionsSessionData } from '../../analysis/session-data.js';
import { sessionValues } from '../../analysis/session-values.js';
import { staticNumber } from '../../analysis/static-values.js';
import { enclosingFunction, type FunctionNode, unwrapExpression } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';
import { appendProperty, indentationOf } from '../../util/source-edit.js';

export const RULE_NAME = 'session-cache-ttl';

/** next-auth's default `session.maxAge`: 30 days. */
export const NEXTAUTH_DEFAULT_MAX_AGE = 30 * 24 * 60 * 60;

type Options = [{ expirySeconds?: number }];
type MessageIds = 'missingExpiry' | 'addExpiry';

/** A write that set no expiry by its arguments; reported unless an `expire` call on its key follows. */
interface PendingWrite {
  readonly call: TSESTree.CallExpression;
  readonly key: TSESTree.Node;
  readonly scope: FunctionNode | TSESTree.Program;
  readonly client: string;
  readonly fix: { form: string; apply: TSESLint.ReportFixFunction } | null;
}

const EXPIRY_ROWS = CACHE_LIBRARIES.flatMap(library => (library.expiry ? [{ library, expiry: library.expiry }] : []));
const EXPIRE_METHODS = new Set(EXPIRY_ROWS.flatMap(({ expiry }) => expiry.expireMethods));

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require session and user data written to Redis or KV to expire',
      recommended: 'warn',
      strict: 'error',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          expirySeconds: {
            type: 'integer',
            minimum: 1,
            description:
              "Seconds the suggested expiry uses. Default: the NextAuth `session.maxAge` written in the same file, else next-auth's default of 2592000 (30 days).",
          },
        },
      },
    ],
    defaultOptions: [{}],
    messages: {
      missingExpiry:
        '`{{call}}` writes session data to {{client}} without an expiry. The entry outlives the session it copies: after sign-out or cookie expiry it still answers, and it stays in Redis until something deletes it. Give it an expiry no longer than the session lifetime.',
      addExpiry: 'Expire it after {{seconds}} seconds ({{form}}).',
    },
  },
  create(context, [options]) {
    const facts = fileFacts(context);
    const { sourceCode } = context;
    const values = () => sessionValues(facts, sourceCode);
    const pending: PendingWrite[] = [];
    const expireCalls: { call: TSESTree.CallExpression; scope: FunctionNode | TSESTree.Program }[] = [];
    let secondsMemo: number | undefined;
    const seconds = (): number => (secondsMemo ??= options.expirySeconds ?? maxAgeInFile() ?? NEXTAUTH_DEFAULT_MAX_AGE);

    function maxAgeInFile(): number | null {
      for (const config of facts.nextAuthConfigs) {
        const maxAge = config.maxAge;
        const value = maxAge ? staticNumber(maxAge, sourceCode) : null;
        if (value !== null && value > 0 && Number.isInteger(value)) return value;
      }
      return null;
    }

    /** The suggestion form for a client known by its row, or the only Redis client the project depends on. */
    function suggestionFor(expiry: ExpiryForms | null): ExpirySuggestion | null {
      let chosen = expiry;
      if (!chosen) {
        const used = EXPIRY_ROWS.filter(({ library }) => Array.isArray(library.from) && library.from.some(pkg => typeof pkg === 'string' && facts.projectUses(pkg)));
        const forms = new Set(used.map(({ expiry: e }) => e));
        if (forms.size !== 1) return null;
        chosen = [...forms][0]!;
      }
      if (chosen.suggest === 'EX') {
        const range = declaredVersion(path.dirname(facts.filename), 'redis') ?? declaredVersion(path.dirname(facts.filename), '@redis/client');
        // node-redis 5 deprecates `{ EX }` in favour of `{ expiration }`.
        if (range && /^[\^~>=v\s]*(?:[5-9]|\d\d)/.test(range)) return 'expiration';
      }
      return chosen.suggest;
    }

    function optionFix(call: TSESTree.CallExpression, form: ExpirySuggestion): { form: string; apply: TSESLint.ReportFixFunction } | null {
      const n = seconds();
      const value = call.arguments[1];
      if (!value || call.arguments.some(argument => argument.type === T.SpreadElement)) return null;
      if (form === 'tokens') {
        const last = call.arguments.at(-1)!;
        return { form: `'EX', ${n}`, apply: fixer => fixer.insertTextAfter(last, `, 'EX', ${n}`) };
      }
      const property = form === 'expiration' ? `expiration: { type: 'EX', value: ${n} }` : `${form}: ${n}`;
      const optionsArg = call.arguments[2];
      if (!optionsArg) return { form: `{ ${property} }`, apply: fixer => fixer.insertTextAfter(value, `, { ${property} }`) };
      return optionsArg.type === T.ObjectExpression && call.arguments.length === 3
        ? { form: `{ ${property} }`, apply: fixer => appendProperty(fixer, optionsArg, property, sourceCode) }
        : null;
    }

    /** `await redis.expire(key, n);` after the statement, for writes that take no expiry option. */
    function expireFix(call: TSESTree.CallExpression, key: TSESTree.Node): { form: string; apply: TSESLint.ReportFixFunction } | null {
      if (call.callee.type !== T.MemberExpression || !isPure(key)) return null;
      let receiver: TSESTree.Node = call.callee.object;
      if (receiver.type === T.MemberExpression && propertyName(receiver) === 'json') receiver = receiver.object;
      if (receiver.type !== T.Identifier && receiver.type !== T.MemberExpression) return null;
      const awaited = call.parent.type === T.AwaitExpression;
      const statement = awaited ? call.parent.parent : call.parent;
      if (statement?.type !== T.ExpressionStatement) return null;
      const text = `${awaited ? 'await ' : ''}${sourceCode.getText(receiver)}.expire(${sourceCode.getText(key)}, ${seconds()});`;
      return { form: `${sourceCode.getText(receiver)}.expire(…)`, apply: fixer => fixer.insertTextAfter(statement, `\n${indentationOf(statement, sourceCode)}${text}`) };
    }

    const isSessionData = (key: TSESTree.Node, value: TSESTree.Node | undefined): boolean =>
      mentionsSessionData(sourceCode.getText(key)) ||
      (value !== undefined && (mentionsSessionData(sourceCode.getText(value)) || values().carries(value))) ||
      values().carries(key);

    return {
      CallExpression(node) {
        if (node.callee.type === T.MemberExpression && EXPIRE_METHODS.has(propertyName(node.callee) ?? '')) {
          expireCalls.push({ call: node, scope: scopeOf(node, sourceCode) });
        }
        const cache = facts.api.cacheCall(node);
        if (cache?.operation !== 'write') return;
        // Only client calls: helpers (named in settings or by convention) usually set the expiry inside,
        // where their own client call is checked.
        const { key } = cache;
        if (!key || key.type === T.SpreadElement || node.callee.type !== T.MemberExpression || (cache.library && !cache.library.expiry)) return;
        const rows = cache.library?.expiry ? [cache.library.expiry] : EXPIRY_ROWS.map(({ expiry }) => expiry);
        const method = methodName(node.callee);
        if (method === null || method === 'mset' || method === 'mSet') return; // many keys: no single expiry to check
        if (rows.some(row => row.expiringWrites.includes(method))) return;
        const takesOptions = rows.some(row => row.optionWrites.includes(method));
        if (takesOptions && setsExpiry(node.arguments.slice(2), rows)) return;
        if (!isSessionData(key, node.arguments[1] ?? undefined)) return;
        const form = suggestionFor(cache.library?.expiry ?? null);
        const fix = takesOptions ? (form ? optionFix(node, form) : null) : expireFix(node, key);
        pending.push({ call: node, key, scope: scopeOf(node, sourceCode), client: cache.client, fix });
      },
      'Program:exit'() {
        const keyContext = { sourceCode, api: facts.api };
        for (const write of pending) {
          const expired = expireCalls.some(
            ({ call, scope }) =>
              scope === write.scope &&
              call.range[1] > write.call.range[1] &&
              call.arguments[0] !== undefined &&
              compareKeys(keyShape(call.arguments[0], keyContext), keyShape(write.key, keyContext)) !== 'different',
          );
          if (expired) continue;
          const { fix } = write;
          context.report({
            node: write.call,
            messageId: 'missingExpiry',
            data: { call: `${sourceCode.getText(write.call.callee)}()`, client: write.client },
            suggest: fix ? [{ messageId: 'addExpiry', data: { seconds: String(seconds()), form: fix.form }, fix: fix.apply }] : [],
          });
        }
      },
    };
  },
});

/** `redis.set` → `set`; `redis.json.set` → `json.set`. */
function methodName(callee: TSESTree.MemberExpression): string | null {
  const name = propertyName(callee);
  if (name === null) return null;
  return callee.object.type === T.MemberExpression && propertyName(callee.object) === 'json' ? `json.${name}` : name;
}

/**
 * Do the arguments after the value set or keep an expiry? A token
 * (`'EX'`), an options key (`{ ex }`, `{ EX }`, `{ expiration }`), or anything
 * the file does not show (a variable, a spread) counts.
 */
function setsExpiry(rest: readonly TSESTree.CallExpressionArgument[], rows: readonly ExpiryForms[]): boolean {
  const tokens = new Set(rows.flatMap(row => row.tokens ?? []).map(token => token.toUpperCase()));
  const keys = new Set(rows.flatMap(row => row.optionKeys ?? []));
  return rest.some(argument => {
    const value = unwrapExpression(argument);
    if (value.type === T.Literal) return typeof value.value === 'string' && tokens.has(value.value.toUpperCase());
    if (value.type === T.ObjectExpression) {
      return value.properties.some(property => {
        if (property.type === T.SpreadElement || property.computed) return true;
        const name = property.key.type === T.Identifier ? property.key.name : String((property.key as TSESTree.Literal).value);
        return keys.has(name);
      });
    }
    return value.type !== T.TemplateLiteral;
  });
}

/** Can the key be evaluated again without side effects (`key`, `` `s:${user.id}` ``, `session.user.id`)? */
function isPure(node: TSESTree.Node): boolean {
  switch (node.type) {
    case T.Identifier:
    case T.Literal:
      return true;
    case T.MemberExpression:
      return isPure(node.object) && (!node.computed || isPure(node.property));
    case T.ChainExpression:
      return isPure(node.expression);
    case T.TemplateLiteral:
      return node.expressions.every(isPure);
    case T.BinaryExpression:
      return isPure(node.left) && isPure(node.right);
    default:
      return false;
  }
}

function scopeOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): FunctionNode | TSESTree.Program {
  return enclosingFunction(node) ?? sourceCode.ast;
}
