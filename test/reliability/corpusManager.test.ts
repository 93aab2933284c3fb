/**
 * Issue 7, item 7, in the language server: a settings change cancels the running corpus load
 * (setting the folders back to [] no longer waits for a whole load), and progress is reported
 * during the folder walk, not only while parsing.
 */
import * as assert from 'assert';
import type { ClientCapabilities, Connection } from 'vscode-languageserver/node';
import { CorpusManager } from '../../server/src/lsp/corpusManager';
import { resolveSettings, sameCorpusOptions } from '../../server/src/lsp/settings';
import { DEFAULT_MAX_FILES, DEFAULT_MAX_TOTAL_BYTES } from '../../server/src/service/corpus/files';
import manifest from '../../package.json';
import { tempDir } from '../support/tempDir';
import { writeTree } from './support/tree';

interface Report {
  kind: 'begin' | 'report' | 'done';
  message?: string;
}

function fakeConnection(reports: Report[]): Connection {
  return {
    window: {
      createWorkDoneProgress: async () => ({
        begin: (_title: string, _pct?: number, message?: string) => reports.push({ kind: 'begin', message }),
        report: (a: number | string, b?: string) => reports.push({ kind: 'report', message: typeof a === 'string' ? a : b }),
        done: () => reports.push({ kind: 'done' }),
      }),
    },
    client: { register: () => Promise.resolve({ dispose() {} }) },
  } as unknown as Connection;
}

describe('reliability: the language server cancels and reports corpus loads', function () {
  this.timeout(120_000);
  let tmp: ReturnType<typeof tempDir>;
  const managers: CorpusManager[] = [];
  before(() => {
    tmp = tempDir('reliability-manager-');
    writeTree(tmp.dir, 400, 1);
  });
  after(() => {
    for (const m of managers) m.dispose();
    tmp.remove();
  });

  it('a settings change cancels the running load; the folders set back to [] give the empty corpus', async () => {
    const reports: Report[] = [];
    const log: string[] = [];
    const m = new CorpusManager(fakeConnection(reports), () => ({}) as ClientCapabilities, () => {}, (msg) => log.push(msg));
    managers.push(m);
    const big = m.load({ folders: [tmp.dir], includeBuiltIn: false });
    // Let the walk start, then change the settings.
    for (let i = 0; i < 200 && !reports.some((r) => r.kind === 'report'); i++) await new Promise((r) => setTimeout(r, 5));
    const empty = m.load({ folders: [], includeBuiltIn: false });
    await Promise.all([big, empty]);
    assert.ok(log.some((l) => /cancel/i.test(l)), `the first load was cancelled: ${log.join(' | ')}`);
    assert.strictEqual(m.documents, 0);
    assert.strictEqual(m.indexing, false);
  });

  it('reports progress during the folder walk, before parsing starts', async () => {
    const reports: Report[] = [];
    const m = new CorpusManager(fakeConnection(reports), () => ({}) as ClientCapabilities, () => {}, () => {});
    managers.push(m);
    await m.load({ folders: [tmp.dir], includeBuiltIn: false });
    assert.strictEqual(m.documents, 400);
    const messages = reports.filter((r) => r.kind === 'report').map((r) => r.message ?? '');
    const firstParse = messages.findIndex((t) => /^\d+\/\d+(?: .*)?$/.test(t));
    assert.ok(firstParse > 0, messages.slice(0, 5).join(' | '));
    assert.ok(messages.slice(0, firstParse).some((t) => /\d+/.test(t)), `walk progress: ${messages.slice(0, firstParse).join(' | ')}`);
  });
});

describe('reliability: the corpus limits are settings', () => {

  it('reads resolution.corpus.maxFiles and maxTotalMB, ignoring what is not a positive whole number', () => {
    const s = resolveSettings({ corpus: { folders: ['/x'], maxFiles: 50, maxTotalMB: 3 } }, 'en');
    assert.deepStrictEqual(s.corpusLimits, { maxFiles: 50, maxTotalBytes: 3 * 1024 * 1024 });
    for (const bad of [0, -1, 1.5, '10', null, Infinity]) {
      assert.deepStrictEqual(resolveSettings({ corpus: { maxFiles: bad, maxTotalMB: bad } }, 'en').corpusLimits, { maxFiles: undefined, maxTotalBytes: undefined });
    }
    const other = resolveSettings({ corpus: { folders: ['/x'], maxFiles: 51, maxTotalMB: 3 } }, 'en');
    assert.ok(!sameCorpusOptions(s, other), 'a new limit reloads the corpus');
  });

  it('package.json declares both settings with the corpus defaults', () => {
    const props = manifest.contributes.configuration.properties as Record<string, { default?: unknown }>;
    assert.strictEqual(props['resolution.corpus.maxFiles'].default, DEFAULT_MAX_FILES);
    assert.strictEqual(props['resolution.corpus.maxTotalMB'].default, DEFAULT_MAX_TOTAL_BYTES / 1024 / 1024);
  });
});
