/**
 * The oracle's intermediate representation of a generated App Router handler.
 * Generators produce it with unresolved references (`pick` numbers); `resolve`
 * binds each reference to a variable in lexical scope, numbers the reads and
 * drops jumps with no target, so the renderer and the reference interpreter
 * read the same, well-formed program.
 */

/** An opaque request-dependent boolean, or the truthiness of a session variable. */
export type Cond =
  | { readonly kind: 'flag' }
  | { readonly kind: 'session'; readonly pick: number; readonly form: 'plain' | 'user' | 'not-null'; readonly name?: string }
  | { readonly kind: 'not'; readonly argument: Cond }
  | { readonly kind: 'and' | 'or'; readonly left: Cond; readonly right: Cond };

/** How a verification's result is checked right after it, if at all. */
export type Check = 'none' | 'return' | 'throw' | 'redirect' | 'block-return' | 'log-only' | 'inline-return' | 'nullish-redirect';

export type Stmt =
  /** `const sN = await getServerSession(authOptions)`, then its check; `inline-return` checks the call without a variable. */
  | { readonly kind: 'verify'; readonly check: Check; readonly name?: string }
  /** An awaited verifier that throws or redirects by itself. */
  | { readonly kind: 'assert'; readonly via: 'requireUser' | 'clerk' }
  /** `const cN = await redis.get(`session:${sid}`)`. */
  | { readonly kind: 'read'; readonly name?: string; readonly id?: number }
  /** `return Response.json(cN)`, or a response that carries no cache data. */
  | {
      readonly kind: 'respond';
      readonly pick: number;
      readonly form: 'web' | 'next' | 'new' | 'assigned' | 'ternary';
      readonly test?: Cond;
      readonly data?: { readonly name: string; readonly id: number } | null;
    }
  | { readonly kind: 'exit'; readonly how: 'return' | 'throw' }
  /** An awaited call that proves nothing about the session. */
  | { readonly kind: 'helper' }
  | { readonly kind: 'break' | 'continue' }
  /** `found: { … }` and `break found;` (labeled blocks do not nest, so the label is always `found`). */
  | { readonly kind: 'labeled'; readonly body: readonly Stmt[] }
  | { readonly kind: 'break-label' }
  | { readonly kind: 'if'; readonly test: Cond; readonly consequent: readonly Stmt[]; readonly alternate: readonly Stmt[] | null }
  | { readonly kind: 'try'; readonly block: readonly Stmt[]; readonly handler: readonly Stmt[] | null; readonly finalizer: readonly Stmt[] | null }
  | { readonly kind: 'for-of' | 'while' | 'do-while' | 'forever'; readonly body: readonly Stmt[] }
  | { readonly kind: 'switch'; readonly cases: readonly (readonly Stmt[])[]; readonly hasDefault: boolean };

interface Scope {
  sessions: string[];
  reads: { name: string; id: number }[];
}

/** Binds references to in-scope variables and drops `break`/`continue` that have no target. */
export function resolve(program: readonly Stmt[]): Stmt[] {
  let sessions = 0;
  let reads = 0;

  const cond = (test: Cond, scope: Scope): Cond => {
    switch (test.kind) {
      case 'flag':
        return test;
      case 'session': {
        const name = scope.sessions.length ? scope.sessions[test.pick % scope.sessions.length]! : undefined;
        return name ? { ...test, name } : { kind: 'flag' };
      }
      case 'not':
        return { kind: 'not', argument: cond(test.argument, scope) };
      default:
        return { kind: test.kind, left: cond(test.left, scope), right: cond(test.right, scope) };
    }
  };

  let inLabel = false;
  const block = (list: readonly Stmt[], outer: Scope, inLoop: boolean, inSwitch: boolean): Stmt[] => {
    const scope: Scope = { sessions: [...outer.sessions], reads: [...outer.reads] };
    const out: Stmt[] = [];
    for (const stmt of list) {
      switch (stmt.kind) {
        case 'verify': {
          if (stmt.check === 'inline-return') {
            out.push(stmt);
            break;
          }
          const name = `s${++sessions}`;
          scope.sessions.push(name);
          out.push({ ...stmt, name });
          break;
        }
        case 'read': {
          const id = ++reads;
          const name = `c${id}`;
          scope.reads.push({ name, id });
          out.push({ ...stmt, name, id });
          break;
        }
        case 'respond': {
          const data = scope.reads.length ? scope.reads[stmt.pick % scope.reads.length]! : null;
          const { test, ...rest } = stmt;
          out.push(stmt.form === 'ternary' ? { ...rest, data, test: cond(test ?? { kind: 'flag' }, scope) } : { ...rest, data });
          break;
        }
        case 'break':
          if (inLoop || inSwitch) out.push(stmt);
          break;
        case 'continue':
          if (inLoop) out.push(stmt);
          break;
        case 'break-label':
          if (inLabel) out.push(stmt);
          break;
        case 'labeled': {
          if (inLabel) {
            out.push(...block(stmt.body, scope, inLoop, inSwitch));
            break;
          }
          inLabel = true;
          out.push({ kind: 'labeled', body: block(stmt.body, scope, inLoop, inSwitch) });
          inLabel = false;
          break;
        }
        case 'if':
          out.push({
            kind: 'if',
            test: cond(stmt.test, scope),
            consequent: block(stmt.consequent, scope, inLoop, inSwitch),
            alternate: stmt.alternate && block(stmt.alternate, scope, inLoop, inSwitch),
          });
          break;
        case 'try':
          out.push({
            kind: 'try',
            block: block(stmt.block, scope, inLoop, inSwitch),
            handler: stmt.handler && block(stmt.handler, scope, inLoop, inSwitch),
            finalizer: stmt.finalizer && block(stmt.finalizer, scope, inLoop, inSwitch),
          });
          break;
        case 'for-of':
        case 'while':
        case 'do-while':
        case 'forever':
          out.push({ kind: stmt.kind, body: block(stmt.body, scope, true, false) });
          break;
        case 'switch':
          out.push({ ...stmt, cases: stmt.cases.map(body => block(body, scope, inLoop, true)) });
          break;
        default:
          out.push(stmt);
      }
    }
    return out;
  };

  return block(program, { sessions: [], reads: [] }, false, false);
}
