import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';

/**
 * Where a value comes from: the import (or local root binding) it starts at,
 * and the property accesses and calls applied since. `'()'` stands for a call
 * or `new`, so `(await createClient()).auth.getUser` from '@/utils/supabase/server'
 * is `{ source: '@/utils/supabase/server', path: ['createClient', '()', 'auth', 'getUser'] }`.
 */
export interface Origin {
  /** The import source, or null when the root is a local or global binding. */
  readonly source: string | null;
  /** The root binding's name when `source` is null. */
  readonly root: string | null;
  /** The root is not declared in the file (a global such as `Map` or `fetch`). */
  readonly global: boolean;
  /** The module came from `require()`, so a `default` segment may be missing. */
  readonly cjs: boolean;
  readonly path: readonly string[];
}

export const CALL = '()';
const MAX_DEPTH = 12;

/** The last property or binding name of an origin, ignoring calls. */
export function terminalName(origin: Origin): string | null {
  for (let i = origin.path.length - 1; i >= 0; i--) {
    const segment = origin.path[i]!;
    if (segment !== CALL) return segment === 'default' && i === 0 ? (origin.root ?? 'default') : segment;
  }
  return origin.root;
}

/** Static property name of a member access, or null when computed from a non-literal. */
export function propertyName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed) return node.property.type === T.Identifier ? node.property.name : null;
  return node.property.type === T.Literal && typeof node.property.value === 'string' ? node.property.value : null;
}

function isRequireCall(node: TSESTree.Node): node is TSESTree.CallExpression & { arguments: [TSESTree.StringLiteral] } {
  return (
    node.type === T.CallExpression &&
    node.callee.type === T.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length === 1 &&
    node.arguments[0]!.type === T.Literal &&
    typeof node.arguments[0]!.value === 'string'
  );
}

/** Property path from a destructuring pattern's root down to `target`, or null when not statically known. */
export function patternPath(pattern: TSESTree.Node, target: TSESTree.Identifier): string[] | null {
  if (pattern === target) return [];
  switch (pattern.type) {
    case T.ObjectPattern:
      for (const property of pattern.properties) {
        if (property.type === T.RestElement) continue;
        const inner = patternPath(property.value, target);
        if (inner === null) continue;
        const key = property.computed
          ? property.key.type === T.Literal && typeof property.key.value === 'string' ? property.key.value : null
          : property.key.type === T.Identifier ? property.key.name : null;
        return key === null ? null : [key, ...inner];
      }
      return null;
    case T.AssignmentPattern:
      return patternPath(pattern.left, target);
    case T.ArrayPattern:
      for (const [index, element] of pattern.elements.entries()) {
        if (!element) continue;
        const inner = patternPath(element, target);
        if (inner !== null) return [String(index), ...inner];
      }
      return null;
    default:
      return null;
  }
}

/**
 * Resolves expressions to their {@link Origin} through imports (named, default,
 * namespace, `require`), aliases and local re-binding. One instance per file;
 * results are memoised per node.
 */
export class OriginResolver {
  private readonly memo = new WeakMap<TSESTree.Node, Origin | null>();

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  resolve(node: TSESTree.Node): Origin | null {
    return this.resolveAt(node, 0);
  }

  /** Origin of the function a call or `new` invokes. */
  callee(node: TSESTree.CallExpression | TSESTree.NewExpression): Origin | null {
    return this.resolve(node.callee);
  }

  private resolveAt(node: TSESTree.Node, depth: number): Origin | null {
    if (depth > MAX_DEPTH) return null;
    if (this.memo.has(node)) return this.memo.get(node)!;
    const result = this.compute(node, depth + 1);
    this.memo.set(node, result);
    return result;
  }

  private compute(node: TSESTree.Node, depth: number): Origin | null {
    switch (node.type) {
      case T.Identifier:
        return this.identifier(node, depth);
      case T.MemberExpression: {
        const name = propertyName(node);
        const object = name === null ? null : this.resolveAt(node.object, depth);
        return object && name !== null ? extend(object, name) : null;
      }
      case T.CallExpression: {
        if (isRequireCall(node)) return { source: node.arguments[0].value, root: null, global: false, cjs: true, path: [] };
        const callee = this.resolveAt(node.callee, depth);
        return callee && extend(callee, CALL);
      }
      case T.NewExpression: {
        const callee = this.resolveAt(node.callee, depth);
        return callee && extend(callee, CALL);
      }
      case T.AwaitExpression:
        return this.resolveAt(node.argument, depth);
      case T.TSNonNullExpression:
      case T.TSAsExpression:
      case T.TSSatisfiesExpression:
      case T.TSTypeAssertion:
        return this.resolveAt(node.expression, depth);
      case T.ChainExpression:
        return this.resolveAt(node.expression, depth);
      default:
        return null;
    }
  }

  private identifier(id: TSESTree.Identifier, depth: number): Origin | null {
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(id), id);
    const def = variable?.defs[0];
    if (!variable || !def) return { source: null, root: id.name, global: true, cjs: false, path: [] };
    const local: Origin = { source: null, root: id.name, global: false, cjs: false, path: [] };
    if (def.type === 'ImportBinding') {
      const declaration = def.parent;
      if (declaration.type !== T.ImportDeclaration || declaration.importKind === 'type') return null;
      const specifier = def.node;
      const source = declaration.source.value;
      switch (specifier.type) {
        case T.ImportSpecifier: {
          if (specifier.importKind === 'type') return null;
          const imported = specifier.imported.type === T.Identifier ? specifier.imported.name : specifier.imported.value;
          return { source, root: null, global: false, cjs: false, path: [imported] };
        }
        case T.ImportDefaultSpecifier:
          return { source, root: null, global: false, cjs: false, path: ['default'] };
        case T.ImportNamespaceSpecifier:
          return { source, root: null, global: false, cjs: false, path: [] };
        default:
          return null;
      }
    }
    if (def.type !== 'Variable' || def.node.type !== T.VariableDeclarator || !def.node.init) return local;
    // A reassigned `let` may hold anything by the time it is read.
    const writes = variable.references.filter(reference => reference.isWrite()).length;
    if (def.parent.kind !== 'const' && writes > 1) return local;
    const path = patternPath(def.node.id, def.name);
    if (path === null) return local;
    const init = this.resolveAt(def.node.init, depth);
    return init ? path.reduce(extend, init) : local;
  }
}

function extend(origin: Origin, segment: string): Origin {
  return { ...origin, path: [...origin.path, segment] };
}
