import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { childNodes } from '../util/ast.js';
import type { ServerSignOutMatch } from './api.js';
import { type CookieCall, clearsAuthCookie, cookieCall, headerPropertyClear } from './cookies.js';
import type { FileFacts } from './file-facts.js';
import { callsIn } from './local-values.js';

/**
 * Code that ends the user's session on the server: a library or team
 * sign-out (`signOut()`, `supabase.auth.signOut()`, `lucia.invalidateSession`,
 * `session.destroy()`, a settings `signOuts` wrapper), or only clearing an
 * auth cookie (`cookies().delete('session')`, a `Set-Cookie` that expires it).
 */
export type SessionEnding =
  | { readonly kind: 'sign-out'; readonly node: TSESTree.CallExpression; readonly signOut: ServerSignOutMatch }
  | { readonly kind: 'cookie'; readonly node: TSESTree.CallExpression | TSESTree.Property; readonly cookie: CookieCall };

/** The session ending `node` is, if it is one: a call, or a `'Set-Cookie'` property of a headers object. */
export function sessionEndingOf(node: TSESTree.Node, facts: FileFacts, sourceCode: Readonly<TSESLint.SourceCode>): SessionEnding | null {
  if (node.type === T.CallExpression) {
    const signOut = facts.api.serverSignOut(node);
    if (signOut) return { kind: 'sign-out', node, signOut };
    const cookie = cookieCall(node, facts.api, sourceCode);
    return cookie && clearsAuthCookie(cookie) ? { kind: 'cookie', node, cookie } : null;
  }
  if (node.type === T.Property) {
    const cookie = headerPropertyClear(node, sourceCode);
    return cookie && clearsAuthCookie(cookie) ? { kind: 'cookie', node, cookie } : null;
  }
  return null;
}

/** Every session ending under `root`, including inside the same-file helpers it calls, in source order. */
export function sessionEndingsIn(root: TSESTree.Node, facts: FileFacts, sourceCode: Readonly<TSESLint.SourceCode>): SessionEnding[] {
  const endings = callsIn(root, sourceCode, call => sessionEndingOf(call, facts, sourceCode) !== null).map(call => sessionEndingOf(call, facts, sourceCode)!);
  const visit = (node: TSESTree.Node): void => {
    const ending = node.type === T.Property ? sessionEndingOf(node, facts, sourceCode) : null;
    if (ending) endings.push(ending);
    for (const child of childNodes(node)) visit(child);
  };
  visit(root);
  return endings.sort((a, b) => a.node.range[0] - b.node.range[0]);
}
