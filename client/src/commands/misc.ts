import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RebuildIndexRequest, type RebuildIndexResult } from '../../../server/src/lsp/protocol';

/** `resolution.rebuildIndex`: reloads and re-indexes the precedent corpus (the server reports progress). */
export async function rebuildIndex(client: LanguageClient | undefined): Promise<RebuildIndexResult | undefined> {
  if (!client) return undefined;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Rebuilding the precedent index…') },
    () => client.sendRequest<RebuildIndexResult>(RebuildIndexRequest, {}),
  );
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Precedent index rebuilt: {0} documents, {1} paragraphs.', result.corpusDocuments, result.paragraphs),
  );
  return result;
}

/** `resolution.copyCitation`: writes its argument (a citation the server's code action made) to the clipboard. */
export async function copyCitation(citation: unknown): Promise<void> {
  if (typeof citation !== 'string' || citation === '') return;
  await vscode.env.clipboard.writeText(citation);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Copied: {0}', citation), 3000);
}
