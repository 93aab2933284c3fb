/**
 * The corpus loads through the host it is given (service/host.ts): here an in-memory file
 * system and cache store holding the built-in seeds and four real English resolutions of the
 * `ict` series. It must find what the same files on disk give, persist to and restore from
 * the store, and re-index a changed file, without touching the disk.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus as loadFromDisk } from '../../../server/src/node/loadCorpus';
import { loadCorpus, type Corpus } from '../../../server/src/service/corpus';
import { defaultSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';
import { MemoryCacheStore, MemoryFileSystem, memoryHost } from '../../support/memoryHost';
import { REAL_EN_DIR, skipWithoutRealEn } from '../../support/realEn';

const SEEDS = path.join(__dirname, '../../../seeds');
const CORPUS = ['A-RES-76-189.en.txt', 'A-RES-78-132.en.txt', 'A-RES-79-194.en.txt', 'A-C.2-80-L.17.en.txt'];
const DRAFT = 'A-RES-80-118.en.txt';
const MEM = path.resolve('/in-memory');

/** The seeds and the corpus files, copied into a memory file system. */
function memoryFiles(): MemoryFileSystem {
  const mem = new MemoryFileSystem();
  for (const f of fs.readdirSync(SEEDS)) mem.write(path.join(MEM, 'seeds', f), fs.readFileSync(path.join(SEEDS, f)));
  for (const f of CORPUS) mem.write(path.join(MEM, 'drafts', f), fs.readFileSync(path.join(REAL_EN_DIR, f)));
  return mem;
}

/** What the analysis of the draft finds, without the paths (which differ between disk and memory). */
function findings(corpus: Corpus): unknown[] {
  const settings = defaultSettings();
  const doc = parseDocument(fs.readFileSync(path.join(REAL_EN_DIR, DRAFT), 'utf8'));
  return corpus.index.analyze(doc, settings).map((a) => ({
    label: a.label,
    status: a.status,
    spans: a.spans,
    sources: a.sources.map((s) => ({ symbol: s.symbol, paragraph: s.paragraph, similarity: s.similarity, changes: s.changes })),
  }));
}

describe('corpus: loading through an in-memory host', function () {
  before(function () {
    skipWithoutRealEn(this);
  });

  it('finds the documents and the agreed language the same files on disk give', async () => {
    const host = memoryHost(memoryFiles(), new MemoryCacheStore(), path.join(MEM, 'seeds'));
    const mem = await loadCorpus({ paths: [path.join(MEM, 'drafts')] }, host);
    const disk = await loadFromDisk({ paths: CORPUS.map((f) => path.join(REAL_EN_DIR, f)) });
    assert.deepStrictEqual(mem.warnings, []);
    assert.strictEqual(mem.documents.length, 5 + CORPUS.length);
    const shape = (c: Corpus) => c.documents.map((d) => `${d.meta.symbol ?? d.meta.citation.en}: ${d.paragraphs.length}`).sort();
    assert.deepStrictEqual(shape(mem), shape(disk));
    const found = findings(mem);
    assert.ok(found.filter((f) => (f as { status: string }).status === 'exact').length > 50, 'most of 80/118 is agreed language of its series');
    assert.deepStrictEqual(found, findings(disk));
    assert.ok(host.fs.reads.every((f) => f.startsWith(MEM + path.sep)), 'only the memory files are read');
  });

  it('persists to the host cache store and restores from it without reading the files again', async () => {
    const host = memoryHost(memoryFiles(), new MemoryCacheStore(), path.join(MEM, 'seeds'));
    const options = { paths: [path.join(MEM, 'drafts')], cacheDir: path.join(MEM, 'cache') };
    const first = await loadCorpus(options, host);
    assert.strictEqual(first.stats.parsed, first.stats.files);
    assert.deepStrictEqual([...host.cache.entries.keys()], [first.stats.cacheFile]);
    assert.ok(first.stats.cacheFile!.startsWith(path.join(MEM, 'cache', 'memory-cache') + path.sep), first.stats.cacheFile);

    host.fs.reads.length = 0;
    const second = await loadCorpus(options, host);
    assert.deepStrictEqual(second.warnings, []);
    assert.strictEqual(second.stats.fromCache, second.stats.files);
    assert.ok(second.stats.indexFromCache, 'the index is restored');
    assert.deepStrictEqual(host.fs.reads, [path.join(MEM, 'seeds', 'manifest.json')], 'unchanged files are not read');
    assert.deepStrictEqual(findings(second), findings(first));
  });

  it('re-indexes a changed file and writes a delta to the store', async () => {
    const host = memoryHost(memoryFiles(), new MemoryCacheStore(), path.join(MEM, 'seeds'));
    const options = { paths: [path.join(MEM, 'drafts')], cacheDir: path.join(MEM, 'cache'), saveDelayMs: 0 };
    const corpus = await loadCorpus(options, host);
    const file = path.join(MEM, 'drafts', CORPUS[0]);
    const before = corpus.documentForPath(file)!;
    const text = fs.readFileSync(path.join(REAL_EN_DIR, CORPUS[0]), 'utf8');
    const first = before.paragraphs.find((p) => p.kind === 'operative')!;
    host.fs.write(file, text.replace(first.text, `${first.text} A clause added in memory.`), Date.now());
    assert.deepStrictEqual(await corpus.updateFile(file), []);
    const after = corpus.documentForPath(file)!;
    assert.notStrictEqual(after, before);
    assert.ok(after.paragraphs.some((p) => p.text.endsWith('A clause added in memory.')));
    assert.strictEqual(corpus.lastPersist, 'delta');
    assert.ok([...host.cache.entries.keys()].some((k) => k.endsWith('.delta.bin')));

    host.fs.remove(file);
    assert.deepStrictEqual(await corpus.updateFile(file), []);
    assert.strictEqual(corpus.documentForPath(file), undefined, 'a file gone from the host is dropped');
  });
});
