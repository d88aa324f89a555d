import { type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { type CookieCall, cookieCall, documentCookieClear, headerPropertyClear, namePattern } from '../../analysis/cookies.js';
import { fileFacts } from '../../analysis/file-facts.js';
import { onlyTestedForPresence } from '../../analysis/presence.js';
import { propertyName } from '../../analysis/imports.js';
import type { CookieReader, SessionCookie } from '../../analysis/libraries/auth-libraries.js';
import { type AuthCookieMatch, authCookieIn, missingVariants, type NamePattern } from '../../analysis/session-cookies.js';
import { enclosingFunction, isFunctionNode } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';
import { addNamedImport, importState } from '../../util/import-edit.js';

export const RULE_NAME = 'no-manual-session-cookie';

type MessageIds = 'manualRead' | 'incompleteDeletion' | 'useReader';

/** String methods that parse a cookie header or `document.cookie` by a cookie's name, and the part of a name they match. */
const TEXT_MATCHERS: Readonly<Record<string, (text: string) => NamePattern>> = {
  startsWith: text => `${text}*`,
  endsWith: text => `*${text}`,
  includes: text => `*${text}*`,
  indexOf: text => `*${text}*`,
  match: text => `*${text}*`,
  split: text => `*${text}*`,
  search: text => `*${text}*`,
  replace: text => `*${text}*`,
};

/** A read of a session cookie by name. `text` reads (regexes, string matching) are part of a deletion when their function deletes by computed names. */
interface Read {
  readonly node: TSESTree.Node;
  readonly match: AuthCookieMatch;
  readonly form: 'call' | 'member' | 'text';
}

/** What one function (or the module) does with session cookies. */
interface Flow {
  readonly reads: Read[];
  readonly clears: CookieCall[];
  /** Session cookie names written anywhere in the flow, as the part of a name they stand for (`startsWith(x)` is `x*`). */
  readonly mentions: NamePattern[];
  signsOut: boolean;
}

function misses(cookie: SessionCookie): string {
  const parts = [
    cookie.securePrefix ? 'the `__Secure-` name used over HTTPS' : null,
    cookie.chunked ? 'the `.0`, `.1` chunks of a large value' : null,
    'the signature check',
  ].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]!;
}

const quoteList = (names: readonly string[]): string => names.map(name => `\`${name}\``).join(', ');

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow reading an auth library's session cookie by name, and deleting it without all its variants",
      recommended: 'warn',
      strict: 'error',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      manualRead:
        'This reads the {{library}} session cookie `{{name}}` by hand. A hand-written reader misses {{misses}}: it breaks in production and trusts whatever the browser sends. Use {{reader}}.',
      incompleteDeletion:
        'This deletes {{deleted}} but not {{missing}}. {{library}} sets whichever variant fits (HTTPS, cookie size), so the user can stay signed in. Delete every variant, or let the library sign the user out.',
      useReader: 'Read the session with {{reader}}.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    // Every form this rule reports spells a session cookie's name somewhere in the file.
    if (!authCookieIn(sourceCode.text)) return {};
    const facts = fileFacts(context);
    const flows = new Map<TSESTree.Node, Flow>();

    const flowOf = (node: TSESTree.Node): Flow => {
      let owner: TSESTree.Node = sourceCode.ast;
      for (let current = node.parent; current; current = current.parent) {
        // Callbacks (`names.forEach(name => store.delete(name))`) belong to the function that passes them.
        if (isFunctionNode(current) && current.parent.type !== T.CallExpression) {
          owner = current;
          break;
        }
      }
      let flow = flows.get(owner);
      if (!flow) {
        flow = { reads: [], clears: [], mentions: [], signsOut: false };
        flows.set(owner, flow);
      }
      return flow;
    };

    const sessionCookieOf = (node: TSESTree.Node | undefined | null): AuthCookieMatch | null => {
      const pattern = node ? namePattern(node, sourceCode) : null;
      return pattern === null ? null : authCookieIn(pattern);
    };

    const reportRead = (read: Read): void => {
      const reader = read.match.library.cookieReader;
      const suggestion = reader ? readerSuggestion(read, reader, sourceCode, facts.info.kind === 'middleware') : null;
      context.report({
        node: read.node,
        messageId: 'manualRead',
        data: {
          library: read.match.library.name,
          name: read.match.base,
          misses: misses(read.match.cookie),
          reader: reader?.label ?? "the library's own session reader",
        },
        suggest: suggestion ? [{ messageId: 'useReader', data: { reader: suggestion.reader }, fix: suggestion.fix }] : [],
      });
    };

    return {
      CallExpression(node) {
        if (facts.api.serverSignOut(node)) flowOf(node).signsOut = true;
        const found = cookieCall(node, facts.api, sourceCode);
        if (found?.kind === 'clear') {
          flowOf(node).clears.push(found);
          return;
        }
        if (found?.kind === 'read') {
          const match = sessionCookieOf(found.nameNode);
          if (match) flowOf(node).reads.push({ node, match, form: 'call' });
          return;
        }
        // `parsed.get('next-auth.session-token')` on a Map built from the Cookie header.
        const method = node.callee.type === T.MemberExpression ? propertyName(node.callee) : null;
        if (method === 'get' || method === 'has') {
          const match = sessionCookieOf(node.arguments[0]);
          if (match) flowOf(node).reads.push({ node, match, form: 'call' });
        }
      },
      AssignmentExpression(node) {
        const clear = documentCookieClear(node, sourceCode);
        if (clear) flowOf(node).clears.push(clear);
      },
      Property(node) {
        if (node.parent.type === T.ObjectPattern) {
          // const { 'next-auth.session-token': token } = req.cookies
          const match = node.computed || node.key.type !== T.Literal ? null : sessionCookieOf(node.key);
          if (match) flowOf(node).reads.push({ node, match, form: 'member' });
          return;
        }
        const clear = headerPropertyClear(node, sourceCode);
        if (clear) flowOf(node).clears.push(clear);
      },
      MemberExpression(node) {
        if (!node.computed) return;
        const match = sessionCookieOf(node.property);
        if (!match) return;
        const { parent } = node;
        const written = (parent.type === T.AssignmentExpression && parent.left === node) || (parent.type === T.UnaryExpression && parent.operator === 'delete');
        if (!written) flowOf(node).reads.push({ node, match, form: 'member' });
      },
      Literal(node) {
        if ('regex' in node) {
          const match = authCookieIn(node.regex.pattern);
          if (match) flowOf(node).reads.push({ node, match, form: 'text' });
          return;
        }
        if (typeof node.value !== 'string') return;
        const match = authCookieIn(node.value);
        if (match) textUse(node, node.value, match);
      },
      TemplateLiteral(node) {
        const pattern = namePattern(node, sourceCode);
        const match = pattern === null ? null : authCookieIn(pattern);
        if (match) textUse(node, pattern!, match);
      },
      'Program:exit'() {
        for (const flow of flows.values()) checkFlow(flow);
      },
    };

    /** A string naming a session cookie: part of a name list, or text matched against a cookie header. */
    function textUse(node: TSESTree.Literal | TSESTree.TemplateLiteral, text: string, match: AuthCookieMatch): void {
      const flow = flowOf(node);
      const { parent } = node;
      const method = parent.type === T.CallExpression && parent.arguments[0] === node && parent.callee.type === T.MemberExpression ? propertyName(parent.callee) : null;
      const matcher = method ? TEXT_MATCHERS[method] : undefined;
      flow.mentions.push(matcher ? matcher(text) : text);
      const comparedToName = parent.type === T.BinaryExpression && (parent.operator === '===' || parent.operator === '==');
      const regexSource = parent.type === T.NewExpression && parent.callee.type === T.Identifier && parent.callee.name === 'RegExp';
      if (matcher || comparedToName || regexSource) flow.reads.push({ node, match, form: 'text' });
    }

    function checkFlow(flow: Flow): void {
      // Deleting by computed names (`getAll().filter(c => c.name.startsWith(…))`) is not reading.
      const deletesByComputedName = flow.clears.some(clear => clear.names.includes(null));
      for (const read of flow.reads) if (!(read.form === 'text' && deletesByComputedName)) reportRead(read);
      if (flow.clears.length === 0 || flow.signsOut) return;

      const deleted = flow.clears.flatMap(clear => clear.names.filter((name): name is NamePattern => name !== null));
      const patterns = deletesByComputedName ? [...deleted, ...flow.mentions] : deleted;
      const families = new Map<string, AuthCookieMatch>();
      for (const pattern of patterns) {
        const match = authCookieIn(pattern);
        if (match) families.set(`${match.library.id}:${match.base}`, match);
      }
      for (const match of families.values()) {
        const missing = missingVariants(match, patterns);
        if (missing.length === 0) continue;
        const mine = patterns.filter(pattern => authCookieIn(pattern)?.base === match.base);
        context.report({
          node: flow.clears[0]!.node,
          messageId: 'incompleteDeletion',
          data: { deleted: quoteList([...new Set(mine)]), missing: quoteList(missing), library: match.library.name },
        });
      }
    }
  },
});

/**
 * Replaces `req.cookies.get(name)?.value`, `req.cookies.has(name)` or
 * `req.cookies[name]` with the library's reader on the same request, and
 * imports it. Offered only where the result stays valid code: the value is
 * only tested for presence, an awaited reader needs an async function, and
 * the name must be free.
 */
function readerSuggestion(
  read: Read,
  reader: CookieReader,
  sourceCode: Readonly<TSESLint.SourceCode>,
  inMiddleware: boolean,
): { reader: string; fix: TSESLint.ReportFixFunction } | null {
  const from = reader.fromRequest;
  if (!from || read.form === 'text' || (from.middlewareOnly && !inMiddleware)) return null;
  const cookies = read.node.type === T.CallExpression && read.node.callee.type === T.MemberExpression ? read.node.callee.object : read.node.type === T.MemberExpression ? read.node.object : null;
  if (cookies?.type !== T.MemberExpression || propertyName(cookies) !== 'cookies' || cookies.object.type !== T.Identifier) return null;
  const request = cookies.object.name;
  const fn = enclosingFunction(read.node);
  if (from.async && !fn?.async) return null;

  const state = importState(sourceCode, read.node, from.name, from.source);
  if (state === 'taken') return null;

  // Replace the whole read, including a trailing `.value` / `?.value`.
  let target: TSESTree.Node = read.node;
  const method = read.node.type === T.CallExpression && read.node.callee.type === T.MemberExpression ? propertyName(read.node.callee) : null;
  const outer = read.node.parent;
  if (method === 'get' && outer?.type === T.MemberExpression && outer.object === read.node && propertyName(outer) === 'value') {
    target = outer.parent?.type === T.ChainExpression ? outer.parent : outer;
  }
  // The reader returns a token or session, not the cookie string: only code that tests for presence keeps working.
  if (method !== 'has' && !onlyTestedForPresence(target, sourceCode)) return null;
  const call = `${from.async ? 'await ' : ''}${from.call(request)}`;
  const replacement = method === 'has' ? `Boolean(${call})` : call;
  return {
    reader: from.call(request),
    fix: fixer => {
      const addImport = state === 'free' ? addNamedImport(fixer, sourceCode, from.name, from.source) : null;
      return addImport ? [fixer.replaceText(target, replacement), addImport] : [fixer.replaceText(target, replacement)];
    },
  };
}

