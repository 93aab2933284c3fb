import * as assert from 'assert';
import fc from 'fast-check';
import { acceptAll, hunksOf, rejectAll, revisionPieces } from '../../../server/src/service/negotiation/revisions';

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

describe('negotiation/revisions: tracked changes from agreed text to the draft', () => {
  it('marks a changed date and number as one deletion and one insertion each, word by word', () => {
    const src = 'Recalling its resolution 78/132 of 19 December 2023 and its previous resolutions,';
    const dft = 'Recalling its resolution 79/194 of 19 December 2024 and its previous resolutions,';
    const pieces = revisionPieces(src, dft);
    assert.strictEqual(acceptAll(pieces), dft);
    assert.strictEqual(rejectAll(pieces), src);
    assert.deepStrictEqual(hunksOf(pieces).map((h) => [h.from.trim(), h.to.trim()]), [
      ['78/132', '79/194'],
      ['2023', '2024'],
    ]);
  });

  it('does not mark spacing or width differences (2030 年 / 2030年, ， / ,) but keeps the draft’s form', () => {
    const src = '使这一议程到 2030 年得到全面执行，';
    const dft = '使这一议程到2030年得到全面执行,';
    const pieces = revisionPieces(src, dft);
    assert.deepStrictEqual(pieces.map((p) => p.kind), ['equal']);
    assert.strictEqual(acceptAll(pieces), dft);
  });

  it('marks a changed leading verb in Chinese', () => {
    const pieces = revisionPieces('还重申2016年10月17日通过《新城市议程》，', '重申2016年10月17日通过的《新城市议程》，');
    assert.strictEqual(acceptAll(pieces), '重申2016年10月17日通过的《新城市议程》，');
    const hunks = hunksOf(pieces);
    assert.ok(hunks.some((h) => h.from.includes('还')), JSON.stringify(hunks));
    assert.ok(hunks.some((h) => h.to === '的'), JSON.stringify(hunks));
  });

  it('accepting every revision gives the draft exactly, rejecting gives the source up to spacing and width (property)', () => {
    const word = fc.constantFrom('the', 'General', 'Assembly', 'decides', '2025', '79/194', '大会', '决定', '回顾', '，', ',', ';', 'إن', 'الجمعية', 'العامة', '、', '第八十届', '(a)', '“', '”');
    const text = fc.array(fc.tuple(word, fc.constantFrom('', ' ', '  ', '\u00a0')), { maxLength: 40 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, text, (src, dft) => {
        const pieces = revisionPieces(src, dft);
        assert.strictEqual(acceptAll(pieces), dft);
        assert.strictEqual(fold(rejectAll(pieces)), fold(src));
        for (const p of pieces) assert.ok(p.text.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('holds for arbitrary strings too (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.string({ maxLength: 120 }), (src, dft) => {
        assert.strictEqual(acceptAll(revisionPieces(src, dft)), dft);
      }),
      { numRuns: 300 },
    );
  });
});
