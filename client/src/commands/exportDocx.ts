import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportDocxRequest, type ExportDocxResult } from '../../../server/src/lsp/negotiation';

/**
 * `resolution.exportDocx`: writes the active draft as a Word document with its departures from
 * agreed language as tracked changes. The save dialog chooses the file (and asks before replacing
 * an existing one); the server builds the document. Resolves to the written file.
 */
export async function exportDocx(client: LanguageClient | undefined): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a resolution draft first.'));
    return undefined;
  }
  const source = editor.document.uri;
  const base = source.path.replace(/\.[^/.]*$/, '').replace(/\.res$/, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: source.scheme === 'file' ? source.with({ path: `${base}.docx` }) : undefined,
    filters: { Word: ['docx'] },
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return undefined;
  const result = await client.sendRequest<ExportDocxResult>(ExportDocxRequest, { uri: client.code2ProtocolConverter.asUri(source) });
  try {
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.data, 'base64'));
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot write {0}: {1}', target.fsPath, e instanceof Error ? e.message : String(e)));
    return undefined;
  }
  const s = result.summary;
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Exported {0}: {1} unchanged, {2} technical updates, {3} changed, {4} new.', target.fsPath, s.exact, s.technical, s.changed, s.new + s.partial),
  );
  for (const w of result.warnings.slice(0, 3)) void vscode.window.showWarningMessage(w);
  return target;
}
