import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import type { ApiKnowledge } from './api.js';
import { AUTH_LIBRARIES, type SignInResult } from './libraries/auth-libraries.js';

/**
 * The result contract of a client sign-in call that resolves instead of
 * navigating: next-auth's `signIn(provider, { redirect: false })`. Null for
 * other calls, and when the options do not say so in the file.
 */
export function signInResultOf(call: TSESTree.CallExpression, api: ApiKnowledge): SignInResult | null {
  for (const library of AUTH_LIBRARIES) {
    const contract = library.client?.signInResult;
    if (!contract || !api.calleeIs(call, [contract.ref])) continue;
    const { argument, option, value } = contract.returnsWhen;
    const options = call.arguments[argument];
    if (options?.type !== T.ObjectExpression) return null;
    const property = options.properties.findLast(
      (p): p is TSESTree.Property => p.type === T.Property && !p.computed && p.key.type === T.Identifier && p.key.name === option,
    );
    // A spread after the option may override it.
    const last = options.properties.at(-1);
    if (!property || (last?.type === T.SpreadElement && options.properties.indexOf(property) < options.properties.length - 1)) return null;
    return property.value.type === T.Literal && property.value.value === value ? contract : null;
  }
  return null;
}
