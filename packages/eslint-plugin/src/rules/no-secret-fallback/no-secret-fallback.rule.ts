import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { fileFacts } from '../../analysis/file-facts.js';
import { isTestFile } from '../../analysis/files.js';
import { envVarName, isEnvObject, isSecretEnvName, isSecretOptionName, secretParameterFor } from '../../analysis/secrets.js';
import { staticString, UNKNOWN_PART } from '../../analysis/static-values.js';
import { unwrapExpression } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';

export const RULE_NAME = 'no-secret-fallback';

type MessageIds = 'secretFallback' | 'failFast' | 'removeFallback';

const HELPER = 'throwMissingEnv';
/** Fallbacks that are addresses, not key material. */
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|\/|localhost\b)/i;
const TYPESCRIPT = /\.[cm]?tsx?$/;

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow hard-coded fallbacks for secret environment variables',
      recommended: 'error',
      strict: 'error',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      secretFallback:
        '`{{name}}` falls back to a hard-coded value {{why}}. Whenever the variable is missing in production, that value becomes the secret, and anyone who can read the repository knows it. Fail fast instead.',
      failFast: 'Throw when `{{name}}` is missing: `{{replacement}}`.',
      removeFallback: 'Remove the fallback.',
    },
  },
  create(context) {
    const facts = fileFacts(context);
    if (isTestFile(facts.info)) return {};
    const { sourceCode } = context;
    if (!/\benv\b/.test(sourceCode.text)) return {};
    const allowed = new Set(facts.settings.secretAllowList);

    /** Why this env read is a secret: its name, the option it fills, or the API it keys; null when it is not. */
    const secretReason = (name: string, fallbackHolder: TSESTree.Node): string | null => {
      if (allowed.has(name)) return null;
      if (isSecretEnvName(name)) return '(its name says it is a secret)';
      const parent = fallbackHolder.parent;
      if (parent?.type === T.Property && parent.value === fallbackHolder) {
        const key = parent.key.type === T.Identifier && !parent.computed ? parent.key.name : parent.key.type === T.Literal ? String(parent.key.value) : null;
        if (key !== null && isSecretOptionName(key)) return `for the \`${key}\` option`;
      }
      const api = secretParameterFor(fallbackHolder, facts.api, sourceCode);
      return api ? `as the key of ${api}` : null;
    };

    return {
      LogicalExpression(node) {
        if (node.operator !== '||' && node.operator !== '??') return;
        const name = envVarName(node.left);
        if (name === null || !isHardCoded(node.right, sourceCode)) return;
        const why = secretReason(name, node);
        if (!why) return;
        const envText = sourceCode.getText(node.left);
        const replacement = `${envText} ${node.operator} ${HELPER}('${name}')`;
        context.report({
          node: node.right,
          messageId: 'secretFallback',
          data: { name, why },
          suggest: [
            { messageId: 'failFast', data: { name, replacement }, fix: fixer => failFast(fixer, node, replacement, context.filename, sourceCode) },
            { messageId: 'removeFallback', fix: fixer => fixer.replaceText(node, envText) },
          ],
        });
      },
      // const { JWT_SECRET = 'dev-secret' } = process.env
      AssignmentPattern(node) {
        const property = node.parent;
        if (property.type !== T.Property || property.value !== node || property.parent.type !== T.ObjectPattern) return;
        const declarator = property.parent.parent;
        if (declarator.type !== T.VariableDeclarator || !declarator.init || !isEnvObject(declarator.init)) return;
        const name = property.key.type === T.Identifier && !property.computed ? property.key.name : null;
        if (name === null || allowed.has(name) || !isSecretEnvName(name) || !isHardCoded(node.right, sourceCode)) return;
        context.report({
          node: node.right,
          messageId: 'secretFallback',
          data: { name, why: '(its name says it is a secret)' },
          suggest: [{ messageId: 'removeFallback', fix: fixer => fixer.replaceText(node, sourceCode.getText(node.left)) }],
        });
      },
    };
  },
});

/** A non-empty string the file spells out in full, that is not an address. */
function isHardCoded(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const value = staticString(unwrapExpression(node), sourceCode);
  return value !== null && value.trim() !== '' && !value.includes(UNKNOWN_PART) && !URL_LIKE.test(value);
}

/** Replaces the fallback with a throwing helper, and declares the helper at the end of the file unless it is already in scope. */
function* failFast(
  fixer: TSESLint.RuleFixer,
  node: TSESTree.LogicalExpression,
  replacement: string,
  filename: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Generator<TSESLint.RuleFix> {
  yield fixer.replaceText(node, replacement);
  const program = sourceCode.ast;
  if (ASTUtils.findVariable(sourceCode.getScope(node), HELPER)) return;
  const typed = TYPESCRIPT.test(filename);
  const helper = [
    '',
    typed ? `function ${HELPER}(name: string): never {` : `function ${HELPER}(name) {`,
    '  throw new Error(`Missing environment variable ${name}`);',
    '}',
    '',
  ].join('\n');
  const last = program.body.at(-1);
  yield last ? fixer.insertTextAfter(last, `\n${helper}`) : fixer.insertTextAfterRange([0, program.range[1]], helper);
}
