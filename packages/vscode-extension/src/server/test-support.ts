import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import plugin from 'eslint-plugin-auth-hygiene';
import { LintEngine, type LintOptions, type PresetPlugin } from './lint-engine.js';

/** The lead's copy of the seed app: a cache-first custom session route. */
export const SEED_APP = path.resolve(fileURLToPath(import.meta.url), '../../../../../test-fixtures/next-v4-redis/vulnerable');
export const SEED_ROUTE = path.join(SEED_APP, 'app/api/auth/session/route.ts');
export const seedRouteText = (): string => readFileSync(SEED_ROUTE, 'utf8');

export const newEngine = (): LintEngine => new LintEngine(plugin as unknown as PresetPlugin);
export const RECOMMENDED: LintOptions = { preset: 'recommended', rules: {}, settings: {} };
