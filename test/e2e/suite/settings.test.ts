import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnostics, extensionApi, open, setSetting, waitFor, waitForDiagnostic } from './helpers';

const han = /\p{Script=Han}/u;

describe('settings take effect', () => {
  before(() => extensionApi());
  afterEach(async () => {
    await setSetting('severity', undefined);
    await setSetting('locale', undefined);
    await setSetting('checks', undefined);
    await setSetting('enableInMarkdown', undefined);
  });

  it('severity "off" removes a diagnostic, "hint" lowers it', async () => {
    const editor = await open('gap.res.md');
    const uri = editor.document.uri;
    await waitForDiagnostic(uri, 'paragraph-numbering');
    await setSetting('severity', { 'paragraph-numbering': 'off' });
    await waitFor(() => diagnostics(uri, 'paragraph-numbering').length === 0, 'the numbering diagnostic to disappear');
    await setSetting('severity', { 'paragraph-numbering': 'hint' });
    const d = await waitForDiagnostic(uri, 'paragraph-numbering');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Hint);
  });

  it('checks: false turns a check off', async () => {
    const editor = await open('gap.res.md');
    await waitForDiagnostic(editor.document.uri, 'paragraph-numbering');
    await setSetting('checks', { 'paragraph-numbering': false });
    await waitFor(() => diagnostics(editor.document.uri, 'paragraph-numbering').length === 0, 'the check to be off');
  });

  it('locale zh / en switches the language of the messages', async () => {
    const editor = await open('gap.res.md');
    const uri = editor.document.uri;
    await setSetting('locale', 'zh');
    const zh = await waitFor(() => diagnostics(uri, 'paragraph-numbering').find((d) => han.test(d.message)), 'a Chinese message');
    await setSetting('locale', 'en');
    const en = await waitFor(() => diagnostics(uri, 'paragraph-numbering').find((d) => !han.test(d.message)), 'an English message');
    assert.notStrictEqual(zh.message, en.message);
    assert.match(en.message, /[A-Za-z]{4}/);
  });

  it('enableInMarkdown checks Markdown drafts only when switched on', async () => {
    const editor = await open('draft-in-markdown.md');
    const uri = editor.document.uri;
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepStrictEqual(diagnostics(uri, 'paragraph-numbering'), [], 'not checked by default');
    await setSetting('enableInMarkdown', true);
    await waitForDiagnostic(uri, 'paragraph-numbering');
    await setSetting('enableInMarkdown', undefined);
    await waitFor(() => diagnostics(uri, 'paragraph-numbering').length === 0, 'the Markdown file to be left alone again');
  });
});

describe('settings: the precedent corpus', () => {
  before(() => extensionApi());
  after(async () => {
    await setSetting('corpus.folders', undefined);
  });

  it('corpus.folders adds a workspace folder of precedents (relative path) to the agreed-language search', async () => {
    const editor = await open('english-reuse.resolution');
    const uri = editor.document.uri;
    const fromFolder = () =>
      diagnostics(uri).find((d) => d.message.includes('79/194') && /^agreed-language/.test(String(typeof d.code === 'object' ? d.code.value : d.code)));
    // OP 1 is taken word for word from the precedent in precedents/, which is not in the built-in corpus
    await new Promise((r) => setTimeout(r, 1500));
    assert.strictEqual(fromFolder(), undefined, 'no 79/194 source before the folder is configured');
    await setSetting('corpus.folders', ['precedents']);
    const d = await waitFor(fromFolder, 'an agreed-language diagnostic citing 79/194', 60000);
    assert.ok(editor.document.lineAt(d.range.start.line).text.startsWith('1.'), editor.document.lineAt(d.range.start.line).text);
  });
});
