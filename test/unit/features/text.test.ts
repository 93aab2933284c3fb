import * as assert from 'node:assert/strict';
import { diffHunks, renderDiffMarkdown, tokenize } from '../../../server/src/service/features/text';

describe('features/text: comparison that ignores what is not a deviation', () => {
  it('tokenises CJK per character and Latin per word, dropping spaces', () => {
    assert.deepEqual(tokenize('2030 年议程 Agenda,').map((t) => t.key), ['2030', '年', '议', '程', 'agenda', ',']);
  });

  it('finds no difference for spacing or full/half width only', () => {
    assert.deepEqual(diffHunks('2015 年 12 月，(人居三)', '2015年12月,（人居三）'), []);
  });

  it('reports a changed word as one hunk with offsets in both texts', () => {
    const a = '其中评估了在执行世界峰会成果方面取得的进展';
    const b = '其中审查了在执行世界峰会成果方面取得的重大进展';
    const h = diffHunks(a, b);
    assert.equal(h.length, 2);
    assert.equal(a.slice(h[0].oldStart, h[0].oldEnd), '评估');
    assert.equal(b.slice(h[0].newStart, h[0].newEnd), '审查');
    assert.equal(a.slice(h[1].oldStart, h[1].oldEnd), '');
    assert.equal(b.slice(h[1].newStart, h[1].newEnd), '重大');
  });

  it('renders the agreed text with ~~removed~~ and **added** marks', () => {
    assert.equal(renderDiffMarkdown('因特网的作用', '互联网的重要作用'), '~~因特~~**互联**网的**重要**作用');
    assert.equal(renderDiffMarkdown('Decides to include the item', 'Decides to include the new item'), 'Decides to include the **new** item');
  });

  it('stays fast on long unrelated texts (diff has a time bound)', () => {
    const a = '甲乙丙丁'.repeat(3000);
    const b = '子丑寅卯'.repeat(3000);
    const t = Date.now();
    const h = diffHunks(a, b);
    assert.ok(h.length >= 1);
    assert.ok(Date.now() - t < 5000);
  });
});
