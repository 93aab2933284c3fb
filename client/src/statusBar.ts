import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

/** Shows the active draft's agreed-language share and problem count, from `resolution/status`. */
export class ResolutionStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly byUri = new Map<string, StatusParams>();
  private corpus: { documents: number; indexing: boolean } = { documents: 0, indexing: false };
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly isServed: (doc: vscode.TextDocument) => boolean) {
    this.item = vscode.window.createStatusBarItem('resolution.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('UN Resolution');
    this.item.command = 'resolution.showReport';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.byUri.delete(doc.uri.toString())),
    );
    this.render();
  }

  update(status: StatusParams): void {
    this.corpus = { documents: status.corpusDocuments, indexing: status.indexing };
    if (status.uri) this.byUri.set(normalise(status.uri), status);
    this.render();
  }

  /** True while the server reports that the corpus is (re)loading. */
  get indexing(): boolean {
    return this.corpus.indexing;
  }

  /** The status last reported for a document (for tests and commands). */
  statusOf(uri: vscode.Uri): StatusParams | undefined {
    return this.byUri.get(normalise(uri.toString()));
  }

  render(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.isServed(editor.document)) {
      this.item.hide();
      return;
    }
    const status = this.statusOf(editor.document.uri);
    if (this.corpus.indexing) {
      this.item.text = `$(sync~spin) ${vscode.l10n.t('Indexing precedents…')}`;
    } else if (!status) {
      this.item.text = `$(law) ${vscode.l10n.t('Resolution')}`;
    } else {
      const share = Math.round(status.agreedShare * 100);
      this.item.text = `$(law) ${vscode.l10n.t('{0}% agreed', share)}  $(warning) ${status.problems}`;
    }
    const documents = this.corpus.documents === 1
      ? vscode.l10n.t('1 precedent document')
      : vscode.l10n.t('{0} precedent documents', this.corpus.documents);
    this.item.tooltip = status
      ? vscode.l10n.t(
          '{0}% of the paragraphs are agreed language; {1}; {2}. Click for the report.',
          Math.round(status.agreedShare * 100),
          status.problems === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', status.problems),
          documents,
        )
      : documents;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function normalise(uri: string): string {
  return vscode.Uri.parse(uri).toString();
}
