import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { codeOf, diagnostics, extensionApi, hoverText, open, waitFor, waitForDiagnostic, writeAndOpen, type ResolutionApi } from './helpers';

describe('language features through the editor API', () => {
  let api: ResolutionApi;
  before(async () => {
    api = await extensionApi();
  });

  it('hover on a footnote reference shows the footnote text', async () => {
    const editor = await open('english.resolution');
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('*Recalling*'));
    const col = editor.document.lineAt(line).text.indexOf('<sup>1</sup>') + 5;
    await waitFor(() => api.status(editor.document.uri), 'the draft to be analysed');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, col));
    assert.ok(hoverText(hovers).includes('A/RES/70/1'), hoverText(hovers));
  });

  it('hover inside an agreed paragraph names its sources', async () => {
    const text = fs.readFileSync(path.join(path.resolve(__dirname, '../..'), 'seeds', fs.readdirSync(path.join(path.resolve(__dirname, '../..'), 'seeds')).find((f) => f.startsWith('001_'))!), 'utf8');
    // resolution 76/189 as a draft: its paragraphs are agreed language from 76/189 itself and 80/118
    const editor = await writeAndOpen('copy-76-189.res.md', text);
    await waitFor(() => diagnostics(editor.document.uri, 'agreed-language').length > 3, 'agreed-language diagnostics', 60000);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('确认科学和技术促进发展委员会作为'));
    assert.ok(line > 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 12));
    const shown = hoverText(hovers);
    assert.match(shown, /A\/RES\/(76\/189|80\/118)/, shown);
  });

  it('offers a quick fix that renumbers the paragraphs for the numbering gap', async () => {
    const editor = await open('gap.res.md');
    const d = await waitForDiagnostic(editor.document.uri, 'paragraph-numbering');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range);
    // (vscode.executeCodeActionProvider does not return the actions' diagnostics: find it by kind)
    const fix = actions.find((a) => a.kind?.value === 'quickfix' && a.isPreferred && a.edit);
    assert.ok(fix, actions.map((a) => `${a.title} [${a.kind?.value}]`).join(' | '));
    const edits = fix.edit!.get(editor.document.uri);
    assert.ok(edits.length >= 1);
    // applying it turns 1, 2, 4 into 1, 2, 3 and clears the diagnostic
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    try {
      const numbers = editor.document.getText().split('\n').filter((l) => /^\d+\./.test(l)).map((l) => l.split('.')[0]);
      assert.deepStrictEqual(numbers, ['1', '2', '3']);
      await waitFor(() => editor.document.isDirty && vscode.languages.getDiagnostics(editor.document.uri).every((x) => codeOf(x) !== 'paragraph-numbering'), 'the diagnostic to clear');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('document symbols outline the preamble and the operative paragraphs', async () => {
    const editor = await open('gap.res.md');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const flat: vscode.DocumentSymbol[] = [];
    const walk = (s: vscode.DocumentSymbol[]) => s.forEach((x) => (flat.push(x), walk(x.children ?? [])));
    walk(symbols);
    assert.ok(flat.length >= 4, flat.map((s) => s.name).join(' | '));
    // each operative paragraph is a symbol whose range starts on its numbered line
    for (const n of ['1.', '2.', '4.']) {
      assert.ok(
        flat.some((s) => editor.document.lineAt(s.range.start.line).text.startsWith(n)),
        `a symbol for OP ${n}: ${flat.map((s) => s.name).join(' | ')}`,
      );
    }
  });

  it('completes the next footnote number after <sup>', async () => {
    const editor = await open('english.resolution');
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('1. *Recognizes*'));
    const end = editor.document.lineAt(line).range.end;
    await editor.edit((e) => e.insert(end.translate(0, -1), '<sup>'));
    try {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end.translate(0, 4));
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.strictEqual(labels[0] === '2' || labels.includes('2'), true, labels.join(','));
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('completes leading verbs at the start of an operative paragraph', async () => {
    const editor = await open('gap.res.md');
    const last = editor.document.lineCount;
    await editor.edit((e) => e.insert(new vscode.Position(last, 0), '\n5. '));
    try {
      const pos = new vscode.Position(editor.document.lineCount - 1, 3);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, pos);
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      for (const verb of ['请', '鼓励']) assert.ok(labels.includes(verb), labels.slice(0, 30).join(','));
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});

describe('snippets', () => {
  before(() => extensionApi());

  it('the General Assembly skeleton (Chinese) inserts a draft the server reads as a resolution', async () => {
    const editor = await writeAndOpen('from-snippet.res.md', '');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'resolution', name: 'General Assembly resolution (Chinese)' });
    const text = editor.document.getText();
    for (const part of ['## 第八十届会议', '## 议程项目 15', '大会，', '1. **确认**', '2. **请**']) assert.ok(text.includes(part), `${part} in\n${text}`);
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      const flat: vscode.DocumentSymbol[] = [];
      const walk = (xs: vscode.DocumentSymbol[]) => xs.forEach((x) => (flat.push(x), walk(x.children ?? [])));
      walk(s ?? []);
      return flat.length > 0 && flat;
    }, 'document symbols of the inserted skeleton');
    const opLines = symbols.map((s) => editor.document.lineAt(s.range.start.line).text).filter((l) => /^\d\./.test(l));
    assert.ok(opLines.some((l) => l.startsWith('1.')) && opLines.some((l) => l.startsWith('2.')), opLines.join(' | '));
    await waitFor(() => diagnostics(editor.document.uri, 'paragraph-numbering').length === 0, 'no numbering problem');
  });

  it('snippets are offered by completion in a resolution draft', async () => {
    const editor = await writeAndOpen('snippet-completion.res.md', 'op-e');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 4));
    const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(snippets.includes('op-en'), snippets.join(', '));
  });
});
