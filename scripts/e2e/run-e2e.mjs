#!/usr/bin/env node
// npm run test:e2e — the integration suites in a real VS Code (code-server 4.100.3 = VS Code 1.100.3,
// opened in headless chromium) through @vscode/test-electron's runTests with our launcher standing in
// for the VS Code executable. Expects `npm run build` to have produced dist/.
// Env: E2E_DESKTOP=1 (desktop VS Code via test-electron's download), E2E_GREP (mocha grep), E2E_TIMEOUT_MS, E2E_VERBOSE (browser console), E2E_KEEP (keep temp dirs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuites } from './build-suites.mjs';
import { ensureCodeServer, ROOT } from './codeServer.mjs';

const t0 = Date.now();
for (const f of ['dist/client.js', 'dist/server.js']) {
  if (!fs.existsSync(path.join(ROOT, f))) {
    console.error(`${f} is missing: run npm run build first`);
    process.exit(2);
  }
}
// E2E_DESKTOP=1: let @vscode/test-electron download and run desktop VS Code instead (needs its network).
const desktop = process.env.E2E_DESKTOP === '1';
if (!desktop) process.env.CODE_SERVER_ENTRY = ensureCodeServer();
const tSetup = Date.now();
const suites = await buildSuites();

let code = 0;
// Two sessions: the suites in a trusted workspace, then restricted.test.ts with workspace trust on and
// the folder untrusted (Restricted Mode; code-server only, where the launcher sets trust up).
const sessions = desktop ? [''] : ['', '1'];
for (const restricted of sessions) {
  process.env.E2E_RESTRICTED = restricted;
  // A throwaway copy of the fixture workspace: the suites write and edit files in it.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'resolution-e2e-ws-'));
  fs.cpSync(path.join(ROOT, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: desktop ? undefined : path.join(ROOT, 'scripts/e2e/launch.mjs'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suites,
      launchArgs: [workspace],
      reuseMachineInstall: !desktop,
    });
  } catch (err) {
    code = code || (typeof err?.code === 'number' ? err.code : 1);
    console.error(`integration suites${restricted ? ' (restricted mode)' : ''} failed: ${err?.message ?? err}`);
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(`[e2e] setup check ${s(tSetup - t0)}, suites ${s(Date.now() - tSetup)}, total ${s(Date.now() - t0)}`);
process.exit(code);
