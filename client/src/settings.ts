import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../server/src/lsp/protocol';

/** The document selectors the client serves, following the opt-in settings for Markdown and plain text. */
export function documentSelector(): { scheme?: string; language: string }[] {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const languages = ['resolution'];
  if (config.get<boolean>('enableInMarkdown', false)) languages.push('markdown');
  if (config.get<boolean>('enableInPlainText', false)) languages.push('plaintext');
  const schemes = ['file', 'untitled', 'vscode-remote'];
  return languages.flatMap((language) => schemes.map((scheme) => ({ scheme, language })));
}

/** Settings whose change needs the client restarted (the selectors are fixed at start). */
export function needsRestart(event: vscode.ConfigurationChangeEvent): boolean {
  return (
    event.affectsConfiguration(`${SETTINGS_SECTION}.enableInMarkdown`) ||
    event.affectsConfiguration(`${SETTINGS_SECTION}.enableInPlainText`) ||
    // Restricted Mode: the server takes the user's corpus folders from initializationOptions only.
    (!vscode.workspace.isTrusted && event.affectsConfiguration(`${SETTINGS_SECTION}.corpus.folders`))
  );
}

/** The `resolution` settings as a plain object, for initializationOptions. */
export function settingsSnapshot(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return {
    corpus: config.get('corpus'),
    thresholds: config.get('thresholds'),
    severity: config.get('severity'),
    locale: config.get('locale'),
    checks: config.get('checks'),
    diagnostics: config.get('diagnostics'),
  };
}
