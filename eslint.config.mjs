// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    name: 'auth-hygiene/ignores',
    ignores: ['**/dist/**', '**/node_modules/**', 'test-fixtures/**', 'packages/*/test/fixtures/**', 'bench/corpus/**', '**/.cache/**', '**/out/**', 'coverage/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'auth-hygiene/typed',
    files: ['**/*.ts', '**/*.mts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.ts', '*.mts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // ESLint 10 removed context.getFilename() and friends; @typescript-eslint/utils still types them.
      '@typescript-eslint/no-deprecated': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'auth-hygiene/tests',
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
