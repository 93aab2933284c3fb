import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CodeActionRequest, type CodeAction as LspCodeAction } from 'vscode-languageclient/node';

const FIXES = new Set(['paragraph-numbering', 'footnote-order']);

/**
 * `resolution.renumber`: asks the server for the code actions that fix the active draft's
 * numbering diagnostics (paragraph-numbering, footnote-order) and applies the preferred one — the
 * server renumbers the whole document in one edit. Resolves to the number of edits applied.
 * (It asks over LSP rather than through vscode.executeCodeActionProvider, which drops the
 * actions' diagnostics, so that the right action is picked by what it fixes, not by its title.)
 */
export async function renumber(client: LanguageClient | undefined): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return 0;
  const doc = editor.document;
  let applied = 0;
  // Bounded: each pass applies one action and asks again until nothing is left to fix.
  for (let pass = 0; pass < 20; pass++) {
    const wrong = vscode.languages.getDiagnostics(doc.uri).filter((d) => FIXES.has(codeOf(d) ?? ''));
    if (wrong.length === 0) break;
    const c2p = client.code2ProtocolConverter;
    const actions = (await client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: c2p.asUri(doc.uri) },
      range: c2p.asRange(new vscode.Range(0, 0, doc.lineCount, 0)),
      context: { diagnostics: await c2p.asDiagnostics(wrong), only: ['quickfix'] },
    })) as LspCodeAction[] | null;
    const fixing = (actions ?? []).filter(
      (a) => 'edit' in a && a.edit && (a.diagnostics ?? []).some((d) => FIXES.has(String(d.code))),
    );
    const action = fixing.find((a) => a.isPreferred) ?? fixing[0];
    if (!action?.edit) break;
    const version = doc.version;
    const edit = await client.protocol2CodeConverter.asWorkspaceEdit(action.edit);
    if (!(await vscode.workspace.applyEdit(edit)) || doc.version === version) break;
    applied++;
    // wait for the server to re-analyse before asking again
    await waitForDiagnosticsChange(doc.uri, 3000);
  }
  if (applied === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The operative paragraphs are numbered correctly.'));
  }
  return applied;
}

function waitForDiagnosticsChange(uri: vscode.Uri, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) done();
    });
    function done() {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    }
  });
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}
