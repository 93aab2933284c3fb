import * as vscode from 'vscode';
import type { CompareResult } from '../../../server/src/lsp/negotiation';

/**
 * The comparison's two aligned texts (the precedent's paragraphs and the draft's, line i = row i
 * on both sides) as read-only virtual documents of the `resolution-compare` scheme, shown in VS
 * Code's diff editor (`vscode.diff`).
 */
export const COMPARE_SCHEME = 'resolution-compare';

const contents = new Map<string, string>();
const changed = new vscode.EventEmitter<vscode.Uri>();
let serial = 0;

/** The content provider of the scheme; register once (the extension's activation does). */
export function registerCompareDocuments(): vscode.Disposable {
  const provider: vscode.TextDocumentContentProvider = { onDidChange: changed.event, provideTextDocumentContent: (uri) => contents.get(uri.toString()) ?? '' };
  return vscode.Disposable.from(vscode.workspace.registerTextDocumentContentProvider(COMPARE_SCHEME, provider), changed);
}

export interface CompareDiff {
  left: vscode.Uri;
  right: vscode.Uri;
}

const safe = (s: string) => s.replace(/[\\/:*?"<>|#%]+/g, '-');

export async function openCompareDiff(result: CompareResult, precedentLabel: string, draftName: string): Promise<CompareDiff> {
  const n = ++serial;
  // Keep the documents of the last four comparisons only.
  for (const key of [...contents.keys()]) if (Number(/^\/(\d+)\//.exec(vscode.Uri.parse(key).path)?.[1]) < n - 3) contents.delete(key);
  const left = vscode.Uri.from({ scheme: COMPARE_SCHEME, path: `/${n}/${safe(precedentLabel)}.txt` });
  const right = vscode.Uri.from({ scheme: COMPARE_SCHEME, path: `/${n}/${safe(draftName)}.txt` });
  contents.set(left.toString(), result.aligned.precedent);
  contents.set(right.toString(), result.aligned.draft);
  await vscode.commands.executeCommand('vscode.diff', left, right, `${precedentLabel} ↔ ${draftName}`, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  return { left, right };
}
