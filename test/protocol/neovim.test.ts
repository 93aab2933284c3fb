/**
 * Neovim as a second LSP client (only where `nvim` is installed; skipped
 * otherwise): headless Neovim starts the built server over stdio, opens a
 * draft with a numbering gap, waits for diagnostics, asks for hover, symbols
 * and code actions, and applies the renumbering with its own edit code.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, find, seed, SERVER } from './lspClient';
import { withTempDir } from '../support/tempDir';

function hasNvim(): boolean {
  return spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
}

describe('protocol: Neovim as LSP client', function () {
  this.timeout(60_000);
  before(function () {
    if (!hasNvim()) this.skip();
    ensureBuilt();
  });

  it('gets diagnostics, hover, symbols and a renumbering it applies itself', () => {
    const original = seed('000');
    const lines = original.split('\n');
    const i5 = lines.findIndex((l) => l.startsWith('5. '));
    const withoutOp5 = lines.filter((_, k) => k !== i5 && k !== i5 + 1);
    const expected = withoutOp5.map((l) => l.replace(/^([0-9]+)\. /, (m, n: string) => (Number(n) > 5 ? `${Number(n) - 1}. ` : m))).join('\n');
    const draft = withoutOp5.join('\n');
    withTempDir('res-nvim-', (dir) => {
      const file = path.join(dir, 'draft.txt');
      const out = path.join(dir, 'out.json');
      fs.writeFileSync(file, draft);
      const hoverAt = find(draft, '<sup>3</sup>的基础上', 5);
      const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(__dirname, 'neovim/client.lua')}`], {
        env: { ...process.env, RES_SERVER: SERVER, RES_FILE: file, RES_OUT: out, RES_HOVER_LINE: String(hoverAt.line), RES_HOVER_CHAR: String(hoverAt.character) },
        timeout: 50_000,
        encoding: 'utf8',
      });
      assert.ok(fs.existsSync(out), `no result from nvim: ${r.stderr || r.stdout}`);
      const res = JSON.parse(fs.readFileSync(out, 'utf8')) as {
        ok: boolean;
        error?: string;
        first_diagnostics: boolean;
        numbering: boolean;
        agreed: boolean;
        messages: string[];
        hover: string | null;
        symbols: Array<{ name: string; children: number }>;
        actions: string[];
      };
      assert.ok(res.ok, res.error);
      assert.ok(res.first_diagnostics && res.numbering && res.agreed);
      assert.equal(res.messages.length, 1);
      assert.match(res.messages[0], /5/);
      assert.match(res.hover ?? '', /Footnote 3/);
      assert.deepEqual(res.symbols.map((s) => s.name), ['Header', 'Preamble', 'Operative part', 'Footnotes']);
      assert.equal(res.symbols[2].children, 73);
      assert.ok(res.actions.includes('Renumber paragraphs and footnotes'), res.actions.join(' | '));
      // Neovim wrote the file after applying the edit (it ends the file with a newline).
      assert.equal(fs.readFileSync(file, 'utf8').replace(/\n$/, ''), expected.replace(/\n$/, ''));
    });
  });
});
