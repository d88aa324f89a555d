// The `authHygiene.settings` contribution, derived from the plugin's own
// settings schema so the Settings UI validates exactly what the rules accept.
import { settingsSchema } from 'eslint-plugin-auth-hygiene/settings';

export function settingsContribution() {
  // The JSON-schema header belongs to a standalone schema document, not to a setting.
  const schema = Object.fromEntries(Object.entries(settingsSchema).filter(([key]) => key !== '$schema' && key !== 'title'));
  return {
    ...schema,
    default: {},
    markdownDescription:
      "Team conventions for the rules, the same shape as `settings['auth-hygiene']` in an ESLint config (verifier and cache function names, `authBasePath`, `rootDir`, …). Merged over the workspace ESLint config's settings when that is read.",
    scope: 'resource',
  };
}
