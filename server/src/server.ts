/**
 * The resolution language server. Start it with `--stdio` (any LSP editor:
 * `resolution-language-server --stdio`) or `--node-ipc` (the VS Code client).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

process.on('uncaughtException', (e) => {
  // Keep serving: log to stderr (stdout may be the LSP channel).
  process.stderr.write(`[resolution] uncaught: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
});
process.on('unhandledRejection', (e) => {
  process.stderr.write(`[resolution] unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
});

// Without a transport flag, talk over stdio (`resolution-language-server` alone in an editor's config).
if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)(=|$)/.test(a))) process.argv.push('--stdio');

startServer(createConnection(ProposedFeatures.all));
