import { type TSESLint, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { fileFacts } from '../../analysis/file-facts.js';
import type { NextAuthConfig, SessionStrategy } from '../../analysis/nextauth-config.js';
import { signOutEventReads, type EventKey, type EventRead } from '../../analysis/signout-event.js';
import type { FunctionNode } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';
import { freshName, indentationOf } from '../../util/source-edit.js';

export const RULE_NAME = 'nextauth-signout-event-shape';

type MessageIds = 'neverPassed' | 'unknownStrategy' | 'narrow';

/** What `events.signOut` receives under each strategy (next-auth core/routes/signout, @auth/core actions/signout). */
const PASSED: Record<SessionStrategy, EventKey> = { jwt: 'token', database: 'session' };

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `events.signOut` to read only the argument its session strategy passes',
      strict: 'error',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      neverPassed:
        'events.signOut reads `{{key}}`, but with {{reason}} NextAuth calls it with `{ {{passed}} }` only, so `{{key}}` is undefined and this sign-out clean-up never happens. Read `{{passed}}` instead.',
      unknownStrategy:
        'events.signOut reads `{{key}}` only, but this file does not decide the session strategy, so NextAuth may call it with `{ {{other}} }` instead (JWT passes `{ token }`, database sessions pass `{ session }`, never both). Check `\'{{key}}\' in message` first and handle the other shape.',
      narrow: "Narrow the argument with `'{{key}}' in {{name}}` before reading `{{key}}`.",
    },
  },
  create(context) {
    const facts = fileFacts(context);
    if (facts.nextAuthConfigs.length === 0) return {};
    const { sourceCode } = context;

    const check = (config: NextAuthConfig): void => {
      const fn = config.event('signOut');
      if (!fn) return;
      const all = signOutEventReads(fn, sourceCode);
      const reads = all.filter(read => !read.narrowed);
      const strategy = config.strategy;
      if (strategy) {
        const passed = PASSED[strategy];
        for (const read of reads.filter(r => r.key !== passed)) {
          context.report({
            node: read.node,
            messageId: 'neverPassed',
            data: { key: read.key, passed, reason: strategyReason(config, strategy) },
            suggest: narrowingSuggestions(fn, reads, read.key, sourceCode),
          });
        }
        return;
      }
      const keys = new Set(all.map(read => read.key));
      // Reading both shapes (`token ?? session`) handles either strategy.
      if (keys.size !== 1) return;
      for (const read of reads) {
        context.report({
          node: read.node,
          messageId: 'unknownStrategy',
          data: { key: read.key, other: read.key === 'token' ? 'session' : 'token' },
          suggest: narrowingSuggestions(fn, reads, read.key, sourceCode),
        });
      }
    };

    return {
      Program() {
        for (const config of facts.nextAuthConfigs) check(config);
      },
    };
  },
});

function narrowingSuggestions(
  fn: FunctionNode,
  reads: readonly EventRead[],
  key: EventKey,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const fix = narrowingFix(fn, reads, key, sourceCode);
  return fix ? [{ messageId: 'narrow', data: { key, name: fix.name }, fix: fix.apply }] : [];
}

function strategyReason(config: NextAuthConfig, strategy: SessionStrategy): string {
  if (config.lookup(['session', 'strategy']).found) return `\`session.strategy: '${strategy}'\``;
  return strategy === 'database' ? 'an adapter and no `session.strategy` (the database strategy)' : 'no adapter (the JWT strategy)';
}

/**
 * Rewrites the handler to the narrowing form: a destructured parameter
 * becomes `message`, destructured again after `if (!('key' in message)) return;`;
 * a named parameter gets the same check in front of the body.
 */
function narrowingFix(
  fn: FunctionNode,
  reads: readonly EventRead[],
  key: EventKey,
  sourceCode: Readonly<TSESLint.SourceCode>,
): { name: string; apply: TSESLint.ReportFixFunction } | null {
  // One early return can only admit one shape.
  if (reads.some(read => read.key !== key)) return null;
  const param = fn.params[0];
  if (!param) return null;
  if (param.type === T.Identifier) {
    const name = param.name;
    return { name, apply: fixer => prepend(fixer, fn, [`if (!('${key}' in ${name})) return;`], sourceCode) };
  }
  const pattern = param.type === T.AssignmentPattern ? param.left : param;
  if (pattern.type !== T.ObjectPattern || param.type === T.AssignmentPattern) return null;
  const name = freshName('message', fn, sourceCode);
  const annotation = pattern.typeAnnotation ? sourceCode.getText(pattern.typeAnnotation) : '';
  const patternText = sourceCode.getText(pattern).slice(0, pattern.typeAnnotation ? pattern.typeAnnotation.range[0] - pattern.range[0] : undefined).trimEnd();
  return {
    name,
    apply: fixer => [
      fixer.replaceText(param, `${name}${annotation}`),
      prepend(fixer, fn, [`if (!('${key}' in ${name})) return;`, `const ${patternText} = ${name};`], sourceCode),
    ],
  };
}

function prepend(fixer: TSESLint.RuleFixer, fn: FunctionNode, lines: readonly string[], sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleFix {
  const indent = indentationOf(fn, sourceCode);
  const inner = `${indent}  `;
  if (fn.body.type === T.BlockStatement) {
    const first = fn.body.body[0];
    if (first) {
      // A one-line body stays on one line.
      const separator = first.loc.start.line === fn.body.loc.start.line ? ' ' : `\n${indentationOf(first, sourceCode)}`;
      return fixer.insertTextBefore(first, lines.map(line => line + separator).join(''));
    }
    return fixer.replaceText(fn.body, `{\n${lines.map(line => inner + line).join('\n')}\n${indent}}`);
  }
  // `({ token }) => redis.del(…)`: becomes a block that returns the old body.
  const body = sourceCode.getText(fn.body);
  return fixer.replaceText(fn.body, `{\n${[...lines, `return ${body};`].map(line => inner + line).join('\n')}\n${indent}}`);
}
