import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'un-drafting-tools.un-resolution-drafting';

export interface ResolutionApi {
  client(): unknown;
  ready(): Promise<void>;
  status(uri: vscode.Uri): { agreedShare: number; problems: number; corpusDocuments: number; indexing: boolean } | undefined;
}

export async function extensionApi(): Promise<ResolutionApi> {
  const ext = vscode.extensions.getExtension<ResolutionApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  // Activation alone does not start the server until a draft is open: open() waits for that.
  return ext.isActive ? ext.exports : await ext.activate();
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const ext = vscode.extensions.getExtension<ResolutionApi>(EXTENSION_ID);
  if (ext?.isActive) await ext.exports.ready();
  return editor;
}

/** Writes a file into the workspace and opens it. */
export async function writeAndOpen(name: string, text: string): Promise<vscode.TextEditor> {
  await vscode.workspace.fs.writeFile(workspaceFile(name), Buffer.from(text, 'utf8'));
  return open(name);
}

export async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 30000,
): Promise<T> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

export function diagnostics(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source !== undefined || true).filter((d) => !code || codeOf(d) === code);
}

export async function waitForDiagnostic(uri: vscode.Uri, code: string, timeoutMs = 30000): Promise<vscode.Diagnostic> {
  return waitFor(() => diagnostics(uri, code)[0], `a ${code} diagnostic on ${uri.path}`, timeoutMs);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('resolution').update(key, value, vscode.ConfigurationTarget.Global);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
