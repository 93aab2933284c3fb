import * as vscode from 'vscode';

/**
 * A progress notification while the server (re)indexes a large precedent corpus. The server reports
 * `indexing` in `resolution/status`; the notification appears only when indexing lasts longer than
 * `delayMs`, so the quick load of the built-in corpus does not flash one at every start.
 * (vscode-languageclient shows the server's workDoneProgress in the status bar as well.)
 */
export class IndexingProgress implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;
  private finish: (() => void) | undefined;

  constructor(private readonly delayMs = 1000) {}

  update(indexing: boolean): void {
    if (indexing) {
      if (!this.timer && !this.finish) this.timer = setTimeout(() => this.show(), this.delayMs);
    } else {
      this.dispose();
    }
  }

  private show(): void {
    this.timer = undefined;
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Indexing precedents…') },
      () => new Promise<void>((resolve) => (this.finish = resolve)),
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.finish?.();
    this.finish = undefined;
  }
}
