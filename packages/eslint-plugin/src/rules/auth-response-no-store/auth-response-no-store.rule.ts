import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { isSessionEndpoint, servedAuthEndpoint } from '../../analysis/auth-endpoints.js';
import { cookieCall, readsAuthCookie } from '../../analysis/cookies.js';
import { fileFacts } from '../../analysis/file-facts.js';
import type { Handler } from '../../analysis/handlers.js';
import { cacheHeaderKind, noStoreValue, PRIVATE_NO_STORE, saysPrivateNoStore, type StorableReason } from '../../analysis/http-cache.js';
import { cachingSegmentConfig, type SegmentConfigExport } from '../../analysis/next-cache.js';
import { configHeaderEntries, perUserPathsCovered } from '../../analysis/next-config.js';
import { type CacheHeaderWrite, cacheHeaderWrite } from '../../analysis/response-headers.js';
import { responseOf, responseParamOf, type ResponseSend } from '../../analysis/responses.js';
import { unverifiedRead } from '../../analysis/unverified-reads.js';
import { isFunctionNode } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';
import { appendProperty, enclosingStatement, linesBefore, removeStatement } from '../../util/source-edit.js';

export const RULE_NAME = 'auth-response-no-store';

type Options = [{ requireNoStoreOnSessionEndpoints?: boolean }];
type MessageIds =
  | 'storableHeader'
  | 'storableConfigHeader'
  | 'cachingSegmentConfig'
  | 'sessionEndpointWithoutNoStore'
  | 'useNoStore'
  | 'removeExport'
  | 'addNoStore';

const REASONS: Record<StorableReason, string> = {
  public: '`public` lets any shared cache store it',
  's-maxage': '`s-maxage` tells CDNs to store it',
  'max-age': '`max-age` lets the browser reuse it without asking',
  cdn: 'it tells the CDN to store it',
};

const SEGMENT_REASONS: Record<string, string> = {
  dynamic: 'renders the route once and serves that output to everyone',
  revalidate: 'serves one cached render to every visitor until it revalidates',
  fetchCache: 'caches every fetch of the route, whoever asked',
};

/** What a handler reads of the session and writes of caching headers. */
interface HandlerState {
  authRead: string | null;
  readonly writes: CacheHeaderWrite[];
  readonly responses: ResponseSend[];
}

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Forbid browser and CDN caching of responses that read the session or serve an auth endpoint',
      recommended: 'error',
      strict: 'error',
      strictOptions: { requireNoStoreOnSessionEndpoints: true },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          requireNoStoreOnSessionEndpoints: {
            type: 'boolean',
            description: 'Also require every response of a hand-written session endpoint to send `Cache-Control: private, no-store`.',
          },
        },
      },
    ],
    defaultOptions: [{ requireNoStoreOnSessionEndpoints: false }],
    messages: {
      storableHeader:
        '`{{header}}: {{value}}` makes this response cacheable ({{reason}}), but it depends on the session ({{auth}}). A stored copy can be served to another user or after sign-out. Send `Cache-Control: private, no-store`.',
      storableConfigHeader:
        '`{{header}}: {{value}}` in `headers()` applies to every path matching `{{source}}`, per-user ones included ({{paths}}), and {{reason}}. The cache keys by URL: the next user on the same browser or CDN can get the previous user\'s data. Send `private, no-store` there, and keep long caching for static assets (`/_next/static/:path*` with `immutable`).',
      cachingSegmentConfig:
        '`export const {{name}} = {{value}}` {{reason}}, but this route depends on the session ({{auth}}). Remove it so Next.js renders per request.',
      sessionEndpointWithoutNoStore:
        'This session endpoint response does not say `Cache-Control: private, no-store`. Browsers and CDNs (Azure Front Door in next-auth #2408) may store a session response and serve it to the next user. NextAuth\'s own endpoint sends `private, no-cache, no-store`.',
      useNoStore: "Send '{{value}}' instead.",
      removeExport: 'Remove `export const {{name}}`.',
      addNoStore: "Add 'Cache-Control: private, no-store' to this response.",
    },
  },
  create(context, [options]) {
    const facts = fileFacts(context);
    const { sourceCode } = context;
    if (facts.info.kind === 'next-config') {
      return {
        'Program:exit'(program: TSESTree.Program) {
          for (const entry of configHeaderEntries(program, sourceCode)) {
            const paths = entry.conditional ? [] : perUserPathsCovered(entry.source);
            if (paths.length === 0) continue;
            for (const header of entry.headers) {
              const storable = header.verdict?.storable;
              if (!storable) continue;
              const replacement = noStoreValue(header.verdict!.kind);
              context.report({
                node: header.valueNode,
                messageId: 'storableConfigHeader',
                data: { header: header.key, value: header.value, source: entry.source, paths: paths.map(path => `\`${path}\``).join(', '), reason: REASONS[storable] },
                suggest: [{ messageId: 'useNoStore', data: { value: replacement }, fix: fixer => fixer.replaceText(header.valueNode, `'${replacement}'`) }],
              });
            }
          }
        },
      };
    }
    if (facts.handlers.length === 0) return {};
    const authEndpoint = servedAuthEndpoint(facts);
    const endpointAuth = authEndpoint === null ? null : `it serves ${facts.settings.authBasePath}/${authEndpoint}`;
    const requireNoStore = Boolean(options.requireNoStoreOnSessionEndpoints) && isSessionEndpoint(facts);
    const states = new Map<Handler, HandlerState>();

    const handlerOf = (node: TSESTree.Node): Handler | undefined => {
      for (let current = node.parent; current; current = current.parent) {
        const handler = isFunctionNode(current) ? facts.handlerFor(current) : undefined;
        if (handler) return handler;
      }
      return undefined;
    };
    const stateOf = (handler: Handler): HandlerState => {
      let state = states.get(handler);
      if (!state) {
        state = { authRead: null, writes: [], responses: [] };
        states.set(handler, state);
      }
      return state;
    };
    const collectHeader = (node: TSESTree.Node): void => {
      const headerWrite = cacheHeaderWrite(node, sourceCode);
      const handler = headerWrite && handlerOf(node);
      if (handler) stateOf(handler).writes.push(headerWrite);
    };
    const collectResponse = (node: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      if (!requireNoStore) return;
      const handler = handlerOf(node);
      if (!handler) return;
      const response = responseOf(node, facts.api, handler.kind === 'pages-api' ? responseParamOf(handler.fn) : null);
      if (response) stateOf(handler).responses.push(response);
    };

    /** How a call reads the session, for messages: a verifier, an unverified read (`supabase.auth.getSession()`, `jwt.decode()`), or an auth cookie. */
    const sessionRead = (call: TSESTree.CallExpression): string | null => {
      const callee = sourceCode.getText(call.callee);
      if (facts.api.verification(call) || unverifiedRead(call, facts.api, callee)) return `${callee}()`;
      const cookie = cookieCall(call, facts.api, sourceCode);
      return cookie && readsAuthCookie(cookie) ? `the ${cookie.names.find(name => name !== null) ?? 'session'} cookie` : null;
    };

    const reportHeader = (headerWrite: CacheHeaderWrite, auth: string): void => {
      const replacement = noStoreValue(cacheHeaderKind(headerWrite.name)!);
      context.report({
        node: headerWrite.valueNode,
        messageId: 'storableHeader',
        data: { header: headerWrite.name, value: headerWrite.value, reason: REASONS[headerWrite.verdict!.storable!], auth },
        suggest: [{ messageId: 'useNoStore', data: { value: replacement }, fix: fixer => fixer.replaceText(headerWrite.valueNode, `'${replacement}'`) }],
      });
    };

    const reportSegment = (config: SegmentConfigExport, auth: string): void => {
      const { declaration } = config;
      const single = declaration.declaration?.type === T.VariableDeclaration && declaration.declaration.declarations.length === 1;
      context.report({
        node: config.declarator,
        messageId: 'cachingSegmentConfig',
        data: { name: config.name, value: JSON.stringify(config.value).replaceAll('"', "'"), reason: SEGMENT_REASONS[config.name]!, auth },
        suggest: single ? [{ messageId: 'removeExport', data: { name: config.name }, fix: fixer => removeStatement(fixer, declaration, sourceCode) }] : [],
      });
    };

    return {
      CallExpression(node) {
        const handler = handlerOf(node);
        if (handler && !stateOf(handler).authRead) stateOf(handler).authRead = sessionRead(node);
        collectHeader(node);
      },
      Property: collectHeader,
      ArrayExpression: collectHeader,
      'CallExpression:exit': collectResponse,
      'NewExpression:exit': collectResponse,
      'Program:exit'() {
        const authReads = [...states.values()].flatMap(state => (state.authRead ? [state.authRead] : []));
        const fileAuth = authReads[0] ?? endpointAuth;
        for (const state of states.values()) {
          const auth = state.authRead ?? endpointAuth;
          if (!auth) continue;
          for (const headerWrite of state.writes) if (headerWrite.verdict?.storable) reportHeader(headerWrite, auth);
        }
        // Segment config applies to the whole App Router module.
        if (fileAuth && (facts.info.kind === 'app-route' || facts.info.kind === 'app-component')) {
          for (const config of cachingSegmentConfig(sourceCode.ast)) reportSegment(config, fileAuth);
        }
        if (requireNoStore) for (const state of states.values()) checkSessionEndpoint(state);
      },
    };

    /** Under `strict`: every response of a hand-written session endpoint that carries data says `private, no-store`. */
    function checkSessionEndpoint(state: HandlerState): void {
      const cacheControl = state.writes.filter(w => cacheHeaderKind(w.name) === 'cache-control');
      for (const headerWrite of cacheControl) {
        // Storable values were reported above; unknown values are not ours to judge.
        if (headerWrite.value === null || headerWrite.verdict?.storable || saysPrivateNoStore(headerWrite.value)) continue;
        context.report({
          node: headerWrite.valueNode,
          messageId: 'sessionEndpointWithoutNoStore',
          suggest: [{ messageId: 'useNoStore', data: { value: PRIVATE_NO_STORE }, fix: fixer => fixer.replaceText(headerWrite.valueNode, `'${PRIVATE_NO_STORE}'`) }],
        });
      }
      // A handler that sets Cache-Control anywhere (`response.headers.set(…)`) has answered for its responses.
      if (cacheControl.some(w => !inside(w.valueNode, state.responses))) return;
      for (const response of state.responses) {
        if (carriesNothing(response) || cacheControl.some(w => inside(w.valueNode, [response]))) continue;
        const fix = addNoStoreFix(response, sourceCode);
        context.report({
          node: response.node,
          messageId: 'sessionEndpointWithoutNoStore',
          suggest: fix ? [{ messageId: 'addNoStore', fix }] : [],
        });
      }
    }
  },
});

/** `{}`, `null` or no body: a signed-out answer holds no per-user data to leak. */
function carriesNothing(response: ResponseSend): boolean {
  const { body } = response;
  if (!body) return true;
  if (body.type === T.ObjectExpression) return body.properties.length === 0;
  return (body.type === T.Literal && body.value === null) || (body.type === T.Identifier && body.name === 'undefined');
}

function inside(node: TSESTree.Node, responses: readonly ResponseSend[]): boolean {
  return responses.some(response => response.node.range[0] <= node.range[0] && node.range[1] <= response.node.range[1]);
}

const HEADER_PROPERTY = `'Cache-Control': '${PRIVATE_NO_STORE}'`;

/** Adds the header to a response's init, or before a Node-style send. */
function addNoStoreFix(response: ResponseSend, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.ReportFixFunction | null {
  if (response.style === 'node') {
    const statement = enclosingStatement(response.node);
    const callee = response.node.callee;
    const res = callee.type === T.MemberExpression ? rootIdentifier(callee.object) : null;
    if (!statement || !res) return null;
    return fixer => fixer.insertTextBefore(statement, linesBefore(statement, sourceCode, [`${res}.setHeader('Cache-Control', '${PRIVATE_NO_STORE}');`]));
  }
  const { init, node } = response;
  if (init) {
    const headers = init.properties.find(
      (p): p is TSESTree.Property => p.type === T.Property && !p.computed && p.key.type === T.Identifier && p.key.name === 'headers',
    );
    if (!headers) return fixer => appendProperty(fixer, init, `headers: { ${HEADER_PROPERTY} }`, sourceCode);
    const headersObject = headers.value;
    return headersObject.type === T.ObjectExpression ? fixer => appendProperty(fixer, headersObject, HEADER_PROPERTY, sourceCode) : null;
  }
  // `NextResponse.json(x)` / `new Response(body)`: add the init argument.
  const args = node.arguments;
  if (args.length !== 1 || args[0]!.type === T.SpreadElement) return null;
  return fixer => fixer.insertTextAfter(args[0]!, `, { headers: { ${HEADER_PROPERTY} } }`);
}

function rootIdentifier(node: TSESTree.Node): string | null {
  let current = node;
  while (current.type === T.MemberExpression || current.type === T.CallExpression) {
    current = current.type === T.MemberExpression ? current.object : current.callee;
  }
  return current.type === T.Identifier ? current.name : null;
}
