import * as vscode from 'vscode';

/**
 * `resolution.renumber`: applies the server's renumbering code actions (those fixing
 * `paragraph-numbering` diagnostics) to the active draft. Resolves to the number of edits applied.
 */
export async function renumber(): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return 0;
  const doc = editor.document;
  let applied = 0;
  // Each pass applies one action (preferring one that renumbers the whole document) and asks again,
  // since fixes computed against the old text may not apply to the new one. Bounded.
  for (let pass = 0; pass < 100; pass++) {
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        whole,
      )) ?? [];
    const renumbering = actions.filter((a): a is vscode.CodeAction => !isCommand(a) && isRenumberAction(a));
    if (renumbering.length === 0) break;
    const action = renumbering.find((a) => (a.edit?.size ?? 0) > 0 && (a.edit?.entries()[0]?.[1].length ?? 0) > 1) ?? renumbering[0];
    const version = doc.version;
    if (action.edit) await vscode.workspace.applyEdit(action.edit);
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    if (doc.version === version) break; // nothing changed: stop rather than loop
    applied++;
  }
  if (applied === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The operative paragraphs are numbered correctly.'));
  }
  return applied;
}

function isCommand(a: vscode.CodeAction | vscode.Command): a is vscode.Command {
  return typeof (a as vscode.Command).command === 'string';
}

function isRenumberAction(a: vscode.CodeAction): boolean {
  if (a.kind && /renumber/i.test(a.kind.value)) return true;
  return (a.diagnostics ?? []).some((d) => codeOf(d) === 'paragraph-numbering');
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}
