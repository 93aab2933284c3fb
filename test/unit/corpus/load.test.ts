import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from '../../../server/src/service/parser';
import { formatCorpusWarning, type Corpus, type CorpusWarning } from '../../../server/src/service/corpus';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import { resolveSeedsDir } from '../../../server/src/node/seedsDir';
import { makeTempDir, removeTempDir, withTempDir } from '../../support/tempDir';

const SEEDS = path.join(__dirname, '../../../seeds');
const manifest = JSON.parse(fs.readFileSync(path.join(SEEDS, 'manifest.json'), 'utf8')) as {
  documents: Array<{ file: string; symbol: string | null; title: string; organ: string; kind: string; status: string; date: string }>;
};

const SMALL_RESOLUTION = [
  '第八十届会议',
  '',
  '议程项目 15',
  '',
  '2025 年 12 月 15 日大会决议',
  '',
  '80/977. 测试用的小决议',
  '',
  '大会，',
  '',
  '回顾其关于信息和通信技术促进可持续发展的以往各项决议，',
  '',
  '又回顾经济及社会理事会的有关决议，',
  '',
  '1. 决定在第八十一届会议临时议程中列入题为“信息和通信技术促进可持续发展”的项目。',
  '',
].join('\n');

/** The parser is written concurrently; until it lands it returns an empty model and text-derived facts cannot be checked. */
const parserReady = parseDocument(fs.readFileSync(path.join(SEEDS, '000_1ed030a242e859ae.txt'), 'utf8')).resolutions.length > 0;

const warningsFor = (c: Corpus, file: string): CorpusWarning[] => c.warnings.filter((w) => w.path === file);

describe('corpus loading', () => {
  it('finds the seeds folder from the sources', () => {
    assert.strictEqual(resolveSeedsDir(), fs.realpathSync(SEEDS));
  });

  it('loads the five built-in seeds with the manifest metadata', async () => {
    const corpus = await loadCorpus({ paths: [] });
    assert.strictEqual(corpus.documents.length, 5);
    for (const entry of manifest.documents) {
      const doc = corpus.documents.find((d) => d.meta.path === `builtin:${entry.file}`);
      assert.ok(doc, entry.file);
      assert.strictEqual(doc.meta.symbol, entry.symbol ?? undefined);
      assert.strictEqual(doc.meta.title, entry.title);
      assert.strictEqual(doc.meta.organ, entry.organ);
      assert.strictEqual(doc.meta.kind, entry.kind);
      assert.strictEqual(doc.meta.status, entry.status);
      assert.strictEqual(doc.meta.date, entry.date);
      assert.strictEqual(doc.meta.builtIn, true);
      assert.strictEqual(doc.meta.metaSource, 'manifest');
    }
    const draft = corpus.documents.find((d) => d.meta.path === 'builtin:004_4510d16fedc8d16d.txt')!;
    assert.strictEqual(draft.meta.citation.zh, '第七十二届会议第二委员会决议草案(厄瓜多尔代表 77 国集团和中国)');
    assert.match(draft.meta.citation.en, /^72nd session Second Committee draft resolution/);
    assert.deepStrictEqual(
      corpus.warnings.filter((w) => w.code !== 'no-paragraphs'),
      [],
    );
  });

  it('forgets what a removed document said about the resolutions it cites', async function () {
    const corpus = await loadCorpus({ paths: [] });
    const own = corpus.references.get('80/118');
    if (!own) this.skip(); // the reference table is written concurrently
    assert.ok(own!.dates.some((d) => d.date === '2025-12-15' && d.source === 'A/RES/80/118'), JSON.stringify(own));
    const before70 = corpus.references.get('70/1')!.dates.map((d) => d.source);
    assert.ok(before70.includes('A/RES/80/118'));
    assert.strictEqual(corpus.removeFile('builtin:000_1ed030a242e859ae.txt'), true);
    assert.strictEqual(corpus.documents.length, 4);
    assert.ok(!(corpus.references.get('80/118')?.dates ?? []).some((d) => d.source === 'A/RES/80/118'));
    const after70 = corpus.references.get('70/1')!.dates.map((d) => d.source);
    assert.ok(!after70.includes('A/RES/80/118'));
    assert.ok(after70.includes('A/RES/76/189'), after70.join());
  });

  it('loads nothing and says so when built-ins are off and no path is given', async () => {
    const corpus = await loadCorpus({ paths: [], includeBuiltIn: false });
    assert.strictEqual(corpus.documents.length, 0);
    assert.deepStrictEqual(corpus.warnings.map((w) => w.code), ['empty-corpus']);
    assert.match(formatCorpusWarning('zh', corpus.warnings[0]), /先例语料为空/);
    assert.match(formatCorpusWarning('en', corpus.warnings[0]), /corpus is empty/);
  });

  it('never throws on odd options: empty and non-string paths, a device, no options at all', async () => {
    const odd = await loadCorpus({ paths: ['', '   ', null as unknown as string, 42 as unknown as string, '/dev/null'], includeBuiltIn: false });
    assert.deepStrictEqual(odd.warnings.map((w) => [w.code, w.path]), [['not-a-file', '/dev/null'], ['empty-corpus', '']]);
    const none = await loadCorpus(undefined as unknown as Parameters<typeof loadCorpus>[0]);
    assert.strictEqual(none.documents.length, 5);
  });

  it('follows symbolic links without looping, and reads a linked file once', async () => {
    await withTempDir('corpus-links-', async (dir) => {
      fs.mkdirSync(path.join(dir, 'a'));
      fs.writeFileSync(path.join(dir, 'a', 'r.md'), SMALL_RESOLUTION);
      fs.symlinkSync(dir, path.join(dir, 'a', 'loop'));
      fs.symlinkSync(path.join(dir, 'a', 'r.md'), path.join(dir, 'link.md'));
      fs.symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'dangling.md'));
      const corpus = await loadCorpus({ paths: [dir, path.join(dir, 'a')], includeBuiltIn: false });
      assert.strictEqual(corpus.documents.length, 1);
      assert.deepStrictEqual(corpus.warnings, []);
    });
  });

  describe('a folder of user files', () => {
    let dir: string;
    let corpus: Corpus;
    const f = (name: string) => path.join(dir, name);

    before(async () => {
      dir = makeTempDir('corpus-load-');
      fs.mkdirSync(f('sub/deeper'), { recursive: true });
      fs.writeFileSync(
        f('front.md'),
        '---\nsymbol: A/RES/77/150\ndate: 2022-12-14\ntitle: 信息和通信技术促进可持续发展\norgan: General Assembly\nstatus: adopted\nkind: resolution\n---\n\n大会，\n\n回顾其以往的各项决议，\n\n1. 决定继续审议这一问题。\n',
      );
      fs.writeFileSync(f('sub/inferred.res.md'), SMALL_RESOLUTION);
      fs.copyFileSync(path.join(__dirname, 'fixtures/gbk-resolution.txt'), f('sub/gbk.txt'));
      fs.writeFileSync(f('sub/deeper/utf16.resolution'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SMALL_RESOLUTION.replace('80/977', '80/978'), 'utf16le')]));
      fs.writeFileSync(f('image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      fs.writeFileSync(f('empty.txt'), '');
      fs.writeFileSync(f('copy-of-inferred.md'), SMALL_RESOLUTION);
      fs.writeFileSync(f('notes.json'), '{"not": "a corpus file"}');
      fs.writeFileSync(f('big.txt'), 'x'.repeat(5000));
      corpus = await loadCorpus({
        paths: [dir, f('does-not-exist'), f('front.md')],
        includeBuiltIn: false,
        maxFileBytes: 4096,
      });
    });
    after(() => removeTempDir(dir));

    it('reads folders recursively, only corpus file names, each file once', () => {
      const paths = corpus.documents.map((d) => d.meta.path).sort();
      assert.deepStrictEqual(paths, [f('copy-of-inferred.md'), f('front.md'), f('sub/deeper/utf16.resolution'), f('sub/gbk.txt')].sort());
      assert.ok(!corpus.hasFile(f('notes.json')));
    });

    it('takes metadata from front matter', () => {
      const doc = corpus.documentForPath(f('front.md'))!;
      assert.strictEqual(doc.meta.symbol, 'A/RES/77/150');
      assert.strictEqual(doc.meta.date, '2022-12-14');
      assert.strictEqual(doc.meta.title, '信息和通信技术促进可持续发展');
      assert.strictEqual(doc.meta.status, 'adopted');
      assert.strictEqual(doc.meta.metaSource, 'front-matter');
      assert.deepStrictEqual(doc.meta.citation, { zh: 'A/RES/77/150', en: 'A/RES/77/150' });
      assert.deepStrictEqual(warningsFor(corpus, f('front.md')).filter((w) => w.code !== 'no-paragraphs'), []);
    });

    it('infers symbol, date, organ and status from the text when there is no front matter', function () {
      if (!parserReady) this.skip();
      const doc = corpus.documentForPath(f('copy-of-inferred.md'))!;
      assert.strictEqual(doc.meta.symbol, 'A/RES/80/977');
      assert.strictEqual(doc.meta.date, '2025-12-15');
      assert.strictEqual(doc.meta.organ, 'General Assembly');
      assert.strictEqual(doc.meta.status, 'adopted');
      assert.strictEqual(doc.meta.metaSource, 'inferred');
      assert.deepStrictEqual(doc.paragraphs.map((p) => p.label), ['PP 1', 'PP 2', 'OP 1']);
      const gbk = corpus.documentForPath(f('sub/gbk.txt'))!;
      assert.strictEqual(gbk.meta.symbol, 'A/RES/80/901');
      assert.strictEqual(gbk.meta.title, '以 GBK 编码保存的决议');
      const utf16 = corpus.documentForPath(f('sub/deeper/utf16.resolution'))!;
      assert.strictEqual(utf16.meta.symbol, 'A/RES/80/978');
      assert.strictEqual(utf16.paragraphs[0].text, '回顾其关于信息和通信技术促进可持续发展的以往各项决议，');
    });

    it('decodes GBK with a warning and UTF-16 without one', () => {
      assert.ok(corpus.documentForPath(f('sub/gbk.txt')));
      assert.deepStrictEqual(
        warningsFor(corpus, f('sub/gbk.txt')).filter((w) => w.code !== 'no-paragraphs'),
        [{ code: 'not-utf8-decoded', path: f('sub/gbk.txt'), detail: 'GB18030' }],
      );
      assert.ok(corpus.documentForPath(f('sub/deeper/utf16.resolution')));
      assert.deepStrictEqual(warningsFor(corpus, f('sub/deeper/utf16.resolution')).filter((w) => w.code !== 'no-paragraphs'), []);
    });

    it('warns about binary, empty, too large, duplicate and missing paths, naming each file', () => {
      const codes = (file: string) => warningsFor(corpus, file).map((w) => w.code);
      assert.deepStrictEqual(codes(f('image.md')), ['binary-skipped']);
      assert.deepStrictEqual(codes(f('empty.txt')), ['empty-file']);
      assert.deepStrictEqual(codes(f('big.txt')), ['too-large-skipped']);
      assert.deepStrictEqual(codes(f('does-not-exist')), ['missing-path']);
      const dup = warningsFor(corpus, f('sub/inferred.res.md')).concat(warningsFor(corpus, f('copy-of-inferred.md'))).filter((w) => w.code === 'duplicate');
      assert.strictEqual(dup.length, 1);
      // Files are read in name order: copy-of-inferred.md comes first and is kept.
      assert.deepStrictEqual(dup[0], { code: 'duplicate', path: f('sub/inferred.res.md'), detail: f('copy-of-inferred.md') });
      assert.ok(!corpus.warnings.some((w) => w.code === 'empty-corpus'));
      for (const w of corpus.warnings) {
        assert.ok(formatCorpusWarning('zh', w).includes(w.path), formatCorpusWarning('zh', w));
        assert.ok(formatCorpusWarning('en', w).includes(w.path), formatCorpusWarning('en', w));
      }
      assert.match(formatCorpusWarning('zh', warningsFor(corpus, f('big.txt'))[0]), /过大\(4\.9 KB > 4\.0 KB\)/);
    });

    it('re-indexes a changed file and drops a deleted one', async () => {
      const file = f('front.md');
      const before = corpus.documentForPath(file)!;
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('A/RES/77/150', 'A/RES/77/151'));
      await corpus.updateFile(file);
      const after = corpus.documentForPath(file)!;
      assert.notStrictEqual(after.meta.id, before.meta.id);
      assert.strictEqual(after.meta.symbol, 'A/RES/77/151');
      assert.ok(!corpus.documents.includes(before));
      assert.strictEqual(corpus.documents.filter((d) => d.meta.path === file).length, 1);

      // Deleting the kept copy of a duplicate brings the other copy in.
      const kept = f('copy-of-inferred.md');
      fs.unlinkSync(kept);
      assert.strictEqual(corpus.removeFile(kept), true);
      assert.ok(corpus.documentForPath(f('sub/inferred.res.md')));
      assert.ok(corpus.documents.some((d) => d.meta.path === f('sub/inferred.res.md')));
      assert.ok(!corpus.warnings.some((w) => w.code === 'duplicate'));
      assert.strictEqual(corpus.removeFile(kept), false);

      // A new file appears.
      fs.writeFileSync(f('new.md'), SMALL_RESOLUTION.replace('80/977', '80/979'));
      await corpus.updateFile(f('new.md'));
      assert.ok(corpus.documentForPath(f('new.md')));
      // A file deleted behind our back: updateFile removes it.
      fs.unlinkSync(f('new.md'));
      await corpus.updateFile(f('new.md'));
      assert.ok(!corpus.hasFile(f('new.md')));
    });
  });
});
