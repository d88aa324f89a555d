import type { Mode } from './settings.js';

/** What the server does for a document: lint it, leave it to the ESLint extension, or nothing. */
export type Activity = 'lint' | 'defer' | 'off';

/**
 * `auto` defers only when both are true: the ESLint extension is running, and
 * the workspace's ESLint config enables this plugin, so ESLint already reports
 * the same findings and a second copy would be noise.
 */
export function decideActivity(mode: Mode, eslintExtensionActive: boolean, workspaceUsesPlugin: boolean): Activity {
  if (mode === 'off') return 'off';
  if (mode === 'always') return 'lint';
  return eslintExtensionActive && workspaceUsesPlugin ? 'defer' : 'lint';
}

/** Flat config file names, in ESLint's lookup order. */
export const ESLINT_CONFIG_FILES = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
];

const PLUGIN_REFERENCE = /(['"`])eslint-plugin-auth-hygiene\1|(['"`])auth-hygiene\/[a-z-]+\2/;
const COMMENT = /\/\*[\s\S]*?\*\/|(^|[^:\\])\/\/.*$/gm;

/**
 * Whether an ESLint config's source enables auth-hygiene, judged from its text
 * so that the check never executes workspace code: an import of the plugin or
 * a quoted `auth-hygiene/<rule>` key outside comments.
 */
export function configTextUsesPlugin(source: string): boolean {
  return PLUGIN_REFERENCE.test(source.replace(COMMENT, '$1'));
}
