/**
 * Issue 7, item 7 (a folder that is too big) and item 10 (a folder where a corpus file was):
 * the folder walk is cancellable and reports progress, stops at limits on file count and
 * total size with a message naming the setting, and skips system folders.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { formatCorpusWarning } from '../../server/src/service/corpus';
import { loadCorpus } from '../../server/src/node/loadCorpus';
import { collectFiles, isSystemFolder, readCorpusFile } from '../../server/src/service/corpus/files';
import { nodeFileSystem } from '../../server/src/node/nodeFileSystem';
import { run } from '../unit/cli/helpers';
import { tempDir } from '../support/tempDir';
import { smallResolution, writeTree } from './support/tree';

const SEED = path.join(__dirname, '../../seeds/001_8d8e352413f896fa.txt');
const SEED2 = path.join(__dirname, '../../seeds/004_4510d16fedc8d16d.txt');

describe('reliability: corpus folders', function () {
  this.timeout(120_000);
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir('reliability-folders-');
  });
  afterEach(() => tmp.remove());

  it('stops at the file-count limit, loads what it found and names the setting to raise it', async () => {
    writeTree(tmp.dir, 10, 4); // 40 files
    const corpus = await loadCorpus({ paths: [tmp.dir], includeBuiltIn: false, maxFiles: 12 });
    assert.strictEqual(corpus.stats.files, 12);
    assert.strictEqual(corpus.documents.length, 12);
    const w = corpus.warnings.find((x) => x.code === 'too-many-files');
    assert.ok(w, JSON.stringify(corpus.warnings));
    const en = formatCorpusWarning('en', w);
    assert.match(en, /12/);
    assert.match(en, /resolution\.corpus\.maxFiles/);
    assert.match(en, /--corpus-max-files/);
    assert.match(formatCorpusWarning('zh', w), /resolution\.corpus\.maxFiles/);
  });

  it('stops at the total-size limit', async () => {
    writeTree(tmp.dir, 10, 4);
    const one = Buffer.byteLength(smallResolution(10), 'utf8');
    const corpus = await loadCorpus({ paths: [tmp.dir], includeBuiltIn: false, maxTotalBytes: one * 5 });
    assert.ok(corpus.documents.length >= 4 && corpus.documents.length <= 5, String(corpus.documents.length));
    const w = corpus.warnings.find((x) => x.code === 'corpus-too-large');
    assert.ok(w, JSON.stringify(corpus.warnings));
    assert.match(formatCorpusWarning('en', w), /resolution\.corpus\.maxTotalMB/);
    assert.match(formatCorpusWarning('en', w), /--corpus-max-mb/);
  });

  it('reports progress while walking folders, before any file is parsed', async () => {
    writeTree(tmp.dir, 300, 1);
    const events: string[] = [];
    await loadCorpus({
      paths: [tmp.dir],
      includeBuiltIn: false,
      onListing: (folders, files) => events.push(`list ${folders} ${files}`),
      onProgress: (done, total) => events.push(`parse ${done}/${total}`),
    });
    const firstParse = events.findIndex((e) => e.startsWith('parse'));
    const listings = events.slice(0, firstParse).filter((e) => e.startsWith('list'));
    assert.ok(listings.length >= 3, `walk progress: ${listings.join(', ')}`);
    const counts = listings.map((e) => Number(e.split(' ')[1]));
    assert.deepStrictEqual(counts, [...counts].sort((a, b) => a - b), 'folder counts grow');
  });

  it('a cancelled load stops walking and returns no corpus documents', async () => {
    writeTree(tmp.dir, 600, 1);
    const controller = new AbortController();
    let lastFolders = 0;
    const corpus = await loadCorpus({
      paths: [tmp.dir],
      includeBuiltIn: false,
      signal: controller.signal,
      onListing: (folders) => {
        lastFolders = folders;
        controller.abort();
      },
    });
    assert.strictEqual(corpus.cancelled, true);
    assert.strictEqual(corpus.documents.length, 0);
    assert.ok(lastFolders > 0 && lastFolders < 300, `walk went on to ${lastFolders} folders`);
  });

  it('a load cancelled while parsing stops too', async () => {
    writeTree(tmp.dir, 10, 5);
    const controller = new AbortController();
    let parsedBeforeAbort = 0;
    const corpus = await loadCorpus({
      paths: [tmp.dir],
      includeBuiltIn: false,
      signal: controller.signal,
      onProgress: (done) => {
        parsedBeforeAbort = done;
        if (done === 3) controller.abort();
      },
    });
    assert.strictEqual(corpus.cancelled, true);
    assert.strictEqual(parsedBeforeAbort, 3);
  });

  it('knows the system folders of Linux, macOS and Windows, and not /tmp or a home folder', () => {
    for (const p of ['/proc', '/sys', '/dev', '/run', '/usr', '/bin', '/lib', '/etc', '/var', '/boot', '/snap', '/sbin', '/lib64']) {
      assert.ok(isSystemFolder(p, 'linux'), p);
    }
    assert.ok(isSystemFolder('/System', 'darwin'));
    assert.ok(isSystemFolder('C:\\Windows', 'win32'));
    assert.ok(isSystemFolder('c:\\windows', 'win32'));
    assert.ok(isSystemFolder('C:\\Program Files', 'win32'));
    for (const p of ['/tmp', '/home/user', '/home/user/usr', '/', os_tmp()]) assert.ok(!isSystemFolder(p, 'linux'), p);
  });

  it('the walk skips system folders (and node_modules, .git) with a note, but reads the rest', async () => {
    const sys = path.join(tmp.dir, 'usr');
    fs.mkdirSync(path.join(sys, 'share'), { recursive: true });
    fs.writeFileSync(path.join(sys, 'share', 'a.txt'), smallResolution(1));
    fs.mkdirSync(path.join(tmp.dir, 'node_modules'));
    fs.writeFileSync(path.join(tmp.dir, 'node_modules', 'b.txt'), smallResolution(2));
    fs.mkdirSync(path.join(tmp.dir, 'home'));
    fs.writeFileSync(path.join(tmp.dir, 'home', 'c.txt'), smallResolution(3));
    const warnings: Parameters<typeof collectFiles>[2] = [];
    const found = await collectFiles(nodeFileSystem, [tmp.dir], warnings, { systemFolders: [sys] });
    assert.deepStrictEqual(found.files.map((f) => path.relative(tmp.dir, f.path)), [path.join('home', 'c.txt')]);
    assert.ok(warnings.some((w) => w.code === 'system-folder-skipped' && w.path === sys), JSON.stringify(warnings));
  });

  it('a folder where a corpus file was is not "neither a file nor a folder": its files are read', async () => {
    const file = path.join(tmp.dir, 'a.txt');
    fs.copyFileSync(SEED, file);
    const corpus = await loadCorpus({ paths: [tmp.dir], includeBuiltIn: false });
    assert.strictEqual(corpus.documents.length, 1);
    fs.rmSync(file);
    fs.mkdirSync(file);
    fs.copyFileSync(SEED2, path.join(file, 'inner.txt'));
    const warnings = await corpus.updateFile(file);
    assert.ok(!warnings.some((w) => w.code === 'not-a-file'), JSON.stringify(warnings));
    assert.ok(!corpus.warnings.some((w) => w.code === 'not-a-file'), JSON.stringify(corpus.warnings));
    assert.ok(!corpus.documentForPath(file), 'the old document is gone');
    assert.ok(corpus.documentForPath(path.join(file, 'inner.txt')), 'the folder is read');
    const direct = readCorpusFile(nodeFileSystem, file, 1e6);
    assert.ok(!direct.ok && direct.warning.code !== 'not-a-file');
    assert.match(formatCorpusWarning('en', direct.ok ? never() : direct.warning), /folder/);
  });
});

function os_tmp(): string {
  return require('os').tmpdir();
}

function never(): never {
  throw new Error('unreachable');
}

describe('reliability: the corpus limits on the command line', () => {
  it('--corpus-max-files and --corpus-max-mb reach the corpus loader; a bad value is a usage error', async () => {
    const r = await run(['--corpus-max-files', '20', '--corpus-max-mb=3', '--no-cache', 'seeds/000_1ed030a242e859ae.txt']);
    assert.strictEqual(r.corpusOptions[0].maxFiles, 20);
    assert.strictEqual(r.corpusOptions[0].maxTotalBytes, 3 * 1024 * 1024);
    const bad = await run(['--corpus-max-files', 'many', 'x.md']);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /--corpus-max-files/);
  });
});
