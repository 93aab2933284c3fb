/**
 * resolution-lint end to end on real text (parser, checks, references and,
 * where asked, the built-in corpus), in-process.
 */
import * as assert from 'assert';
import * as path from 'path';
import { type Corpus, type CorpusOptions } from '../../../server/src/service/corpus';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import { root, run } from './helpers';
import { withTempDir } from '../../support/tempDir';

const STRUCTURE = new Set(['paragraph-numbering', 'paragraph-punctuation', 'footnote-undefined', 'footnote-unused', 'footnote-duplicate', 'footnote-order', 'input-problem']);

interface JsonOut {
  files: Array<{ path: string; diagnostics: Array<{ code: string; severity: number; message: string; range: { start: { line: number; character: number } } }> }>;
}

describe('resolution-lint on real text', () => {
  // One corpus load for all the tests that use the built-in seeds.
  let builtIn: Promise<Corpus> | undefined;
  const realCorpus = (o: CorpusOptions) => (o.includeBuiltIn !== false && o.paths.length === 0 ? (builtIn ??= loadCorpus(o)) : loadCorpus(o));

  it('the adopted seeds: no structure diagnostic and no error, exit 0', async () => {
    const r = await run(['--no-default-corpus', '--format', 'json', 'seeds/000_1ed030a242e859ae.txt', 'seeds/001_8d8e352413f896fa.txt']);
    assert.strictEqual(r.code, 0, r.stderr);
    const out: JsonOut = JSON.parse(r.stdout);
    assert.strictEqual(out.files.length, 2);
    for (const f of out.files) {
      assert.deepStrictEqual(f.diagnostics.filter((d) => STRUCTURE.has(d.code) || d.severity === 1), []);
    }
  });

  it('a numbering gap: exit 1, eslint-style line in Chinese', async () => {
    const r = await run(['--no-default-corpus', '--locale', 'zh', 'test/fixtures/defects/numbering-gap.txt']);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /^test\/fixtures\/defects\/numbering-gap\.txt\n/);
    assert.match(r.stdout, /\n  29:1  错误  缺少编号 3：执行部分第 3 至 6 段编为 4 至 7  paragraph-numbering\n/);
    assert.match(r.stdout, /\n✖ 共 \d+ 个问题（1 个错误，/);
  });

  it('the same numbering gap in French, Spanish, Russian and Arabic, as UN texts name the paragraphs', async () => {
    const line = async (locale: string) => {
      const r = await run(['--no-default-corpus', '--locale', locale, 'test/fixtures/defects/numbering-gap.txt']);
      assert.strictEqual(r.code, 1);
      return /\n  29:1  (.*)  paragraph-numbering\n/.exec(r.stdout)?.[1];
    };
    assert.strictEqual(await line('fr'), 'erreur  Le numéro 3 manque\u00a0: paragraphes 3 à 6 du dispositif portent les numéros 4 à 7');
    assert.strictEqual(await line('es'), 'error  Falta el número 3: párrafos 3 a 6 de la parte dispositiva llevan los números 4 a 7');
    assert.strictEqual(await line('ru'), 'ошибка  Нет номера 3: пункты 3–6 постановляющей части имеют номера 4–7');
    assert.strictEqual(await line('ar'), 'خطأ  الرقم 3 ناقص: الفقرات من 3 إلى 6 من المنطوق تحمل الأرقام من 4 إلى 7');
  });

  it('punctuation slips are warnings: exit 0, but they are listed', async () => {
    const r = await run(['--no-default-corpus', '--format', 'json', 'test/fixtures/defects/punctuation.txt']);
    assert.strictEqual(r.code, 0);
    const out: JsonOut = JSON.parse(r.stdout);
    const punct = out.files[0].diagnostics.filter((d) => d.code === 'paragraph-punctuation');
    assert.deepStrictEqual(punct.map((d) => [d.range.start.line, d.severity]), [[16, 2], [18, 2], [26, 2], [34, 2]]);
  });

  it('sarif on a defect: region of the number, 1-based', async () => {
    const r = await run(['--no-default-corpus', '--format', 'sarif', 'test/fixtures/defects/numbering-gap.txt']);
    const results = JSON.parse(r.stdout).runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'paragraph-numbering');
    assert.strictEqual(results.length, 1);
    assert.strictEqual(results[0].level, 'error');
    assert.deepStrictEqual(results[0].locations[0].physicalLocation.region, { startLine: 29, startColumn: 1, endLine: 29, endColumn: 3 });
  });

  it('a GBK file gives the same diagnostics as its UTF-8 twin', async () => {
    const gbk = await run(['--no-default-corpus', '--format', 'json', 'test/fixtures/defects/gbk-encoded.txt']);
    const utf8 = await run(['--no-default-corpus', '--format', 'json', 'test/fixtures/defects/gbk-encoded.utf8.txt']);
    assert.strictEqual(gbk.code, utf8.code);
    assert.deepStrictEqual(JSON.parse(gbk.stdout).files[0].diagnostics, JSON.parse(utf8.stdout).files[0].diagnostics);
  });

  it('the sample draft with the built-in corpus: its two slips, and agreed language found', async () => {
    const r = await run(['--format', 'json', 'test/fixtures/sample-draft.res.md'], { loadCorpus: realCorpus });
    assert.strictEqual(r.code, 1);
    const diags = JSON.parse(r.stdout).files[0].diagnostics as JsonOut['files'][0]['diagnostics'];
    const structure = diags.filter((d) => STRUCTURE.has(d.code)).map((d) => [d.code, d.range.start.line]);
    assert.deepStrictEqual(structure, [['footnote-undefined', 44], ['paragraph-numbering', 62]]);
    const agreed = diags.filter((d) => d.code === 'agreed-language' || d.code === 'agreed-language-deviation');
    assert.ok(agreed.length >= 10, `agreed-language findings: ${agreed.length}`);
    assert.ok(agreed.some((d) => /A\/RES\/80\/118/.test(d.message)), 'cites 80/118');
  });

  it('a corpus file checked is not its own precedent: 80/118 draws 76/189 sources, never A/RES/80/118; a copy of it does', async () => {
    type Agreed = { code: string; message: string; data?: { sources?: Array<{ symbol: string }> } };
    const agreedOf = (stdout: string) =>
      (JSON.parse(stdout).files[0].diagnostics as Agreed[]).filter((d) => d.code === 'agreed-language' || d.code === 'agreed-language-deviation');
    const symbols = (ds: Agreed[]) => new Set(ds.flatMap((d) => (d.data?.sources ?? []).map((x) => x.symbol)));
    const self = await run(['--format', 'json', 'seeds/000_1ed030a242e859ae.txt'], { loadCorpus: realCorpus });
    const agreed = agreedOf(self.stdout);
    assert.ok(agreed.length >= 10, `agreed-language findings: ${agreed.length}`);
    assert.ok(symbols(agreed).has('A/RES/76/189'), [...symbols(agreed)].join(', '));
    assert.ok(!symbols(agreed).has('A/RES/80/118'), [...symbols(agreed)].join(', '));
    assert.deepStrictEqual(agreed.filter((d) => /80\/118/.test(d.message)).map((d) => d.message), []);
    // The same text under another name is another document: 80/118 is its precedent.
    const fs = await import('fs');
    await withTempDir('rl-copy-', async (dir) => {
      const copy = path.join(dir, 'copy-of-80-118.txt');
      fs.copyFileSync(path.join(root, 'seeds/000_1ed030a242e859ae.txt'), copy);
      const other = await run(['--format', 'json', copy], { loadCorpus: realCorpus });
      const copied = agreedOf(other.stdout);
      assert.ok(copied.length > agreed.length, `${copied.length} findings on the copy, ${agreed.length} on the seed`);
      assert.ok(symbols(copied).has('A/RES/80/118'));
    });
  });

  it('a file given as --corpus too is left out of its own sources, by its resolved path', async () => {
    const seed = 'seeds/001_8d8e352413f896fa.txt';
    const r = await run(['--no-default-corpus', '--corpus', path.join(root, seed), '--format', 'json', `./seeds/../${seed}`], { loadCorpus });
    const diags = JSON.parse(r.stdout).files[0].diagnostics as Array<{ code: string }>;
    assert.deepStrictEqual(diags.filter((d) => d.code.startsWith('agreed-language')), []);
  });

  it('adversarial input (broken markup, stray numbers and markers) finishes in bounded time without crashing', async () => {
    const pieces = ['1. **确认**', '(a) ', '(i) ', '㈠ ', '<sup>', '<sup>3</sup>', '¹²³', '，', '；', '。', '：', '\n\n', '\n', '---\n', '大会，\n', '**', '回顾', '(((((', '2.', '(iv)', '(c)', '(十一)', '__________________\n', ' 3 见第 1 号决议。\n', 'A//80/62', '第 70/1 号决议', 'x'];
    let seed = 12345;
    let text = '';
    while (text.length < 60000) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += pieces[seed % pieces.length];
    }
    const fs = await import('fs');
    const path = await import('path');
    await withTempDir('resolution-lint-adv-', async (dir) => {
      const file = path.join(dir, 'adversarial.md');
      fs.writeFileSync(file, text);
      const t0 = Date.now();
      const r = await run(['--no-default-corpus', '--format', 'json', file]);
      assert.ok(Date.now() - t0 < 30000, 'bounded time');
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      const out: JsonOut = JSON.parse(r.stdout);
      assert.ok(out.files[0].diagnostics.length > 0);
    });
  });
});
