import { ESLint } from 'eslint';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const SEED_BODY = `export async function GET() {
  return Response.json({ user: null, expires: null });
}
`;
const settings = { 'auth-hygiene': { rootDir: '/virtual/app', nextAuthVersion: 4 } };
const FILE = (ext: string): string => `/virtual/app/app/api/auth/session/route.${ext}`;

async function ruleIds(config: ConstructorParameters<typeof ESLint>[0], ext: string, code = SEED_BODY): Promise<string[]> {
  const eslint = new ESLint({ cwd: '/virtual/app', ...config });
  const [result] = await eslint.lintText(code, { filePath: FILE(ext) });
  return (result?.messages ?? []).map(message => message.ruleId ?? `fatal: ${message.message}`);
}

describe('presets', () => {
  for (const preset of ['recommended', 'strict'] as const) {
    for (const ext of ['js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'mts', 'cts']) {
      it(`${preset} works standalone on .${ext} (brings its parser, no type information)`, async () => {
        const ids = await ruleIds({ overrideConfigFile: true, overrideConfig: [plugin.configs[preset], { settings }] }, ext);
        expect(ids).toContain('auth-hygiene/session-endpoint-contract');
        expect(ids.filter(id => id.startsWith('fatal'))).toEqual([]);
      });
    }

    it(`${preset} composes with typescript-eslint's recommended config`, async () => {
      const config = defineConfig(tseslint.configs.recommended, plugin.configs[preset], { settings });
      const ids = await ruleIds({ overrideConfigFile: true, overrideConfig: config }, 'ts', `${SEED_BODY}const unused: any = 1;\n`);
      expect(ids).toContain('auth-hygiene/session-endpoint-contract');
      expect(ids).toContain('@typescript-eslint/no-explicit-any');
    });
  }

  it('parses TypeScript-only syntax in .tsx files', async () => {
    const code = `import type { Session } from 'next-auth';\nexport default function Page(props: { s: Session | null }) { return <div>{props.s?.user?.name satisfies string | null | undefined}</div>; }\n`;
    const ids = await ruleIds({ overrideConfigFile: true, overrideConfig: [plugin.configs.strict, { settings }] }, 'tsx', code);
    expect(ids.filter(id => id.startsWith('fatal'))).toEqual([]);
  });
});
