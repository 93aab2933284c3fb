import * as assert from 'assert';
import * as vscode from 'vscode';
import { extensionApi, open, waitFor, waitForDiagnostic, type ResolutionApi } from './helpers';

/**
 * Compare with Resolution in the diff editor: the command opens VS Code's diff editor over two
 * read-only virtual documents, the precedent's paragraphs on the left and the draft's on the right,
 * line i of both being the same aligned pair.
 */
describe('compare in the diff editor', () => {
  let api: ResolutionApi;
  before(async () => {
    api = await extensionApi();
  });

  it('resolution.compareInDiffEditor opens vscode.diff over the aligned texts of the precedent and the draft', async () => {
    const editor = await open('gap.res.md');
    await waitForDiagnostic(editor.document.uri, 'paragraph-numbering');
    await waitFor(() => {
      const s = api.status(editor.document.uri);
      return s && s.corpusDocuments >= 2 && !s.indexing;
    }, 'the corpus to be indexed', 60000);
    const draftLines = editor.document.getText().split('\n');
    const result = await vscode.commands.executeCommand<{ left: vscode.Uri; right: vscode.Uri } | undefined>('resolution.compareInDiffEditor', { precedent: 'A/RES/80/118' });
    assert.ok(result, 'the command opened a comparison');
    assert.strictEqual(result.left.scheme, 'resolution-compare');
    const tab = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.toString() === result.right.toString()),
      'a diff editor tab over the comparison',
    );
    assert.strictEqual((tab.input as vscode.TabInputTextDiff).original.toString(), result.left.toString());
    assert.match(tab.label, /A\/RES\/80\/118 ↔ gap\.res\.md/);
    const left = await vscode.workspace.openTextDocument(result.left);
    const right = await vscode.workspace.openTextDocument(result.right);
    // aligned: as many lines on each side, each line of a pair beginning with the same key
    assert.strictEqual(left.lineCount, right.lineCount);
    assert.ok(left.lineCount > 3, left.getText());
    for (let i = 0; i < left.lineCount - 1; i++) {
      const key = (s: string) => s.split('  ')[0];
      assert.strictEqual(key(left.lineAt(i).text), key(right.lineAt(i).text), `line ${i + 1}`);
    }
    // the draft's side holds the draft's paragraph texts; its first preambular paragraph faces 80/118's
    const pp1 = draftLines.find((l) => l.startsWith('回顾其关于信息和通信技术'))!;
    const at = right.getText().split('\n').findIndex((l) => l === `PP 1  ${pp1}`);
    assert.ok(at >= 0, right.getText().slice(0, 300));
    assert.match(left.lineAt(at).text, /^PP 1 {2}回顾其关于信息和通信技术/);
  });
});
