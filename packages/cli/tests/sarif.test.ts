import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatGithub } from '../src/format/github.js';
import { formatSarif } from '../src/format/sarif.js';
import { runCli, scratchDir } from './helpers.js';

const require = createRequire(import.meta.url);
// The OASIS SARIF 2.1.0 schema (final "rtm.5" revision), as shipped by Microsoft's @microsoft/jest-sarif.
const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;

function validateSarif(log: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, schemaId: 'auto' });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json') as object);
  const validate = ajv.compile(sarifSchema);
  return validate(log) ? [] : (validate.errors ?? []).map(error => `${error.dataPath} ${error.message ?? ''}`);
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; helpUri?: string }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
  }[];
}

describe('SARIF output', () => {
  it('validates against the SARIF 2.1.0 schema, describes every rule and locates every result', async () => {
    const { code, stdout } = await runCli(['--format', 'sarif', '--preset', 'strict', 'test-fixtures']);
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as SarifLog;
    expect(validateSarif(log)).toEqual([]);

    const [run] = log.runs;
    expect(run!.tool.driver.name).toBe('auth-hygiene');
    expect(run!.results.length).toBeGreaterThan(0);
    const rules = run!.tool.driver.rules;
    for (const rule of rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(rule.helpUri).toMatch(new RegExp(`/docs/rules/${rule.id.replace('auth-hygiene/', '')}\\.md$`));
    }
    for (const result of run!.results) {
      expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      expect(artifactLocation.uri).toMatch(/^test-fixtures\/[^:]+\.(tsx?|m?js)$/);
      expect(region.startLine).toBeGreaterThan(0);
      expect(region.startColumn).toBeGreaterThan(0);
    }
  });

  it('reports a parse failure as a located result of its own rule, still schema-valid', async () => {
    const dir = scratchDir({ 'app/page.tsx': 'export default function Page() { return <div>; }\n' });
    const { stdout } = await runCli(['--format', 'sarif', '.'], { cwd: dir });
    const log = JSON.parse(stdout) as SarifLog;
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0]!.results.map(result => [result.ruleId, result.level, result.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
      ['parse-error', 'error', 'app/page.tsx'],
    ]);
  });

  it('is a valid empty run when there is nothing to report', () => {
    const log = JSON.parse(formatSarif([], {}, process.cwd(), { name: 'auth-hygiene', version: '0.0.0', informationUri: 'https://example.com' })) as SarifLog;
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('fails validation for a log that breaks the schema (the check can fail)', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: {} }] })).not.toEqual([]);
  });
});

describe('GitHub annotations', () => {
  it('escapes the characters workflow commands reserve', () => {
    const output = formatGithub(
      [
        {
          filePath: `${process.cwd()}/app/a,b:c.ts`,
          messages: [{ ruleId: 'auth-hygiene/x', severity: 1, message: '100% stale\nsecond line', line: 3, column: 5, endLine: 3, endColumn: 9 }],
          suppressedMessages: [],
          errorCount: 0,
          fatalErrorCount: 0,
          warningCount: 1,
          fixableErrorCount: 0,
          fixableWarningCount: 0,
          usedDeprecatedRules: [],
        },
      ],
      process.cwd(),
    );
    expect(output).toBe('::warning file=app/a%2Cb%3Ac.ts,line=3,col=5,endLine=3,endColumn=9,title=auth-hygiene/x::100%25 stale%0Asecond line\n');
  });
});
