/**
 * The structure checks on small hand-built models (the model contract), so
 * each rule is pinned down independently of the parser.
 */
import * as assert from 'assert';
import { checkStructure } from '../../../server/src/service/checks';
import type { ServiceDiagnostic } from '../../../server/src/service/model';
import { defaultSettings } from '../../../server/src/service/options';
import { ModelBuilder, rangeText } from './modelBuilder';

function run(b: ModelBuilder, locale: 'zh' | 'en' = 'zh') {
  const doc = b.build();
  const diags = checkStructure(doc, defaultSettings(locale));
  return diags.map((d: ServiceDiagnostic) => ({ code: d.code, text: rangeText(doc, d.range), message: d.message, data: d.data, severity: d.severity }));
}

function cleanZh(): ModelBuilder {
  return new ModelBuilder('zh')
    .organ('大会，')
    .pp('回顾其以往各项决议，<sup>1</sup>')
    .pp('重申《2030 年议程》，')
    .footnote(1, '第 70/1 号决议。')
    .op('1.', 1, '确认信息和通信技术具有潜力；')
    .op('2.', 2, '促请会员国采取行动，包括为此：')
    .sub('(a)', 1, 'alpha', '增强发展中国家的能力；')
    .sub('(b)', 2, 'alpha', '营造有利的国际环境；')
    .op('3.', 3, '决定继续审议这一问题。');
}

describe('checks on hand-built models', () => {
  it('a well-formed Chinese resolution draws nothing', () => {
    assert.deepStrictEqual(run(cleanZh()), []);
  });

  it('a well-formed English resolution draws nothing', () => {
    const b = new ModelBuilder('en')
      .organ('The General Assembly,')
      .pp('Recalling its previous resolutions,<sup>1</sup>')
      .footnote(1, 'Resolution 70/1.')
      .op('1.', 1, 'Recognizes the potential of technology;')
      .op('2.', 2, 'Calls upon Member States, including by:')
      .sub('(a)', 1, 'alpha', 'Building capacity;')
      .sub('(b)', 2, 'alpha', 'Fostering an enabling environment;')
      .op('3.', 3, 'Decides to remain seized of the matter.');
    assert.deepStrictEqual(run(b, 'en'), []);
  });

  describe('paragraph-numbering', () => {
    /** Operative paragraphs numbered as given (the last ends with "。"). */
    const ops = (...numbers: number[]) => {
      const b = new ModelBuilder('zh');
      numbers.forEach((n, i) => b.op(`${n}.`, n, i === numbers.length - 1 ? '决定。' : '确认；'));
      return b;
    };
    const findings = (b: ModelBuilder, locale: 'zh' | 'en' = 'zh') => run(b, locale).map((d) => [d.text, d.message]);

    it('a typo draws one finding, on the paragraph, named by its position', () => {
      // 3 written as 4: not "expected 3, found 4" and then "expected 5, found 4" on the real 4.
      const d = run(ops(1, 2, 4, 4, 5));
      assert.strictEqual(d.length, 1);
      assert.strictEqual(d[0].code, 'paragraph-numbering');
      assert.strictEqual(d[0].text, '4.');
      assert.strictEqual(d[0].severity, 1);
      assert.strictEqual(d[0].message, '执行部分第 3 段编号有误：应为 3，实为 4');
      assert.deepStrictEqual(d[0].data, { expected: 3, found: 4, expectedText: '3.', foundText: '4.', problem: 'typo', level: 'operative', runLength: 1, first: 3, last: 3 });
      assert.deepStrictEqual(findings(ops(1, 2, 4, 4, 5), 'en'), [['4.', 'Operative paragraph 3 is misnumbered: expected 3, found 4']]);
      // Too low, neighbours right: a typo too.
      assert.deepStrictEqual(findings(ops(1, 2, 2, 4), 'en'), [['2.', 'Operative paragraph 3 is misnumbered: expected 3, found 2']]);
    });

    it('a gap draws one finding for the whole run numbered too high', () => {
      const d = run(ops(1, 2, 4, 5, 6));
      assert.deepStrictEqual(d.map((x) => [x.text, x.message]), [['4.', '缺少编号 3：执行部分第 3 至 5 段编为 4 至 6']]);
      assert.deepStrictEqual(d[0].data, { expected: 3, found: 4, expectedText: '3.', foundText: '4.', problem: 'gap', level: 'operative', runLength: 3, first: 3, last: 5 });
      assert.deepStrictEqual(findings(ops(1, 2, 4, 5, 6), 'en'), [['4.', 'Number 3 is missing: operative paragraphs 3–5 are numbered 4–6']]);
      // At the end, a single paragraph; two numbers missing; from the first.
      assert.deepStrictEqual(findings(ops(1, 2, 4), 'en'), [['4.', 'Number 3 is missing: operative paragraph 3 is numbered 4']]);
      assert.deepStrictEqual(findings(ops(1, 2, 5, 6)), [['5.', '缺少编号 3 和 4：执行部分第 3 至 4 段编为 5 至 6']]);
      assert.deepStrictEqual(findings(ops(1, 2, 6, 7), 'en'), [['6.', 'Numbers 3–5 are missing: operative paragraphs 3–4 are numbered 6–7']]);
      assert.deepStrictEqual(findings(ops(2, 3, 4), 'en'), [['2.', 'Number 1 is missing: operative paragraphs 1–3 are numbered 2–4']]);
      // Two slips, two findings: 3 dropped, then 7 dropped.
      assert.deepStrictEqual(findings(ops(1, 2, 4, 5, 6, 8, 9), 'en'), [
        ['4.', 'Number 3 is missing: operative paragraphs 3–5 are numbered 4–6'],
        ['8.', 'Number 7 is missing: operative paragraphs 6–7 are numbered 8–9'],
      ]);
    });

    it('a duplicate (an inserted paragraph) draws one finding for the run numbered too low', () => {
      const d = run(ops(1, 2, 2, 3, 4));
      assert.deepStrictEqual(d.map((x) => [x.text, x.message]), [['2.', '编号 2 重复：执行部分第 3 至 5 段编为 2 至 4，比应有的编号各少 1']]);
      assert.deepStrictEqual(d[0].data, { expected: 3, found: 2, expectedText: '3.', foundText: '2.', problem: 'duplicate', level: 'operative', runLength: 3, first: 3, last: 5 });
      assert.deepStrictEqual(findings(ops(1, 2, 2, 3, 4), 'en'), [['2.', 'Number 2 is used twice: operative paragraphs 3–5 are numbered 2–4, one too low']]);
      assert.deepStrictEqual(findings(ops(1, 2, 3, 3), 'en'), [['3.', 'Operative paragraph 4 is misnumbered: expected 4, found 3 (number 3 is used twice)']]);
      assert.deepStrictEqual(findings(ops(1, 2, 3, 1, 2, 3), 'en'), [['1.', 'Number 1 is used twice: operative paragraphs 4–6 are numbered 1–3, three too low']]);
    });

    it('paragraphs holding each other’s numbers are out of order: one finding', () => {
      const d = run(ops(1, 3, 2, 4));
      assert.deepStrictEqual(d.map((x) => [x.text, x.message]), [['3.', '执行部分第 2 至 3 段顺序颠倒：编为 3、2，应为 2、3']]);
      assert.deepStrictEqual(d[0].data, { expected: 2, found: 3, expectedText: '2.', foundText: '3.', problem: 'order', level: 'operative', runLength: 2, first: 2, last: 3 });
      assert.deepStrictEqual(findings(ops(1, 3, 2, 4), 'en'), [['3.', 'Operative paragraphs 2–3 are out of order: numbered 3, 2, expected 2, 3']]);
      // A paragraph moved up two places.
      assert.deepStrictEqual(findings(ops(1, 4, 2, 3, 5), 'en'), [['4.', 'Operative paragraphs 2–4 are out of order: numbered 4, 2, 3, expected 2, 3, 4']]);
      // After a gap, a swap of the shifted numbers is still one finding, and the rest follow the gap silently.
      assert.deepStrictEqual(findings(ops(1, 3, 5, 4, 6), 'en'), [
        ['3.', 'Number 2 is missing: operative paragraph 2 is numbered 3'],
        ['5.', 'Operative paragraphs 3–4 are out of order: numbered 5, 4, expected 4, 5'],
      ]);
    });

    it('a run numbered too low that repeats nothing is one finding too', () => {
      assert.deepStrictEqual(findings(ops(1, 5, 6, 2, 3), 'en'), [
        ['5.', 'Numbers 2–4 are missing: operative paragraphs 2–3 are numbered 5–6'],
        ['2.', 'Operative paragraphs 4–5 are misnumbered: numbered 2–3, expected 4–5'],
      ]);
      assert.deepStrictEqual(findings(ops(1, 5, 6, 2, 3)), [
        ['5.', '缺少编号 2 至 4：执行部分第 2 至 3 段编为 5 至 6'],
        ['2.', '执行部分第 4 至 5 段编号有误：编为 2 至 3，应为 4 至 5'],
      ]);
    });

    it('checks sub-paragraph letters, roman numerals and ㈠ per parent, with runs', () => {
      const b = new ModelBuilder('zh')
        .op('1.', 1, '建议如下：')
        .sub('(a)', 1, 'alpha', '鼓励各国政府：')
        .sub('㈠', 1, 'cjk', '将科学纳入国家战略；', 2)
        .sub('㈡', 2, 'cjk', '建立紧密联系；', 2)
        .sub('㈣', 4, 'cjk', '提高创新能力；', 2)
        .sub('(b)', 2, 'alpha', '鼓励委员会；')
        .sub('(d)', 4, 'alpha', '请秘书长报告；')
        .sub('(e)', 5, 'alpha', '请秘书长报告；')
        .op('2.', 2, '决定：')
        .sub('(i)', 1, 'roman', '甲；')
        .sub('(ii)', 2, 'roman', '乙；')
        .sub('(iv)', 4, 'roman', '丙；')
        .sub('(iv)', 4, 'roman', '丁。');
      const d = run(b);
      assert.deepStrictEqual(d.map((x) => [x.text, x.message]), [
        ['㈣', '缺少编号 ㈢：执行部分第 1 段(a)㈢分段编为 ㈣'],
        ['(d)', '缺少编号 (c)：执行部分第 1 段(c)至(d)分段编为 (d) 至 (e)'],
        ['(iv)', '执行部分第 2 段(iii)分段编号有误：应为 (iii)，实为 (iv)'],
      ]);
      assert.deepStrictEqual(d.map((x) => (x.data as { expectedText: string }).expectedText), ['㈢', '(c)', '(iii)']);
      assert.deepStrictEqual(d.map((x) => (x.data as { level: string }).level), ['subparagraph', 'subparagraph', 'subparagraph']);
      const en = run(b, 'en');
      assert.deepStrictEqual(en.map((x) => x.message), [
        'Number ㈢ is missing: subparagraph ㈢ of operative paragraph 1 (a) is numbered ㈣',
        'Number (c) is missing: subparagraphs (c)–(d) of operative paragraph 1 are numbered (d)–(e)',
        'Subparagraph (iii) of operative paragraph 2 is misnumbered: expected (iii), found (iv)',
      ]);
      // Sub-paragraphs out of order.
      const swapped = new ModelBuilder('zh').op('1.', 1, '决定：').sub('(b)', 2, 'alpha', '甲；').sub('(a)', 1, 'alpha', '乙。');
      assert.deepStrictEqual(findings(swapped, 'en'), [['(b)', 'Subparagraphs (a)–(b) of operative paragraph 1 are out of order: numbered (b), (a), expected (a), (b)']]);
    });

    it('numbers each embedded resolution from 1', () => {
      const b = new ModelBuilder('zh')
        .embedded('决议草案一')
        .op('1.', 1, '欢迎；')
        .op('2.', 2, '决定。')
        .embedded('决议草案二')
        .op('1.', 1, '建议；')
        .op('3.', 3, '鼓励；')
        .op('4.', 4, '决定。');
      assert.deepStrictEqual(findings(b), [['3.', '缺少编号 2：决议草案二执行部分第 2 至 3 段编为 3 至 4']]);
      assert.deepStrictEqual(findings(b, 'en'), [['3.', 'Number 2 is missing: draft resolution II, operative paragraphs 2–3 are numbered 3–4']]);
    });

    it('checks the numbered paragraphs of a report', () => {
      const b = new ModelBuilder('zh').report('1.', 1, '本报告根据第 2006/46 号决议编写。').report('2.', 2, '甲。').report('2.', 2, '乙。').report('3.', 3, '丙。');
      assert.deepStrictEqual(findings(b), [['2.', '编号 2 重复：报告第 3 至 4 段编为 2 至 3，比应有的编号各少 1']]);
      assert.strictEqual(run(b, 'en')[0].message, 'Number 2 is used twice: paragraphs 3–4 of the report are numbered 2–3, one too low');
      assert.strictEqual((run(b)[0].data as { level: string }).level, 'report');
      const typo = new ModelBuilder('en').report('1.', 1, 'A.').report('5.', 5, 'B.').report('3.', 3, 'C.');
      assert.deepStrictEqual(findings(typo, 'en'), [['5.', 'Paragraph 2 of the report is misnumbered: expected 2, found 5']]);
    });

    it('finishes quickly on a long list of scrambled numbers', () => {
      const b = new ModelBuilder('zh');
      for (let i = 0; i < 3000; i++) b.op(`${(i * 7919) % 3001 + 1}.`, ((i * 7919) % 3001) + 1, '确认；');
      const t = Date.now();
      const d = run(b);
      assert.ok(d.length > 0 && d.length <= 3000);
      assert.ok(Date.now() - t < 5000, `${Date.now() - t} ms`);
    });

    it('can be switched off', () => {
      const b = new ModelBuilder('zh').op('1.', 1, '确认；').op('3.', 3, '决定。');
      const doc = b.build();
      const settings = defaultSettings('zh');
      settings.severities['paragraph-numbering'] = 'off';
      assert.deepStrictEqual(checkStructure(doc, settings), []);
      settings.severities['paragraph-numbering'] = 2;
      assert.strictEqual(checkStructure(doc, settings)[0].severity, 2);
    });
  });

  describe('paragraph-punctuation', () => {
    it('flags wrong, half-width and missing endings with the expected mark', () => {
      const b = new ModelBuilder('zh')
        .organ('大会，')
        .pp('回顾其以往各项决议；')
        .pp('重申《2030 年议程》,<sup>1</sup>')
        .pp('认识到数字鸿沟')
        .footnote(1, '第 70/1 号决议。')
        .op('1.', 1, '确认信息和通信技术具有潜力。')
        .op('2.', 2, '决定继续审议这一问题；');
      const d = run(b);
      assert.deepStrictEqual(d.map((x) => [x.code, x.text, x.message]), [
        ['paragraph-punctuation', '；', '序言部分第 1 段应以“，”结尾，实为“；”'],
        ['paragraph-punctuation', ',', '序言部分第 2 段应以全角“，”结尾，实为半角“,”'],
        ['paragraph-punctuation', '沟', '序言部分第 3 段应以“，”结尾，但没有结尾标点'],
        ['paragraph-punctuation', '。', '执行部分第 1 段应以“；”结尾，实为“。”'],
        ['paragraph-punctuation', '；', '执行部分第 2 段应以“。”结尾，实为“；”（最后一个执行段落）'],
      ]);
      assert.deepStrictEqual(d[1].data, { expected: '，', found: ',', role: 'preambular' });
      assert.deepStrictEqual(d[2].data, { expected: '，', found: '', role: 'preambular' });
      assert.ok(d.every((x) => x.severity === 2));
    });

    it('expects a colon on a chapeau and a full stop on the last sub-paragraph of the last OP only', () => {
      const b = new ModelBuilder('zh')
        .op('1.', 1, '促请会员国，')
        .sub('(a)', 1, 'alpha', '增强能力；')
        .sub('(b)', 2, 'alpha', '营造环境。')
        .op('2.', 2, '决定：')
        .sub('(a)', 1, 'alpha', '甲；')
        .sub('(b)', 2, 'alpha', '乙；');
      const d = run(b, 'en');
      assert.deepStrictEqual(d.map((x) => [x.text, x.message]), [
        ['，', 'Operative paragraph 1 should end with “：”, found “，” (it introduces subparagraphs)'],
        ['。', 'Subparagraph (b) of operative paragraph 1 should end with “；”, found “。”'],
        ['；', 'Subparagraph (b) of operative paragraph 2 should end with “。”, found “；” (last subparagraph of the resolution)'],
      ]);
    });

    it('English text: full-width marks are findings', () => {
      const b = new ModelBuilder('en').organ('The General Assembly，').pp('Recalling its resolutions，').op('1.', 1, 'Decides to continue.');
      const d = run(b, 'en');
      assert.deepStrictEqual(d.map((x) => [x.text, x.message]), [
        ['，', 'The acting-organ line “The General Assembly，” should end with the half-width “,”, found the full-width “，”'],
        ['，', 'Preambular paragraph 1 should end with the half-width “,”, found the full-width “，”'],
      ]);
    });
  });

  describe('footnotes', () => {
    it('flags undefined, unused and duplicate footnotes', () => {
      const b = new ModelBuilder('zh')
        .pp('回顾第 70/1 号决议，<sup>1</sup>')
        .pp('又回顾第 69/313 号决议，<sup>2</sup>')
        .footnote(1, '第 70/1 号决议。')
        .footnote(1, '第 70/1 号决议，附件。')
        .footnote(3, '见 A/80/62。')
        .op('1.', 1, '决定。');
      const d = run(b);
      assert.deepStrictEqual(d.map((x) => [x.code, x.text, x.message]), [
        ['footnote-undefined', '<sup>2</sup>', '脚注 2 没有脚注正文'],
        ['footnote-duplicate', '<sup>1</sup>', '脚注 1 的脚注正文重复（第 5 行已有一条）'],
        ['footnote-unused', '<sup>3</sup>', '脚注 3 有脚注正文，但正文中没有引用它'],
      ]);
      const en = run(b, 'en');
      assert.deepStrictEqual(en.map((x) => x.message), [
        'Footnote 2 is referenced but never defined',
        'Footnote 1 is defined twice (first definition on line 5)',
        'Footnote 3 is defined but never referenced',
      ]);
      assert.deepStrictEqual(en.map((x) => x.severity), [1, 1, 2]);
    });

    it('flags the first reference that breaks the 1, 2, 3… run, once', () => {
      const swapped = new ModelBuilder('zh')
        .pp('甲，<sup>1</sup>')
        .pp('乙，<sup>3</sup>')
        .pp('丙，<sup>2</sup>')
        .pp('丁，<sup>1</sup>')
        .pp('戊，<sup>4</sup>')
        .footnote(1, 'a')
        .footnote(2, 'b')
        .footnote(3, 'c')
        .footnote(4, 'd');
      const d = run(swapped);
      assert.deepStrictEqual(d.map((x) => [x.code, x.text, x.message, x.data]), [
        ['footnote-order', '<sup>3</sup>', '脚注编号顺序有误：此处首次引用脚注 3，应为脚注 2', { expected: 2, found: 3, problem: 'order' }],
      ]);
      const gap = new ModelBuilder('zh')
        .pp('甲，<sup>1</sup>')
        .pp('乙，<sup>3</sup>')
        .pp('丙，<sup>4</sup>')
        .footnote(1, 'a')
        .footnote(3, 'c')
        .footnote(4, 'd');
      assert.deepStrictEqual(run(gap, 'en').map((x) => [x.text, x.message]), [
        ['<sup>3</sup>', 'Footnotes out of sequence: first reference to footnote 3 where footnote 2 was expected (footnote 2 is never referenced)'],
      ]);
    });
  });
});
