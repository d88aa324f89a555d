import type { Cond, Stmt } from './program.js';

/**
 * The oracle's reference: runs a resolved program on every path, on its own
 * IR (no AST, no ESLint), and answers which cache reads reach a response on
 * some path where the session was not verified with its result checked.
 *
 * Path semantics, as the foundation issue states them:
 * - a verification's result is a session or null, chosen per path; the path
 *   is verified once it has seen the result truthy (`if (!s) return` falls
 *   through only when it is, `if (s) { … }` enters only when it is), or once an
 *   asserting verifier (`await requireUser()`) has returned;
 * - opaque request conditions go both ways, independently at each evaluation;
 * - loops may run zero times (`do … while` at least once) and any number of times;
 * - every statement may throw before it completes, so a `catch` or `finally`
 *   starts from any state inside its `try`, including its entry.
 * Paths are explored as sets of states (verified?, session values) to a fixpoint,
 * which is exact: no state is merged with another.
 */

interface State {
  readonly verified: boolean;
  /** Per session variable in the path's history: did verification return a session? */
  readonly sessions: ReadonlyMap<string, boolean>;
}

class States implements Iterable<State> {
  private readonly byKey = new Map<string, State>();

  static of(...states: State[]): States {
    const set = new States();
    for (const state of states) set.add(state);
    return set;
  }

  get size(): number {
    return this.byKey.size;
  }

  add(state: State): boolean {
    const key = `${state.verified ? 1 : 0}|${[...state.sessions].map(([name, value]) => `${name}=${value ? 1 : 0}`).join(',')}`;
    if (this.byKey.has(key)) return false;
    this.byKey.set(key, state);
    return true;
  }

  addAll(states: Iterable<State>): boolean {
    let grew = false;
    for (const state of states) grew = this.add(state) || grew;
    return grew;
  }

  [Symbol.iterator](): Iterator<State> {
    return this.byKey.values();
  }
}

interface Outcome {
  readonly normal: States;
  readonly returned: States;
  readonly thrown: States;
  readonly broke: States;
  /** `break found;` out of the (single) labeled block. */
  readonly brokeLabel: States;
  readonly continued: States;
}

const ABRUPT = ['returned', 'thrown', 'broke', 'brokeLabel', 'continued'] as const;

function outcome(normal = new States()): Outcome {
  return { normal, returned: new States(), thrown: new States(), broke: new States(), brokeLabel: new States(), continued: new States() };
}

const verified = (state: State): State => (state.verified ? state : { ...state, verified: true });

/** Read ids whose data some response sends on an unverified path. */
export function expectedReports(program: readonly Stmt[]): Set<number> {
  const unverified = new Set<number>();

  const evaluate = (test: Cond, state: State): [boolean, State][] => {
    switch (test.kind) {
      case 'flag':
        return [
          [true, state],
          [false, state],
        ];
      case 'session': {
        const present = state.sessions.get(test.name!)!;
        return [[present, present ? verified(state) : state]];
      }
      case 'not':
        return evaluate(test.argument, state).map(([value, after]) => [!value, after]);
      default:
        return evaluate(test.left, state).flatMap(([value, after]): [boolean, State][] =>
          (test.kind === 'and' ? value : !value) ? evaluate(test.right, after) : [[value, after]],
        );
    }
  };

  const respond = (stmt: Extract<Stmt, { kind: 'respond' }>, state: State, out: Outcome): void => {
    const send = (at: State): void => {
      if (stmt.data && !at.verified) unverified.add(stmt.data.id);
      out.returned.add(at);
    };
    if (stmt.form !== 'ternary') return send(state);
    for (const [value, after] of evaluate(stmt.test!, state)) {
      if (value) send(after);
      else out.returned.add(after);
    }
  };

  const block = (list: readonly Stmt[], entry: States): Outcome => {
    const out = outcome();
    let current = entry;
    for (const stmt of list) {
      if (current.size === 0) break;
      out.thrown.addAll(current);
      const next = statement(stmt, current);
      for (const kind of ABRUPT) out[kind].addAll(next[kind]);
      current = next.normal;
    }
    out.normal.addAll(current);
    return out;
  };

  const statement = (stmt: Stmt, entry: States): Outcome => {
    const out = outcome();
    switch (stmt.kind) {
      case 'verify':
        for (const state of entry) {
          for (const present of [true, false]) {
            const after: State = stmt.name ? { ...state, sessions: new Map(state.sessions).set(stmt.name, present) } : state;
            const exits = stmt.check !== 'none' && stmt.check !== 'log-only';
            // The check reads the result: falling through it (or entering the guarded branch) sees a session.
            if (stmt.check === 'none') out.normal.add(after);
            else if (present) out.normal.add(verified(after));
            else if (!exits) out.normal.add(after);
            else if (stmt.check === 'throw' || stmt.check === 'redirect' || stmt.check === 'nullish-redirect') out.thrown.add(after);
            else out.returned.add(after);
          }
        }
        return out;
      case 'assert':
        // Without a session it throws (covered by the statement-entry throw); otherwise the path is verified.
        for (const state of entry) out.normal.add(verified(state));
        return out;
      case 'read':
      case 'helper':
        out.normal.addAll(entry);
        return out;
      case 'respond':
        for (const state of entry) respond(stmt, state, out);
        return out;
      case 'exit':
        (stmt.how === 'return' ? out.returned : out.thrown).addAll(entry);
        return out;
      case 'break':
        out.broke.addAll(entry);
        return out;
      case 'continue':
        out.continued.addAll(entry);
        return out;
      case 'break-label':
        out.brokeLabel.addAll(entry);
        return out;
      case 'labeled': {
        const inner = block(stmt.body, entry);
        return { ...inner, normal: States.of(...inner.normal, ...inner.brokeLabel), brokeLabel: new States() };
      }
      case 'if': {
        const whenTrue = new States();
        const whenFalse = new States();
        for (const state of entry) for (const [value, after] of evaluate(stmt.test, state)) (value ? whenTrue : whenFalse).add(after);
        const consequent = block(stmt.consequent, whenTrue);
        const alternate = stmt.alternate ? block(stmt.alternate, whenFalse) : outcome(whenFalse);
        return merge(consequent, alternate);
      }
      case 'try':
        return tryStatement(stmt, entry);
      case 'for-of':
      case 'while':
      case 'do-while':
      case 'forever':
        return loop(stmt.body, entry, stmt.kind);
      case 'switch': {
        let fallthrough = new States();
        for (const body of stmt.cases) {
          const caseOut = block(body, States.of(...entry, ...fallthrough));
          out.returned.addAll(caseOut.returned);
          out.thrown.addAll(caseOut.thrown);
          out.continued.addAll(caseOut.continued);
          out.brokeLabel.addAll(caseOut.brokeLabel);
          out.normal.addAll(caseOut.broke);
          fallthrough = caseOut.normal;
        }
        out.normal.addAll(fallthrough);
        if (!stmt.hasDefault) out.normal.addAll(entry);
        return out;
      }
    }
  };

  /** `for-of` and `while` may run zero times, `do-while` runs at least once, `for (;;)` leaves only by a jump. */
  const loop = (body: readonly Stmt[], entry: States, kind: 'for-of' | 'while' | 'do-while' | 'forever'): Outcome => {
    const result = outcome();
    const head = States.of(...entry);
    if (kind === 'for-of' || kind === 'while') result.normal.addAll(entry);
    for (;;) {
      const pass = block(body, head);
      result.returned.addAll(pass.returned);
      result.thrown.addAll(pass.thrown);
      result.brokeLabel.addAll(pass.brokeLabel);
      result.normal.addAll(pass.broke);
      const again = States.of(...pass.normal, ...pass.continued);
      if (kind !== 'forever') result.normal.addAll(again);
      if (!head.addAll(again)) return result;
    }
  };

  const tryStatement = (stmt: Extract<Stmt, { kind: 'try' }>, entry: States): Outcome => {
    const tried = block(stmt.block, entry);
    // The block may throw before its first statement completes, even when it is empty.
    tried.thrown.addAll(entry);
    let settled: Outcome = tried;
    if (stmt.handler) {
      const caught = block(stmt.handler, tried.thrown);
      settled = merge({ ...tried, thrown: new States() }, caught);
    }
    if (!stmt.finalizer) return settled;
    const result = outcome();
    for (const kind of ['normal', ...ABRUPT] as const) {
      const finished = block(stmt.finalizer, settled[kind]);
      // Completing normally resumes the pending completion; an abrupt finally replaces it.
      result[kind].addAll(finished.normal);
      for (const abrupt of ABRUPT) result[abrupt].addAll(finished[abrupt]);
    }
    return result;
  };

  block(program, States.of({ verified: false, sessions: new Map() }));
  return unverified;
}

function merge(a: Outcome, b: Outcome): Outcome {
  const out = outcome();
  for (const kind of ['normal', ...ABRUPT] as const) {
    out[kind].addAll(a[kind]);
    out[kind].addAll(b[kind]);
  }
  return out;
}
