import * as assert from 'assert';
import { chineseNumeral, romanNumeral, toCorpusDocument } from '../../../server/src/service/corpus/labels';
import { completeMeta } from '../../../server/src/service/corpus/metadata';
import { document, para, resolution } from './helpers';

const META = completeMeta({ id: 'd', path: '/d.md', builtIn: false, metaSource: 'file-name' });

describe('corpus labels (hand-built parse results)', () => {
  it('numerals', () => {
    assert.deepStrictEqual([1, 2, 10, 12, 21].map(chineseNumeral), ['一', '二', '十', '十二', '二十一']);
    assert.deepStrictEqual([1, 2, 4, 9, 14].map(romanNumeral), ['I', 'II', 'IV', 'IX', 'XIV']);
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
