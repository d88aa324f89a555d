import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { quickFixes, wantsFixAll } from './code-actions.js';
import { isOwnFinding, toDiagnostic } from './convert.js';
import { startsInJsxChildren } from './jsx.js';
import { RECOMMENDED, SEED_APP, SEED_ROUTE, newEngine, seedRouteText } from './test-support.js';

const RULE = 'auth-hygiene/no-unverified-session-cache';

function seedActions() {
  const engine = newEngine();
  const text = seedRouteText();
  const document = TextDocument.create('file:///app/api/auth/session/route.ts', 'typescript', 1, text);
  const { messages, sourceCode } = engine.lint(text, SEED_ROUTE, SEED_APP, RECOMMENDED);
  const diagnostics = messages.filter(isOwnFinding).map(message => toDiagnostic(message, engine.ruleMeta(message.ruleId)?.url));
  const finding = diagnostics.find(diagnostic => diagnostic.code === RULE)!;
  const actions = quickFixes({
    document,
    messages,
    diagnostics: [finding],
    docsUrl: ruleId => engine.ruleMeta(ruleId)?.url,
    inJsx: line => startsInJsxChildren(sourceCode!, line),
  });
  return { document, finding, actions };
}

describe('quickFixes', () => {
  it('offers the suggestion, the two disable comments and the docs, in that order', () => {
    const { actions } = seedActions();
    expect(actions.map(action => action.title)).toEqual([
      expect.stringMatching(new RegExp(`\\(${RULE}\\)$`)),
      `Disable ${RULE} for this line`,
      `Disable ${RULE} for the entire file`,
      `Show documentation for ${RULE}`,
    ]);
    expect(actions[3]!.command?.arguments).toEqual([expect.stringMatching(/docs\/rules\/no-unverified-session-cache\.md$/)]);
  });

  it('edits that fix the finding: the suggestion moves the verification above the cache read', () => {
    const { document, actions } = seedActions();
    const edits = actions[0]!.edit!.changes![document.uri]!;
    const fixed = TextDocument.applyEdits(document, edits);
    expect(fixed.indexOf('getServerSession(authOptions)')).toBeLessThan(fixed.indexOf('getCachedSession(sessionToken)'));
    const relinted = newEngine().lint(fixed, SEED_ROUTE, SEED_APP, RECOMMENDED);
    expect(relinted.messages.map(message => message.ruleId)).not.toContain(RULE);
  });

  it('the line directive silences exactly that finding', () => {
    const { document, actions } = seedActions();
    const fixed = TextDocument.applyEdits(document, actions[1]!.edit!.changes![document.uri]!);
    expect(fixed).toMatch(new RegExp(`\\n {4}// eslint-disable-next-line ${RULE}\\n {4}const cached`));
    expect(newEngine().lint(fixed, SEED_ROUTE, SEED_APP, RECOMMENDED).messages.map(message => message.ruleId)).not.toContain(RULE);
  });

  it('ignores diagnostics from other sources and stale ranges', () => {
    const { document, finding } = seedActions();
    const engine = newEngine();
    const { messages } = engine.lint(document.getText(), SEED_ROUTE, SEED_APP, RECOMMENDED);
    const moved = { ...finding, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
    const foreign = { ...finding, source: 'eslint' };
    expect(quickFixes({ document, messages, diagnostics: [moved, foreign], docsUrl: () => undefined, inJsx: () => false })).toEqual([]);
  });
});

describe('wantsFixAll', () => {
  it('answers source.fixAll and our own kind, not quick fixes', () => {
    expect(wantsFixAll(['source.fixAll'])).toBe(true);
    expect(wantsFixAll(['source.fixAll.authHygiene'])).toBe(true);
    expect(wantsFixAll(['source.fixAll.eslint'])).toBe(false);
    expect(wantsFixAll(['quickfix'])).toBe(false);
    expect(wantsFixAll(undefined)).toBe(false);
  });
});

describe('startsInJsxChildren', () => {
  const lines = [
    'export function Page({ user }) {',
    '  const name = user.name;',
    '  return (',
    '    <main>',
    '      <Profile user={user} />',
    '      {name}',
    '      Hello',
    '    </main>',
    '  );',
    '}',
  ];
  const { sourceCode } = newEngine().lint(lines.join('\n'), `${SEED_APP}/app/page.tsx`, SEED_APP, RECOMMENDED);

  it.each([
    [1, false, 'a statement'],
    [3, false, 'the root element of a return'],
    [4, true, 'a child element'],
    [5, true, 'an expression child'],
    [6, true, 'text'],
  ])('line %i: %s (%s)', (line, expected) => {
    expect(startsInJsxChildren(sourceCode!, line)).toBe(expected);
  });
});
