#!/usr/bin/env node
// npm run screenshots — the README's pictures of the negotiation features, made from the project's
// own seeds (never by hand):
//   images/export-docx.png   page 1 of the Word export of seed 000 (80/118) against 76/189, opened by
//                            LibreOffice (soffice --convert-to pdf) and rendered by pdftoppm;
//   images/compare-diff.png  Compare with Resolution in Diff Editor, in VS Code (code-server 4.100.3 in
//                            headless chromium, scripts/e2e) on the sample draft against the built-in corpus;
//   images/compare-table.png the aligned table of Compare with Resolution… (the web view beside the draft).
// Needs `npm run build` (run by the npm script), soffice and pdftoppm (Debian: libreoffice-writer-nogui
// poppler-utils fonts-wqy-microhei), chromium and code-server (scripts/e2e/setup.sh) for the last two.
// Each picture that cannot be made is said and skipped; the exit code is 1 if any was.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, launchBrowser, startCodeServer } from './e2e/codeServer.mjs';

const IMAGES = path.join(ROOT, 'images');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'resolution-shots-'));
const seed = (prefix) => path.join(ROOT, 'seeds', fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith(prefix)));
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const t0 = Date.now();
const log = (s) => console.log(`[screenshots ${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
const failed = [];

async function exportPicture() {
  if (!has('soffice') || !has('pdftoppm')) throw new Error('soffice or pdftoppm is absent (apt-get install libreoffice-writer-nogui poppler-utils fonts-wqy-microhei)');
  const docx = path.join(work, 'export-80-118.docx');
  execFileSync(process.execPath, [path.join(ROOT, 'bin/resolution-export.js'), '--no-default-corpus', '--no-cache', '--corpus', seed('001_'), '--locale', 'zh', '-o', docx, seed('000_')], { stdio: 'inherit' });
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'pipe', timeout: 240000 });
  // page 1 at 80 dpi (A4: 661 × 935 px), its upper part: header, title, organ and the first paragraphs with their tracked changes
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-x', '0', '-y', '0', '-W', '661', '-H', '620', '-singlefile', docx.replace(/\.docx$/, '.pdf'), path.join(IMAGES, 'export-docx')]);
  log(`images/export-docx.png (${(fs.statSync(path.join(IMAGES, 'export-docx.png')).size / 1024).toFixed(0)} KB)`);
}

async function comparePictures() {
  if (!fs.existsSync(path.join(ROOT, 'dist/client.js'))) throw new Error('dist/ is missing: npm run build');
  const workspace = path.join(work, 'workspace');
  fs.mkdirSync(workspace);
  const draftName = 'draft-81.res.md';
  fs.copyFileSync(path.join(ROOT, 'test/fixtures/sample-draft.res.md'), path.join(workspace, draftName));
  const server = await startCodeServer({ folder: workspace, userSettings: { 'resolution.locale': 'zh', 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'diffEditor.renderSideBySide': true, 'diffEditor.useInlineViewWhenSpaceIsLimited': false, 'diffEditor.wordWrap': 'on', 'editor.wordWrap': 'on' } });
  let context;
  try {
    context = await launchBrowser(path.join(work, 'chromium-profile'), { width: 1280, height: 760 });
    const page = context.pages()[0] ?? (await context.newPage());
    const dev = `vscode-remote://127.0.0.1:${server.port}${ROOT}`;
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', dev]]))}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => undefined);
    const quickOpen = async (keys, text) => {
      await page.keyboard.press(keys);
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ timeout: 15000 });
      await input.fill(text);
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 30000 });
      await page.keyboard.press('Enter');
    };
    await quickOpen('Control+P', draftName);
    const editor = page.locator('.monaco-editor[data-uri$=".res.md"]').first();
    await editor.waitFor({ timeout: 30000 });
    // the language server has read the draft against the corpus
    await editor.locator('.squiggly-info, .squiggly-warning').first().waitFor({ timeout: 120000 });
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').fill('>Compare with Resolution in Diff Editor');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    // the quick pick of precedents, the best first
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /A\/RES\// }).first().waitFor({ timeout: 60000 });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-diff-editor').first().waitFor({ timeout: 60000 });
    // the diff editor alone (its group focused, the draft's closed), without the side bar: room for both texts side by side
    await page.locator('.monaco-diff-editor .editor.modified').first().click({ position: { x: 200, y: 200 } });
    await page.waitForTimeout(500);
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').fill('>View: Close Editors in Other Groups');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+B').catch(() => undefined);
    await page.waitForTimeout(2500);
    await page.screenshot({ path: path.join(IMAGES, 'compare-diff.png') });
    log(`images/compare-diff.png (${(fs.statSync(path.join(IMAGES, 'compare-diff.png')).size / 1024).toFixed(0)} KB)`);

    // the web view with the aligned table, from the draft's editor
    await quickOpen('Control+P', draftName);
    await editor.waitFor({ timeout: 30000 });
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').fill('>Compare with Resolution…');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /A\/RES\// }).first().waitFor({ timeout: 60000 });
    await page.keyboard.press('Enter');
    const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    await frame.locator('table').waitFor({ timeout: 60000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(IMAGES, 'compare-table.png') });
    log(`images/compare-table.png (${(fs.statSync(path.join(IMAGES, 'compare-table.png')).size / 1024).toFixed(0)} KB)`);
  } finally {
    await context?.close().catch(() => undefined);
    await server.stop();
  }
}

// `node scripts/screenshots.mjs compare` makes only the named pictures (export, compare).
const only = process.argv.slice(2);
for (const [name, make] of [
  ['export', exportPicture],
  ['compare', comparePictures],
].filter(([n]) => !only.length || only.includes(n))) {
  try {
    await make();
  } catch (e) {
    failed.push(name);
    console.error(`[screenshots] ${name}: ${e?.stack ?? e}`);
  }
}
fs.rmSync(work, { recursive: true, force: true });
log(failed.length ? `not made: ${failed.join(', ')}` : 'done');
process.exit(failed.length ? 1 : 0);
