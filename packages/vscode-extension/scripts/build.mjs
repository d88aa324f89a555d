// Bundles the extension client and the language server (one CJS file each,
// `vscode` external; the plugin, ESLint's Linter and the TypeScript parser go
// into the server), plus the integration tests that run in the extension host.
//   node scripts/build.mjs                  build
//   node scripts/build.mjs --sync-manifest  also write authHygiene.settings' schema into package.json
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import console from 'node:console';
import process from 'node:process';
import * as esbuild from 'esbuild';
import { settingsContribution } from './manifest.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

/** `auth-hygiene:rule-docs`: every rule doc of the plugin as it is at build time, by rule name. */
const ruleDocsPlugin = {
  name: 'rule-docs',
  setup(build) {
    build.onResolve({ filter: /^auth-hygiene:rule-docs$/ }, () => ({ path: 'rule-docs', namespace: 'rule-docs' }));
    build.onLoad({ filter: /.*/, namespace: 'rule-docs' }, () => {
      const dir = path.join(path.dirname(require.resolve('eslint-plugin-auth-hygiene/package.json')), 'docs', 'rules');
      const docs = {};
      for (const file of existsSync(dir) ? readdirSync(dir).sort() : []) {
        if (file.endsWith('.md')) docs[file.slice(0, -3)] = readFileSync(path.join(dir, file), 'utf8');
      }
      return { contents: JSON.stringify(docs), loader: 'json', watchDirs: [dir] };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: !process.argv.includes('--dev'),
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  // ESM dependencies read import.meta.url; in a CJS bundle it comes from __filename.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: 'const __importMetaUrl = require("url").pathToFileURL(__filename).href;' },
};

const started = Date.now();
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { extension: 'src/client/extension.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    external: ['vscode'],
    // Taken before the bundled dependencies load, for the activation measurement.
    banner: { js: `var __authHygieneLoadStart = performance.now();\n${common.banner.js}` },
  }),
  esbuild.build({
    ...common,
    entryPoints: { server: 'src/server/main.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
    plugins: [ruleDocsPlugin],
    // ESLint loads jiti only for TypeScript config files, which the server never loads itself.
    external: ['jiti', 'jiti/package.json'],
    metafile: true,
  }),
  // Tests for the extension host: mocha stays external and is resolved from node_modules there.
  esbuild.build({
    ...common,
    minify: false,
    entryPoints: { index: 'test/integration/index.ts', main: 'test/integration/main.ts', restricted: 'test/integration/restricted.ts' },
    outdir: 'dist/test',
    outExtension: { '.js': '.cjs' },
    external: ['vscode', 'mocha'],
  }),
]);

if (process.argv.includes('--sync-manifest')) {
  const manifestPath = path.join(root, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.contributes.configuration.properties['authHygiene.settings'] = settingsContribution();
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log('package.json: authHygiene.settings schema synced from eslint-plugin-auth-hygiene/settings');
}
console.log(`built dist/extension.cjs, dist/server.cjs and dist/test in ${Date.now() - started} ms`);
