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
    it('flags a gap once, on the number, with expected and found', () => {
      const b = new ModelBuilder('zh').op('1.', 1, '确认；').op('2.', 2, '欢迎；').op('4.', 4, '鼓励；').op('5.', 5, '决定。');
      const d = run(b);
      assert.strictEqual(d.length, 1);
      assert.strictEqual(d[0].code, 'paragraph-numbering');
      assert.strictEqual(d[0].text, '4.');
      assert.strictEqual(d[0].severity, 1);
      assert.strictEqual(d[0].message, '执行部分第 4 段编号有误：应为 3，实为 4（缺少编号 3）');
      assert.deepStrictEqual(d[0].data, { expected: 3, found: 4, expectedText: '3.', foundText: '4.', problem: 'gap', level: 'operative' });
    });

    it('flags a duplicate and an inversion', () => {
      const dup = run(new ModelBuilder('zh').op('1.', 1, '确认；').op('2.', 2, '欢迎；').op('2.', 2, '鼓励；').op('3.', 3, '决定。'), 'en');
      assert.deepStrictEqual(dup.map((d) => [d.text, d.message]), [
        ['2.', 'Operative paragraph 2 is misnumbered: expected 3, found 2 (number 2 is used twice)'],
      ]);
      const inv = run(new ModelBuilder('zh').op('1.', 1, '确认；').op('3.', 3, '欢迎；').op('2.', 2, '鼓励。'));
      assert.deepStrictEqual(inv.map((d) => [d.text, (d.data as { problem: string }).problem]), [
        ['3.', 'gap'],
        ['2.', 'order'],
      ]);
    });

    it('checks sub-paragraph letters, roman numerals and ㈠ per parent', () => {
      const b = new ModelBuilder('zh')
        .op('1.', 1, '建议如下：')
        .sub('(a)', 1, 'alpha', '鼓励各国政府：')
        .sub('㈠', 1, 'cjk', '将科学纳入国家战略；', 2)
        .sub('㈡', 2, 'cjk', '建立紧密联系；', 2)
        .sub('㈣', 4, 'cjk', '提高创新能力；', 2)
        .sub('(b)', 2, 'alpha', '鼓励委员会；')
        .sub('(d)', 4, 'alpha', '请秘书长报告；')
        .op('2.', 2, '决定：')
        .sub('(i)', 1, 'roman', '甲；')
        .sub('(ii)', 2, 'roman', '乙；')
        .sub('(iv)', 4, 'roman', '丙。');
      const d = run(b);
      assert.deepStrictEqual(d.map((x) => [x.text, x.message]), [
        ['㈣', '执行部分第 1 段(a)㈣分段编号有误：应为 ㈢，实为 ㈣（缺少编号 ㈢）'],
        ['(d)', '执行部分第 1 段(d)分段编号有误：应为 (c)，实为 (d)（缺少编号 (c)）'],
        ['(iv)', '执行部分第 2 段(iv)分段编号有误：应为 (iii)，实为 (iv)（缺少编号 (iii)）'],
      ]);
      assert.deepStrictEqual(d.map((x) => (x.data as { expectedText: string }).expectedText), ['㈢', '(c)', '(iii)']);
      const en = run(b, 'en');
      assert.strictEqual(en[0].message, 'Subparagraph ㈣ of operative paragraph 1 (a) is misnumbered: expected ㈢, found ㈣ (number ㈢ is missing)');
    });

    it('numbers each embedded resolution from 1', () => {
      const b = new ModelBuilder('zh')
        .embedded('决议草案一')
        .op('1.', 1, '欢迎；')
        .op('2.', 2, '决定。')
        .embedded('决议草案二')
        .op('1.', 1, '建议；')
        .op('3.', 3, '决定。');
      const d = run(b);
      assert.deepStrictEqual(d.map((x) => [x.text, x.message]), [['3.', '决议草案二执行部分第 3 段编号有误：应为 2，实为 3（缺少编号 2）']]);
    });

    it('checks the numbered paragraphs of a report', () => {
      const b = new ModelBuilder('zh').report('1.', 1, '本报告根据第 2006/46 号决议编写。').report('2.', 2, '甲。').report('2.', 2, '乙。').report('3.', 3, '丙。');
      assert.deepStrictEqual(run(b).map((x) => [x.text, x.message]), [['2.', '报告第 2 段编号有误：应为 3，实为 2（编号 2 重复）']]);
      assert.strictEqual(run(b, 'en')[0].message, 'Paragraph 2 of the report is misnumbered: expected 3, found 2 (number 2 is used twice)');
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
