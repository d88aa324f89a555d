import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint, Rule } from 'eslint';

/** The rule id under which files that do not parse are reported. */
export const PARSE_ERROR_RULE = 'parse-error';

export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
}

interface ReportingDescriptor {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration?: { level: 'error' | 'warning' };
}

const toUri = (file: string, cwd: string): string =>
  path.relative(cwd, file).split(path.sep).map(encodeURIComponent).join('/');

function descriptor(id: string, meta: Rule.RuleMetaData | undefined): ReportingDescriptor {
  if (id === PARSE_ERROR_RULE) return { id, shortDescription: { text: 'The file could not be parsed, so no rule checked it.' } };
  return {
    id,
    shortDescription: { text: meta?.docs?.description ?? id },
    ...(meta?.docs?.url ? { helpUri: meta.docs.url } : {}),
  };
}

/**
 * A SARIF 2.1.0 log: one run, every reported rule described in
 * `tool.driver.rules` (description and help link), every result located by a
 * region, paths relative to %SRCROOT% (the working directory) so code
 * scanning maps them onto the repository.
 */
export function formatSarif(
  results: readonly ESLint.LintResult[],
  rulesMeta: Record<string, Rule.RuleMetaData>,
  cwd: string,
  tool: SarifTool,
): string {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = (id: string): number => {
    let index = ruleIndex.get(id);
    if (index === undefined) {
      index = rules.push(descriptor(id, rulesMeta[id])) - 1;
      ruleIndex.set(id, index);
    }
    return index;
  };

  const sarifResults = results.flatMap(result =>
    result.messages.map(message => {
      const id = message.ruleId ?? PARSE_ERROR_RULE;
      return {
        ruleId: id,
        ruleIndex: indexOf(id),
        level: message.severity === 2 ? 'error' : 'warning',
        message: { text: message.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(result.filePath, cwd), uriBaseId: '%SRCROOT%' },
              region: {
                startLine: message.line,
                startColumn: message.column,
                ...(message.endLine === undefined ? {} : { endLine: message.endLine }),
                ...(message.endColumn === undefined ? {} : { endColumn: message.endColumn }),
              },
            },
          },
        ],
      };
    }),
  );

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { ...tool, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href}/` } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
