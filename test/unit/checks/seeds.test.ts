/**
 * The structure checks on real text: the two adopted resolutions draw no
 * structure diagnostic at all, and each defect fixture (seed paragraphs with
 * one kind of slip) draws exactly the diagnostics expected, in both locales.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkStructure } from '../../../server/src/service/checks';
import type { ServiceDiagnostic } from '../../../server/src/service/model';
import { defaultSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';

const root = path.join(__dirname, '../../..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

function check(rel: string, locale: 'zh' | 'en') {
  const text = read(rel);
  const doc = parseDocument(text);
  return { doc, diags: checkStructure(doc, defaultSettings(locale)), text };
}

describe('checks on the seeds and defect fixtures', () => {
  for (const [rel, symbol, pps, ops, footnotes] of [
    ['seeds/000_1ed030a242e859ae.txt', '80/118', 59, 74, 26],
    ['seeds/001_8d8e352413f896fa.txt', '76/189', 43, 47, 17],
  ] as const) {
    it(`adopted resolution ${symbol} draws no structure diagnostic`, () => {
      for (const locale of ['zh', 'en'] as const) {
        const { doc, diags } = check(rel, locale);
        // The model is really there: otherwise "no diagnostics" would prove nothing.
        assert.strictEqual(doc.resolutions.length, 1);
        assert.strictEqual(doc.resolutions[0].preambular.length, pps);
        assert.strictEqual(doc.resolutions[0].operative.length, ops);
        assert.strictEqual(doc.footnoteRefs.length, footnotes);
        assert.strictEqual(doc.footnoteDefs.length, footnotes);
        assert.deepStrictEqual(diags.map((d) => `${d.code}: ${d.message}`), []);
      }
    });
  }

  it('the clean excerpt the defect fixtures are made from draws nothing', () => {
    assert.deepStrictEqual(check('test/fixtures/defects/clean-76-189-excerpt.txt', 'zh').diags, []);
  });

  /** [code, text under the range, 0-based line, zh message, en message] */
  type Expected = [string, string, number, string, string];
  const fixtures: Record<string, Expected[]> = {
    'numbering-gap.txt': [
      // OP 3 deleted: one finding for the whole run numbered one too high.
      ['paragraph-numbering', '4.', 28, '缺少编号 3：执行部分第 3 至 6 段编为 4 至 7', 'Number 3 is missing: operative paragraphs 3–6 are numbered 4–7'],
    ],
    'numbering-duplicate.txt': [
      // A paragraph inserted with the number of the one before: one finding for the run numbered one too low.
      ['paragraph-numbering', '3.', 30, '编号 3 重复：执行部分第 4 至 6 段编为 3 至 5，比应有的编号各少 1', 'Number 3 is used twice: operative paragraphs 4–6 are numbered 3–5, one too low'],
    ],
    'numbering-typo.txt': [
      // 3 written as 4 (1. 2. 4. 4. 5. 6.): one finding, on the first "4.", not a second one on the real 4.
      ['paragraph-numbering', '4.', 28, '执行部分第 3 段编号有误：应为 3，实为 4', 'Operative paragraph 3 is misnumbered: expected 3, found 4'],
    ],
    'numbering-order.txt': [
      // OPs 3 and 4 swapped numbers (1. 2. 4. 3. 5. 6.): one finding for the pair.
      ['paragraph-numbering', '4.', 28, '执行部分第 3 至 4 段顺序颠倒：编为 4、3，应为 3、4', 'Operative paragraphs 3–4 are out of order: numbered 4, 3, expected 3, 4'],
    ],
    'subparagraphs.txt': [
      ['paragraph-punctuation', '，', 24, '执行部分第 2 段应以“：”结尾，实为“，”（其后有分段，引语应以冒号结尾）', 'Operative paragraph 2 should end with “：”, found “，” (it introduces subparagraphs)'],
      ['paragraph-numbering', '(a)', 28, '执行部分第 2 段(b)分段编号有误：应为 (b)，实为 (a)（编号 (a) 重复）', 'Subparagraph (b) of operative paragraph 2 is misnumbered: expected (b), found (a) (number (a) is used twice)'],
    ],
    'subparagraphs-last.txt': [
      ['paragraph-punctuation', '；', 30, '执行部分第 3 段(b)分段应以“。”结尾，实为“；”（整个决议的最后一个分段）', 'Subparagraph (b) of operative paragraph 3 should end with “。”, found “；” (last subparagraph of the resolution)'],
    ],
    'embedded.txt': [
      ['paragraph-numbering', '㈢', 72, '缺少编号 ㈡：决议草案二执行部分第 1 段(b)㈡分段编为 ㈢', 'Number ㈡ is missing: draft resolution II, subparagraph ㈡ of operative paragraph 1 (b) is numbered ㈢'],
      ['paragraph-numbering', '3.', 78, '缺少编号 2：决议草案二执行部分第 2 段编为 3', 'Number 2 is missing: draft resolution II, operative paragraph 2 is numbered 3'],
    ],
    'english.txt': [
      ['paragraph-punctuation', ';', 14, '序言部分第 2 段应以“,”结尾，实为“;”', 'Preambular paragraph 2 should end with “,”, found “;”'],
      ['paragraph-numbering', '4.', 28, '缺少编号 3：执行部分第 3 至 4 段编为 4 至 5', 'Number 3 is missing: operative paragraphs 3–4 are numbered 4–5'],
      ['paragraph-punctuation', ';', 30, '执行部分第 5 段应以“.”结尾，实为“;”（最后一个执行段落）', 'Operative paragraph 5 should end with “.”, found “;” (last operative paragraph)'],
    ],
    'punctuation.txt': [
      ['paragraph-punctuation', '；', 16, '序言部分第 2 段应以“，”结尾，实为“；”', 'Preambular paragraph 2 should end with “，”, found “；”'],
      ['paragraph-punctuation', ',', 18, '序言部分第 3 段应以全角“，”结尾，实为半角“,”', 'Preambular paragraph 3 should end with the full-width “，”, found the half-width “,”'],
      ['paragraph-punctuation', '。', 26, '执行部分第 2 段应以“；”结尾，实为“。”', 'Operative paragraph 2 should end with “；”, found “。”'],
      ['paragraph-punctuation', '；', 34, '执行部分第 6 段应以“。”结尾，实为“；”（最后一个执行段落）', 'Operative paragraph 6 should end with “。”, found “；” (last operative paragraph)'],
    ],
    'footnote-undefined.txt': [
      ['footnote-undefined', '²', 16, '脚注 2 没有脚注正文', 'Footnote 2 is referenced but never defined'],
    ],
    'footnote-unused.txt': [
      ['footnote-unused', '³', 24, '脚注 3 有脚注正文，但正文中没有引用它', 'Footnote 3 is defined but never referenced'],
    ],
    'footnote-duplicate.txt': [
      ['footnote-duplicate', '²', 24, '脚注 2 的脚注正文重复（第 23 行已有一条）', 'Footnote 2 is defined twice (first definition on line 23)'],
    ],
    'footnote-order.txt': [
      ['footnote-order', '²', 14, '脚注编号顺序有误：此处首次引用脚注 2，应为脚注 1', 'Footnotes out of sequence: first reference to footnote 2 where footnote 1 was expected'],
    ],
  };

  for (const [file, expected] of Object.entries(fixtures)) {
    it(`defects/${file}: exactly the expected diagnostics, in Chinese and English`, () => {
      const rel = `test/fixtures/defects/${file}`;
      const zh = check(rel, 'zh');
      const en = check(rel, 'en');
      const shape = (d: ServiceDiagnostic, text: string) => [d.code, text.slice(d.span!.start, d.span!.end), d.range.start.line];
      assert.deepStrictEqual(zh.diags.map((d) => [...shape(d, zh.text), d.message]), expected.map(([c, t, l, m]) => [c, t, l, m]));
      assert.deepStrictEqual(en.diags.map((d) => [...shape(d, en.text), d.message]), expected.map(([c, t, l, , m]) => [c, t, l, m]));
      for (const d of zh.diags) {
        assert.strictEqual(d.source, 'resolution');
        // The range and the span cover the same text.
        assert.strictEqual(d.range.start.line, zh.text.slice(0, d.span!.start).split('\n').length - 1);
      }
    });
  }

  it('numbering data lets a quick fix renumber: replace the range with expectedText', () => {
    const { diags, text } = check('test/fixtures/defects/numbering-gap.txt', 'zh');
    const d = diags[0];
    assert.deepStrictEqual(d.data, { expected: 3, found: 4, expectedText: '3.', foundText: '4.', problem: 'gap', level: 'operative', runLength: 4, first: 3, last: 6 });
    const fixed = text.slice(0, d.span!.start) + (d.data as { expectedText: string }).expectedText + text.slice(d.span!.end);
    const again = checkStructure(parseDocument(fixed), defaultSettings('zh'));
    assert.deepStrictEqual(again.map((x) => [x.code, fixed.slice(x.span!.start, x.span!.end), (x.data as { expected: number }).expected]), [['paragraph-numbering', '5.', 4]]);
  });

  it('the sample draft draws its two deliberate slips', () => {
    const { diags, text } = check('test/fixtures/sample-draft.res.md', 'zh');
    assert.deepStrictEqual(
      diags.map((d) => [d.code, text.slice(d.span!.start, d.span!.end), d.message]),
      [
        ['footnote-undefined', '<sup>7</sup>', '脚注 7 没有脚注正文'],
        ['paragraph-numbering', '7.', '缺少编号 6：执行部分第 6 至 10 段编为 7 至 11'],
      ],
    );
  });

  it('flags an unterminated <sup> as an input problem, in words', () => {
    const text = read('test/fixtures/defects/clean-76-189-excerpt.txt').replace('各项决议，¹', '各项决议，<sup>1');
    const doc = parseDocument(text);
    const problems = checkStructure(doc, defaultSettings('zh')).filter((d) => d.code === 'input-problem');
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /^<sup> 标记没有闭合/);
    assert.strictEqual(text.slice(problems[0].span!.start, problems[0].span!.end), '<sup>');
  });

  it('says a file read in the wrong encoding looks binary (GBK bytes taken for UTF-8)', () => {
    const garbled = fs.readFileSync(path.join(root, 'test/fixtures/defects/gbk-encoded.txt')).toString('utf8');
    const zh = checkStructure(parseDocument(garbled), defaultSettings('zh')).filter((d) => d.code === 'input-problem');
    assert.deepStrictEqual(zh.map((d) => d.message), ['文本中含有大量控制字符或无法解码的字符，可能是二进制文件，或文件编码有误']);
    const en = checkStructure(parseDocument(garbled), defaultSettings('en')).filter((d) => d.code === 'input-problem');
    assert.deepStrictEqual(en.map((d) => d.message), ['The text is full of control or undecodable characters: it may be a binary file, or read in the wrong encoding']);
    assert.deepStrictEqual(en[0].data, { problem: 'parse-binary-text' });
  });
});
