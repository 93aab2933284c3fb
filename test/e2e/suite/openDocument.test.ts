import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnostics, EXTENSION_ID, hoverText, waitFor, workspaceFile } from './helpers';

describe('Word documents', () => {
  it('resolution.openDocumentAsText opens a .docx as an untitled resolution beside it, with checks and hovers', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const source = vscode.Uri.joinPath(ext.extensionUri, 'test', 'fixtures', 'documents', 'en-draft.docx');
    const target = workspaceFile('en-draft.docx');
    await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(source));
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('resolution.openDocumentAsText', target);
    assert.ok(doc, 'a document was opened');
    assert.strictEqual(doc.languageId, 'resolution');
    assert.strictEqual(doc.uri.scheme, 'untitled');
    assert.match(doc.uri.path, /en-draft\.resolution$/);
    const lines = doc.getText().split('\n');
    assert.ok(lines.includes('1. Welcomes the efforts of Member States to extend safe drinking water and sanitation services to rural populations, and encourages them to integrate the maintenance of those services into national budgets;'));
    // The server analyses it: a footnote reference gets the footnote's text as its hover.
    const line = lines.findIndex((l) => l.includes('Development",¹'));
    const hover = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, lines[line].indexOf('¹')));
      const text = hoverText(hovers ?? []);
      return /Resolution 70\/1, annex/.test(text) && text;
    }, 'a footnote hover');
    assert.ok(hover);
    assert.deepStrictEqual(diagnostics(doc.uri, 'paragraph-numbering'), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
