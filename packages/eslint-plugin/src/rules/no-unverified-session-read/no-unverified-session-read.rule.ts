import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { type FileFacts, fileFacts } from '../../analysis/file-facts.js';
import type { Handler } from '../../analysis/handlers.js';
import { patternPath, propertyName } from '../../analysis/imports.js';
import { testedForPresence } from '../../analysis/presence.js';
import { isServerCode } from '../../analysis/server-code.js';
import { optionValue, type UnverifiedReadMatch, unverifiedRead } from '../../analysis/unverified-reads.js';
import { enclosingFunction, findNode, isFunctionNode, patternIdentifiers } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';
import { addNamedImport, importState } from '../../util/import-edit.js';
import { appendProperty, removeProperty } from '../../util/source-edit.js';

export const RULE_NAME = 'no-unverified-session-read';

type Options = [{ checkCookieCache?: boolean }];
type MessageIds =
  | 'storedSession'
  | 'decodedToken'
  | 'rawToken'
  | 'cookieCacheSession'
  | 'cookiePresence'
  | 'useGetUser'
  | 'verifyToken'
  | 'dropRaw'
  | 'disableCookieCache';

/** Claims that only time the token: a branch on them schedules a refresh, it does not decide who the user is. */
const TIMING_CLAIMS = new Set(['exp', 'iat', 'nbf']);
const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MAX_DEPTH = 3;
/** Better Auth's `session: { cookieCache: { enabled: true } }` written in the file. */
const COOKIE_CACHE_ON = /cookieCache\s*:\s*\{[^}]*\benabled\s*:\s*true/;
/** Cheap pre-check: every shape this rule knows has one of these words. */
const RELEVANT = /getSession|decode|Decode|getToken|JSON\.parse/;

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow deciding who the user is on the server from session or token data that was never verified',
      recommended: 'error',
      strict: 'error',
      strictOptions: { checkCookieCache: true },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkCookieCache: {
            type: 'boolean',
            description:
              'Also report Better Auth getSession() without `disableCookieCache: true` in mutating handlers when the cookie cache is on (file or settings `sessionCookieCache`).',
          },
        },
      },
    ],
    defaultOptions: [{ checkCookieCache: false }],
    messages: {
      storedSession:
        '`{{call}}` in server code returns the session stored in the request cookies without asking Supabase Auth, so it may not be authentic. Decide who the user is with `getUser()` (asks the Auth server) or `getClaims()` (checks the JWT signature).',
      decodedToken:
        'This branch trusts `{{call}}`, which decodes the token without checking its signature: anyone can forge that payload. Verify it with {{verified}} and decide on the verified claims.',
      rawToken:
        '`{{call}}` with `raw: true` returns the cookie as sent, without decrypting or checking it, so it proves nothing about who the user is. Drop `raw: true` (getToken then verifies) or use {{verified}}.',
      cookieCacheSession:
        "Better Auth's cookieCache is on, so `{{call}}` may answer from the `session_data` cookie for up to its maxAge: a revoked session still passes this {{handler}}. Pass `query: { disableCookieCache: true }` where the request changes data.",
      cookiePresence:
        '`{{call}}` only tells that a cookie named like the session cookie is there; Better Auth meant it for optimistic redirects in middleware. Here it decides access, so any such cookie passes: verify with {{verified}}.',
      useGetUser: 'Use `getUser()`, which asks Supabase Auth, and read the user it returns.',
      verifyToken: 'Verify the token with `{{replacement}}` (set the key your tokens are signed with).',
      dropRaw: 'Drop `raw: true` so getToken decrypts and checks the token.',
      disableCookieCache: 'Add `query: { disableCookieCache: true }` to read the session from the database.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const facts = fileFacts(context);
    if (!RELEVANT.test(sourceCode.text) && facts.settings.tokenDecoders.length === 0) return {};
    const cookieCacheOn = facts.settings.sessionCookieCache || COOKIE_CACHE_ON.test(sourceCode.text);

    return {
      CallExpression(node) {
        const match = unverifiedRead(node, facts.api, sourceCode.getText(node.callee));
        if (!match || !isServerCode(node, facts)) return;
        const data = { call: match.label, verified: match.read.verified };
        switch (match.read.kind) {
          case 'stored-session': {
            const fix = getUserRewrite(node, sourceCode);
            context.report({ node, messageId: 'storedSession', data, suggest: fix ? [{ messageId: 'useGetUser', fix }] : [] });
            return;
          }
          case 'decoded-token':
          case 'raw-token': {
            if (!decides(node, sourceCode, 0) || verifiedBefore(node, facts)) return;
            if (match.read.kind === 'raw-token') {
              const raw = rawProperty(node);
              context.report({
                node,
                messageId: 'rawToken',
                data,
                suggest: raw ? [{ messageId: 'dropRaw', fix: fixer => removeProperty(fixer, raw, sourceCode) }] : [],
              });
              return;
            }
            const verify = verifySuggestion(node, match, sourceCode, context.filename);
            context.report({
              node,
              messageId: 'decodedToken',
              data,
              suggest: verify ? [{ messageId: 'verifyToken', data: { replacement: verify.replacement }, fix: verify.fix }] : [],
            });
            return;
          }
          case 'cookie-presence': {
            if (facts.info.kind !== 'middleware' && decides(node, sourceCode, 0)) context.report({ node, messageId: 'cookiePresence', data });
            return;
          }
          case 'cookie-cache': {
            if (!options.checkCookieCache || !cookieCacheOn) return;
            const handler = mutatingHandler(node, facts);
            const argument = node.arguments[0];
            if (!handler || argument?.type !== T.ObjectExpression) return;
            context.report({
              node,
              messageId: 'cookieCacheSession',
              data: { ...data, handler: handler.kind === 'server-action' ? 'server action' : `${handler.method} handler` },
              suggest: [{ messageId: 'disableCookieCache', fix: fixer => disableCookieCacheFix(fixer, argument, sourceCode) }],
            });
          }
        }
      },
    };
  },
});

/**
 * Does the value of `node` decide a branch: an `if`/`?:`/loop/`switch` test,
 * the left side of `&&`/`||`/`??`, directly or through a variable it is
 * stored in, a property read, a method call or a comparison?
 */
function decides(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): boolean {
  let current = node;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return false;
    switch (parent.type) {
      case T.AwaitExpression:
      case T.ChainExpression:
      case T.TSNonNullExpression:
      case T.TSAsExpression:
      case T.TSSatisfiesExpression:
      case T.UnaryExpression:
      case T.BinaryExpression:
        break;
      case T.MemberExpression: {
        if (parent.object !== current) return false;
        const name = propertyName(parent);
        if (name !== null && TIMING_CLAIMS.has(name)) return false;
        break;
      }
      case T.CallExpression:
        // `payload.roles.includes('admin')` and `isAdmin(payload)` carry the payload into their result.
        break;
      case T.LogicalExpression:
        if (parent.left === current) return true;
        break;
      case T.IfStatement:
      case T.ConditionalExpression:
      case T.WhileStatement:
      case T.DoWhileStatement:
      case T.ForStatement:
        return parent.test === current;
      case T.SwitchStatement:
        return parent.discriminant === current;
      case T.VariableDeclarator:
        return parent.init === current && depth < MAX_DEPTH && bindingDecides(parent, sourceCode, depth);
      default:
        return false;
    }
    current = parent;
  }
}

/** Does any variable the declarator binds (other than timing claims) decide a branch where it is read? */
function bindingDecides(declarator: TSESTree.VariableDeclarator, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): boolean {
  for (const identifier of patternIdentifiers(declarator.id)) {
    const key = patternPath(declarator.id, identifier)?.[0];
    if (key !== undefined && TIMING_CLAIMS.has(key)) continue;
    const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
    for (const reference of variable?.references ?? []) {
      if (reference.isRead() && decides(reference.identifier, sourceCode, depth + 1)) return true;
    }
  }
  return false;
}


/** Was a verifier (jwtVerify, jwt.verify, getServerSession…) called earlier in the same function? Then the decode reads checked data. */
function verifiedBefore(node: TSESTree.CallExpression, facts: FileFacts): boolean {
  const fn = enclosingFunction(node);
  if (!fn) return false;
  const earlier = findNode(
    fn.body,
    (candidate): candidate is TSESTree.CallExpression =>
      candidate.type === T.CallExpression &&
      candidate.range[1] <= node.range[0] &&
      facts.api.verification(candidate) !== null &&
      unverifiedRead(candidate, facts.api, '') === null,
  );
  return earlier !== null;
}

function mutatingHandler(node: TSESTree.Node, facts: FileFacts): Handler | null {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const handler = facts.handlerFor(current);
    if (handler) return handler.kind === 'server-action' || (handler.method !== null && MUTATING_METHODS.has(handler.method)) ? handler : null;
  }
  return null;
}

function rawProperty(call: TSESTree.CallExpression): TSESTree.Property | null {
  const options = call.arguments[0];
  if (options?.type !== T.ObjectExpression) return null;
  return (
    options.properties.find(
      (property): property is TSESTree.Property => property.type === T.Property && !property.computed && property.key.type === T.Identifier && property.key.name === 'raw',
    ) ?? null
  );
}

function disableCookieCacheFix(fixer: TSESLint.RuleFixer, options: TSESTree.ObjectExpression, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleFix {
  const query = optionValue(options, ['query']);
  if (query?.type === T.ObjectExpression) {
    const existing = optionValue(query, ['disableCookieCache']);
    return existing ? fixer.replaceText(existing, 'true') : appendProperty(fixer, query, 'disableCookieCache: true', sourceCode);
  }
  return appendProperty(fixer, options, 'query: { disableCookieCache: true }', sourceCode);
}

/**
 * `jwt.decode(token)` → `jwt.verify(token, process.env.JWT_SECRET)`;
 * `decodeJwt(token)` → `(await jwtVerify(token, key)).payload` in an async
 * function. The key is a placeholder the developer must check, which is why
 * this is a suggestion.
 */
function verifySuggestion(
  call: TSESTree.CallExpression,
  match: UnverifiedReadMatch,
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
): { replacement: string; fix: TSESLint.ReportFixFunction } | null {
  const [token, ...rest] = call.arguments;
  if (!token || rest.length > 0 || token.type === T.SpreadElement) return null;
  const tokenText = sourceCode.getText(token);
  const nonNull = /\.[cm]?tsx?$/.test(filename) ? '!' : '';
  if (match.library?.id === 'jsonwebtoken' && call.callee.type === T.MemberExpression && !call.callee.computed) {
    const replacement = `${sourceCode.getText(call.callee.object)}.verify(${tokenText}, process.env.JWT_SECRET${nonNull})`;
    return { replacement, fix: fixer => fixer.replaceText(call, replacement) };
  }
  if (match.library?.id === 'jose' && enclosingFunction(call)?.async) {
    const state = importState(sourceCode, call, 'jwtVerify', 'jose');
    if (state === 'taken') return null;
    const replacement = `(await jwtVerify(${tokenText}, new TextEncoder().encode(process.env.JWT_SECRET))).payload`;
    return {
      replacement,
      fix: fixer => {
        const addImport = state === 'free' ? addNamedImport(fixer, sourceCode, 'jwtVerify', 'jose') : null;
        return addImport ? [fixer.replaceText(call, replacement), addImport] : [fixer.replaceText(call, replacement)];
      },
    };
  }
  return null;
}

/**
 * Rewrites a Supabase `getSession()` read to `getUser()` where the code only
 * uses the session's user: `{ data: { session } }` becomes `{ data: { user } }`
 * with `session.user` → `user`, and `{ data }` keeps its name with
 * `data.session.user` → `data.user`. Presence checks carry over. Any other
 * use of the session (its tokens, passing it on) gets no suggestion: the
 * result would not type-check.
 */
function getUserRewrite(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.ReportFixFunction | null {
  const method = call.callee.type === T.MemberExpression && !call.callee.computed ? call.callee.property : null;
  const declarator = call.parent.type === T.AwaitExpression ? call.parent.parent : null;
  if (!method || declarator?.type !== T.VariableDeclarator || declarator.init !== call.parent || declarator.id.type !== T.ObjectPattern) return null;
  const dataProperty = declarator.id.properties.find(
    (property): property is TSESTree.Property => property.type === T.Property && !property.computed && property.key.type === T.Identifier && property.key.name === 'data',
  );
  if (!dataProperty) return null;
  const edits: ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix)[] = [fixer => fixer.replaceText(method, 'getUser')];
  /** `holder.session.user` / `session.user` → the user; a presence check keeps its place. */
  const rewriteUses = (binding: TSESTree.Identifier, sessionOf: (identifier: TSESTree.Identifier) => TSESTree.Node | null, userText: string): boolean => {
    const variable = ASTUtils.findVariable(sourceCode.getScope(binding), binding);
    if (!variable) return false;
    for (const reference of variable.references) {
      if (reference.identifier === binding) continue;
      const session = sessionOf(reference.identifier as TSESTree.Identifier);
      if (!session) return false;
      const member = session.parent;
      if (member?.type === T.MemberExpression && member.object === session && !member.computed && propertyName(member) === 'user') {
        edits.push(fixer => fixer.replaceText(member, userText));
        // `session?.user.id`: the user may be null now, so the next access must be optional too.
        const next = member.parent;
        if (member.optional && next?.type === T.MemberExpression && next.object === member && !next.optional && !next.computed) {
          const dot = sourceCode.getTokenAfter(member)!;
          edits.push(fixer => fixer.replaceText(dot, '?.'));
        }
      } else if (testedForPresence(session)) {
        edits.push(fixer => fixer.replaceText(session, userText));
      } else {
        return false;
      }
    }
    return true;
  };

  const value = dataProperty.value;
  if (value.type === T.Identifier) {
    // const { data } = …; data.session.user / !data.session
    const sessionOf = (identifier: TSESTree.Identifier): TSESTree.Node | null => {
      const member = identifier.parent;
      return member?.type === T.MemberExpression && member.object === identifier && !member.computed && propertyName(member) === 'session' ? member : null;
    };
    return rewriteUses(value, sessionOf, `${value.name}.user`) ? fixer => edits.map(edit => edit(fixer)) : null;
  }
  if (value.type !== T.ObjectPattern || value.properties.length !== 1) return null;
  const sessionProperty = value.properties[0]!;
  if (sessionProperty.type !== T.Property || sessionProperty.computed || sessionProperty.key.type !== T.Identifier || sessionProperty.key.name !== 'session') return null;
  if (sessionProperty.value.type !== T.Identifier) return null;
  const binding = sessionProperty.value;
  // A shorthand `{ session }` becomes `{ user }`: that name must be free where the code runs.
  const name = sessionProperty.shorthand ? 'user' : binding.name;
  if (sessionProperty.shorthand && ASTUtils.findVariable(sourceCode.getScope(binding), 'user')) return null;
  edits.push(fixer => fixer.replaceText(sessionProperty, sessionProperty.shorthand ? 'user' : `user: ${binding.name}`));
  return rewriteUses(binding, identifier => identifier, name) ? fixer => edits.map(edit => edit(fixer)) : null;
}
