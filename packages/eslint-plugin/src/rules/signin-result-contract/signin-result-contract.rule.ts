import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { clientSessionChange } from '../../analysis/client-session.js';
import { fileFacts } from '../../analysis/file-facts.js';
import { propertyName } from '../../analysis/imports.js';
import type { SignInResult } from '../../analysis/libraries/auth-libraries.js';
import { navigationTarget, redirectParamRead } from '../../analysis/navigation.js';
import { signInResultOf } from '../../analysis/sign-in.js';
import { enclosingFunction, isFunctionNode, unwrapExpression } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';
import { freshName, linesBefore } from '../../util/source-edit.js';

export const RULE_NAME = 'signin-result-contract';

type MessageIds = 'successWithoutError' | 'resultUnchecked' | 'openRedirect' | 'checkError' | 'insertCheck';

type Variable = NonNullable<ReturnType<typeof ASTUtils.findVariable>>;

interface Navigation {
  readonly node: TSESTree.Node;
  readonly target: TSESTree.Node;
}

const DECODERS = new Set(['decodeURIComponent', 'decodeURI', 'String']);
const MAX_DEPTH = 6;

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: "Require checking a client sign-in's `error` before navigating, and a same-origin check on callback URLs",
      recommended: 'error',
      strict: 'error',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      successWithoutError:
        "`{{property}}` reads as success even when sign-in failed: with `redirect: false`, next-auth answers wrong credentials with `ok: true` and status 200 and reports the failure only in `{{result}}.{{error}}` (a CSRF failure answers `ok: true` too). Check `if (!{{result}} || {{result}}.{{error}})` before treating it as signed in.",
      resultUnchecked:
        'The result of this sign-in is never checked before navigating: with `redirect: false` a failed sign-in resolves normally, so the app navigates as if it had succeeded. Check `if (!result || result.error)` first.',
      openRedirect:
        'This navigates to the `{{param}}` search parameter without checking that it stays on this site: a link to `/login?{{param}}=https://attacker.example` sends users anywhere after they sign in (an open redirect). Accept only relative paths (`url.startsWith("/") && !url.startsWith("//")`) or compare `new URL(url, location.origin).origin` with `location.origin`.',
      checkError: 'Also check `{{result}}.{{error}}`.',
      insertCheck: 'Check the result and stop on an error.',
    },
  },
  create(context) {
    const facts = fileFacts(context);
    const { sourceCode } = context;
    const { api } = facts;
    const signIns: { call: TSESTree.CallExpression; contract: SignInResult }[] = [];
    const navigations: Navigation[] = [];
    let changesSession = false;

    const navigatesAfter = (call: TSESTree.CallExpression): boolean => {
      const fn = enclosingFunction(call);
      return navigations.some(navigation => navigation.node.range[0] > call.range[1] && enclosingFunction(navigation.node) === fn);
    };

    const checkResult = (call: TSESTree.CallExpression, contract: SignInResult): void => {
      const awaited = outermostWrapper(call);
      const holder = awaited.parent;
      if (holder?.type === T.ExpressionStatement) {
        if (navigatesAfter(call)) reportUnchecked(call, holder);
        return;
      }
      if (holder?.type === T.VariableDeclarator && holder.init === awaited) {
        if (holder.id.type === T.ObjectPattern) return checkPattern(holder.id, contract);
        if (holder.id.type === T.Identifier) return checkVariable(ASTUtils.findVariable(sourceCode.getScope(holder), holder.id), call, contract);
      }
      // signIn(…).then(result => …)
      const then = call.parent;
      if (then.type === T.MemberExpression && then.object === call && propertyName(then) === 'then' && then.parent.type === T.CallExpression) {
        const callback = then.parent.arguments[0];
        const param = isFunctionNode(callback) ? callback.params[0] : undefined;
        if (isFunctionNode(callback) && param?.type === T.Identifier) {
          checkVariable(sourceCode.getDeclaredVariables(callback).find(variable => variable.name === param.name) ?? null, call, contract);
        }
      }
    };

    const checkVariable = (variable: Variable | null, call: TSESTree.CallExpression, contract: SignInResult): void => {
      if (!variable) return;
      const reads = variable.references.filter(reference => reference.isRead());
      if (reads.length === 0) {
        if (navigatesAfter(call)) context.report({ node: call, messageId: 'resultUnchecked' });
        return;
      }
      const properties: { name: string; node: TSESTree.MemberExpression }[] = [];
      for (const { identifier } of reads) {
        const used = outermostWrapper(identifier);
        const parent = used.parent;
        if (parent?.type === T.MemberExpression && parent.object === used) {
          const name = propertyName(parent);
          if (name === null) return;
          properties.push({ name, node: parent });
        } else if (!isNullCheck(used)) {
          // Handed on whole (returned, passed, spread): checked elsewhere, maybe.
          return;
        }
      }
      if (properties.some(property => property.name === contract.error)) return;
      const misleading = properties.find(property => contract.misleading.includes(property.name));
      if (!misleading) return;
      const fix = errorCheckFix(misleading.node, variable.name, contract.error, sourceCode);
      context.report({
        node: misleading.node,
        messageId: 'successWithoutError',
        data: { property: sourceCode.getText(misleading.node), error: contract.error, result: variable.name },
        suggest: fix ? [{ messageId: 'checkError', data: { result: variable.name, error: contract.error }, fix }] : [],
      });
    };

    const checkPattern = (pattern: TSESTree.ObjectPattern, contract: SignInResult): void => {
      const keys: { name: string; node: TSESTree.Property }[] = [];
      for (const property of pattern.properties) {
        if (property.type === T.RestElement) return;
        const name = property.computed ? null : property.key.type === T.Identifier ? property.key.name : null;
        if (name === null) return;
        keys.push({ name, node: property });
      }
      if (keys.some(key => key.name === contract.error)) return;
      const misleading = keys.find(key => contract.misleading.includes(key.name));
      if (!misleading) return;
      context.report({
        node: misleading.node,
        messageId: 'successWithoutError',
        data: { property: misleading.name, error: contract.error, result: 'result' },
      });
    };

    const reportUnchecked = (call: TSESTree.CallExpression, statement: TSESTree.ExpressionStatement): void => {
      const fn = enclosingFunction(call);
      const inBlock = statement.parent.type === T.BlockStatement && fn !== null;
      const name = fn ? freshName('result', fn, sourceCode) : 'result';
      context.report({
        node: call,
        messageId: 'resultUnchecked',
        suggest: inBlock
          ? [
              {
                messageId: 'insertCheck',
                fix: fixer =>
                  fixer.replaceText(
                    statement,
                    linesBefore(statement, sourceCode, [`const ${name} = ${sourceCode.getText(statement.expression)};`, `if (!${name} || ${name}.error) return;`]).trimEnd(),
                  ),
              },
            ]
          : [],
      });
    };

    /** The redirect parameter `node` carries, following `const`s, `??`/`||`, `?:`, decoders and templates that start with it. */
    const taint = (node: TSESTree.Node, vars: Variable[], depth = 0): string | null => {
      if (depth > MAX_DEPTH) return null;
      const value = unwrapExpression(node);
      const param = redirectParamRead(value, api, sourceCode);
      if (param) return param;
      switch (value.type) {
        case T.LogicalExpression:
          return taint(value.left, vars, depth + 1) ?? taint(value.right, vars, depth + 1);
        case T.ConditionalExpression:
          return taint(value.consequent, vars, depth + 1) ?? taint(value.alternate, vars, depth + 1);
        case T.TemplateLiteral:
          return value.quasis[0]?.value.cooked === '' && value.expressions[0] ? taint(value.expressions[0], vars, depth + 1) : null;
        case T.CallExpression:
          return value.callee.type === T.Identifier && DECODERS.has(value.callee.name) && value.arguments[0] ? taint(value.arguments[0], vars, depth + 1) : null;
        case T.Identifier: {
          const variable = ASTUtils.findVariable(sourceCode.getScope(value), value);
          const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
          if (!variable || def?.type !== 'Variable' || !def.node.init || variable.references.filter(reference => reference.isWrite()).length > 1) return null;
          vars.push(variable);
          if (def.node.id.type === T.Identifier) return taint(def.node.init, vars, depth + 1);
          // const { callbackUrl } = searchParams
          const property = def.node.id.type === T.ObjectPattern ? def.node.id.properties.find(p => p.type === T.Property && p.value === def.name) : undefined;
          if (property?.type !== T.Property || property.computed || property.key.type !== T.Identifier) return null;
          const member = { type: T.MemberExpression, object: def.node.init, property: property.key, computed: false, optional: false } as TSESTree.MemberExpression;
          return redirectParamRead(member, api, sourceCode);
        }
        default:
          return null;
      }
    };

    /** Is a tainted variable tested or passed through a check anywhere (`url.startsWith('/')`, `isSafe(url)`, `url ? … : …`)? */
    const validated = (vars: readonly Variable[], navigation: TSESTree.Node): boolean =>
      vars.some(variable => variable.references.some(reference => reference.isRead() && isValidationUse(reference.identifier, navigation)));

    return {
      CallExpression(node) {
        const contract = signInResultOf(node, api);
        if (contract) signIns.push({ call: node, contract });
        if (!changesSession && clientSessionChange(node, api)) changesSession = true;
        const target = navigationTarget(node, api);
        if (target) navigations.push({ node, target });
      },
      AssignmentExpression(node) {
        const target = navigationTarget(node, api);
        if (target) navigations.push({ node, target });
      },
      'Program:exit'() {
        for (const { call, contract } of signIns) checkResult(call, contract);
        if (!changesSession) return;
        for (const navigation of navigations) {
          const vars: Variable[] = [];
          const param = taint(navigation.target, vars);
          if (param && !validated(vars, navigation.node)) context.report({ node: navigation.node, messageId: 'openRedirect', data: { param } });
        }
      },
    };
  },
});


/** `await x`, `x!`, `x as T` around a node: the expression its parent sees. */
function outermostWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && (current.parent.type === T.AwaitExpression || current.parent.type === T.TSNonNullExpression || current.parent.type === T.TSAsExpression)) {
    current = current.parent;
  }
  return current;
}

/** `!result`, `if (result)`, `result && …`, `result ? … : …`: a check that the result exists, which says nothing about failure. */
function isNullCheck(identifier: TSESTree.Node): boolean {
  const parent = identifier.parent;
  if (!parent) return false;
  if (parent.type === T.UnaryExpression && parent.operator === '!') return true;
  if ((parent.type === T.IfStatement || parent.type === T.ConditionalExpression) && parent.test === identifier) return true;
  return parent.type === T.LogicalExpression;
}

/** A use that can be a same-origin check: passed to a function (not the navigation, not a decoder), a method called on it, compared, or tested. */
function isValidationUse(identifier: TSESTree.Node, navigation: TSESTree.Node): boolean {
  const parent = identifier.parent;
  if (!parent || parent === navigation) return false;
  switch (parent.type) {
    case T.CallExpression:
      return !(parent.callee.type === T.Identifier && DECODERS.has(parent.callee.name)) && parent.arguments.includes(identifier as TSESTree.CallExpressionArgument);
    case T.NewExpression:
      return parent.arguments.includes(identifier as TSESTree.CallExpressionArgument);
    case T.MemberExpression:
      return parent.object === identifier;
    case T.BinaryExpression:
    case T.UnaryExpression:
      return true;
    case T.IfStatement:
    case T.ConditionalExpression:
      return parent.test === identifier;
    default:
      return false;
  }
}

/**
 * Adds the error check to a test of a misleading property:
 * `r.ok` → `r.ok && !r.error`, `!r.ok` → `!r.ok || r.error`,
 * `r.status === 200` → `… && !r.error`, `r.status !== 200` → `… || r.error`.
 * Null when the property is not read as a condition.
 */
function errorCheckFix(member: TSESTree.MemberExpression, result: string, error: string, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.ReportFixFunction | null {
  let target: TSESTree.Node = member.parent.type === T.ChainExpression ? member.parent : member;
  let failureTest = false;
  const parent = target.parent!;
  if (parent.type === T.UnaryExpression && parent.operator === '!') {
    target = parent;
    failureTest = true;
  } else if (parent.type === T.BinaryExpression) {
    if (parent.operator === '!==' || parent.operator === '!=') failureTest = true;
    else if (parent.operator !== '===' && parent.operator !== '==') return null;
    target = parent;
  }
  const context = target.parent!;
  const isTest =
    ((context.type === T.IfStatement || context.type === T.ConditionalExpression || context.type === T.WhileStatement) && context.test === target) ||
    (context.type === T.LogicalExpression && context.operator !== '??') ||
    (context.type === T.UnaryExpression && context.operator === '!');
  if (!isTest) return null;
  const text = sourceCode.getText(target);
  const combined = failureTest ? `${text} || ${result}?.${error}` : `${text} && !${result}?.${error}`;
  const whole = context.type === T.IfStatement || context.type === T.ConditionalExpression || context.type === T.WhileStatement;
  return fixer => fixer.replaceText(target, whole ? combined : `(${combined})`);
}
