// Bundles the extension client, the language server, the CLI and the benchmark with esbuild.
// One bundle each, CommonJS, for Node 20 (the editor's own runtime); `vscode` stays external.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const entries = [
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'] },
  { in: 'server/src/server.ts', out: 'server' },
  // Parses corpus files in worker threads for the server, the CLI and the benchmark (same folder).
  { in: 'server/src/node/corpusWorker.ts', out: 'corpusWorker' },
  // Parses large documents off the language server's main thread (server/src/lsp/scheduler.ts).
  { in: 'server/src/lsp/analysisWorker.ts', out: 'analysisWorker' },
  { in: 'server/src/cli/resolution-lint.ts', out: 'cli' },
  { in: 'server/src/cli/export.ts', out: 'export' },
  { in: 'test/bench/bench.ts', out: 'bench' },
];

await Promise.all(
  entries.map((e) =>
    esbuild.build({
      entryPoints: [e.in],
      outfile: `dist/${e.out}.js`,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: e.external ?? [],
      sourcemap: !production,
      minify: production,
      logLevel: 'warning',
    }),
  ),
);
