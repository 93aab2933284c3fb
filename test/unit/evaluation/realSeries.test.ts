/**
 * Agreed language on real successive English texts (issue 8 §6): for every paragraph of each later text of
 * a series in `../shared/real-en/INDEX.md`, the best paragraph of the earlier texts by an independent
 * word-level LCS ratio (test/support/realSeries.ts, not the tool's scorer), and the tool's finding beside it.
 *
 * Goals, per series and over all: paragraphs ≥ 0.8 similar found as exact/near (recall ≥ 0.95); the cited
 * source as close as the best one (≥ 0.95); paragraphs < 0.5 similar not called exact/near (precision ≥ 0.95);
 * paragraphs identical to an earlier one called exact (all). The bench prints the same figures for all
 * thirteen series (`npm run bench`, section "real series"); the oceans and the Security Council series are
 * left to it (the oceans take ~10 s; the SC series have too few paragraphs for a share).
 */
import * as assert from 'assert';
import { skipWithoutRealEn } from '../../support/realEn';
import { evaluateSeries, formatFigures, seriesFigures, shares, wordIds, wordRatio, type SeriesFigures, type SeriesRow } from '../../support/realSeries';

const SERIES = ['ict', 'sti', 'trade', 'rural', 'fininc', 'terror', 'agtech', 'ffd'];

describe('evaluation: agreed language on the real English series', function () {
  this.timeout(180_000);
  before(function () {
    skipWithoutRealEn(this);
  });

  it('the independent measure: word-level LCS ratio', () => {
    const v = new Map<string, number>();
    const r = (a: string, b: string) => wordRatio(wordIds(a, v), wordIds(b, v));
    assert.strictEqual(r('Recalling its resolution 70/1,', 'Recalling its resolution 70/1;'), 1);
    assert.strictEqual(r('a b c d', 'a b x d'), 0.75);
    assert.strictEqual(r('a b c d', 'd c b a'), 0.25);
    assert.strictEqual(r('a b', 'c d'), 0);
  });

  const all: SeriesRow[] = [];
  for (const series of SERIES) {
    it(`${series}: recall, source, precision and exact on the chain of INDEX.md`, () => {
      const rows = evaluateSeries(series);
      all.push(...rows);
      const f = seriesFigures(series, rows);
      console.log(`      ${formatFigures(f)}`);
      assertGoals(f, rows);
    });
  }

  it('over the eight series together', function () {
    if (all.length === 0) this.skip();
    const f = seriesFigures('all', all);
    console.log(`      ${formatFigures(f)}`);
    assertGoals(f, all);
    // the evaluation has something to measure: many paragraphs on each side of the thresholds
    assert.ok(f.high >= 1000 && f.low >= 100 && f.identical >= 800, formatFigures(f));
  });
});

function assertGoals(f: SeriesFigures, rows: SeriesRow[]): void {
  const s = shares(f);
  const misses = (pred: (r: SeriesRow) => boolean) =>
    rows
      .filter(pred)
      .slice(0, 8)
      .map((r) => `${r.later} ${r.label} ${r.best.toFixed(2)} (${r.bestSource}) → ${r.status} ${r.citedSource ?? ''}`)
      .join('; ');
  const agreed = (r: SeriesRow) => r.status === 'exact' || r.status === 'near';
  assert.ok(f.paragraphs > 0);
  assert.ok(s.recall >= 0.95, `recall ${s.recall}: ${misses((r) => r.best >= 0.8 && !agreed(r))}`);
  assert.ok(s.source >= 0.95, `source ${s.source}: ${misses((r) => r.best >= 0.8 && agreed(r) && (r.cited ?? 0) < r.best - 0.02)}`);
  assert.ok(s.precision >= 0.95, `precision ${s.precision}: ${misses((r) => r.best < 0.5 && agreed(r))}`);
  assert.strictEqual(f.identicalExact, f.identical, `identical not exact: ${misses((r) => r.identical && r.status !== 'exact')}`);
}
