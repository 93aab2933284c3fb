import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, diagnostics, extensionApi, open, waitFor, waitForDiagnostic, writeAndOpen, type ResolutionApi } from './helpers';

describe('commands', () => {
  let api: ResolutionApi;
  before(async () => {
    api = await extensionApi();
  });

  it('resolution.renumber fixes the numbering gap', async () => {
    const base = await open('gap.res.md');
    const editor = await writeAndOpen('renumber.res.md', base.document.getText());
    await waitForDiagnostic(editor.document.uri, 'paragraph-numbering');
    const applied = await vscode.commands.executeCommand<number>('resolution.renumber');
    assert.ok(applied >= 1, `applied ${applied}`);
    const numbers = editor.document.getText().split('\n').filter((l) => /^\d+\./.test(l)).map((l) => l.split('.')[0]);
    assert.deepStrictEqual(numbers, ['1', '2', '3']);
    await waitFor(() => diagnostics(editor.document.uri, 'paragraph-numbering').length === 0, 'the gap diagnostic to go');
    await vscode.commands.executeCommand('workbench.action.files.save');
  });

  it('resolution.showReport opens the agreed-language report as Markdown', async () => {
    await open('gap.res.md');
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('resolution.showReport');
    assert.ok(doc, 'a report document');
    assert.strictEqual(doc.languageId, 'markdown');
    assert.ok(doc.getText().length > 50, doc.getText());
    // the report lists the paragraphs of the draft
    assert.ok(/OP\s*1|执行段\s*1|第\s*1\s*段/.test(doc.getText()), doc.getText().slice(0, 400));
    assert.strictEqual(vscode.window.activeTextEditor?.document, doc);
  });

  it('resolution.findPrecedent lists corpus paragraphs and opens the chosen source at the paragraph', async () => {
    const editor = await open('gap.res.md');
    await waitForDiagnostic(editor.document.uri, 'paragraph-numbering');
    // the precedent corpus is loaded and indexed
    await waitFor(() => {
      const s = api.status(editor.document.uri);
      return s && s.corpusDocuments >= 5 && !s.indexing;
    }, 'the corpus to be indexed', 60000);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('1.'));
    editor.selection = new vscode.Selection(line, 0, line, editor.document.lineAt(line).text.length);
    const chosen = vscode.commands.executeCommand<{ symbol: string; line?: number } | undefined>('resolution.findPrecedent');
    // accept the first (most similar) item of the quick pick once it is shown (a no-op until then)
    let settled = false;
    void Promise.resolve(chosen).finally(() => (settled = true));
    for (let i = 0; i < 60 && !settled; i++) {
      await new Promise((r) => setTimeout(r, 500));
      if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const item = await chosen;
    assert.ok(item, 'an item was chosen');
    assert.match(item.symbol, /A\/RES\/(80\/118|76\/189)/);
    const opened = await waitFor(
      () => vscode.window.visibleTextEditors.find((e) => /seeds[\\/]00[01]_/.test(e.document.uri.path)),
      'the source document to open',
    );
    // the cursor lands on the precedent paragraph, which says the same thing
    const at = opened.document.lineAt(opened.selection.active.line).text;
    assert.ok(at.includes('信息和通信技术具有潜力'), at.slice(0, 60));
  });

  it('resolution.rebuildIndex reloads the corpus', async () => {
    await open('gap.res.md');
    const result = await vscode.commands.executeCommand<{ corpusDocuments: number; paragraphs: number }>('resolution.rebuildIndex');
    assert.ok(result && result.corpusDocuments >= 5, JSON.stringify(result));
    assert.ok(result.paragraphs > 100, JSON.stringify(result));
  });

  it('resolution.copyCitation writes its argument to the clipboard', async () => {
    await vscode.commands.executeCommand('resolution.copyCitation', 'A/RES/76/189, OP 1');
    assert.strictEqual(await vscode.env.clipboard.readText(), 'A/RES/76/189, OP 1');
  });

  it('the copy-citation code action on agreed language calls resolution.copyCitation', async () => {
    const editor = await open('copy-80-118.res.md');
    const d = await waitFor(
      () => vscode.languages.getDiagnostics(editor.document.uri).find((x) => codeOf(x) === 'agreed-language'),
      'an agreed-language diagnostic',
      60000,
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range);
    const copy = actions.find((a) => a.command?.command === 'resolution.copyCitation');
    assert.ok(copy, actions.map((a) => a.title).join(' | '));
    await vscode.commands.executeCommand(copy.command!.command, ...(copy.command!.arguments ?? []));
    assert.match(await vscode.env.clipboard.readText(), /\d+\/\d+/);
  });
});
