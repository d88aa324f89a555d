import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settingsSchema } from 'eslint-plugin-auth-hygiene/settings';
import { DEFAULT_SETTINGS } from '../src/server/settings.js';
import { SERVER_COMMANDS } from '../src/shared/protocol.js';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string }[];
    configuration: { properties: Record<string, { default?: unknown; type?: string; properties?: unknown }> };
  };
}

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest;
const properties = manifest.contributes.configuration.properties;

describe('package.json contributions', () => {
  it("authHygiene.settings is the plugin's settings schema (run `npm run sync-manifest` after the schema changes)", () => {
    const { $schema: _schema, title: _title, ...schema } = settingsSchema;
    expect(properties['authHygiene.settings']).toMatchObject({ ...schema, default: {} });
    expect(Object.keys(properties['authHygiene.settings']!).sort()).toEqual(
      [...Object.keys(schema), 'default', 'markdownDescription', 'scope'].sort(),
    );
  });

  it('contributes exactly the settings the server reads, with the same defaults', () => {
    const contributed = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key.replace(/^authHygiene\./, ''), value.default]));
    expect(contributed).toEqual(DEFAULT_SETTINGS);
  });

  it('activates lazily: on the four languages, and on the contributed commands', () => {
    expect(manifest.activationEvents.sort()).toEqual(
      ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'].map(language => `onLanguage:${language}`),
    );
    const commands = manifest.contributes.commands.map(command => command.command);
    expect(commands).toEqual(['authHygiene.scanWorkspace', 'authHygiene.showOutput', 'authHygiene.restartServer']);
    // Server commands are registered by the language client, not contributed.
    for (const command of Object.values(SERVER_COMMANDS)) expect(commands).not.toContain(command);
  });
});
