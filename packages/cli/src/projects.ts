import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readSettings } from 'eslint-plugin-auth-hygiene/settings';
import { UsageError } from './options.js';

/** A JSON-only flat config object, so it can cross into ESLint's worker threads. */
export interface JsonConfigBlock {
  name: string;
  basePath?: string;
  settings: Record<string, unknown>;
}

/** The settings key under which each package.json's hash is recorded; no rule reads it. */
export const PROJECT_FACTS_KEY = 'auth-hygiene/project-facts';

type SettingsObject = Record<string, unknown>;

function parseJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Validates a settings object with the plugin's own schema; `source` names it in the error. */
function validSettings(value: unknown, source: string): SettingsObject {
  try {
    readSettings({ 'auth-hygiene': value });
  } catch (error) {
    throw new UsageError(`${source}: ${(error as Error).message.replace(/^auth-hygiene: /, '')}`);
  }
  return value as SettingsObject;
}

export function readSettingsFile(file: string): SettingsObject {
  return validSettings(parseJsonFile(file), file);
}

const depth = (file: string): number => path.dirname(file).split(path.sep).length;

/**
 * Config blocks derived from the project's package.json files:
 * - settings: the `--settings` file applies everywhere, and a package.json
 *   "auth-hygiene" key applies to its own package on top of it (the deepest
 *   package wins, key by key);
 * - cache keys: rules read project facts (the next-auth version) from the
 *   nearest package.json, which ESLint's cache cannot see. Recording each
 *   package.json's hash in the settings of the files below it puts it into
 *   ESLint's per-file config hash, so editing one re-lints exactly its files.
 */
export function projectConfigBlocks(
  packageJsons: readonly string[],
  cwd: string,
  baseSettings: SettingsObject | undefined,
  withSettings: boolean,
): JsonConfigBlock[] {
  const sorted = [...packageJsons].sort((a, b) => depth(a) - depth(b));
  const blocks: JsonConfigBlock[] = [];
  if (withSettings && baseSettings) blocks.push({ name: 'auth-hygiene-cli/settings', settings: { 'auth-hygiene': baseSettings } });

  const merged = new Map<string, SettingsObject>();
  for (const file of sorted) {
    const dir = path.dirname(file);
    const text = fs.readFileSync(file, 'utf8');
    const hash = crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
    const relative = path.relative(cwd, dir);
    const insideCwd = !relative.startsWith('..') && !path.isAbsolute(relative);
    const scope = insideCwd ? { basePath: dir } : {};
    blocks.push({ name: `auth-hygiene-cli/facts:${relative || '.'}`, ...scope, settings: { [PROJECT_FACTS_KEY]: { [relative || '.']: hash } } });

    if (!withSettings) continue;
    let own: unknown;
    try {
      own = (JSON.parse(text) as Record<string, unknown>)['auth-hygiene'];
    } catch {
      continue; // A broken package.json has no settings; the plugin treats it the same way.
    }
    if (own === undefined || !insideCwd) continue;
    const inherited = [...merged.entries()]
      .filter(([parent]) => dir.startsWith(parent + path.sep))
      .sort(([a], [b]) => b.length - a.length)[0]?.[1];
    const settings = { ...(inherited ?? baseSettings), ...validSettings(own, `${file} "auth-hygiene"`) };
    merged.set(dir, settings);
    blocks.push({ name: `auth-hygiene-cli/settings:${relative || '.'}`, basePath: dir, settings: { 'auth-hygiene': settings } });
  }
  return blocks;
}
