import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FindPrecedentRequest, type FindPrecedentResult, type PrecedentItem } from '../../../server/src/lsp/protocol';

interface PrecedentPick extends vscode.QuickPickItem {
  item: PrecedentItem;
}

/**
 * `resolution.findPrecedent`: corpus paragraphs resembling the selection (or the current line when
 * nothing is selected), in a quick pick; the chosen one is opened at its paragraph.
 * Resolves to the chosen item, or undefined.
 */
export async function findPrecedent(
  context: vscode.ExtensionContext,
  client: LanguageClient | undefined,
  isIndexing: () => boolean = () => false,
): Promise<PrecedentItem | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a resolution draft first.'));
    return undefined;
  }
  let range: vscode.Range = editor.selection;
  if (editor.selection.isEmpty) range = editor.document.lineAt(editor.selection.active.line).range;
  if (editor.document.getText(range).trim() === '') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select some text to look for precedents.'));
    return undefined;
  }
  const results = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Looking for precedents…') },
    () =>
      client.sendRequest<FindPrecedentResult>(FindPrecedentRequest, {
        uri: client.code2ProtocolConverter.asUri(editor.document.uri),
        range: client.code2ProtocolConverter.asRange(range),
      }),
  );
  if (!results || results.length === 0) {
    void vscode.window.showInformationMessage(
      isIndexing()
        ? vscode.l10n.t('The precedents are still being indexed; try again in a moment.')
        : vscode.l10n.t('No precedent found for the selection.'),
    );
    return undefined;
  }
  const picks: PrecedentPick[] = results.map((item) => ({
    label: `${item.symbol} ${item.paragraph}`,
    description: [`${Math.round(item.similarity * 100)}%`, item.date].filter(Boolean).join(' · '),
    detail: item.text,
    item,
  }));
  const chosen = await vscode.window.showQuickPick(picks, {
    title: vscode.l10n.t('Precedents for the selection'),
    placeHolder: vscode.l10n.t('Choose a precedent to open its source'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!chosen) return undefined;
  await openPrecedent(context, chosen.item);
  return chosen.item;
}

/** The file a precedent comes from: its URI, a built-in seed, or a path on disk. */
export function precedentUri(context: vscode.ExtensionContext, item: PrecedentItem): vscode.Uri | undefined {
  if (item.docUri) return vscode.Uri.parse(item.docUri);
  if (item.docPath.startsWith('builtin:')) {
    return vscode.Uri.file(context.asAbsolutePath(path.join('seeds', item.docPath.slice('builtin:'.length))));
  }
  if (path.isAbsolute(item.docPath)) return vscode.Uri.file(item.docPath);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, item.docPath) : undefined;
}

async function openPrecedent(context: vscode.ExtensionContext, item: PrecedentItem): Promise<void> {
  const uri = precedentUri(context, item);
  if (!uri) return;
  const doc = await vscode.workspace.openTextDocument(uri);
  const line = Math.min(Math.max(item.line ?? 0, 0), Math.max(doc.lineCount - 1, 0));
  const range = doc.lineAt(line).range;
  await vscode.window.showTextDocument(doc, {
    viewColumn: vscode.ViewColumn.Beside,
    preview: true,
    selection: range,
  });
}
