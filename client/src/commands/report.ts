import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReportRequest, type ReportResult } from '../../../server/src/lsp/protocol';

/**
 * `resolution.showReport`: the server's agreed-language report of the active draft (per paragraph:
 * agreed / near / partial / new, with sources), opened as an untitled Markdown document beside it.
 * Resolves to the opened document.
 */
export async function showReport(client: LanguageClient | undefined): Promise<vscode.TextDocument | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a resolution draft first.'));
    return undefined;
  }
  const report = await client.sendRequest<ReportResult>(ReportRequest, {
    uri: client.code2ProtocolConverter.asUri(editor.document.uri),
  });
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: report.markdown });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return doc;
}
