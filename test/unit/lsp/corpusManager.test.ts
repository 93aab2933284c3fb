/**
 * The language server's corpus manager writes the pending changes of a
 * persisted corpus when it shuts down and when it replaces the corpus, so a
 * change made just before closing the editor is in the cache at the next start.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { FileChangeType, type ClientCapabilities, type Connection } from 'vscode-languageserver/node';
import { CorpusManager } from '../../../server/src/lsp/corpusManager';
import { makeTempDir, removeTempDir } from '../../support/tempDir';

const SEED = path.join(__dirname, '../../../seeds/001_8d8e352413f896fa.txt');

/** Just what the manager calls on the connection: no progress, no dynamic registration. */
const connection = {
  window: { createWorkDoneProgress: () => Promise.reject(new Error('no progress')) },
  client: { register: () => Promise.resolve({ dispose() {} }) },
} as unknown as Connection;

/** Delta files in the cache's own subfolder of `dir`. */
const deltas = (dir: string) => {
  const own = path.join(dir, 'resolution-lint-cache');
  return fs.existsSync(own) ? fs.readdirSync(own).filter((f) => f.endsWith('.delta.bin')) : [];
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('lsp/CorpusManager: the corpus is saved on shutdown and when replaced', function () {
  this.timeout(60_000);
  let dir: string;
  let folder: string;
  let cache: string;
  const managers: CorpusManager[] = [];

  beforeEach(() => {
    dir = makeTempDir('corpus-manager-');
    folder = path.join(dir, 'precedents');
    cache = path.join(dir, 'cache');
    fs.mkdirSync(folder);
    fs.mkdirSync(cache);
    fs.copyFileSync(SEED, path.join(folder, 'a.txt'));
  });
  afterEach(() => {
    for (const m of managers.splice(0)) m.dispose();
    removeTempDir(dir);
  });

  /** A manager with a loaded, persisted corpus and one changed file waiting to be saved. */
  async function withPendingChange(): Promise<CorpusManager> {
    const m = new CorpusManager(connection, () => ({}) as ClientCapabilities, () => {}, () => {});
    managers.push(m);
    const config = { folders: [folder], includeBuiltIn: false, cacheDir: cache };
    await m.load(config);
    assert.strictEqual(m.documents, 1);
    const added = path.join(folder, 'b.txt');
    fs.writeFileSync(added, fs.readFileSync(SEED, 'utf8').replace(/信息和通信技术/g, '数字技术'));
    m.onWatchedFiles([{ uri: pathToFileURL(added).toString(), type: FileChangeType.Created }]);
    // The file is re-indexed after a short debounce; the save waits longer (2 s).
    for (let i = 0; i < 100 && m.documents < 2; i++) await wait(50);
    assert.strictEqual(m.documents, 2);
    assert.deepStrictEqual(deltas(cache), [], 'not saved yet: the save is still pending');
    return m;
  }

  it('shutdown writes the pending delta', async () => {
    const m = await withPendingChange();
    m.dispose();
    assert.strictEqual(deltas(cache).length, 1);
  });

  it('loading a new corpus writes the pending delta of the one it replaces, and the new one starts from it', async () => {
    const m = await withPendingChange();
    await m.load({ folders: [folder], includeBuiltIn: false, cacheDir: cache });
    assert.strictEqual(deltas(cache).length, 1);
    assert.strictEqual(m.documents, 2);
  });
});
