import * as assert from 'assert';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import { toCorpusDocument } from '../../../server/src/service/corpus/labels';
import { toChineseNumeral, toRoman } from '../../../server/src/service/text/numerals';
import { completeMeta } from '../../../server/src/service/corpus/metadata';
import { document, para, resolution } from './helpers';

const META = completeMeta({ id: 'd', path: '/d.md', builtIn: false, metaSource: 'file-name' });

describe('corpus labels (hand-built parse results)', () => {
  it('numerals', () => {
    assert.deepStrictEqual([1, 2, 10, 12, 21].map(toChineseNumeral), ['一', '二', '十', '十二', '二十一']);
    assert.deepStrictEqual([1, 2, 4, 9, 14].map((n) => toRoman(n).toUpperCase()), ['I', 'II', 'IV', 'IX', 'XIV']);
  });

  it('labels PPs, OPs and sub-paragraphs of a stand-alone resolution, in text order', () => {
    const doc = document({
      resolutions: [
        resolution(
          [para('preambular', 1, '回顾其以往的各项决议，', { verb: '回顾' }), para('preambular', 2, '又重申《2030年议程》，', { verb: '又重申' })],
          [
            para('operative', 1, '决定继续审议；', { number: '1.', verb: '决定' }),
            para('operative', 2, '在这方面强调以下各点：', {
              number: '2.',
              verb: '强调',
              lead: '在这方面',
              subs: [para('subparagraph', 1, '第一点；', { number: '(a)' }), para('subparagraph', 2, '第二点。', { number: '(b)' })],
            }),
          ],
        ),
      ],
    });
    const cd = toCorpusDocument(doc, META);
    assert.deepStrictEqual(
      cd.paragraphs.map((p) => p.label),
      ['PP 1', 'PP 2', 'OP 1', 'OP 2', 'OP 2(a)', 'OP 2(b)'],
    );
    assert.deepStrictEqual(
      cd.paragraphs.map((p) => p.labelText.zh),
      ['序言部分第 1 段', '序言部分第 2 段', '执行部分第 1 段', '执行部分第 2 段', '执行部分第 2(a) 段', '执行部分第 2(b) 段'],
    );
    assert.strictEqual(cd.paragraphs[4].labelText.en, 'operative paragraph 2 (a)');
    assert.deepStrictEqual(cd.paragraphs.map((p) => p.index), [0, 1, 2, 3, 4, 5]);
    // verb and where the body starts: after the verb, lead included in what is skipped.
    assert.strictEqual(cd.paragraphs[1].verb, '又重申');
    assert.strictEqual(cd.paragraphs[1].text.slice(cd.paragraphs[1].bodyStart), '《2030年议程》，');
    assert.strictEqual(cd.paragraphs[3].text.slice(cd.paragraphs[3].bodyStart), '以下各点：');
    assert.strictEqual(cd.paragraphs[4].verb, undefined);
    assert.strictEqual(cd.paragraphs[4].bodyStart, 0);
  });

  it('prefixes the labels of resolutions embedded in a report and labels report paragraphs', () => {
    const doc = document({
      kind: 'report',
      reportParagraphs: [para('report', 1, '委员会建议理事会通过以下决议草案：', { number: '1.' })],
      resolutions: [
        resolution([para('preambular', 1, '回顾……，', { verb: '回顾' })], [para('operative', 1, '欢迎……；', { number: '1.', verb: '欢迎' })], {
          embeddedLabel: '决议草案一',
          embeddedIndex: 1,
        }),
        resolution([], [para('operative', 3, '请……。', { number: '3.', verb: '请' })], { embeddedLabel: '决议草案二', embeddedIndex: 2 }),
      ],
    });
    const cd = toCorpusDocument(doc, META);
    assert.deepStrictEqual(
      cd.paragraphs.map((p) => p.label),
      ['para. 1', 'draft resolution I, PP 1', 'draft resolution I, OP 1', 'draft resolution II, OP 3'],
    );
    assert.deepStrictEqual(
      cd.paragraphs.map((p) => p.labelText.zh),
      ['第 1 段', '决议草案一序言部分第 1 段', '决议草案一执行部分第 1 段', '决议草案二执行部分第 3 段'],
    );
    assert.strictEqual(cd.paragraphs[3].labelText.en, 'draft resolution II, operative paragraph 3');
    assert.strictEqual(cd.paragraphs[0].labelText.en, 'paragraph 1');
  });

  it('leaves out paragraphs with no text', () => {
    const doc = document({ resolutions: [resolution([para('preambular', 1, '  ')], [para('operative', 1, '决定；', { number: '1.' })])] });
    assert.deepStrictEqual(toCorpusDocument(doc, META).paragraphs.map((p) => p.label), ['OP 1']);
  });
});

describe('corpus labels on the seeds (real parser)', () => {
  let docs: Awaited<ReturnType<typeof loadCorpus>>['documents'];
  before(async () => {
    docs = (await loadCorpus({ paths: [] })).documents;
  });
  const seed = (file: string) => docs.find((d) => d.meta.path === `builtin:${file}`)!;
  const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

  it('80/118 (000): PP 1…PP 59, OP 1…OP 74 with OP 70(a) and OP 70(b) after OP 70', () => {
    const d = seed('000_1ed030a242e859ae.txt');
    // 59 PPs: the PP cut by the footnote block on page 2 (…小岛屿发展中国家议程：) is one paragraph, see DOMAIN.md.
    assert.deepStrictEqual(
      d.paragraphs.map((p) => p.label),
      [...range('PP ', 1, 59), ...range('OP ', 1, 70), 'OP 70(a)', 'OP 70(b)', ...range('OP ', 71, 74)],
    );
    const op70a = d.paragraphs.find((p) => p.label === 'OP 70(a)')!;
    assert.deepStrictEqual(op70a.labelText, { zh: '执行部分第 70(a) 段', en: 'operative paragraph 70 (a)' });
    assert.strictEqual(op70a.kind, 'subparagraph');
    const pp1 = d.paragraphs[0];
    assert.deepStrictEqual(pp1.labelText, { zh: '序言部分第 1 段', en: 'preambular paragraph 1' });
    assert.strictEqual(pp1.verb, '回顾');
    assert.ok(pp1.text.slice(pp1.bodyStart).startsWith('其关于信息和通信技术促进可持续发展的 2024 年 12 月 19 日第 79/194 号决议'), pp1.text);
    const op7 = d.paragraphs.find((p) => p.label === 'OP 7')!;
    assert.strictEqual(op7.labelText.zh, '执行部分第 7 段');
    // Bold verbs: markers are gone from the text, the body starts after the verb.
    const bold = d.paragraphs.find((p) => p.text.startsWith('又重申其关于《第三次发展筹资问题国际会议'))!;
    assert.strictEqual(bold.verb, '又重申');
    assert.ok(bold.text.slice(bold.bodyStart).startsWith('其关于《第三次'));
  });

  it('E/2025/31 (003): report paragraphs and the two embedded draft resolutions, prefixed', () => {
    const d = seed('003_10c262350bcf095e.txt');
    const labels = d.paragraphs.map((p) => p.label);
    assert.strictEqual(labels[0], 'para. 1');
    assert.strictEqual(labels[1], 'draft resolution I, PP 1');
    assert.strictEqual(new Set(labels).size, labels.length, 'labels are unique');
    const op3 = d.paragraphs.find((p) => p.label === 'draft resolution I, OP 3')!;
    assert.deepStrictEqual(op3.labelText, { zh: '决议草案一执行部分第 3 段', en: 'draft resolution I, operative paragraph 3' });
    assert.strictEqual(op3.verb, '重申');
    assert.ok(op3.text.startsWith('重申致力于全面落实世界峰会成果'));
    const ii = d.paragraphs.find((p) => p.label === 'draft resolution II, PP 1')!;
    assert.strictEqual(ii.labelText.zh, '决议草案二序言部分第 1 段');
    // Sub-sub-paragraphs numbered ㈠ … (十一) in Chinese.
    const sub = d.paragraphs.find((p) => p.label === 'draft resolution II, OP 1(a)(i)')!;
    assert.deepStrictEqual(sub.labelText, { zh: '决议草案二执行部分第 1(a)㈠ 段', en: 'draft resolution II, operative paragraph 1 (a)(i)' });
    assert.strictEqual(d.paragraphs.find((p) => p.label === 'draft resolution II, OP 1(a)(xi)')?.labelText.zh, '决议草案二执行部分第 1(a)(十一) 段');
    // Report paragraphs after the resolutions.
    const para2 = labels.indexOf('para. 2');
    assert.ok(para2 > labels.lastIndexOf('draft resolution II, PP 1'));
    assert.strictEqual(d.paragraphs[para2].labelText.zh, '第 2 段');
    // Index order.
    assert.deepStrictEqual(d.paragraphs.map((p) => p.index), d.paragraphs.map((_, i) => i));
  });

  it('every paragraph of every seed has a label, text and a body start inside the text', () => {
    for (const d of docs) {
      assert.ok(d.paragraphs.length > 40, `${d.meta.path}: ${d.paragraphs.length}`);
      for (const p of d.paragraphs) {
        assert.ok(p.label && p.labelText.zh && p.labelText.en && p.text, `${d.meta.path} ${p.label}`);
        assert.ok(p.bodyStart >= 0 && p.bodyStart <= p.text.length, `${d.meta.path} ${p.label}`);
        if (p.verb) assert.ok(p.text.slice(0, p.bodyStart).includes(p.verb), `${d.meta.path} ${p.label}: ${p.verb} / ${p.text.slice(0, 20)}`);
      }
    }
    assert.deepStrictEqual(seed('002_c6d456420a6e3b58.txt').paragraphs.slice(0, 2).map((p) => p.label), ['para. 1', 'para. 2']);
  });
});
