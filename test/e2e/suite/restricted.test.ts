/**
 * Restricted Mode (issue 7, item 11): run by `npm run test:e2e` in a second editor session with workspace
 * trust on and the fixture folder untrusted (E2E_RESTRICTED=1). The extension declares limited support:
 * it activates, structure checks work, and `resolution.corpus.folders` from the workspace's settings is
 * not read; the user's own setting still is.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnostics, extensionApi, open, setSetting, waitFor, waitForDiagnostic, workspaceFile } from './helpers';

describe('restricted mode: an untrusted workspace', () => {
  before(() => extensionApi());
  after(async () => {
    await vscode.workspace.getConfiguration('resolution').update('corpus.folders', undefined, vscode.ConfigurationTarget.Workspace);
    await setSetting('corpus.folders', undefined);
  });

  const cites79194 = (uri: vscode.Uri) => diagnostics(uri).find((d) => d.message.includes('79/194') && /^agreed-language/.test(String(typeof d.code === 'object' ? d.code.value : d.code)));

  it('runs untrusted, with the extension active and structure checks on', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    const editor = await open('gap.res.md');
    const d = await waitForDiagnostic(editor.document.uri, 'paragraph-numbering');
    assert.ok(editor.document.lineAt(d.range.start.line).text.startsWith('4.'));
  });

  it('does not read corpus.folders from the workspace settings', async () => {
    await vscode.workspace.getConfiguration('resolution').update('corpus.folders', ['precedents'], vscode.ConfigurationTarget.Workspace);
    const editor = await open('english-reuse.resolution');
    const uri = editor.document.uri;
    // (the file has no finding of its own without that precedent: nothing to wait for but time)
    // time for a corpus load to finish, were the folder read (the trusted suite sees 79/194 within seconds)
    await new Promise((r) => setTimeout(r, 8000));
    assert.strictEqual(cites79194(uri), undefined, 'no precedent from the workspace-configured folder');
  });

  it("reads the user's own corpus.folders", async () => {
    await setSetting('corpus.folders', [workspaceFile('precedents').fsPath]);
    const editor = await open('english-reuse.resolution');
    await waitFor(() => cites79194(editor.document.uri), 'an agreed-language diagnostic citing 79/194 from the user-level folder', 60000);
  });
});
