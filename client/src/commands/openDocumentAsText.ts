import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExtractDocumentRequest, type ExtractDocumentParams, type ExtractDocumentResult } from '../../../server/src/lsp/protocol';

/** What each reader warning means, for the person who opened the file. */
function describe(w: ExtractDocumentResult['warnings'][number]): string {
  switch (w.code) {
    case 'encrypted':
      return vscode.l10n.t('The file is password-protected: remove the password in Word or Acrobat and try again.');
    case 'damaged':
      return vscode.l10n.t('The file is damaged or not a Word/PDF document ({0}).', w.detail ?? '');
    case 'timeout':
      return vscode.l10n.t('Reading the file took too long and was stopped.');
    case 'too-large':
      return vscode.l10n.t('The file is too large to read safely ({0}).', w.detail ?? '');
    case 'macros-ignored':
      return vscode.l10n.t('The document contains macros; they were neither run nor read.');
    case 'no-text-layer':
      return vscode.l10n.t('Some pages have no text layer (scanned images); their text is missing.');
    case 'skipped-content':
      return vscode.l10n.t('Some content was read flat or left out: {0}.', w.detail ?? '');
    case 'unsupported':
      return vscode.l10n.t('This kind of file cannot be read yet ({0}).', w.detail ?? '');
    default:
      return w.detail ?? w.code;
  }
}

/** Where the text goes: an untitled `name.resolution` beside a local file (saving puts it there), else plain untitled. */
function targetFor(source: vscode.Uri): vscode.Uri | undefined {
  if (source.scheme !== 'file') return undefined;
  const base = source.path.replace(/\.(docx?|pdf)$/i, '');
  return vscode.Uri.file(`${base}.resolution`).with({ scheme: 'untitled' });
}

/**
 * `resolution.openDocumentAsText`: a Word or PDF file (the one clicked in the explorer, or one
 * chosen in a dialog) read by the language server and opened as a `resolution` document, so
 * every check and hover works on it. Resolves to the opened document.
 */
export async function openDocumentAsText(
  ensureClient: () => Promise<LanguageClient | undefined>,
  resource?: vscode.Uri,
): Promise<vscode.TextDocument | undefined> {
  let source = resource instanceof vscode.Uri ? resource : undefined;
  if (!source) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: vscode.l10n.t('Open as Resolution Text'),
      filters: { [vscode.l10n.t('Word and PDF documents')]: ['docx', 'doc', 'pdf'] },
    });
    source = picked?.[0];
  }
  if (!source) return undefined;
  const client = await ensureClient();
  if (!client) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The UN resolution language server is not running.'));
    return undefined;
  }
  const name = source.path.split('/').pop() ?? source.toString();
  const params: ExtractDocumentParams = { uri: source.toString() };
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading {0}…', name) },
    async () => {
      // The server reads local files itself; other file systems' bytes are sent along.
      if (source!.scheme !== 'file') params.base64 = Buffer.from(await vscode.workspace.fs.readFile(source!)).toString('base64');
      return client.sendRequest<ExtractDocumentResult>(ExtractDocumentRequest, params);
    },
  );
  const notes = result.warnings.map(describe);
  if (!result.text) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} could not be read: {1}', name, notes.join(' ') || result.format));
    return undefined;
  }
  const doc = await openUntitled(source, result.text);
  await vscode.window.showTextDocument(doc, { preview: false });
  if (notes.length) void vscode.window.showWarningMessage(vscode.l10n.t('{0} was read with notes: {1}', name, notes.join(' ')));
  return doc;
}

async function openUntitled(source: vscode.Uri, text: string): Promise<vscode.TextDocument> {
  const target = targetFor(source);
  if (target) {
    try {
      const doc = await vscode.workspace.openTextDocument(target);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(target, new vscode.Range(0, 0, doc.lineCount, 0), text);
      if (await vscode.workspace.applyEdit(edit)) return vscode.languages.setTextDocumentLanguage(doc, 'resolution');
    } catch {
      // fall back to a plain untitled document
    }
  }
  return vscode.workspace.openTextDocument({ language: 'resolution', content: text });
}
