import { NEXTAUTH_ENDPOINTS, servedAuthEndpoint } from '../../analysis/auth-endpoints.js';
import { fileFacts } from '../../analysis/file-facts.js';
import { usesNextAuth } from '../../analysis/next-auth-usage.js';
import { createRule } from '../../util/create-rule.js';

export const RULE_NAME = 'no-shadowed-auth-route';

const RESERVED = new Set<string>(NEXTAUTH_ENDPOINTS);

export default createRule<[], 'shadowsEndpoint'>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow route files that take over an endpoint NextAuth serves itself under its base path',
      recommended: 'error',
      strict: 'error',
    },
    schema: [],
    defaultOptions: [],
    messages: {
      shadowsEndpoint:
        "This route serves `{{path}}`, which NextAuth's `[...nextauth]` handler already serves. The custom route wins, so it drops NextAuth's cookie rolling, breaks `update()`, and misses the `__Secure-` and chunked cookie names. Delete it and customise the session with `callbacks.session` / `callbacks.jwt`.",
    },
  },
  create(context) {
    const facts = fileFacts(context);
    const endpoint = servedAuthEndpoint(facts);
    if (endpoint === null || !RESERVED.has(endpoint) || !usesNextAuth(facts, context.sourceCode.ast)) return {};
    const [first] = facts.handlers;
    if (!first) return {};
    // Point at the handler's name (or its first token), not its whole body.
    const anchor = first.fn.type === 'FunctionDeclaration' && first.fn.id ? first.fn.id : context.sourceCode.getFirstToken(first.fn);
    context.report({
      loc: anchor?.loc ?? first.fn.loc,
      messageId: 'shadowsEndpoint',
      data: { path: facts.info.routePath ?? endpoint },
    });
    return {};
  },
});
