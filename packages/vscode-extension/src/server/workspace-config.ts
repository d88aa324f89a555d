import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLINT_CONFIG_FILES } from './coexistence.js';

/** The nearest flat config file from `file`'s folder up to `root`. */
export function findEslintConfig(root: string, file: string): string | undefined {
  let dir = path.dirname(file);
  for (;;) {
    for (const name of ESLINT_CONFIG_FILES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dir === root || !dir.startsWith(root)) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

interface EslintApi {
  ESLint: new (options: { cwd: string; overrideConfigFile: string }) => {
    calculateConfigForFile(file: string): Promise<{ settings?: Record<string, unknown> } | undefined>;
  };
}

type Instance = InstanceType<EslintApi['ESLint']>;

/**
 * `settings['auth-hygiene']` from the workspace's ESLint config. This
 * EXECUTES the config, so callers must only use it in a trusted workspace
 * whose user enabled `authHygiene.useWorkspaceEslintConfig`. It uses the
 * workspace's own ESLint, so the config resolves its plugins as the CLI does.
 */
export class WorkspaceEslintSettings {
  private readonly instances = new Map<string, { mtime: number; eslint: Instance }>();

  async read(root: string, file: string): Promise<{ settings?: Record<string, unknown>; error?: string }> {
    const configFile = findEslintConfig(root, file);
    if (!configFile) return {};
    try {
      const mtime = statSync(configFile).mtimeMs;
      let cached = this.instances.get(configFile);
      if (cached?.mtime !== mtime) {
        const eslintEntry = createRequire(path.join(root, 'package.json')).resolve('eslint');
        const { ESLint } = (await import(pathToFileURL(eslintEntry).href)) as EslintApi;
        cached = { mtime, eslint: new ESLint({ cwd: path.dirname(configFile), overrideConfigFile: configFile }) };
        this.instances.set(configFile, cached);
      }
      const config = await cached.eslint.calculateConfigForFile(file);
      const settings = config?.settings?.['auth-hygiene'];
      return typeof settings === 'object' && settings !== null ? { settings: settings as Record<string, unknown> } : {};
    } catch (error) {
      return { error: `could not read ${configFile}: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  clear(): void {
    this.instances.clear();
  }
}
