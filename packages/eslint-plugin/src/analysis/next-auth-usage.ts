import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { FileFacts } from './file-facts.js';

const NEXT_AUTH_SOURCE = /^(?:next-auth|@auth\/)/;

/**
 * Does this file belong to a next-auth / Auth.js project? Known from settings,
 * the nearest package.json, or the file's own imports.
 */
export function usesNextAuth(facts: FileFacts, program: TSESTree.Program): boolean {
  if (facts.nextAuthVersion !== undefined || facts.projectUses('next-auth')) return true;
  return program.body.some(statement => statement.type === T.ImportDeclaration && NEXT_AUTH_SOURCE.test(statement.source.value));
}
