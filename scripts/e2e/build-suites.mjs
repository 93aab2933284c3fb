// Bundles the integration suites (test/e2e/suite) into out/e2e/index.js for the extension host.
// `vscode` is provided by the host; mocha is loaded from node_modules at run time.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { ROOT } from './codeServer.mjs';

export async function buildSuites() {
  const outfile = path.join(ROOT, 'out/e2e/index.js');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test/e2e/suite/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await buildSuites());
}
