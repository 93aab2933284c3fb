// UI test: the packaged extension (.vsix) installed in code-server, driven in headless chromium like
// a user would: open a draft through Quick Open, see the squiggles and the Problems panel, move the
// mouse onto an agreed-language squiggle and read the hover. Saves screenshots under test-output/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

/** The element's bounding box once it has settled (the editor re-renders while it scrolls). */
async function boxOf(locator, timeoutMs = 10000) {
  const started = Date.now();
  for (;;) {
    const box = await locator.boundingBox().catch(() => null);
    if (box && box.width > 0 && box.height > 0) return box;
    if (Date.now() - started > timeoutMs) return null;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs the steps against a started code-server; returns a list of [name, error|undefined]. */
export async function runUiTest({ page, outDir, draftName, suffix = '', log = console.log }) {
  const results = [];
  const step = async (title, fn) => {
    const name = `${title}${suffix ? ` [${suffix.slice(1)}]` : ''}`;
    const t = Date.now();
    try {
      await fn();
      results.push([name, undefined]);
      log(`  ✔ ${name} (${Date.now() - t} ms)`);
    } catch (err) {
      results.push([name, err]);
      log(`  ✘ ${name}: ${err?.message ?? err}`);
      await page.screenshot({ path: path.join(outDir, `failure-${results.length}.png`) }).catch(() => undefined);
    }
  };
  const editor = page.locator('.monaco-editor[data-uri$=".res.md"]').first();

  await step('the workbench loads', async () => {
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60000 });
  });

  await step(`opens ${draftName} through Quick Open`, async () => {
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => undefined);
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 15000 });
    await input.fill(draftName);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    await page.locator(`.tab[aria-label*="${draftName}"], .tab:has-text("${draftName}")`).first().waitFor({ timeout: 15000 });
    await editor.waitFor({ timeout: 15000 });
    // the status bar shows the language
    await page.locator('.statusbar-item', { hasText: /UN Resolution|决议/ }).first().waitFor({ timeout: 15000 });
  });

  await step('agreed-language squiggles appear in the visible part of the draft', async () => {
    await editor.locator('.squiggly-info').first().waitFor({ timeout: 60000 });
  });

  await step('the status bar shows the agreed-language share', async () => {
    const item = page.locator('.statusbar-item', { hasText: /\d+% agreed|商定语言 \d+%/ }).first();
    await item.waitFor({ timeout: 30000 });
    const text = await item.innerText();
    const share = Number(/(\d+)%/.exec(text)?.[1]);
    assert.ok(share > 30, `share ${text}`);
  });

  await step('hovering an agreed-language squiggle shows its source', async () => {
    const squiggle = editor.locator('.squiggly-info').first();
    await squiggle.waitFor({ timeout: 15000 });
    const box = await boxOf(squiggle);
    assert.ok(box, 'the squiggle has a box');
    const x = box.x + Math.min(box.width / 2, 60);
    const y = box.y + box.height / 2;
    await page.mouse.move(x - 30, y - 30);
    await page.mouse.move(x, y, { steps: 5 });
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /A\/RES\/\d+\/\d+/ }).first();
    await hover.waitFor({ state: 'visible', timeout: 15000 });
    assert.match(await hover.innerText(), suffix.includes('zh') ? /与 A\/RES\/\d+\/\d+ [^，。]{1,20}一致/ : /Agreed language: A\/RES/);
    await page.screenshot({ path: path.join(outDir, `ui-hover${suffix}.png`) });
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  await step('the Problems panel lists the numbering problem; choosing it shows the error squiggle', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 15000 });
    const numbering = page.locator('.markers-panel .monaco-list-row', { hasText: 'paragraph-numbering' }).first();
    await numbering.waitFor({ timeout: 15000 });
    assert.match(await numbering.innerText(), suffix.includes('zh') ? /应为 3，实为 4/ : /expected 3, found 4/);
    await numbering.dblclick();
    const error = editor.locator('.view-overlays .squiggly-error, .squiggly-error').first();
    await error.waitFor({ timeout: 15000 });
    const box = await boxOf(error);
    assert.ok(box, 'the error squiggle has a box');
    await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2, { steps: 5 });
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: suffix.includes('zh') ? /编号有误/ : /misnumbered/ }).first();
    await hover.waitFor({ state: 'visible', timeout: 15000 });
    await page.screenshot({ path: path.join(outDir, `ui-problems${suffix}.png`) });
  });

  fs.writeFileSync(
    path.join(outDir, `ui-results${suffix}.json`),
    JSON.stringify(results.map(([name, err]) => ({ name, ok: !err, error: err ? String(err.message ?? err) : undefined })), null, 2),
  );
  return results;
}
