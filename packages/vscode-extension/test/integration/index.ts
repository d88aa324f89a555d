/**
 * The extensionTestsPath entry: the extension host calls run() and reports
 * its outcome. The runner picks the spec bundle with AUTH_HYGIENE_SPEC.
 */
import path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const spec = process.env.AUTH_HYGIENE_SPEC ?? 'main';
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, `${spec}.cjs`));
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
