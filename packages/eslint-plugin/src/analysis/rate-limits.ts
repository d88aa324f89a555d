import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import type { ApiKnowledge } from './api.js';
import { CALL, propertyName, terminalName } from './imports.js';
import { RATE_LIMIT_NAMING, RATE_LIMITERS } from './libraries/rate-limiters.js';

/** Does this call count the request against a rate limit (a library call, a settings `rateLimiters` helper, or one named so)? */
export function isRateLimitCall(call: TSESTree.CallExpression, api: ApiKnowledge): boolean {
  if (api.calleeMatches(call, api.settings.rateLimiters)) return true;
  if (RATE_LIMITERS.some(limiter => api.calleeIs(call, limiter.calls))) return true;
  const origin = api.calleeOrigin(call);
  if (!origin || origin.path.at(-1) === CALL) return false;
  if (call.callee.type !== T.MemberExpression) return RATE_LIMIT_NAMING.function.test(terminalName(origin) ?? '');
  const method = propertyName(call.callee);
  if (method === null || !RATE_LIMIT_NAMING.methods.has(method)) return false;
  const receiver = api.resolver.resolve(call.callee.object);
  const receiverName = receiver && receiver.path.at(-1) !== CALL ? terminalName(receiver) : null;
  return receiverName !== null && RATE_LIMIT_NAMING.client.test(receiverName);
}
