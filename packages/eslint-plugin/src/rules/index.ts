import type { TSESLint } from '@typescript-eslint/utils';
import type { AuthHygieneDocs } from '../util/create-rule.js';
import noUnverifiedSessionCache from './no-unverified-session-cache/no-unverified-session-cache.rule.js';

/** Every rule, by name. Presets, docs and the meta-test read this map. */
export const rules = {
  'no-unverified-session-cache': noUnverifiedSessionCache,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[], AuthHygieneDocs>>;
