import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { childNodes, type FunctionNode, isFunctionNode, patternIdentifiers, unwrapExpression } from '../util/ast.js';
import { patternPath, propertyName } from './imports.js';

export type { FunctionNode };

/**
 * "A checked verification happens on every path before this node": a must-
 * analysis over one function's AST. It is our own walk rather than ESLint's
 * code-path events so that it is testable alone and runs under Oxlint's JS
 * plugins. Like ESLint's per-segment facts (see no-this-before-super), a flow
 * carries a fact that joins with AND where paths meet; unreachable flows are
 * the identity of that join.
 */

/** What a verifier's result looks like, which decides what checking it means. */
export interface ResultShape {
  /** `nullable`: falsy without a session. `object`: always an object; check its properties. */
  readonly kind: 'nullable' | 'object';
  /** For `object` results, properties that are themselves always objects (Supabase's `data`). */
  readonly objectProperties?: readonly string[];
}

export interface VerificationCall {
  /** Throws or redirects by itself when there is no session. */
  readonly asserting: boolean;
  /** Guards without `await`. */
  readonly sync: boolean;
  readonly shape: ResultShape;
}

export interface GuardClassifier {
  verification(call: TSESTree.CallExpression): VerificationCall | null;
  /** Calls that never return, such as `redirect()` from next/navigation. */
  terminates(call: TSESTree.CallExpression): boolean;
}

export interface GuardFacts {
  /**
   * Does a checked verification dominate `node`? Nodes on no reachable path
   * count as guarded. `node` must lie inside the analysed function.
   */
  guardedAt(node: TSESTree.Node): boolean;
}

interface State {
  readonly guarded: boolean;
  /** Variables that hold a verification result (or a property of one). */
  readonly vars: ReadonlyMap<string, ResultShape>;
}

/** null: no path reaches here. */
type Flow = State | null;

interface JumpTarget {
  readonly kind: 'loop' | 'switch' | 'label';
  readonly labels: readonly string[];
  readonly breaks: Flow[];
  readonly continues: Flow[];
}

const NULLABLE: ResultShape = { kind: 'nullable' };
const ERROR_NAME = /^(?:e|err|error|errors|\w+Error)$/;

function join(...flows: Flow[]): Flow {
  const live = flows.filter((flow): flow is State => flow !== null);
  if (live.length === 0) return null;
  if (live.length === 1) return live[0]!;
  return { guarded: live.every(flow => flow.guarded), vars: unionVars(live) };
}

function unionVars(flows: readonly State[]): ReadonlyMap<string, ResultShape> {
  const [first, ...rest] = flows;
  if (rest.every(flow => flow.vars === first!.vars)) return first!.vars;
  const vars = new Map(first!.vars);
  for (const flow of rest) for (const [name, shape] of flow.vars) vars.set(name, shape);
  return vars;
}

/** Keep `flow`'s guard, but learn variables bound on other paths (they may be read later). */
function learnVars(flow: Flow, ...others: Flow[]): Flow {
  if (flow === null) return null;
  const live = others.filter((other): other is State => other !== null);
  return live.length === 0 ? flow : { guarded: flow.guarded, vars: unionVars([flow, ...live]) };
}

function guard(flow: Flow, proven: boolean): Flow {
  return flow && proven && !flow.guarded ? { guarded: true, vars: flow.vars } : flow;
}

function descend(shape: ResultShape, property: string): ResultShape {
  return shape.kind === 'object' && shape.objectProperties?.includes(property) ? { kind: 'object' } : NULLABLE;
}

class GuardWalker {
  readonly probes = new Map<TSESTree.Node, boolean>();
  private targets: JumpTarget[] = [];

  constructor(private readonly classifier: GuardClassifier) {}

  analyzeFunction(fn: FunctionNode, entry: Flow): void {
    const saved = this.targets;
    this.targets = [];
    if (fn.body.type === T.BlockStatement) {
      this.statement(fn.body, entry);
    } else {
      const exit = this.expression(fn.body, entry);
      this.record(fn.body, exit);
    }
    this.targets = saved;
  }

  private record(node: TSESTree.Node, flow: Flow): void {
    this.probes.set(node, flow === null || flow.guarded);
  }

  // --- what an expression says about the session -------------------------

  /** The result shape `node` carries when it derives from a verification, else null. */
  private shapeOf(node: TSESTree.Node, flow: State): ResultShape | null {
    const inner = unwrapExpression(node);
    switch (inner.type) {
      case T.Identifier:
        return flow.vars.get(inner.name) ?? null;
      case T.CallExpression:
        return this.classifier.verification(inner)?.shape ?? null;
      case T.LogicalExpression:
        // `session ?? redirect()`, `session || null`: the value is the session or nothing.
        return inner.operator !== '&&' && this.isEmptyFallback(inner.right) ? this.shapeOf(inner.left, flow) : null;
      case T.MemberExpression: {
        const name = propertyName(inner);
        const object = this.shapeOf(inner.object, flow);
        return object && name !== null ? descend(object, name) : null;
      }
      default:
        return null;
    }
  }

  /** A fallback that adds no value of its own: `null`, `undefined`, or a call that never returns. */
  private isEmptyFallback(node: TSESTree.Node): boolean {
    const inner = unwrapExpression(node);
    if (inner.type === T.Literal && inner.value === null) return true;
    if (inner.type === T.Identifier && inner.name === 'undefined') return true;
    return inner.type === T.CallExpression && this.classifier.terminates(inner);
  }

  /** Truthiness of `node` proves a session (`session`, `session?.user`, `await isAuthenticated()`). */
  private proves(node: TSESTree.Node, flow: State): boolean {
    const inner = unwrapExpression(node);
    if (inner.type === T.Identifier && ERROR_NAME.test(inner.name)) return false;
    if (inner.type === T.MemberExpression && ERROR_NAME.test(propertyName(inner) ?? '')) return false;
    return this.shapeOf(inner, flow)?.kind === 'nullable';
  }

  /** Whether the test being true (T) or false (F) proves a session. */
  private facts(test: TSESTree.Node, flow: Flow): { T: boolean; F: boolean } {
    if (flow === null) return { T: false, F: false };
    const node = unwrapExpression(test);
    switch (node.type) {
      case T.UnaryExpression:
        if (node.operator === '!') {
          const inner = this.facts(node.argument, flow);
          return { T: inner.F, F: inner.T };
        }
        return { T: false, F: false };
      case T.LogicalExpression: {
        const left = this.facts(node.left, flow);
        const right = this.facts(node.right, flow);
        if (node.operator === '&&') return { T: left.T || right.T, F: left.F && right.F };
        if (node.operator === '||') return { T: left.T && right.T, F: left.F || right.F };
        return { T: false, F: false };
      }
      case T.BinaryExpression:
        return this.comparisonFacts(node, flow);
      case T.SequenceExpression:
        return this.facts(node.expressions.at(-1)!, flow);
      default:
        return { T: this.proves(node, flow), F: false };
    }
  }

  private comparisonFacts(node: TSESTree.BinaryExpression, flow: State): { T: boolean; F: boolean } {
    const isNullish = (side: TSESTree.Node): boolean =>
      (side.type === T.Literal && side.value === null) || (side.type === T.Identifier && side.name === 'undefined');
    const isTruthyLiteral = (side: TSESTree.Node): boolean =>
      (side.type === T.Literal && Boolean(side.value)) || side.type === T.TemplateLiteral;
    const [subject, other] = isNullish(node.left) || isTruthyLiteral(node.left) ? [node.right, node.left] : [node.left, node.right];
    if (node.left.type === T.PrivateIdentifier || subject.type === T.PrivateIdentifier) return { T: false, F: false };
    const proven = this.proves(subject, flow);
    const equal = node.operator === '===' || node.operator === '==';
    const notEqual = node.operator === '!==' || node.operator === '!=';
    if (isNullish(other)) {
      // `s == null` is false, or `s !== null` is true: s holds a value.
      if (equal) return { T: false, F: proven };
      if (notEqual) return { T: proven, F: false };
    }
    if (isTruthyLiteral(other)) {
      // `s.role === 'admin'` is true: the property (and so the session) exists.
      if (equal) return { T: proven, F: false };
      if (notEqual) return { T: false, F: proven };
    }
    return { T: false, F: false };
  }

  // --- bindings ------------------------------------------------------------

  private bind(pattern: TSESTree.Node, value: TSESTree.Node, flow: Flow): Flow {
    if (flow === null) return null;
    const shape = this.shapeOf(value, flow);
    if (!shape) return this.forget(pattern, flow);
    const vars = new Map(flow.vars);
    for (const id of patternIdentifiers(pattern)) {
      const path = patternPath(pattern, id);
      if (path === null || ERROR_NAME.test(id.name)) {
        vars.delete(id.name);
        continue;
      }
      vars.set(id.name, path.reduce(descend, shape));
    }
    return { guarded: flow.guarded, vars };
  }

  /** A variable overwritten with something else no longer proves anything. */
  private forget(pattern: TSESTree.Node, flow: State): Flow {
    const names = patternIdentifiers(pattern).map(id => id.name).filter(name => flow.vars.has(name));
    if (names.length === 0) return flow;
    const vars = new Map(flow.vars);
    for (const name of names) vars.delete(name);
    return { guarded: flow.guarded, vars };
  }

  // --- expressions -----------------------------------------------------------

  private expression(node: TSESTree.Node, flow: Flow): Flow {
    switch (node.type) {
      case T.LogicalExpression: {
        const afterLeft = this.expression(node.left, flow);
        const facts = this.facts(node.left, afterLeft);
        if (node.operator === '&&') {
          const right = this.expression(node.right, guard(afterLeft, facts.T));
          return learnVars(join(guard(afterLeft, facts.F), right), right);
        }
        if (node.operator === '||') {
          const right = this.expression(node.right, guard(afterLeft, facts.F));
          return learnVars(join(guard(afterLeft, facts.T), right), right);
        }
        // `(await auth()) ?? redirect('/login')`: past it, the left side holds a value.
        const right = this.expression(node.right, afterLeft);
        return join(right === null && afterLeft ? guard(afterLeft, this.proves(node.left, afterLeft)) : afterLeft, right);
      }
      case T.ConditionalExpression: {
        const afterTest = this.expression(node.test, flow);
        const facts = this.facts(node.test, afterTest);
        return join(
          this.expression(node.consequent, guard(afterTest, facts.T)),
          this.expression(node.alternate, guard(afterTest, facts.F)),
        );
      }
      case T.CallExpression:
      case T.NewExpression: {
        let current = this.expression(node.callee, flow);
        for (const argument of node.arguments) current = this.expression(argument, current);
        this.record(node, current);
        if (node.type === T.NewExpression || current === null) return current;
        if (this.classifier.terminates(node)) return null;
        const verification = this.classifier.verification(node);
        const callback = node.arguments.length > 0 && isFunctionNode(node.arguments.at(-1)!);
        return guard(current, Boolean(verification?.asserting && verification.sync && !callback));
      }
      case T.AwaitExpression: {
        const after = this.expression(node.argument, flow);
        const argument = unwrapExpression(node.argument);
        const verification = argument.type === T.CallExpression ? this.classifier.verification(argument) : null;
        return guard(after, Boolean(verification?.asserting));
      }
      case T.AssignmentExpression: {
        const after = this.expression(node.right, this.expression(node.left, flow));
        return node.operator === '=' ? this.bind(node.left, node.right, after) : after;
      }
      case T.FunctionExpression:
      case T.ArrowFunctionExpression:
        this.analyzeFunction(node, flow);
        return flow;
      case T.ClassExpression:
      case T.ClassDeclaration:
        return flow;
      default:
        return this.children(node, flow);
    }
  }

  private children(node: TSESTree.Node, flow: Flow): Flow {
    let current = flow;
    for (const child of childNodes(node)) current = this.expression(child, current);
    return current;
  }

  // --- statements -------------------------------------------------------------

  private statements(list: readonly TSESTree.Node[], flow: Flow): Flow {
    // Hoisted declarations run whenever they are called: from the entry state.
    const entry = flow;
    let current = flow;
    for (const statement of list) {
      if (statement.type === T.FunctionDeclaration) this.analyzeFunction(statement, entry);
      else current = this.statement(statement, current);
    }
    return current;
  }

  private statement(node: TSESTree.Node, flow: Flow, labels: readonly string[] = []): Flow {
    switch (node.type) {
      case T.BlockStatement:
      case T.StaticBlock:
        return this.statements(node.body, flow);
      case T.ExpressionStatement:
        return this.expression(node.expression, flow);
      case T.VariableDeclaration: {
        let current = flow;
        for (const declarator of node.declarations) {
          if (!declarator.init) continue;
          current = this.expression(declarator.init, current);
          current = this.bind(declarator.id, declarator.init, current);
        }
        return current;
      }
      case T.ReturnStatement: {
        const after = node.argument ? this.expression(node.argument, flow) : flow;
        this.record(node, after);
        return null;
      }
      case T.ThrowStatement:
        this.expression(node.argument, flow);
        return null;
      case T.IfStatement: {
        const afterTest = this.expression(node.test, flow);
        const facts = this.facts(node.test, afterTest);
        const consequent = this.statement(node.consequent, guard(afterTest, facts.T));
        const alternate = node.alternate ? this.statement(node.alternate, guard(afterTest, facts.F)) : guard(afterTest, facts.F);
        return join(consequent, alternate);
      }
      case T.LabeledStatement: {
        const label = node.label.name;
        if (isLoop(node.body) || node.body.type === T.LabeledStatement) return this.statement(node.body, flow, [...labels, label]);
        return this.withTarget('label', [label], target => join(this.statement(node.body, flow), ...target.breaks));
      }
      case T.BreakStatement:
      case T.ContinueStatement: {
        const target = this.findTarget(node);
        if (target) (node.type === T.BreakStatement ? target.breaks : target.continues).push(flow);
        return null;
      }
      case T.WhileStatement:
      case T.ForStatement:
        return this.conditionalLoop(node, flow, labels);
      case T.DoWhileStatement:
        return this.withTarget('loop', labels, target => {
          const bodyExit = this.statement(node.body, flow);
          const afterTest = this.expression(node.test, join(bodyExit, ...target.continues));
          return join(guard(afterTest, this.facts(node.test, afterTest).F), ...target.breaks);
        });
      case T.ForInStatement:
      case T.ForOfStatement: {
        const afterRight = this.expression(node.right, flow);
        return this.withTarget('loop', labels, target => {
          // The body may run zero times, so nothing it proves holds afterwards.
          const bodyExit = this.statement(node.body, afterRight);
          return learnVars(join(afterRight, ...target.breaks), bodyExit, ...target.continues);
        });
      }
      case T.SwitchStatement: {
        const afterDiscriminant = this.expression(node.discriminant, flow);
        return this.withTarget('switch', labels, target => {
          let fallthrough: Flow = null;
          let testsFlow = afterDiscriminant;
          for (const switchCase of node.cases) {
            if (switchCase.test) testsFlow = this.expression(switchCase.test, testsFlow);
            fallthrough = this.statements(switchCase.consequent, join(testsFlow, fallthrough));
          }
          const hasDefault = node.cases.some(switchCase => switchCase.test === null);
          return join(fallthrough, ...target.breaks, hasDefault ? null : testsFlow);
        });
      }
      case T.TryStatement:
        return this.tryStatement(node, flow);
      case T.FunctionDeclaration:
        this.analyzeFunction(node, flow);
        return flow;
      case T.ClassDeclaration:
      case T.EmptyStatement:
      case T.DebuggerStatement:
        return flow;
      default:
        // Declarations with no run-time effect (types, imports) and anything unforeseen.
        return this.children(node, flow);
    }
  }

  private conditionalLoop(node: TSESTree.WhileStatement | TSESTree.ForStatement, flow: Flow, labels: readonly string[]): Flow {
    let entry = flow;
    if (node.type === T.ForStatement && node.init) entry = this.statement(node.init, entry);
    const afterTest = node.test ? this.expression(node.test, entry) : entry;
    const facts = node.test ? this.facts(node.test, afterTest) : { T: false, F: false };
    return this.withTarget('loop', labels, target => {
      const bodyExit = this.statement(node.body, guard(afterTest, facts.T));
      if (node.type === T.ForStatement && node.update) this.expression(node.update, join(bodyExit, ...target.continues));
      // `for (;;)` leaves only through break.
      const exits = node.test ? guard(afterTest, facts.F) : null;
      return learnVars(join(exits, ...target.breaks), bodyExit, ...target.continues);
    });
  }

  private tryStatement(node: TSESTree.TryStatement, flow: Flow): Flow {
    const jumpsBefore = this.targets.map(target => [target.breaks.length, target.continues.length] as const);
    const tryExit = this.statement(node.block, flow);
    // Anything in the block may throw before its verification completes.
    const catchEntry = learnVars(flow, tryExit);
    const catchExit = node.handler ? this.statement(node.handler.body, catchEntry) : null;
    const normal = node.handler ? join(tryExit, catchExit) : tryExit;
    if (!node.finalizer) return normal;
    const finallyExit = this.statement(node.finalizer, join(normal, catchEntry));
    // A break or continue out of the try or catch runs the finally first, like falling out of it.
    this.targets.forEach((target, index) => {
      const [breaks, continues] = jumpsBefore[index]!;
      for (let i = breaks; i < target.breaks.length; i++) target.breaks[i] = afterFinally(target.breaks[i]!, finallyExit);
      for (let i = continues; i < target.continues.length; i++) target.continues[i] = afterFinally(target.continues[i]!, finallyExit);
    });
    return afterFinally(normal, finallyExit);
  }

  private withTarget(kind: JumpTarget['kind'], labels: readonly string[], body: (target: JumpTarget) => Flow): Flow {
    const target: JumpTarget = { kind, labels, breaks: [], continues: [] };
    this.targets.push(target);
    try {
      return body(target);
    } finally {
      this.targets.pop();
    }
  }

  private findTarget(node: TSESTree.BreakStatement | TSESTree.ContinueStatement): JumpTarget | undefined {
    const label = node.label?.name;
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const target = this.targets[i]!;
      if (label !== undefined) {
        if (target.labels.includes(label)) return target;
      } else if (target.kind === 'loop' || (node.type === T.BreakStatement && target.kind === 'switch')) {
        return target;
      }
    }
    return undefined;
  }
}

/** A completion that ran a finally: it goes on only if the finally completes normally, which may also have verified. */
function afterFinally(flow: Flow, finallyExit: Flow): Flow {
  if (flow === null || finallyExit === null) return null;
  return { guarded: flow.guarded || finallyExit.guarded, vars: unionVars([flow, finallyExit]) };
}

function isLoop(node: TSESTree.Node): boolean {
  return (
    node.type === T.WhileStatement ||
    node.type === T.DoWhileStatement ||
    node.type === T.ForStatement ||
    node.type === T.ForInStatement ||
    node.type === T.ForOfStatement
  );
}

/**
 * Analyses `fn` once. `entryGuarded` is true when the function only runs after
 * a verification, e.g. when it is wrapped by an asserting higher-order verifier.
 */
export function analyzeGuards(fn: FunctionNode, classifier: GuardClassifier, entryGuarded = false): GuardFacts {
  const walker = new GuardWalker(classifier);
  const entry: State = { guarded: entryGuarded, vars: new Map() };
  walker.analyzeFunction(fn, entry);
  const { probes } = walker;
  return {
    guardedAt(node) {
      for (let current: TSESTree.Node | undefined = node; current && current !== fn; current = current.parent) {
        const probe = probes.get(current);
        if (probe !== undefined) return probe;
      }
      return entryGuarded;
    },
  };
}
