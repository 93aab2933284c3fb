#!/usr/bin/env node
// npm run test:ui — packages the extension (.vsix, production build), installs it into code-server
// with --install-extension, and runs test/ui/hover.ui.mjs in headless chromium. Screenshots and a
// results file go to test-output/. Prints "ui: N passed, N failed" and exits non-zero on failure.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureCodeServer, installVsix, launchBrowser, ROOT, startCodeServer } from './codeServer.mjs';
import { runUiTest } from '../../test/ui/hover.ui.mjs';

const t0 = Date.now();
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const outDir = path.join(ROOT, 'test-output');
fs.mkdirSync(outDir, { recursive: true });
const entry = ensureCodeServer();
const tSetup = Date.now();

// 1. the .vsix, as a user gets it
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'resolution-ui-'));
const vsix = path.join(work, 'un-resolution-drafting.vsix');
execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--production'], { cwd: ROOT, stdio: 'inherit' });
execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
});
console.log(`[ui] packaged ${path.basename(vsix)}: ${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB`);
const tPackage = Date.now();

// 2. a workspace with a draft: the sample draft of an 81st-session resolution (80/118 and 76/189
// paragraphs, some verbatim, some edited; operative paragraph 6 numbered 7; footnote 7 undefined)
const workspace = path.join(work, 'workspace');
fs.mkdirSync(workspace);
const draft = fs.readFileSync(path.join(ROOT, 'test/fixtures/sample-draft.res.md'), 'utf8');
const draftName = 'draft-81.res.md';
fs.writeFileSync(path.join(workspace, draftName), draft);

// 3. code-server with the .vsix installed, and the browser
const extensionsDir = path.join(work, 'extensions');
fs.mkdirSync(extensionsDir);
installVsix(entry, extensionsDir, vsix, path.join(work, 'install-user-data'));
const installed = fs.readdirSync(extensionsDir).filter((d) => d.includes('un-resolution-drafting'));
if (installed.length === 0) throw new Error('the .vsix did not install');
// One pass per message language (resolution.locale): Chinese, the drafters' language, and English.
// E2E_UI_LANGS=zh or en runs one of them.
const langs = (process.env.E2E_UI_LANGS || 'zh,en').split(',').map((l) => l.trim()).filter(Boolean);
const results = [];
const tRun = Date.now();
for (const lang of langs) {
  const server = await startCodeServer({ folder: workspace, extensionsDir, userSettings: { 'resolution.locale': lang } });
  console.log(`[ui] ${lang}: code-server ${server.url} ready in ${server.startupMs} ms with ${installed[0]}`);
  let context;
  try {
    context = await launchBrowser(path.join(work, `chromium-profile-${lang}`));
    const page = context.pages()[0] ?? (await context.newPage());
    if (process.env.E2E_VERBOSE) page.on('console', (m) => console.error(`[browser] ${m.text()}`));
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    results.push(...(await runUiTest({ page, outDir, draftName, suffix: `-${lang}` })));
  } catch (err) {
    console.error(`[ui] ${err?.stack ?? err}`);
    results.push([`ui run (${lang})`, err]);
  } finally {
    await context?.close().catch(() => undefined);
    await server.stop();
  }
}
if (!process.env.E2E_KEEP) fs.rmSync(work, { recursive: true, force: true });
const failed = results.filter(([, e]) => e).length;
// mocha-style closing lines (CI sums "N passing" / "N failing" over all runs) and a plain summary
console.log(`\n  ${results.length - failed} passing`);
if (failed) console.log(`  ${failed} failing`);
console.log(`ui: ${results.length - failed} passed, ${failed} failed`);
console.log(`[ui] setup check ${s(tSetup - t0)}, package ${s(tPackage - tSetup)}, test ${s(Date.now() - tRun)}, total ${s(Date.now() - t0)}; screenshots in test-output/`);
process.exit(failed ? 1 : 0);
