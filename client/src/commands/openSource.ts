import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OpenSourceCommand, SOURCE_SCHEME, SourceTextRequest, type SourceTextParams, type SourceTextResult } from '../../../server/src/lsp/sourceTextProtocol';

/**
 * "Open source" (the hover link on agreed language read from a PDF or Word precedent): the text
 * the server read from that file, in a read-only editor (a `resolution-source:` virtual document),
 * with the cited paragraph selected and in view.
 *
 * URI: `resolution-source:/<file path>.txt?<paragraph index>`; the provider asks the server for
 * the text (`resolution/sourceText`) and remembers the paragraph's range for the reveal.
 */
export class SourceTextProvider implements vscode.TextDocumentContentProvider {
  private readonly results = new Map<string, SourceTextResult>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly ensureClient: () => Promise<LanguageClient | undefined>) {}

  static uriFor(params: SourceTextParams): vscode.Uri {
    return vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `${params.path}.txt`, query: params.paragraph === undefined ? '' : String(params.paragraph) });
  }

  static paramsOf(uri: vscode.Uri): SourceTextParams {
    const paragraph = /^\d+$/.test(uri.query) ? Number(uri.query) : undefined;
    return { path: uri.path.replace(/\.txt$/, ''), ...(paragraph !== undefined ? { paragraph } : {}) };
  }

  async fetch(uri: vscode.Uri): Promise<SourceTextResult> {
    const client = await this.ensureClient();
    if (!client) throw new Error(vscode.l10n.t('The UN resolution language server is not running.'));
    const r = await client.sendRequest<SourceTextResult>(SourceTextRequest, SourceTextProvider.paramsOf(uri));
    this.results.set(uri.toString(), r);
    return r;
  }

  result(uri: vscode.Uri): SourceTextResult | undefined {
    return this.results.get(uri.toString());
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    return (this.result(uri) ?? (await this.fetch(uri))).text;
  }

  dispose(): void {
    this.changed.dispose();
    this.results.clear();
  }
}

/** `resolution.openSource` ({path, paragraph}): opens the source's text at the paragraph. */
export async function openSource(provider: SourceTextProvider, arg: unknown): Promise<vscode.TextEditor | undefined> {
  const a = (Array.isArray(arg) ? arg[0] : arg) as Partial<SourceTextParams> | undefined;
  if (!a || typeof a.path !== 'string') return undefined;
  const uri = SourceTextProvider.uriFor({ path: a.path, ...(typeof a.paragraph === 'number' ? { paragraph: a.paragraph } : {}) });
  let result: SourceTextResult;
  try {
    result = await provider.fetch(uri);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The source could not be opened: {0}', e instanceof Error ? e.message : String(e)));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  const r = result.range;
  const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  const editor = await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
  return editor;
}

/** The provider and the command, as one disposable (registered by extension.ts). */
export function registerOpenSource(ensureClient: () => Promise<LanguageClient | undefined>): vscode.Disposable {
  const provider = new SourceTextProvider(ensureClient);
  return vscode.Disposable.from(
    provider,
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, provider),
    vscode.commands.registerCommand(OpenSourceCommand, (arg: unknown) => openSource(provider, arg)),
  );
}
