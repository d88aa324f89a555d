import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { childNodes, findNode, patternIdentifiers } from '../util/ast.js';
import type { FileFacts } from './file-facts.js';

/**
 * Values that hold a verified session: the result of a verifier call
 * (`await auth()`, `getServerSession()`, a settings `verifiers` wrapper), what
 * is read from it (`const id = session.user.id`), and the parameters of
 * NextAuth's `session` and `jwt` callbacks. A cache keyed by one of these is
 * keyed by the verified user; a cache holding one holds session data.
 */
export class SessionValues {
  /** Identifiers that read a session-holding variable. */
  private readonly reads = new Set<TSESTree.Node>();

  constructor(
    private readonly facts: FileFacts,
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
  ) {
    const tainted = new Set<TSESLint.Scope.Variable>();
    const taint = (id: TSESTree.Identifier): void => {
      const variable = ASTUtils.findVariable(sourceCode.getScope(id), id);
      if (!variable || tainted.has(variable)) return;
      tainted.add(variable);
      for (const reference of variable.references) if (reference.isRead()) this.reads.add(reference.identifier);
    };
    for (const config of facts.nextAuthConfigs) {
      for (const name of ['session', 'jwt']) {
        const callback = config.callback(name);
        for (const param of callback?.params ?? []) for (const id of patternIdentifiers(param)) taint(id);
      }
    }
    // Source order: a binding is tainted before the bindings made from it are visited.
    const visit = (node: TSESTree.Node): void => {
      for (const child of childNodes(node)) visit(child);
      if (node.type === T.VariableDeclarator && node.init && this.carries(node.init)) {
        for (const id of patternIdentifiers(node.id)) taint(id);
      } else if (node.type === T.AssignmentExpression && node.left.type === T.Identifier && this.carries(node.right)) {
        taint(node.left);
      }
    };
    visit(sourceCode.ast);
  }

  /** Does the expression contain a verifier call or read a session-holding value? */
  carries(node: TSESTree.Node): boolean {
    const [start, end] = node.range;
    for (const id of this.reads) if (id.range[0] >= start && id.range[1] <= end) return true;
    return findNode(node, (n): n is TSESTree.CallExpression => n.type === T.CallExpression && this.facts.api.verification(n) !== null) !== null;
  }
}

const memo = new WeakMap<FileFacts, SessionValues>();

/** The session values of the file `facts` describes, computed once per file. */
export function sessionValues(facts: FileFacts, sourceCode: Readonly<TSESLint.SourceCode>): SessionValues {
  let values = memo.get(facts);
  if (!values) {
    values = new SessionValues(facts, sourceCode);
    memo.set(facts, values);
  }
  return values;
}
