/**
 * Entry point of the integration suites, loaded by the extension host (desktop VS Code or
 * code-server) through --extensionTestsPath. Runs mocha over the bundled suites; the reporter's
 * lines go to the console and, when RESOLUTION_E2E_LOG is set (the code-server launcher), to that
 * file, which the launcher streams to its own stdout.
 */
import * as fs from 'fs';
import Mocha from 'mocha';
import { format } from 'util';

export function run(): Promise<void> {
  const logFile = process.env.RESOLUTION_E2E_LOG;
  const consoleLog = console.log.bind(console);
  // The extension host's console cannot be reassigned; mocha's reporters print through Base.consoleLog.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    consoleLog(...args);
    if (logFile) {
      try {
        fs.appendFileSync(logFile, format(...args) + '\n');
      } catch {
        /* the launcher is gone */
      }
    }
  };
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec', grep: process.env.E2E_GREP });
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  // esbuild inlines these; each registers its describe() blocks when required.
  if (process.env.E2E_RESTRICTED === '1') {
    // The second session: workspace trust on, the folder untrusted (scripts/e2e/run-e2e.mjs).
    require('./restricted.test');
  } else {
    require('./activation.test');
    require('./diagnostics.test');
    require('./features.test');
    require('./commands.test');
    require('./settings.test');
    require('./openDocument.test');
    require('./compareDiff.test');
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
  });
}
