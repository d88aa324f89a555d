import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import plugin from 'eslint-plugin-auth-hygiene';
import { describe, expect, it } from 'vitest';
import { findings, runBin, scratchDir } from './helpers.js';

const CONTRACT = 'auth-hygiene/session-endpoint-contract';

/**
 * A session endpoint answering `{}`: correct for next-auth v4's client,
 * "authenticated" for v5's. Only package.json says which one the app runs.
 */
function probeProject(nextAuth: string): string {
  return scratchDir({
    'package.json': JSON.stringify({ name: 'probe', dependencies: { next: '16.4.6', 'next-auth': nextAuth } }),
    'app/api/auth/session/route.ts': `import { NextResponse } from 'next/server';\n\nexport async function GET() {\n  return NextResponse.json({});\n}\n\nexport { GET as POST };\n`,
  });
}

function setNextAuth(dir: string, version: string): void {
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'probe', dependencies: { next: '16.4.6', 'next-auth': version } }));
}

const contractFindings = (json: string, dir: string) => findings(json, dir).filter(finding => finding.ruleId === CONTRACT);

describe('--cache', () => {
  it('re-lints files whose package.json changed between two cached runs', async () => {
    const dir = probeProject('^4.24.15');
    const first = await runBin(['--cache', '--format', 'json', '.'], dir);
    expect(contractFindings(first.stdout, dir)).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'node_modules/.cache/auth-hygiene')).length).toBe(1);

    setNextAuth(dir, '5.0.0-beta.32');
    const second = await runBin(['--cache', '--format', 'json', '.'], dir);
    expect(contractFindings(second.stdout, dir)).toEqual([{ ruleId: CONTRACT, file: 'app/api/auth/session/route.ts', line: 4 }]);

    setNextAuth(dir, '^4.24.15');
    const third = await runBin(['--cache', '--cache-location', 'node_modules/.cache/auth-hygiene/', '--format', 'json', '.'], dir);
    expect(contractFindings(third.stdout, dir)).toEqual([]);
  });

  it('control: plain ESLint --cache cannot see package.json, which is why the CLI keys the cache on it', async () => {
    const dir = probeProject('^4.24.15');
    const lint = async () => {
      const eslint = new ESLint({
        cwd: dir,
        overrideConfigFile: true,
        overrideConfig: [plugin.configs.recommended as never],
        cache: true,
        cacheLocation: path.join(dir, '.eslintcache'),
        cacheStrategy: 'content',
      });
      return (await eslint.lintFiles(['.'])).flatMap(result => result.messages).filter(message => message.ruleId === CONTRACT);
    };
    expect(await lint()).toEqual([]);
    setNextAuth(dir, '5.0.0-beta.32');
    expect(await lint()).toEqual([]); // stale: the v5 finding is missing
  });
});
