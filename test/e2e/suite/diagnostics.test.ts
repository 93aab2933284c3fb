import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { codeOf, diagnostics, extensionApi, open, waitFor, waitForDiagnostic, writeAndOpen } from './helpers';

const repoRoot = path.resolve(__dirname, '../..');
const seed = (prefix: string) => {
  const dir = path.join(repoRoot, 'seeds');
  return fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith(prefix))!), 'utf8');
};

describe('diagnostics', () => {
  before(() => extensionApi());

  it('flags the numbering gap 1, 2, 4 on the "4", as an error', async () => {
    const editor = await open('gap.res.md');
    const d = await waitForDiagnostic(editor.document.uri, 'paragraph-numbering');
    const line = editor.document.lineAt(d.range.start.line).text;
    assert.ok(line.startsWith('4.'), `on the paragraph numbered 4: ${line.slice(0, 20)}`);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(diagnostics(editor.document.uri, 'paragraph-numbering').length, 1);
  });

  it('reports problems in an English draft too: an undefined footnote', async () => {
    const text = fs.readFileSync(path.join(repoRoot, 'test/e2e/fixtures/workspace/english.resolution'), 'utf8');
    const editor = await writeAndOpen('english-footnote.resolution', text.replace('Agenda for Sustainable Development",<sup>1</sup>', 'Agenda for Sustainable Development",<sup>1</sup><sup>2</sup>'));
    const d = await waitForDiagnostic(editor.document.uri, 'footnote-undefined');
    assert.ok(editor.document.getText(d.range).includes('2'), editor.document.getText(d.range));
  });

  it('marks agreed language in a copy of resolution 80/118 and reports the share on the status bar', async () => {
    const api = await extensionApi();
    const editor = await writeAndOpen('copy-80-118.res.md', seed('000_'));
    const agreed = await waitFor(
      () => {
        const ds = vscode.languages.getDiagnostics(editor.document.uri).filter((x) => codeOf(x).startsWith('agreed-language'));
        return ds.length > 5 && ds;
      },
      'agreed-language diagnostics on the copy',
      60000,
    );
    assert.ok(agreed.some((d) => /A\/RES\/\d+\/\d+|\d+\/\d+/.test(d.message)), agreed[0].message);
    // an unchanged copy has no structural problems
    const structural = vscode.languages
      .getDiagnostics(editor.document.uri)
      .filter((d) => ['paragraph-numbering', 'footnote-undefined', 'footnote-duplicate'].includes(codeOf(d)));
    assert.deepStrictEqual(structural.map((d) => `${codeOf(d)}: ${d.message}`), []);
    const status = await waitFor(() => api.status(editor.document.uri), 'a resolution/status notification for the copy');
    assert.ok(status.agreedShare > 0.3, `agreed share ${status.agreedShare}`);
    assert.ok(status.corpusDocuments >= 5, `corpus documents ${status.corpusDocuments}`);
  });

  it('updates diagnostics as the draft is edited', async () => {
    const editor = await open('gap.res.md');
    await waitForDiagnostic(editor.document.uri, 'paragraph-numbering');
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('4.'));
    await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, 1), '3'));
    await waitFor(() => diagnostics(editor.document.uri, 'paragraph-numbering').length === 0, 'the numbering diagnostic to go');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForDiagnostic(editor.document.uri, 'paragraph-numbering');
  });
});
