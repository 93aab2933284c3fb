/**
 * The language service reaches files, the cache and worker threads only through the host it is
 * given (service/host.ts; issue 10 §3): no Node I/O module and no environment variable is used
 * in server/src/service. The Node implementations are in server/src/node/.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, sourceFiles, specifiersOf } from '../../support/importGraph';

/** Node modules that do I/O or run code elsewhere: the host's business. */
const FORBIDDEN = ['fs', 'fs/promises', 'worker_threads', 'v8', 'child_process'];

/**
 * Files allowed to use one anyway, each with the reason. Empty today: keep it that way, or say
 * here why a file cannot take its I/O from the host.
 */
const ALLOWED: Record<string, { uses: string[]; reason: string }> = {};

/** What a file uses that it should not: forbidden module names, and `process.env`. */
function violations(file: string): string[] {
  const out = specifiersOf(file)
    .map((s) => s.replace(/^node:/, ''))
    .filter((s) => FORBIDDEN.includes(s));
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  if (/\bprocess\s*\.\s*env\b|\bprocess\s*\[\s*['"]env['"]\s*\]/.test(text)) out.push('process.env');
  return [...new Set(out)];
}

describe('architecture: the service does its I/O through the host', () => {
  it('no file in server/src/service imports fs, fs/promises, worker_threads, v8 or child_process, or reads process.env', () => {
    const found: string[] = [];
    for (const file of sourceFiles('server/src/service')) {
      const allowed = ALLOWED[file]?.uses ?? [];
      const bad = violations(file).filter((v) => !allowed.includes(v));
      if (bad.length) found.push(`${file}: ${bad.join(', ')}`);
    }
    assert.deepStrictEqual(found, [], `move this I/O to server/src/node/ behind service/host.ts:\n${found.join('\n')}`);
  });

  it("the check sees what it looks for (the Node host's own files use them)", () => {
    assert.deepStrictEqual(violations('server/src/node/nodeWorkerPool.ts').sort(), ['fs', 'process.env', 'worker_threads']);
    assert.deepStrictEqual(violations('server/src/node/nodeCacheStore.ts').sort(), ['fs', 'v8']);
  });

  it('the service never imports the Node host', () => {
    const found = sourceFiles('server/src/service').filter((file) => specifiersOf(file).some((s) => /(^|\/)node\//.test(s) && s.startsWith('.')));
    assert.deepStrictEqual(found, []);
  });
});
