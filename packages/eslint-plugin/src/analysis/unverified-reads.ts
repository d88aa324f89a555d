import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { matchesRef } from './api-ref.js';
import type { ApiKnowledge } from './api.js';
import { propertyName } from './imports.js';
import { AUTH_LIBRARIES, type AuthLibrary, type UnverifiedRead } from './libraries/auth-libraries.js';
import { findNode } from '../util/ast.js';

export interface UnverifiedReadMatch {
  readonly read: UnverifiedRead;
  /** The library row; null for a settings `tokenDecoders` wrapper or a hand-written decode. */
  readonly library: AuthLibrary | null;
  /** How the code spells it, for messages: `jwt.decode()`, `JSON.parse(atob(…))`. */
  readonly label: string;
}

const HAND_DECODE: UnverifiedRead = { ref: { from: 'any', path: [] }, kind: 'decoded-token', verified: 'jwtVerify(token, key) from jose' };
const TEAM_DECODER: UnverifiedRead = { ref: { from: 'any', path: [] }, kind: 'decoded-token', verified: 'a verify call with the key' };

/** The value of `path` in an object literal (`{ query: { disableCookieCache: true } }`); undefined when not written there. */
export function optionValue(node: TSESTree.Node | undefined, path: readonly string[]): TSESTree.Node | undefined {
  let current: TSESTree.Node | undefined = node;
  for (const key of path) {
    if (current?.type !== T.ObjectExpression) return undefined;
    current = current.properties.find(
      (property): property is TSESTree.Property =>
        property.type === T.Property && !property.computed && property.key.type === T.Identifier && property.key.name === key,
    )?.value;
  }
  return current;
}

const isTrue = (node: TSESTree.Node | undefined): boolean => node?.type === T.Literal && node.value === true;

/** `x.split('.')[1]`: the payload segment of a JWT. */
function isPayloadSegment(node: TSESTree.Node): boolean {
  if (node.type !== T.MemberExpression || !node.computed || node.property.type !== T.Literal || node.property.value !== 1) return false;
  const split = node.object;
  if (split.type !== T.CallExpression || split.callee.type !== T.MemberExpression || propertyName(split.callee) !== 'split') return false;
  const separator = split.arguments[0];
  return separator?.type === T.Literal && separator.value === '.';
}

/** `JSON.parse(atob(token.split('.')[1]))`, `JSON.parse(Buffer.from(t.split('.')[1], 'base64url').toString())`. */
function isHandDecode(call: TSESTree.CallExpression): boolean {
  const { callee } = call;
  if (callee.type !== T.MemberExpression || callee.object.type !== T.Identifier || callee.object.name !== 'JSON' || propertyName(callee) !== 'parse') {
    return false;
  }
  const argument = call.arguments[0];
  return argument !== undefined && findNode(argument, isPayloadSegment) !== null;
}

/**
 * A call that hands back session or token data without verifying it: the
 * `unverifiedReads` rows of the auth library table (with their `when` /
 * `unless` options checked on the first argument), a team decoder named in
 * settings `tokenDecoders`, or a hand-written base64 decode of a JWT payload.
 */
export function unverifiedRead(call: TSESTree.CallExpression, api: ApiKnowledge, calleeText: string): UnverifiedReadMatch | null {
  if (isHandDecode(call)) return { read: HAND_DECODE, library: null, label: 'JSON.parse(atob(token.split(".")[1]))' };
  const origin = api.calleeOrigin(call);
  if (!origin) return null;
  if (api.calleeMatches(call, api.settings.tokenDecoders)) return { read: TEAM_DECODER, library: null, label: `${calleeText}()` };
  for (const library of AUTH_LIBRARIES) {
    for (const read of library.unverifiedReads ?? []) {
      if (!matchesRef(origin, read.ref, api.file)) continue;
      const options = call.arguments[0];
      if (read.when && !isTrue(optionValue(options, read.when))) continue;
      // An options object passed by name may well disable the cache: only a literal object proves it does not.
      if (read.unless && (options?.type !== T.ObjectExpression || isTrue(optionValue(options, read.unless)))) continue;
      return { read, library, label: `${calleeText}()` };
    }
  }
  return null;
}
