import type { TSESLint } from '@typescript-eslint/utils';
import type { AuthHygieneDocs } from '../util/create-rule.js';

/** Every rule, by name. Presets, docs and the meta-test read this map. */
export const rules = {} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[], AuthHygieneDocs>>;
