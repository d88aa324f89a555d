import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { settingsSchema } from '../src/analysis/settings.js';
import { type NoWrapperCase, reportedMessageIds, type WrapperCase } from '../src/test-utils/wrapper-case.js';
import { CENTRAL_CASES } from './settings-wrappers.cases.js';

/**
 * For every rule in the plugin: a function or convention the team names in
 * settings is treated like the library function it stands for. Each rule
 * brings its own case in `src/rules/<name>/<name>.wrapper-case.ts`; rules
 * without one are covered by the central table in settings-wrappers.cases.ts.
 */
const RULES_DIR = path.resolve(import.meta.dirname, '../src/rules');

async function ownCase(name: string): Promise<WrapperCase | undefined> {
  const file = path.join(RULES_DIR, name, `${name}.wrapper-case.ts`);
  if (!fs.existsSync(file)) return undefined;
  return ((await import(pathToFileURL(file).href)) as { default: WrapperCase }).default;
}

const cases = await Promise.all(
  Object.entries(plugin.rules).map(async ([name, rule]) => ({ name, rule, own: await ownCase(name), central: CENTRAL_CASES[name] })),
);

describe.each(cases)('$name', ({ name, rule, own, central }) => {
  it('has one settings-wrapper case', () => {
    expect(own ?? central, `add src/rules/${name}/${name}.wrapper-case.ts (see src/test-utils/wrapper-case.ts)`).toBeDefined();
    expect(own && central, `${name} has its own wrapper case: remove its entry from settings-wrappers.cases.ts`).toBeFalsy();
  });

  const wrapperCase = own ?? central;
  if (!wrapperCase) return;
  if ('notApplicable' in wrapperCase) {
    checkNoWrapper(name, rule, wrapperCase);
    return;
  }
  const { library, team, settings, baseSettings = {}, options = [] } = wrapperCase;
  const lint = (file: WrapperCase['library'], extra: Record<string, unknown>): string[] =>
    reportedMessageIds(name, rule, file, { ...baseSettings, ...extra }, options);

  it(`treats the team's code like the library's: ${wrapperCase.description}`, () => {
    expect(lint(team, settings)).toEqual(lint(library, {}));
  });

  it('needs the settings to do so', () => {
    expect(lint(team, {})).not.toEqual(lint(library, {}));
  });
});

it('keeps no central case for a rule that does not exist', () => {
  expect(Object.keys(CENTRAL_CASES).filter(name => !(name in plugin.rules))).toEqual([]);
});

/** Settings that name a team function for every key that takes functions. */
const EVERY_WRAPPER = Object.fromEntries(
  Object.entries((settingsSchema as { properties: Record<string, { items?: { oneOf?: unknown } }> }).properties)
    .filter(([, schema]) => schema.items?.oneOf !== undefined)
    .map(([key]) => [key, [{ from: 'file', path: 'lib/team.ts', name: 'teamFunction' }, 'teamFunction']]),
);

function checkNoWrapper(name: string, rule: (typeof plugin.rules)[keyof typeof plugin.rules], noWrapper: NoWrapperCase): void {
  const lint = (settings: Record<string, unknown>): string[] =>
    reportedMessageIds(name, rule, noWrapper.sample, { ...noWrapper.baseSettings, ...settings });
  it(`reads no team functions from settings (${noWrapper.notApplicable}), and its sample reports`, () => {
    expect(lint({}).length).toBeGreaterThan(0);
    expect(lint(EVERY_WRAPPER)).toEqual(lint({}));
  });
}
