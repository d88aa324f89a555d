import fc from 'fast-check';
import type { Check, Cond, Stmt } from './program.js';

const pick = fc.nat({ max: 7 });

const { cond } = fc.letrec<{ cond: Cond }>(tie => ({
  cond: fc.oneof(
    { depthSize: 'small', maxDepth: 2, depthIdentifier: 'cond' },
    { arbitrary: fc.constant<Cond>({ kind: 'flag' }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('session' as const), pick, form: fc.constantFrom('plain' as const, 'user' as const, 'not-null' as const) }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('not' as const), argument: tie('cond') }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constantFrom('and' as const, 'or' as const), left: tie('cond'), right: tie('cond') }), weight: 1 },
  ),
}));

const CHECKS: Check[] = ['none', 'return', 'throw', 'redirect', 'block-return', 'log-only', 'inline-return', 'nullish-redirect'];

const leaf: fc.Arbitrary<Stmt> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('verify' as const), check: fc.constantFrom(...CHECKS) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('assert' as const), via: fc.constantFrom('requireUser' as const, 'clerk' as const) }), weight: 1 },
  { arbitrary: fc.constant<Stmt>({ kind: 'read' }), weight: 4 },
  {
    arbitrary: fc.record(
      { kind: fc.constant('respond' as const), pick, form: fc.constantFrom('web' as const, 'next' as const, 'new' as const, 'assigned' as const, 'ternary' as const), test: cond },
      { requiredKeys: ['kind', 'pick', 'form'] },
    ),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant('exit' as const), how: fc.constantFrom('return' as const, 'throw' as const) }), weight: 1 },
  { arbitrary: fc.constant<Stmt>({ kind: 'helper' }), weight: 1 },
  { arbitrary: fc.constantFrom<Stmt>({ kind: 'break' }, { kind: 'continue' }, { kind: 'break-label' }), weight: 1 },
);

const { statements } = fc.letrec<{ stmt: Stmt; statements: Stmt[] }>(tie => {
  const body = fc.array(tie('stmt'), { minLength: 1, maxLength: 3 });
  return {
    stmt: fc.oneof(
      { depthSize: 'xsmall', maxDepth: 3, depthIdentifier: 'stmt' },
      { arbitrary: leaf, weight: 6 },
      { arbitrary: fc.record({ kind: fc.constant('if' as const), test: cond, consequent: body, alternate: fc.option(body, { nil: null }) }), weight: 3 },
      {
        arbitrary: fc
          .record({ kind: fc.constant('try' as const), block: body, handler: fc.option(body, { nil: null }), finalizer: fc.option(body, { nil: null }) })
          .map((stmt): Stmt => (stmt.handler || stmt.finalizer ? stmt : { ...stmt, handler: [] })),
        weight: 2,
      },
      { arbitrary: fc.record({ kind: fc.constant('labeled' as const), body }), weight: 1 },
      { arbitrary: fc.record({ kind: fc.constantFrom('for-of' as const, 'while' as const, 'do-while' as const, 'forever' as const), body }), weight: 2 },
      {
        arbitrary: fc.record({ kind: fc.constant('switch' as const), cases: fc.array(body, { minLength: 1, maxLength: 3 }), hasDefault: fc.boolean() }),
        weight: 1,
      },
    ),
    statements: fc.array(tie('stmt'), { minLength: 1, maxLength: 6 }),
  };
});

/** Unresolved handler bodies; pass them through `resolve` before use. */
export const handlerBody: fc.Arbitrary<Stmt[]> = statements;
