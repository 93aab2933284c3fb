import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareCandidatesRequest, CompareRequest, type CompareCandidate, type CompareResult } from '../../../server/src/lsp/negotiation';

/**
 * `resolution.compareWithResolution`: pick a corpus document (those holding most of the draft's
 * agreed language first) and show the draft against it paragraph by paragraph, in a web view:
 * the summary (unchanged, technical updates, changed, new, deleted, moved) and the aligned table.
 */
export async function compareWithResolution(client: LanguageClient | undefined): Promise<vscode.WebviewPanel | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a resolution draft first.'));
    return undefined;
  }
  const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
  const candidates = await client.sendRequest<CompareCandidate[]>(CompareCandidatesRequest, { uri });
  if (!candidates.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The corpus holds no resolution to compare with.'));
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(
    candidates.map((c) => ({ label: c.label, description: c.description, detail: vscode.l10n.t('{0} paragraphs of the draft found in it', c.paragraphs), candidate: c })),
    { placeHolder: vscode.l10n.t('Compare the draft with…'), matchOnDescription: true },
  );
  if (!pick) return undefined;
  const result = await client.sendRequest<CompareResult>(CompareRequest, { uri, docId: pick.candidate.docId });
  const panel = vscode.window.createWebviewPanel('resolution.compare', `${pick.label} ↔ ${editor.document.fileName.split(/[\\/]/).pop()}`, vscode.ViewColumn.Beside, {});
  panel.webview.html = result.html;
  void vscode.window.showInformationMessage(result.summaryText);
  return panel;
}
