import { ASTUtils, type TSESLint, type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { isDirective } from './ast.js';

/**
 * Can code at `at` use `name` imported from `source`? `imported` when the
 * file already imports it, `free` when a new import can add it, `taken`
 * when something else already has that name (a suggestion must not shadow it).
 */
export function importState(sourceCode: Readonly<TSESLint.SourceCode>, at: TSESTree.Node, name: string, source: string): 'imported' | 'free' | 'taken' {
  const variable = ASTUtils.findVariable(sourceCode.getScope(at), name);
  if (!variable || variable.defs.length === 0) return 'free';
  const fromSource = variable.defs.some(def => def.type === 'ImportBinding' && def.parent.type === T.ImportDeclaration && def.parent.source.value === source);
  return fromSource ? 'imported' : 'taken';
}

/** Adds `import { name } from 'source';` after the last import, or before the first statement after the directives. */
export function addNamedImport(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, name: string, source: string): TSESLint.RuleFix | null {
  const line = `import { ${name} } from '${source}';`;
  const { body } = sourceCode.ast;
  const lastImport = body.filter(statement => statement.type === T.ImportDeclaration).at(-1);
  if (lastImport) return fixer.insertTextAfter(lastImport, `\n${line}`);
  const first = body.find(statement => !isDirective(statement));
  return first ? fixer.insertTextBefore(first, `${line}\n`) : null;
}
