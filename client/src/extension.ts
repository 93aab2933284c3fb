/**
 * The VS Code client: starts the resolution language server (dist/server.js) over Node IPC for
 * `resolution` documents (and Markdown / plain text when the user opts in), and adds the commands
 * and the status bar item that the LSP alone does not give.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CopyCitationCommand, StatusNotification, WorkspaceTrustedNotification, type StatusParams } from '../../server/src/lsp/protocol';
import { createClient } from './client';
import { compareInDiffEditor, compareWithResolution } from './commands/compare';
import { registerCompareDocuments } from './commands/compareDiff';
import { exportDocx } from './commands/exportDocx';
import { findPrecedent } from './commands/findPrecedent';
import { copyCitation, rebuildIndex } from './commands/misc';
import { openDocumentAsText } from './commands/openDocumentAsText';
import { registerOpenSource } from './commands/openSource';
import { renumber } from './commands/renumber';
import { showReport } from './commands/report';
import { documentSelector, needsRestart } from './settings';
import { IndexingProgress } from './indexingProgress';
import { ResolutionStatusBar } from './statusBar';

let client: LanguageClient | undefined;

/** What tests (and other extensions) can reach through `extension.exports`. */
export interface ResolutionApi {
  client(): LanguageClient | undefined;
  ready(): Promise<void>;
  status(uri: vscode.Uri): StatusParams | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<ResolutionApi> {
  const output = vscode.window.createOutputChannel(vscode.l10n.t('UN Resolution'), { log: true });
  const isServed = (doc: vscode.TextDocument) =>
    vscode.languages.match(documentSelector(), doc) > 0;
  const statusBar = new ResolutionStatusBar(isServed);
  const indexing = new IndexingProgress();
  context.subscriptions.push(output, statusBar, indexing);

  let starting: Promise<void> = Promise.resolve();
  const start = async () => {
    const c = createClient(context, output);
    c.onNotification(StatusNotification, (params: StatusParams) => {
      statusBar.update(params);
      indexing.update(params.indexing);
    });
    client = c;
    await c.start();
  };
  const stop = async () => {
    const c = client;
    client = undefined;
    indexing.dispose();
    if (c) await c.dispose().catch(() => undefined);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('resolution.findPrecedent', () => findPrecedent(context, client, () => statusBar.indexing)),
    vscode.commands.registerCommand('resolution.renumber', () => renumber(client)),
    vscode.commands.registerCommand('resolution.rebuildIndex', () => rebuildIndex(client)),
    vscode.commands.registerCommand('resolution.showReport', () => showReport(client)),
    vscode.commands.registerCommand('resolution.exportDocx', () => exportDocx(client)),
    vscode.commands.registerCommand('resolution.compareWithResolution', () => compareWithResolution(client)),
    vscode.commands.registerCommand('resolution.compareInDiffEditor', (args?: { precedent?: string }) => compareInDiffEditor(client, args)),
    registerCompareDocuments(),
    vscode.commands.registerCommand(CopyCitationCommand, (citation: unknown) => copyCitation(citation)),
    vscode.commands.registerCommand('resolution.openDocumentAsText', (resource?: vscode.Uri) => openDocumentAsText(ensureClient, resource)),
    registerOpenSource(() => ensureClient()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WorkspaceTrustedNotification)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!needsRestart(event) || !client) return;
      starting = starting.then(async () => {
        await stop();
        await start();
        statusBar.render();
      });
    }),
    { dispose: () => void stop() },
  );

  // Activation also happens for any Markdown or plain-text file (the opt-in settings cannot guard
  // activation events): start the server only once there is something it serves.
  const wanted = () => vscode.workspace.textDocuments.some(isServed);
  /** Starts the server at once when it is still waiting for a served document (see below). */
  let startNow: () => void = () => undefined;
  const launch = () =>
    start().catch((err: unknown) => {
      output.error(`Failed to start the language server: ${String(err)}`);
      void vscode.window.showErrorMessage(
        vscode.l10n.t('The UN resolution language server could not start: {0}', String(err)),
      );
    });
  if (wanted()) {
    starting = launch();
  } else {
    starting = new Promise<void>((resolve) => {
      const waiting = [
        vscode.workspace.onDidOpenTextDocument((doc) => isServed(doc) && go()),
        vscode.workspace.onDidChangeConfiguration((e) => needsRestart(e) && wanted() && go()),
      ];
      let started = false;
      const go = () => {
        if (started) return;
        started = true;
        for (const w of waiting) w.dispose();
        void launch().then(resolve);
      };
      startNow = go;
      for (const w of waiting) context.subscriptions.push(w);
    });
  }

  /** The client, started now if no served document has started it yet (a command may come first). */
  const ensureClient = async (): Promise<LanguageClient | undefined> => {
    startNow();
    await starting;
    return client;
  };

  return {
    client: () => client,
    ready: () => starting,
    status: (uri) => statusBar.statusOf(uri),
  };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
