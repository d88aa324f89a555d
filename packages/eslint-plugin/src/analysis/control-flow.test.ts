import { parseForESLint } from '@typescript-eslint/parser';
import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { describe, expect, it } from 'vitest';
import { analyzeGuards, type FunctionNode, type GuardClassifier } from './control-flow.js';

/**
 * The guard analysis on its own: `verify()` returns a nullable session,
 * `props()` an always-present object, `requireUser()` asserts (async),
 * `assertSync()` asserts synchronously, `redirect()` never returns.
 * Each case lists, in source order, whether each `respond()` call is guarded.
 */
const classifier: GuardClassifier = {
  verification(call) {
    if (call.callee.type !== T.Identifier) return null;
    switch (call.callee.name) {
      case 'verify':
        return { asserting: false, sync: false, shape: { kind: 'nullable' } };
      case 'props':
        return { asserting: false, sync: false, shape: { kind: 'object', objectProperties: ['data'] } };
      case 'requireUser':
        return { asserting: true, sync: false, shape: { kind: 'nullable' } };
      case 'assertSync':
        return { asserting: true, sync: true, shape: { kind: 'nullable' } };
      default:
        return null;
    }
  },
  terminates: call => call.callee.type === T.Identifier && call.callee.name === 'redirect',
};

function setParents(node: TSESTree.Node, parent?: TSESTree.Node): void {
  (node as { parent?: TSESTree.Node }).parent = parent;
  for (const key of visitorKeys[node.type] ?? []) {
    const value = (node as unknown as Record<string, unknown>)[key];
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof (child as TSESTree.Node).type === 'string') setParents(child as TSESTree.Node, node);
    }
  }
}

function guardsOf(code: string): boolean[] {
  const { ast } = parseForESLint(`async function handler(req) {\n${code}\n}`, { range: true, loc: true });
  setParents(ast as TSESTree.Program);
  const fn = ast.body[0] as FunctionNode;
  const facts = analyzeGuards(fn, classifier);
  const probes: TSESTree.CallExpression[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === T.CallExpression && node.callee.type === T.Identifier && node.callee.name === 'respond') probes.push(node);
    for (const key of visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof (child as TSESTree.Node).type === 'string') visit(child as TSESTree.Node);
      }
    }
  };
  visit(fn);
  return probes.map(probe => facts.guardedAt(probe));
}

const cases: ReadonlyArray<[name: string, code: string, expected: boolean[]]> = [
  ['no verification', `return respond()`, [false]],
  ['early return guard', `const s = await verify(); if (!s) return respond(); return respond()`, [false, true]],
  ['guard on a property', `const s = await verify(); if (!s?.user) { log(); return respond() } return respond()`, [false, true]],
  ['nested inside if (s)', `const s = await verify(); if (s) { return respond() } return respond()`, [true, false]],
  ['throw guard', `const s = await verify(); if (!s) throw new Error('x'); return respond()`, [true]],
  ['redirect guard', `const s = await verify(); if (!s) redirect('/login'); return respond()`, [true]],
  ['result ignored', `await verify(); return respond()`, [false]],
  ['result bound, never checked', `const s = await verify(); return respond()`, [false]],
  ['verified only in one branch', `let s; if (req.x) { s = await verify(); if (!s) return } return respond()`, [false]],
  ['verified in both branches', `if (req.x) { const a = await verify(); if (!a) return } else { const b = await verify(); if (!b) return } return respond()`, [true]],
  ['verification in try, response in catch', `try { const s = await verify(); if (!s) return; } catch { return respond() } return respond()`, [false, true]],
  ['verification in a loop that may not run', `for (const x of req.items) { const s = await verify(); if (!s) return } return respond()`, [false]],
  ['verification before the loop', `const s = await verify(); if (!s) return; for (const x of req.items) { respond() }`, [true]],
  ['while loop body', `while (req.more) { const s = await verify(); if (!s) return; respond() } respond()`, [true, false]],
  ['do-while runs once', `do { const s = await verify(); if (!s) return } while (req.more); respond()`, [true]],
  ['asserting verifier, awaited', `await requireUser(); return respond()`, [true]],
  ['asserting async verifier, not awaited', `requireUser(); return respond()`, [false]],
  ['sync asserting verifier', `assertSync(req.token); return respond()`, [true]],
  ['sync asserting verifier with a callback does not throw', `assertSync(req.token, (err) => {}); return respond()`, [false]],
  ['&& short-circuit', `const s = await verify(); return s && respond()`, [true]],
  ['|| short-circuit', `const s = await verify(); return !s || respond()`, [true]],
  ['ternary', `const s = await verify(); return s ? respond() : respond()`, [true, false]],
  ['== null guard', `const s = await verify(); if (s == null) return; return respond()`, [true]],
  ['!== null nesting', `const s = await verify(); if (s !== null) { respond() }`, [true]],
  ['compound guard', `const { data, error } = await props(); if (error || !data.user) return; respond()`, [true]],
  ['object result is always truthy', `const r = await props(); if (!r) return; respond()`, [false]],
  ['object result: checking an always-object property proves nothing', `const { data } = await props(); if (!data) return; respond()`, [false]],
  ['error truthiness proves nothing', `const { user, error } = await verify(); if (error) { return respond() } respond()`, [false, false]],
  ['verification call in the test', `if (!(await verify())) return; respond()`, [true]],
  ['switch with a guarded case', `switch (req.kind) { case 'a': { const s = await verify(); if (!s) return; respond(); break } default: respond() } respond()`, [true, false, false]],
  ['switch where every case guards', `const s = await verify(); switch (req.kind) { case 'a': if (!s) return; break; default: if (!s) return; } respond()`, [true]],
  ['finally that verifies', `try { log() } finally { await requireUser() } respond()`, [true]],
  ['callback defined after the guard', `const s = await verify(); if (!s) return; return items.map(() => respond())`, [true]],
  ['verification inside a callback does not leak out', `items.forEach(async () => { await requireUser() }); respond()`, [false]],
  ['reassigned session var is forgotten', `let s = await verify(); s = req.fallback; if (!s) return; respond()`, [false]],
  ['labeled break out of a guard', `outer: { const s = await verify(); if (!s) break outer; respond() } respond()`, [true, false]],
  ['code after a return is unreachable', `return respond(); respond()`, [false, true]],
  ['?? redirect() guards what follows', `const s = (await verify()) ?? redirect('/login'); respond()`, [true]],
  ['?? redirect() binds a checked session', `const s = (await verify()) ?? redirect('/login'); if (s.user) respond()`, [true]],
  ['?? with a value fallback guards nothing', `const s = (await verify()) ?? guest; respond()`, [false]],
  ['|| null keeps the session shape', `const s = (await verify()) || null; if (!s) return; respond()`, [true]],
  ['comparison with a literal', `const s = await verify(); if (s?.role !== 'admin') return; respond()`, [true]],
  // Found by the control-flow oracle (bench/tests/oracle): a jump out of try/catch runs the finally first.
  ['break out of a try runs its finally first', `for (;;) { try { break } finally { await requireUser() } } respond()`, [true]],
  ['break out of a catch runs its finally first', `for (;;) { try { log() } catch { break } finally { await requireUser() } } respond()`, [true]],
  ['a finally that returns cancels a break', `switch (req.kind) { default: try { break } finally { return } } respond()`, [true]],
  ['a finally that returns cancels a continue', `do { try { continue } finally { return } } while (req.more); respond()`, [true]],
];

describe('analyzeGuards', () => {
  for (const [name, code, expected] of cases) {
    it(name, () => {
      expect(guardsOf(code)).toEqual(expected);
    });
  }
});
