// The extensionTestsPath entry point: the extension host (real VS Code) loads this compiled file and calls
// `run()`. It runs every compiled *.test.js next to it with mocha; resolving means exit 0, rejecting exit 1.
// A grep pattern arrives through the environment, because the host is started by VS Code, not by us.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Set by the runners from `--grep`; the extension host inherits the environment. */
const GREP_VARIABLE = 'AI_LICENSE_LENS_TEST_GREP';

function findCompiledTests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return findCompiledTests(file);
    return entry.name.endsWith('.test.js') ? [file] : [];
  });
}

export function run(): Promise<void> {
  const grep = process.env[GREP_VARIABLE] || undefined;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, grep });
  const files = findCompiledTests(__dirname).sort();
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // A pattern that selects nothing is a mistake, not a pass.
      if (runner.total === 0) reject(new Error(`no integration test ran (${files.length} files${grep ? `, grep ${grep}` : ''})`));
      else if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
