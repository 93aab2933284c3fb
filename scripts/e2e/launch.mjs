#!/usr/bin/env node
// A stand-in for the VS Code executable that @vscode/test-electron's runTests() spawns
// (vscodeExecutablePath): it accepts the same arguments (--extensionDevelopmentPath=,
// --extensionTestsPath=, --user-data-dir=, a folder), runs the suites in code-server's extension host
// opened in headless chromium, streams the suites' output and exits with their exit code.
// So the same test suites run unchanged in desktop VS Code where it can be downloaded.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, startCodeServer } from './codeServer.mjs';

const argv = process.argv.slice(2);
const opt = (name) => {
  const found = argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
  return found;
};
const devPaths = opt('extensionDevelopmentPath').map((p) => path.resolve(p));
const testsPath = opt('extensionTestsPath')[0];
const folders = argv.filter((a) => !a.startsWith('-'));
const folder = folders[0] ? path.resolve(folders[0]) : undefined;
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS || 300000);
if (!testsPath || devPaths.length === 0) {
  console.error('usage: launch.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [folder]');
  process.exit(2);
}

const t0 = Date.now();
const resultsLog = path.join(fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'resolution-e2e-log-')), 'mocha.log');
fs.writeFileSync(resultsLog, '');
const server = await startCodeServer({
  folder,
  userSettings: JSON.parse(process.env.E2E_USER_SETTINGS || '{}'),
  env: { RESOLUTION_E2E_LOG: resultsLog },
});
console.log(`[launch] code-server ${server.url} ready in ${server.startupMs} ms`);

let printed = 0;
const pump = () => {
  const text = fs.readFileSync(resultsLog, 'utf8');
  if (text.length > printed) {
    process.stdout.write(text.slice(printed));
    printed = text.length;
  }
};
const pumpTimer = setInterval(pump, 250);

let context;
let code = 1;
try {
  context = await launchBrowser(path.join(server.dirs.base, 'chromium-profile'));
  const page = context.pages()[0] ?? (await context.newPage());
  const exitCode = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationExit', (c) => resolve(Number(c)));
  });
  if (process.env.E2E_VERBOSE) page.on('console', (m) => console.error(`[browser] ${m.text()}`));
  page.on('pageerror', (e) => console.error(`[browser] page error: ${e.message}`));
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(path.resolve(testsPath))],
  ];
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  query.set('payload', JSON.stringify(payload));
  await page.goto(`${server.url}/?${query.toString()}`);
  const timeout = new Promise((resolve) =>
    setTimeout(() => {
      console.error(`[launch] no result after ${timeoutMs} ms`);
      resolve(124);
    }, timeoutMs),
  );
  code = await Promise.race([exitCode, timeout]);
  if (code !== 0 && process.env.E2E_SCREENSHOT_ON_FAILURE) {
    await page.screenshot({ path: process.env.E2E_SCREENSHOT_ON_FAILURE }).catch(() => undefined);
  }
} catch (err) {
  console.error(`[launch] ${err?.stack ?? err}`);
  code = 1;
} finally {
  await new Promise((r) => setTimeout(r, 300));
  clearInterval(pumpTimer);
  pump();
  await context?.close().catch(() => undefined);
  await server.stop();
}
{
  // One plain summary line ("N passed, N failed") for CI logs, from mocha's closing lines.
  const text = fs.existsSync(resultsLog) ? fs.readFileSync(resultsLog, 'utf8') : '';
  const passing = /^\s*(\d+) passing/m.exec(text)?.[1];
  const failing = /^\s*(\d+) failing/m.exec(text)?.[1] ?? '0';
  if (passing !== undefined) console.log(`e2e: ${passing} passed, ${failing} failed`);
}
console.log(`[launch] suites exited with ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
if (!process.env.E2E_KEEP) fs.rmSync(path.dirname(resultsLog), { recursive: true, force: true });
process.exit(code);
