/**
 * The negotiation commands in the manifest: Export Draft to Word, Compare with Resolution (web view)
 * and Compare with Resolution in Diff Editor are contributed with English and Chinese titles, shown
 * in the command palette when an editor is open, and registered by the extension; the diff view's
 * virtual documents have their content provider registered at activation.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '../../..');
const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8'));

describe('manifest: negotiation commands', () => {
  const pkg = readJson('package.json');
  const nls = readJson('package.nls.json');
  const nlsZh = readJson('package.nls.zh-cn.json');
  const extension = fs.readFileSync(path.join(root, 'client/src/extension.ts'), 'utf8');

  for (const id of ['resolution.exportDocx', 'resolution.compareWithResolution', 'resolution.compareInDiffEditor']) {
    it(`${id}: contributed, titled in English and Chinese, in the palette, registered`, () => {
      const cmd = pkg.contributes.commands.find((c: { command: string }) => c.command === id);
      assert.ok(cmd, `${id} is not contributed`);
      const key = /^%(.+)%$/.exec(cmd.title)?.[1];
      assert.ok(key, `${id}: title is not localised`);
      assert.ok(nls[key], `package.nls.json: ${key}`);
      assert.match(nlsZh[key], /\p{Script=Han}/u, `package.nls.zh-cn.json: ${key}`);
      const palette = pkg.contributes.menus.commandPalette.find((m: { command: string }) => m.command === id);
      assert.strictEqual(palette?.when, 'editorIsOpen');
      assert.ok(extension.includes(`registerCommand('${id}'`), `${id} is not registered in client/src/extension.ts`);
    });
  }

  it('the diff view says what it is, and its documents have a provider registered at activation', () => {
    assert.match(nls['command.compareInDiffEditor'], /Diff Editor/);
    assert.match(nlsZh['command.compareInDiffEditor'], /差异编辑器/);
    assert.ok(extension.includes('registerCompareDocuments()'));
    const diff = fs.readFileSync(path.join(root, 'client/src/commands/compareDiff.ts'), 'utf8');
    assert.match(diff, /executeCommand\('vscode\.diff', left, right,/);
  });
});
