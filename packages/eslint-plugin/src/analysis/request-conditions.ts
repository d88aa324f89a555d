import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { isFunctionNode, unwrapExpression } from '../util/ast.js';
import { propertyName } from './imports.js';
import { resolveValue } from './local-values.js';
import { matcherRegex } from './path-patterns.js';
import { staticString } from './static-values.js';

/**
 * Evaluates the conditions that guard code in middleware against sample
 * requests: does `pathname.startsWith('/api/auth')` hold for
 * `GET /api/auth/session`? Conditions are three-valued: `true`, `false`, or
 * `null` for parts that do not depend on the request (an IP check, a flag),
 * which may go either way. A request-dependent part the evaluator cannot read
 * (`isPublic(pathname)`) makes the whole question unanswerable.
 */

export interface SampleRequest {
  readonly pathname: string;
  readonly method: string;
}

export type Truth = boolean | null;

/** Thrown (and caught by {@link evaluate}) when a request-dependent part cannot be read. */
class Unreadable extends Error {}

/** Strings and regexes that path tests compared the path against, for callers that ask what a test mentions. */
export interface Evaluation {
  readonly value: Truth;
  /** The condition reads the request's path. */
  readonly readsPath: boolean;
  /** Static strings and regex sources the path was compared with. */
  readonly patterns: readonly string[];
}

const PATH_NAMES = new Set(['pathname', 'path']);
/** Conventional names of the request parameter: a test that passes it to a helper depends on the request. */
const REQUEST_NAMES = new Set(['req', 'request']);
const ORIGIN = 'https://app.example';

/** Evaluates `node` for `request`; null when a request-dependent part is unreadable. */
export function evaluate(node: TSESTree.Node, request: SampleRequest, sourceCode: Readonly<TSESLint.SourceCode>): Evaluation | null {
  const patterns: string[] = [];
  let readsPath = false;
  const scope: Map<string, string> = new Map();

  /** The request value an expression stands for: the path, the full URL, or the method. */
  const requestValue = (expression: TSESTree.Node): string | null => {
    const value = unwrapExpression(expression);
    if (value.type === T.Identifier) {
      const bound = scope.get(value.name);
      if (bound !== undefined) return bound;
      if (PATH_NAMES.has(value.name)) return path();
      if (value.name === 'method') return request.method;
      const resolved = resolveValue(value, sourceCode);
      return resolved && resolved !== value ? requestValue(resolved) : null;
    }
    if (value.type === T.MemberExpression) {
      const name = propertyName(value);
      if (name === 'pathname') return path();
      if (name === 'method') return request.method;
      if ((name === 'url' || name === 'href') && !isStaticObject(value.object)) {
        readsPath = true;
        return ORIGIN + request.pathname;
      }
    }
    if (value.type === T.CallExpression && value.callee.type === T.MemberExpression && value.arguments.length === 0) {
      const method = propertyName(value.callee);
      const inner = method === 'toLowerCase' || method === 'toUpperCase' ? requestValue(value.callee.object) : null;
      return inner === null ? null : method === 'toLowerCase' ? inner.toLowerCase() : inner.toUpperCase();
    }
    return null;
  };
  const path = (): string => {
    readsPath = true;
    return request.pathname;
  };

  const text = (expression: TSESTree.Node): string | null => {
    const value = unwrapExpression(expression);
    if (value.type === T.Identifier && scope.has(value.name)) return scope.get(value.name)!;
    return staticString(value, sourceCode);
  };
  const regex = (expression: TSESTree.Node): RegExp | null => {
    const value = resolveValue(expression, sourceCode);
    if (value?.type === T.Literal && 'regex' in value && value.regex) return compile(value.regex.pattern, value.regex.flags);
    if (value?.type === T.NewExpression && value.callee.type === T.Identifier && value.callee.name === 'RegExp' && value.arguments[0]) {
      const pattern = staticString(value.arguments[0], sourceCode);
      const flags = value.arguments[1] ? staticString(value.arguments[1], sourceCode) : '';
      return pattern === null || flags === null ? null : compile(pattern, flags);
    }
    return null;
  };
  const compile = (pattern: string, flags: string): RegExp | null => {
    try {
      patterns.push(pattern);
      return new RegExp(pattern, flags.replace(/[gy]/g, ''));
    } catch {
      return null;
    }
  };
  const list = (expression: TSESTree.Node): string[] | null => {
    const value = resolveValue(expression, sourceCode);
    if (value?.type !== T.ArrayExpression) return null;
    const items = value.elements.map(element => (element && element.type !== T.SpreadElement ? text(element) : null));
    return items.every(item => item !== null) ? (items as string[]) : null;
  };

  const dependsOnRequest = (expression: TSESTree.Node): boolean => {
    const found = sourceCode.getTokens(expression).some(
      token => token.type === 'Identifier' && (PATH_NAMES.has(token.value) || REQUEST_NAMES.has(token.value) || scope.has(token.value)),
    );
    return found || /\.(?:pathname|nextUrl|method|url)\b/.test(sourceCode.getText(expression));
  };

  const truth = (expression: TSESTree.Node): Truth => {
    const node = unwrapExpression(expression);
    switch (node.type) {
      case T.UnaryExpression:
        if (node.operator === '!') {
          const inner = truth(node.argument);
          return inner === null ? null : !inner;
        }
        break;
      case T.LogicalExpression: {
        const left = truth(node.left);
        const right = truth(node.right);
        if (node.operator === '&&') return left === false || right === false ? false : left === true && right === true ? true : null;
        if (node.operator === '||') return left === true || right === true ? true : left === false && right === false ? false : null;
        break;
      }
      case T.BinaryExpression: {
        if (!['===', '!==', '==', '!='].includes(node.operator)) break;
        const [subject, other] = requestValue(node.left) !== null ? [node.left, node.right] : [node.right, node.left];
        const actual = requestValue(subject);
        const expected = actual === null ? null : text(other);
        if (actual === null || expected === null) break;
        patterns.push(expected);
        return node.operator.startsWith('=') ? actual === expected : actual !== expected;
      }
      case T.CallExpression: {
        const result = callTruth(node);
        if (result !== undefined) return result;
        break;
      }
      default:
        break;
    }
    if (dependsOnRequest(node)) throw new Unreadable();
    return null;
  };

  /** `path.startsWith(s)`, `re.test(path)`, `path.match(re)`, `[…].includes(path)`, `[…].some(p => path.startsWith(p))`; undefined when not one of these. */
  const callTruth = (call: TSESTree.CallExpression): Truth | undefined => {
    if (call.callee.type !== T.MemberExpression) return undefined;
    const method = propertyName(call.callee);
    const receiver = call.callee.object;
    const argument = call.arguments[0];
    if (!argument || argument.type === T.SpreadElement) return undefined;
    const subject = requestValue(receiver);
    if (subject !== null && (method === 'startsWith' || method === 'endsWith' || method === 'includes')) {
      const needle = text(argument);
      if (needle === null) return undefined;
      patterns.push(needle);
      return subject[method](needle);
    }
    if (subject !== null && (method === 'match' || method === 'search')) {
      const re = regex(argument);
      return re ? re.test(subject) : undefined;
    }
    if (method === 'test') {
      const re = regex(receiver);
      const value = requestValue(argument);
      return re && value !== null ? re.test(value) : undefined;
    }
    const items = list(receiver);
    if (!items) return undefined;
    if (method === 'includes') {
      const value = requestValue(argument);
      if (value === null) return undefined;
      patterns.push(...items);
      return items.includes(value);
    }
    if ((method === 'some' || method === 'every') && isFunctionNode(argument) && argument.params[0]?.type === T.Identifier) {
      const param = argument.params[0].name;
      const body = argument.body.type === T.BlockStatement ? singleReturn(argument.body) : argument.body;
      if (!body) return undefined;
      const results = items.map(item => {
        scope.set(param, item);
        try {
          return truth(body);
        } finally {
          scope.delete(param);
        }
      });
      if (method === 'some') return results.includes(true) ? true : results.every(result => result === false) ? false : null;
      return results.includes(false) ? false : results.every(result => result === true) ? true : null;
    }
    return undefined;
  };

  try {
    return { value: truth(node), readsPath, patterns };
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}

function isStaticObject(node: TSESTree.Node): boolean {
  return node.type === T.Identifier && (node.name === 'location' || node.name === 'window');
}

function singleReturn(body: TSESTree.BlockStatement): TSESTree.Node | null {
  const [statement] = body.body;
  return body.body.length === 1 && statement?.type === T.ReturnStatement && statement.argument ? statement.argument : null;
}

/** A condition that must hold for `node` to run, as the source states it. */
export interface Requirement {
  readonly test: TSESTree.Node;
  /** The test must be true (the node is in its consequent), or false (in the alternate, or after an early exit). */
  readonly expected: boolean;
}

/**
 * The conditions on the way to `node`: enclosing `if`/`?:`/`&&`/`||`
 * branches, and earlier `if (test) return …` exits in every enclosing block.
 */
export function requirementsFor(node: TSESTree.Node): Requirement[] {
  const found: Requirement[] = [];
  for (let child: TSESTree.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case T.IfStatement:
      case T.ConditionalExpression:
        if (child === parent.consequent) found.push({ test: parent.test, expected: true });
        else if (child === parent.alternate) found.push({ test: parent.test, expected: false });
        break;
      case T.LogicalExpression:
        if (child === parent.right && parent.operator !== '??') found.push({ test: parent.left, expected: parent.operator === '&&' });
        break;
      case T.BlockStatement:
      case T.Program:
      case T.SwitchCase: {
        const statements: readonly TSESTree.Node[] = parent.type === T.SwitchCase ? parent.consequent : parent.body;
        for (const statement of statements) {
          if (statement === child) break;
          if (statement.type === T.IfStatement && !statement.alternate && exits(statement.consequent)) found.push({ test: statement.test, expected: false });
        }
        break;
      }
      default:
        break;
    }
  }
  return found;
}

function exits(statement: TSESTree.Statement): boolean {
  if (statement.type === T.ReturnStatement || statement.type === T.ThrowStatement) return true;
  return statement.type === T.BlockStatement && statement.body.length > 0 && exits(statement.body.at(-1)!);
}

/**
 * The paths a middleware `config.matcher` runs on, as regexes (path-to-regexp
 * syntax: `:name*`, `:name+`, `:name`, raw `(…)` groups). Undefined when the
 * file has no matcher; null when it has one the file does not spell out.
 */
export function middlewareMatchers(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>): RegExp[] | null | undefined {
  for (const statement of program.body) {
    if (statement.type !== T.ExportNamedDeclaration || statement.declaration?.type !== T.VariableDeclaration) continue;
    for (const declarator of statement.declaration.declarations) {
      if (declarator.id.type !== T.Identifier || declarator.id.name !== 'config' || !declarator.init) continue;
      const config = resolveValue(declarator.init, sourceCode);
      if (config?.type !== T.ObjectExpression) return null;
      const property = config.properties.find(
        (p): p is TSESTree.Property => p.type === T.Property && !p.computed && p.key.type === T.Identifier && p.key.name === 'matcher',
      );
      if (!property) return undefined;
      const value = resolveValue(property.value, sourceCode);
      const entries = value?.type === T.ArrayExpression ? value.elements : value ? [value] : [];
      const sources = entries.map(entry => {
        if (!entry || entry.type === T.SpreadElement) return null;
        const resolved = resolveValue(entry, sourceCode);
        if (resolved?.type === T.ObjectExpression) {
          // `{ source, has, missing }`: conditions on headers or cookies are not evaluated, the source is.
          const source = resolved.properties.find(p => p.type === T.Property && ASTUtils.getPropertyName(p) === 'source');
          return source?.type === T.Property ? staticString(source.value, sourceCode) : null;
        }
        return staticString(entry, sourceCode);
      });
      if (sources.length === 0 || sources.some(source => source === null)) return null;
      const regexes = (sources as string[]).map(matcherRegex);
      return regexes.every(regex => regex !== null) ? (regexes as RegExp[]) : null;
    }
  }
  return undefined;
}
