import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { POLLED_ENDPOINTS } from '../../analysis/auth-endpoints.js';
import { fileFacts } from '../../analysis/file-facts.js';
import { isRateLimitCall } from '../../analysis/rate-limits.js';
import { evaluate, middlewareMatchers, type Requirement, requirementsFor, type SampleRequest } from '../../analysis/request-conditions.js';
import { enclosingFunction, type FunctionNode } from '../../util/ast.js';
import { createRule } from '../../util/create-rule.js';

export const RULE_NAME = 'no-rate-limit-auth-internals';

type MessageIds = 'limitsPolledEndpoints';

export default createRule<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow middleware rate limits that cover next-auth's session, csrf and providers endpoints",
      recommended: 'error',
      strict: 'error',
    },
    schema: [],
    defaultOptions: [],
    messages: {
      limitsPolledEndpoints:
        'This rate limit also counts {{endpoints}}, which next-auth\'s client requests from every open tab (useSession() on mount, focus and broadcast; getCsrfToken()). When the limit trips, useSession() reads "unauthenticated" and users bounce to sign-in. Limit only POST {{basePath}}/callback/credentials (and email sign-in), keyed by IP plus the identifier.',
    },
  },
  create(context) {
    const facts = fileFacts(context);
    if (facts.info.kind !== 'middleware') return {};
    const { sourceCode } = context;
    const basePath = facts.settings.authBasePath;
    const authSegment = basePath.split('/').filter(Boolean).at(-1) ?? 'auth';
    const samples: SampleRequest[] = POLLED_ENDPOINTS.map(endpoint => ({ pathname: `${basePath === '/' ? '' : basePath}/${endpoint}`, method: 'GET' }));
    const limits: TSESTree.CallExpression[] = [];

    /** The endpoints a path of requirements lets through, if the path tests mention the auth base path; null when unreadable. */
    const reachedEndpoints = (requirements: readonly Requirement[], matchers: readonly RegExp[] | undefined): string[] | null => {
      let mentionsAuth = matchers?.some(matcher => matcher.source.includes(authSegment)) ?? false;
      const reached: string[] = [];
      for (const sample of samples) {
        if (matchers && !matchers.some(matcher => matcher.test(sample.pathname))) continue;
        let blocked = false;
        for (const requirement of requirements) {
          const result = evaluate(requirement.test, sample, sourceCode);
          if (!result) return null;
          if (result.readsPath && result.patterns.some(pattern => pattern.includes(authSegment))) mentionsAuth = true;
          if (result.value === !requirement.expected) blocked = true;
        }
        if (!blocked) reached.push(sample.pathname);
      }
      return mentionsAuth ? reached : [];
    };

    return {
      CallExpression(node) {
        if (isRateLimitCall(node, facts.api)) limits.push(node);
      },
      'Program:exit'(program: TSESTree.Program) {
        if (limits.length === 0) return;
        const matchers = middlewareMatchers(program, sourceCode);
        if (matchers === null) return;
        for (const limit of limits) {
          const reached = new Set<string>();
          for (const requirements of pathsTo(limit, sourceCode)) {
            for (const endpoint of reachedEndpoints(requirements, matchers) ?? []) reached.add(endpoint);
          }
          if (reached.size === 0) continue;
          context.report({ node: limit, messageId: 'limitsPolledEndpoints', data: { endpoints: listOf([...reached]), basePath: basePath === '/' ? '' : basePath } });
        }
      },
    };
  },
});

/**
 * The requirement lists under which `call` runs: its own, and when it sits in
 * a same-file helper (`async function limitAuth(req)`), joined with those of
 * each place the helper is called.
 */
function pathsTo(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): Requirement[][] {
  const own = requirementsFor(call);
  const helper = enclosingFunction(call);
  const name = helper && helperName(helper);
  if (!helper || !name) return [own];
  const variable = ASTUtils.findVariable(sourceCode.getScope(helper), name);
  const sites = (variable?.references ?? [])
    .map(reference => reference.identifier.parent)
    .filter((parent): parent is TSESTree.CallExpression => parent?.type === T.CallExpression);
  if (sites.length === 0) return [own];
  const inner = own.filter(requirement => isInside(requirement.test, helper));
  return sites.map(site => [...inner, ...requirementsFor(site)]);
}


/** The name a module-level helper is declared with; null for the exported middleware and for inline callbacks. */
function helperName(fn: FunctionNode): TSESTree.Identifier | null {
  if (fn.type === T.FunctionDeclaration) return fn.parent.type === T.Program && fn.id ? fn.id : null;
  const declarator = fn.parent;
  return declarator.type === T.VariableDeclarator && declarator.id.type === T.Identifier && declarator.parent.parent.type === T.Program ? declarator.id : null;
}

function isInside(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

function listOf(paths: readonly string[]): string {
  const quoted = paths.map(path => `\`${path}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
