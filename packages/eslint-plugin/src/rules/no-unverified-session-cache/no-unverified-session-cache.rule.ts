import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { isSessionEndpoint, signedOutBody } from '../../analysis/auth-endpoints.js';
import type { CacheCall } from '../../analysis/api.js';
import { type FileFacts, fileFacts } from '../../analysis/file-facts.js';
import type { Handler } from '../../analysis/handlers.js';
import { responseOf, responseParamOf } from '../../analysis/responses.js';
import { nodeMentionsSessionData } from '../../analysis/session-data.js';
import { findNode, isFunctionNode, patternIdentifiers } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';
import { enclosingStatement, freshName, linesBefore } from '../../util/source-edit.js';

export const RULE_NAME = 'no-unverified-session-cache';

/** What NextAuth's own session endpoint sends (core/routes/session.ts). */
const NO_STORE = 'private, no-store';

type MessageIds = 'cacheBeforeVerification' | 'cacheWithoutVerification' | 'insertVerification';

interface CacheRead {
  readonly call: TSESTree.CallExpression;
  readonly cache: CacheCall;
}

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the session to be verified before a request handler answers from a session cache',
      recommended: 'error',
      strict: 'error',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      cacheBeforeVerification:
        'This response sends data read from {{client}} before the session is verified on every path. After sign-out the cache still holds the old session, so signed-out users look signed in. Move the {{verifier}} check (and its `if (!session) return`) above the cache read.',
      cacheWithoutVerification:
        'This handler answers with data read from {{client}} without verifying the session. A cache entry outlives sign-out and cookie expiry; verify the session first and key the cache by the verified user id.',
      insertVerification: 'Verify the session with {{verifier}} and return early before reading the cache.',
    },
  },
  create(context) {
    const facts = fileFacts(context);
    if (facts.handlers.length === 0) return {};
    const { sourceCode } = context;
    const sessionEndpoint = isSessionEndpoint(facts);
    /** Per handler: session cache reads, and the variables that hold their data. */
    const reads = new Map<Handler, CacheRead[]>();
    const tainted = new Map<Handler, Map<string, CacheRead>>();
    const reported = new Set<TSESTree.CallExpression>();

    const handlerOf = (node: TSESTree.Node): Handler | undefined => {
      for (let current = node.parent; current; current = current.parent) {
        const handler = isFunctionNode(current) ? facts.handlerFor(current) : undefined;
        if (handler) return handler;
      }
      return undefined;
    };

    /** The session cache read a value comes from: a read in the expression, or a variable holding one. */
    const sourceRead = (handler: Handler, node: TSESTree.Node): CacheRead | undefined => {
      const vars = tainted.get(handler);
      const handlerReads = reads.get(handler) ?? [];
      const [start, end] = node.range;
      const direct = handlerReads.find(read => read.call.range[0] >= start && read.call.range[1] <= end);
      if (direct || !vars) return direct;
      for (const token of sourceCode.getTokens(node)) {
        if (token.type === 'Identifier' && vars.has(token.value)) return vars.get(token.value);
      }
      return undefined;
    };

    const check = (handler: Handler, responseNode: TSESTree.Node, body: TSESTree.Node | null): void => {
      if (!body) return;
      const read = sourceRead(handler, body);
      if (!read || reported.has(read.call)) return;
      if (facts.guards(handler).guardedAt(responseNode)) return;
      reported.add(read.call);
      const verification = findVerification(handler, facts);
      const verifier = verification ? calleeText(verification, sourceCode) : 'the session';
      const suggestion = verificationSuggestion(handler, read.call, facts, sourceCode, sessionEndpoint);
      context.report({
        node: read.call,
        messageId: verification ? 'cacheBeforeVerification' : 'cacheWithoutVerification',
        data: { client: read.cache.client, verifier },
        suggest: suggestion
          ? [{ messageId: 'insertVerification', data: { verifier: suggestion.verifier }, fix: suggestion.fix }]
          : [],
      });
    };

    function checkResponse(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const handler = handlerOf(node);
      if (!handler) return;
      const response = responseOf(node, facts.api, handler.kind === 'pages-api' ? responseParamOf(handler.fn) : null);
      if (response) check(handler, node, response.body);
    }

    return {
      CallExpression(node) {
        const cache = facts.api.cacheCall(node);
        if (cache?.operation !== 'read') return;
        if (!sessionEndpoint && !nodeMentionsSessionData(node, sourceCode)) return;
        const handler = handlerOf(node);
        if (!handler) return;
        const list = reads.get(handler) ?? [];
        list.push({ call: node, cache });
        reads.set(handler, list);
      },
      'VariableDeclarator:exit'(node: TSESTree.VariableDeclarator) {
        if (!node.init) return;
        const handler = handlerOf(node);
        if (!handler) return;
        const read = sourceRead(handler, node.init);
        if (!read) return;
        const vars = tainted.get(handler) ?? new Map<string, CacheRead>();
        for (const { name } of patternIdentifiers(node.id)) vars.set(name, read);
        tainted.set(handler, vars);
      },
      'CallExpression:exit': checkResponse,
      'NewExpression:exit': checkResponse,
      ReturnStatement(node) {
        // A server action's return value is its response.
        const handler = handlerOf(node);
        if (handler?.kind === 'server-action' && node.argument) check(handler, node, node.argument);
      },
    };
  },
});

/** The first verification call in the handler, or elsewhere in the file, to copy into a suggestion. */
function findVerification(handler: Handler, facts: FileFacts): TSESTree.CallExpression | null {
  return findNode(handler.fn.body, (node): node is TSESTree.CallExpression => node.type === T.CallExpression && facts.api.verification(node) !== null);
}

function calleeText(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): string {
  return `${sourceCode.getText(call.callee)}()`;
}

/**
 * The statements that answer "no session" in this kind of handler. A session
 * endpoint answers the signed-out body with NextAuth's own `no-store`.
 */
function earlyExit(handler: Handler, facts: FileFacts, sessionEndpoint: boolean): string[] | null {
  const version = sessionEndpoint ? facts.nextAuthVersion : undefined;
  switch (handler.kind) {
    case 'route':
      return version
        ? [`return Response.json(${signedOutBody(version)}, { headers: { 'Cache-Control': '${NO_STORE}' } });`]
        : ['return new Response(null, { status: 401 });'];
    case 'pages-api': {
      const res = responseParamOf(handler.fn);
      if (!res) return null;
      return version
        ? [`${res}.setHeader('Cache-Control', '${NO_STORE}');`, `return ${res}.status(200).json(${signedOutBody(version)});`]
        : [`return ${res}.status(401).end();`];
    }
    case 'server-action':
      return ["throw new Error('Unauthorized');"];
    default:
      return null;
  }
}

function verificationSuggestion(
  handler: Handler,
  read: TSESTree.CallExpression,
  facts: FileFacts,
  sourceCode: Readonly<TSESLint.SourceCode>,
  sessionEndpoint: boolean,
): { verifier: string; fix: TSESLint.ReportFixFunction } | null {
  const verification = findVerification(handler, facts);
  const statement = enclosingStatement(read);
  const exit = earlyExit(handler, facts, sessionEndpoint);
  if (!verification || !statement || !exit || !handler.fn.async) return null;
  const match = facts.api.verification(verification)!;
  // `if (!session)` proves nothing for always-object results, and the call must not use later bindings.
  if ((!match.asserting && match.shape.kind !== 'nullable') || usesLaterBindings(verification, statement, sourceCode)) return null;
  const callText = sourceCode.getText(verification);
  const lines = match.asserting
    ? [`await ${callText};`]
    : (() => {
        const name = freshName('session', handler.fn, sourceCode);
        return [`const ${name} = await ${callText};`, `if (!${name}) {`, ...exit.map(line => `  ${line}`), '}'];
      })();
  return {
    verifier: calleeText(verification, sourceCode),
    fix: fixer => fixer.insertTextBefore(statement, linesBefore(statement, sourceCode, lines)),
  };
}

/** Does `call` read a variable declared after `before` starts (which would throw if moved above it)? */
function usesLaterBindings(call: TSESTree.CallExpression, before: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const scope = sourceCode.getScope(call);
  return scope.through.concat(scope.references).some(reference => {
    const [start, end] = reference.identifier.range;
    if (start < call.range[0] || end > call.range[1]) return false;
    const definition = reference.resolved?.defs[0];
    return definition !== undefined && definition.name.range[0] > before.range[0];
  });
}
