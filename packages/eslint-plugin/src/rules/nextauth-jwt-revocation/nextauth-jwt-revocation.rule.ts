import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { fileFacts } from '../../analysis/file-facts.js';
import { childNodes, type FunctionNode, isFunctionNode, unwrapExpression } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';
import { indentationOf } from '../../util/source-edit.js';

export const RULE_NAME = 'nextauth-jwt-revocation';

type MessageIds = 'emptyTokenKeepsSession' | 'throwInstead';

/** next-auth v4-only imports: a file that has them configures v4 even when no package.json says so. */
const V4_ONLY_IMPORTS = new Set(['getServerSession', 'unstable_getServerSession', 'NextAuthOptions', 'AuthOptions']);
const THROW = "throw new Error('Session revoked');";

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow ending a next-auth v4 session by returning an empty token from `callbacks.jwt`',
      recommended: 'error',
      strict: 'error',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      emptyTokenKeepsSession:
        'Returning {{value}} from `callbacks.jwt` does not sign the user out in next-auth v4: the session route still builds `session.user` from the old token\'s name and email, so the user stays signed in. Throw instead: next-auth then clears the session cookies.',
      throwInstead: 'Throw instead, so next-auth clears the session cookies.',
    },
  },
  create(context) {
    const facts = fileFacts(context);
    const { sourceCode } = context;
    if (facts.nextAuthConfigs.length === 0) return {};
    // Auth.js v5 honours a null token (it deletes the session cookie).
    const version = facts.nextAuthVersion ?? (importsV4Only(sourceCode.ast) ? 4 : undefined);
    if (version !== 4) return {};

    return {
      'Program:exit'() {
        for (const config of facts.nextAuthConfigs) {
          const jwt = config.callback('jwt');
          if (jwt) for (const exit of emptyExits(jwt)) report(exit);
        }
      },
    };

    function report(exit: EmptyExit): void {
      const fix = suggestion(exit, sourceCode);
      context.report({
        node: exit.node,
        messageId: 'emptyTokenKeepsSession',
        data: { value: exit.value },
        suggest: fix ? [{ messageId: 'throwInstead', fix }] : [],
      });
    }
  },
});

/** A way the callback gives back an empty token: `return {}`, `return null`, `return;`, a `? {} :` branch, `=> null`. */
interface EmptyExit {
  /** What the report points at. */
  readonly node: TSESTree.Node;
  /** How the message names the value. */
  readonly value: string;
  readonly statement: TSESTree.ReturnStatement | null;
  readonly fn: FunctionNode;
}

function importsV4Only(program: TSESTree.Program): boolean {
  return program.body.some(
    statement =>
      statement.type === T.ImportDeclaration &&
      /^next-auth(?:\/next)?$/.test(statement.source.value) &&
      statement.specifiers.some(
        specifier => specifier.type === T.ImportSpecifier && V4_ONLY_IMPORTS.has(specifier.imported.type === T.Identifier ? specifier.imported.name : specifier.imported.value),
      ),
  );
}

/** `{}`, `null`, `undefined` or `void 0` (through type assertions); null for anything else. */
function emptyValue(node: TSESTree.Node | null): string | null {
  if (!node) return '`undefined`';
  const value = unwrapExpression(node);
  if (value.type === T.ObjectExpression && value.properties.length === 0) return '`{}`';
  if (value.type === T.Literal && value.value === null && !('regex' in value)) return '`null`';
  if (value.type === T.Identifier && value.name === 'undefined') return '`undefined`';
  if (value.type === T.UnaryExpression && value.operator === 'void') return '`undefined`';
  return null;
}

function emptyExits(fn: FunctionNode): EmptyExit[] {
  if (fn.body.type !== T.BlockStatement) return exitsOf(fn.body, fn.body, null, fn);
  const found: EmptyExit[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (isFunctionNode(node)) return;
    if (node.type === T.ReturnStatement) found.push(...exitsOf(node, node.argument, node, fn));
    for (const child of childNodes(node)) visit(child);
  };
  for (const statement of fn.body.body) visit(statement);
  return found;
}

function exitsOf(at: TSESTree.Node, value: TSESTree.Node | null, statement: TSESTree.ReturnStatement | null, fn: FunctionNode): EmptyExit[] {
  const empty = emptyValue(value);
  if (empty) return [{ node: at, value: empty, statement, fn }];
  const unwrapped = value && unwrapExpression(value);
  if (unwrapped?.type !== T.ConditionalExpression) return [];
  return [unwrapped.consequent, unwrapped.alternate].flatMap(branch => {
    const branchValue = emptyValue(branch);
    return branchValue ? [{ node: branch, value: branchValue, statement, fn }] : [];
  });
}

/** Replaces the empty return with a throw; for a conditional, throws on the empty branch and returns the other. */
function suggestion(exit: EmptyExit, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.ReportFixFunction | null {
  const { statement } = exit;
  if (!statement) {
    // `jwt: () => null`: the whole expression body becomes a throwing block.
    const body = exit.fn.body;
    return body === exit.node ? fixer => fixer.replaceText(body, `{\n${indentationOf(body, sourceCode)}  ${THROW}\n${indentationOf(body, sourceCode)}}`) : null;
  }
  if (statement === exit.node) return fixer => fixer.replaceText(statement, THROW);
  const conditional = unwrapExpression(statement.argument!) as TSESTree.ConditionalExpression;
  if (statement.parent.type !== T.BlockStatement && statement.parent.type !== T.SwitchCase) return null;
  const emptyIsConsequent = exit.node === conditional.consequent;
  const other = emptyIsConsequent ? conditional.alternate : conditional.consequent;
  if (emptyValue(other)) return null;
  const test = sourceCode.getText(conditional.test);
  const condition = emptyIsConsequent ? test : `!(${test})`;
  const indent = indentationOf(statement, sourceCode);
  return fixer => fixer.replaceText(statement, `if (${condition}) {\n${indent}  ${THROW}\n${indent}}\n${indent}return ${sourceCode.getText(other)};`);
}
