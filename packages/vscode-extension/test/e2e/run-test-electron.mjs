// `npm run test:electron`: the same integration spec in desktop VS Code through
// @vscode/test-electron, for users' CI (e.g. GitHub Actions, which can download
// VS Code) or any machine with VS Code installed:
//   VSCODE_EXECUTABLE_PATH=/usr/share/code/code npm run test:electron
// Without VSCODE_EXECUTABLE_PATH it downloads VS Code stable (unreachable on
// this project's CI machine, where code-server runs the suite instead).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import console from 'node:console';
import process from 'node:process';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { PACKAGE_ROOT, newProfile } from './code-server.mjs';
import { MAIN_SETTINGS, packageEslintStub, scanWorkspace } from './workspaces.mjs';

const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH ?? (await downloadAndUnzipVSCode('stable'));
const profile = newProfile(MAIN_SETTINGS);
const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
const installed = spawnSync(cli, [...cliArgs, '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions, '--install-extension', packageEslintStub()], {
  encoding: 'utf8',
  stdio: 'inherit',
});
if (installed.status !== 0) throw new Error('could not install the ESLint extension stub');

try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: PACKAGE_ROOT,
    extensionTestsPath: path.join(PACKAGE_ROOT, 'dist/test/index.cjs'),
    extensionTestsEnv: { AUTH_HYGIENE_SPEC: 'main' },
    launchArgs: [scanWorkspace(), '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions, '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`test-electron: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
