import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { SETTINGS_SECTION } from '../../server/src/lsp/protocol';
import { isLocale, localeFromTag, type Locale } from '../../server/src/service/i18n/locale';
import { OpenSourceCommand } from '../../server/src/lsp/sourceTextProtocol';
import { documentSelector, settingsSnapshot } from './settings';

export const CLIENT_ID = 'resolution';

/** Creates (does not start) the language client for dist/server.js over Node IPC. */
export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { configurationSection: SETTINGS_SECTION },
    // The editor's display language, so that server messages follow it when `resolution.locale` is auto.
    // cacheDir: the server persists the corpus index there, so reopening an unchanged corpus is fast.
    initializationOptions: {
      ...settingsSnapshot(),
      editorLanguage: vscode.env.language,
      locale: initLocale(),
      cacheDir: vscode.Uri.joinPath(context.globalStorageUri, 'corpus-index').fsPath,
      // Restricted Mode: the server then ignores corpus folders from workspace settings (the user's own stay).
      workspaceTrusted: vscode.workspace.isTrusted,
      userCorpusFolders: vscode.workspace.getConfiguration(SETTINGS_SECTION).inspect<string[]>('corpus.folders')?.globalValue ?? [],
    },
    outputChannel: output,
    diagnosticCollectionName: 'resolution',
    // Hovers may carry one command link, "open source" (agreed language read from a PDF or Word file).
    markdown: { isTrusted: { enabledCommands: [OpenSourceCommand] } },
  };
  return new LanguageClient(CLIENT_ID, vscode.l10n.t('UN Resolution Language Server'), serverOptions, clientOptions);
}

/** `resolution.locale` resolved against the editor's language ("auto" → zh for zh-*, fr for fr-*, … else en). */
export function initLocale(): Locale {
  const setting = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>('locale', 'auto');
  return isLocale(setting) ? setting : localeFromTag(vscode.env.language);
}
