import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, extensionApi, open, waitFor } from './helpers';

describe('activation', () => {
  it('activates on a .res.md draft and gives it the resolution language', async () => {
    const editor = await open('gap.res.md');
    assert.strictEqual(editor.document.languageId, 'resolution');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await waitFor(() => ext.isActive, 'the extension to activate on onLanguage:resolution');
    const api = await extensionApi();
    assert.ok(api.client(), 'the language client is running');
  });

  it('gives .resolution files the resolution language and leaves other Markdown alone', async () => {
    const en = await open('english.resolution');
    assert.strictEqual(en.document.languageId, 'resolution');
    const md = await open('draft-in-markdown.md');
    assert.strictEqual(md.document.languageId, 'markdown');
  });

  it('contributes its commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['resolution.findPrecedent', 'resolution.renumber', 'resolution.rebuildIndex', 'resolution.showReport', 'resolution.copyCitation']) {
      assert.ok(all.includes(c), c);
    }
  });
});
