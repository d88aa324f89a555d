import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { isSessionEndpoint, signedOutBody } from '../../analysis/auth-endpoints.js';
import { fileFacts } from '../../analysis/file-facts.js';
import { propertyName } from '../../analysis/imports.js';
import { resolveValue } from '../../analysis/local-values.js';
import { usesNextAuth } from '../../analysis/next-auth-usage.js';
import { responseOf, responseParamOf } from '../../analysis/responses.js';
import { isFunctionNode, unwrapExpression } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';

export const RULE_NAME = 'session-endpoint-contract';

type MessageIds =
  | 'objectReadsAsSession'
  | 'emptyObjectInV5'
  | 'nullInV4'
  | 'nullableSessionInV4'
  | 'nullWithErrorStatusInV5'
  | 'missingPost'
  | 'useSignedOutBody'
  | 'fallBackToEmptyObject'
  | 'addPost';

/** What the body literally says, when it says "no session". */
type NoSessionBody = 'non-empty-object' | 'empty-object' | 'null';

function isNullishLiteral(node: TSESTree.Node): boolean {
  return (
    (node.type === T.Literal && (node.value === null || node.value === false)) ||
    (node.type === T.Identifier && node.name === 'undefined')
  );
}

/** Classifies an object or null literal that cannot be a session: no spread, no non-null `user`. */
function noSessionBody(body: TSESTree.Node): NoSessionBody | null {
  if (body.type === T.Literal && body.value === null) return 'null';
  if (body.type !== T.ObjectExpression) return null;
  if (body.properties.length === 0) return 'empty-object';
  for (const property of body.properties) {
    if (property.type === T.SpreadElement) return null;
    const key = property.computed ? null : property.key.type === T.Identifier ? property.key.name : String(property.key.type === T.Literal ? property.key.value : '');
    if (key === null) return null;
    if (key === 'user' && !isNullishLiteral(property.value)) return null;
  }
  return 'non-empty-object';
}

/** The literal answers a body expression can produce: `session ?? {}` answers `{}` when signed out. */
function answers(body: TSESTree.Node): TSESTree.Node[] {
  if (body.type === T.LogicalExpression && body.operator !== '&&') return answers(body.right);
  if (body.type === T.ConditionalExpression) return [...answers(body.consequent), ...answers(body.alternate)];
  return [body];
}

const is2xx = (status: number | null): boolean => status === null || (status >= 200 && status < 300);

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: "Require a custom session endpoint to answer \"no session\" with the body next-auth's client reads as signed out",
      recommended: 'error',
      strict: 'error',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      objectReadsAsSession:
        'This session endpoint answers "no session" with `{{body}}`, but next-auth\'s client treats any non-empty object as a session, so signed-out users show as "authenticated". Send `{}` (next-auth v4) or `null` (Auth.js v5) with status 200.',
      emptyObjectInV5:
        'Auth.js v5\'s client treats any non-null body as a session, so `{}` keeps signed-out users "authenticated". Send `null` with status 200.',
      nullInV4:
        'next-auth v4\'s client expects an object from the session endpoint: `null` makes every poll fail with CLIENT_FETCH_ERROR. Send `{}` with status 200.',
      nullableSessionInV4:
        'This session endpoint sends `{{body}}`, which is `null` when nobody is signed in. next-auth v4\'s client then fails every poll with CLIENT_FETCH_ERROR (`Object.keys(null)` throws in fetchData). Send `{{body}} ?? {}`.',
      missingPost:
        'This session endpoint exports GET but no POST. `update()` from `useSession()` POSTs to the session endpoint, gets 405, and the session never updates. Export a POST that answers like GET (or delete this route and customise `callbacks.session`).',
      fallBackToEmptyObject: 'Send `{}` when there is no session.',
      addPost: 'Export POST as the same handler as GET.',
      nullWithErrorStatusInV5:
        'Auth.js v5\'s client rejects a `null` body with status {{status}} and keeps the stale session. Send `null` with status 200.',
      useSignedOutBody: 'Answer `{{replacement}}`, what {{library}} reads as signed out.',
    },
  },
  create(context) {
    const facts = fileFacts(context);
    if (!isSessionEndpoint(facts) || facts.handlers.length === 0 || !usesNextAuth(facts, context.sourceCode.ast)) return {};
    const version = facts.nextAuthVersion;
    const { sourceCode } = context;

    const suggestions = (body: TSESTree.Node, versions: readonly (4 | 5)[]): TSESLint.SuggestionReportDescriptor<MessageIds>[] =>
      versions.map(v => ({
        messageId: 'useSignedOutBody',
        data: { replacement: signedOutBody(v), library: v === 4 ? 'next-auth v4' : 'Auth.js v5' },
        fix: fixer => fixer.replaceText(body, signedOutBody(v)),
      }));

    /** A verifier's result that is null without a session (`getServerSession()`), in place or through a const. */
    const isNullableSession = (body: TSESTree.Node, response: TSESTree.Node): boolean => {
      if (testedOnTheWay(body, response, sourceCode)) return false;
      const value = resolveValue(body, sourceCode);
      const call = value && unwrapExpression(value);
      const verification = call?.type === T.CallExpression ? facts.api.verification(call) : null;
      return verification !== null && !verification.asserting && verification.shape.kind === 'nullable';
    };

    const reportNullable = (body: TSESTree.Node): void => {
      const text = sourceCode.getText(body);
      const operand = body.type === T.AwaitExpression ? `(${text})` : text;
      const replacement = body.parent?.type === T.LogicalExpression ? `(${operand} ?? {})` : `${operand} ?? {}`;
      context.report({
        node: body,
        messageId: 'nullableSessionInV4',
        data: { body: text },
        suggest: [{ messageId: 'fallBackToEmptyObject', fix: fixer => fixer.replaceText(body, replacement) }],
      });
    };

    function check(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      let fn: TSESTree.Node | undefined = node.parent;
      while (fn && !isFunctionNode(fn)) fn = fn.parent;
      const handler = fn && isFunctionNode(fn) ? facts.handlerFor(fn) : undefined;
      if (!handler) return;
      const response = responseOf(node, facts.api, handler.kind === 'pages-api' ? responseParamOf(handler.fn) : null);
      if (!response?.json || !response.body) return;
      const ok = is2xx(response.status);
      for (const body of answers(response.body)) {
        if (version === 4 && ok && isNullableSession(body, node) && !facts.guards(handler).guardedAt(node)) {
          reportNullable(body);
          continue;
        }
        const kind = noSessionBody(body);
        if (kind === 'non-empty-object' && ok) {
          context.report({
            node: body,
            messageId: 'objectReadsAsSession',
            data: { body: sourceCode.getText(body).replace(/\s+/g, ' ') },
            suggest: suggestions(body, version ? [version] : [4, 5]),
          });
        } else if (kind === 'empty-object' && ok && version === 5) {
          context.report({ node: body, messageId: 'emptyObjectInV5', suggest: suggestions(body, [5]) });
        } else if (kind === 'null' && version === 4) {
          context.report({ node: body, messageId: 'nullInV4', suggest: suggestions(body, [4]) });
        } else if (kind === 'null' && version === 5 && !ok) {
          context.report({
            node: statusNode(response.node) ?? body,
            messageId: 'nullWithErrorStatusInV5',
            data: { status: String(response.status) },
          });
        }
      }
    }

    return {
      CallExpression: check,
      NewExpression: check,
      'Program:exit'(program: TSESTree.Program) {
        if (facts.info.kind !== 'app-route' || facts.handlers.some(handler => handler.method === 'POST')) return;
        const get = facts.handlers.find(handler => handler.method === 'GET');
        if (!get) return;
        const alias = postAlias(program);
        context.report({
          node: get.fn.type === T.FunctionDeclaration && get.fn.id ? get.fn.id : get.fn,
          messageId: 'missingPost',
          suggest: alias ? [{ messageId: 'addPost', fix: fixer => fixer.insertTextAfter(program.body.at(-1)!, `\n\n${alias}`) }] : [],
        });
      },
    };
  },
});

/** `session ? session : {}`: a conditional between the body and the response tests the same variable. */
function testedOnTheWay(body: TSESTree.Node, response: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (body.type !== T.Identifier) return false;
  for (let current: TSESTree.Node | undefined = body.parent; current && current !== response; current = current.parent) {
    if (current.type === T.ConditionalExpression && sourceCode.getTokens(current.test).some(token => token.type === 'Identifier' && token.value === body.name)) return true;
  }
  return false;
}

/** `export const POST = GET;` or `export { handler as POST };`, for the way the file exports GET; null when it does not show. */
function postAlias(program: TSESTree.Program): string | null {
  for (const statement of program.body) {
    if (statement.type !== T.ExportNamedDeclaration || statement.exportKind === 'type') continue;
    const declaration = statement.declaration;
    if (declaration?.type === T.FunctionDeclaration && declaration.id?.name === 'GET') return 'export const POST = GET;';
    if (declaration?.type === T.VariableDeclaration && declaration.declarations.some(d => d.id.type === T.Identifier && d.id.name === 'GET')) return 'export const POST = GET;';
    if (statement.source) continue;
    for (const specifier of statement.specifiers) {
      const exported = specifier.exported.type === T.Identifier ? specifier.exported.name : specifier.exported.value;
      if (exported === 'GET' && specifier.local.type === T.Identifier) return `export { ${specifier.local.name} as POST };`;
    }
  }
  return null;
}

/** The `status: 401` property or `res.status(401)` call, to point at what must change. */
function statusNode(node: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Node | null {
  const init = node.arguments[1];
  if (init?.type === T.ObjectExpression) {
    for (const property of init.properties) {
      if (property.type === T.Property && !property.computed && property.key.type === T.Identifier && property.key.name === 'status') {
        return property;
      }
    }
  }
  if (node.type === T.CallExpression && node.callee.type === T.MemberExpression) {
    const object = node.callee.object;
    if (object.type === T.CallExpression && object.callee.type === T.MemberExpression && propertyName(object.callee) === 'status') return object;
  }
  return null;
}
