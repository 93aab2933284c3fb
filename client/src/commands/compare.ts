import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareCandidatesRequest, CompareRequest, type CompareCandidate, type CompareResult } from '../../../server/src/lsp/negotiation';
import { openCompareDiff, type CompareDiff } from './compareDiff';

interface Compared {
  result: CompareResult;
  /** The precedent's label (`A/RES/76/189`) and the draft's file name. */
  label: string;
  draftName: string;
}

/**
 * Asks for a corpus document (those holding most of the draft's agreed language first) and
 * compares the active draft with it. `precedent` (a label, `A/RES/76/189`) skips the quick pick.
 */
async function pickAndCompare(client: LanguageClient | undefined, precedent?: string): Promise<Compared | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a resolution draft first.'));
    return undefined;
  }
  const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
  const draftName = editor.document.fileName.split(/[\\/]/).pop() ?? 'draft';
  const candidates = await client.sendRequest<CompareCandidate[]>(CompareCandidatesRequest, { uri });
  if (!candidates.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The corpus holds no resolution to compare with.'));
    return undefined;
  }
  let candidate = precedent ? candidates.find((c) => c.label === precedent) : undefined;
  if (!candidate) {
    const pick = await vscode.window.showQuickPick(
      candidates.map((c) => ({ label: c.label, description: c.description, detail: vscode.l10n.t('{0} paragraphs of the draft found in it', c.paragraphs), candidate: c })),
      { placeHolder: vscode.l10n.t('Compare the draft with…'), matchOnDescription: true },
    );
    if (!pick) return undefined;
    candidate = pick.candidate;
  }
  const result = await client.sendRequest<CompareResult>(CompareRequest, { uri, docId: candidate.docId });
  return { result, label: candidate.label, draftName };
}

/**
 * `resolution.compareWithResolution`: the draft against a chosen precedent, paragraph by
 * paragraph, in a web view: the summary (unchanged, technical updates, changed, new, deleted,
 * moved) and the aligned table. The summary message offers the same comparison in the diff editor.
 */
export async function compareWithResolution(client: LanguageClient | undefined): Promise<vscode.WebviewPanel | undefined> {
  const c = await pickAndCompare(client);
  if (!c) return undefined;
  const panel = vscode.window.createWebviewPanel('resolution.compare', `${c.label} ↔ ${c.draftName}`, vscode.ViewColumn.Beside, {});
  panel.webview.html = c.result.html;
  const asDiff = vscode.l10n.t('Open in Diff Editor');
  void vscode.window.showInformationMessage(c.result.summaryText, asDiff).then((choice) => {
    if (choice === asDiff) void openCompareDiff(c.result, c.label, c.draftName);
  });
  return panel;
}

/**
 * `resolution.compareInDiffEditor`: the same comparison in VS Code's diff editor, the precedent's
 * text on the left and the draft's on the right, aligned paragraph by paragraph (read-only virtual
 * documents). `args.precedent` (a label) skips the quick pick.
 */
export async function compareInDiffEditor(client: LanguageClient | undefined, args?: { precedent?: string }): Promise<CompareDiff | undefined> {
  const c = await pickAndCompare(client, typeof args?.precedent === 'string' ? args.precedent : undefined);
  if (!c) return undefined;
  void vscode.window.showInformationMessage(c.result.summaryText);
  return openCompareDiff(c.result, c.label, c.draftName);
}
