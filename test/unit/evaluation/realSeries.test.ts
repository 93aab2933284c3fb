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
import { evaluateSeries, formatFigures, pdfCorpusTexts, seriesFigures, shares, wordIds, wordRatio, type SeriesFigures, type SeriesRow } from '../../support/realSeries';

const SERIES = ['ict', 'sti', 'trade', 'rural', 'fininc', 'terror', 'agtech', 'ffd'];
/** The text-file figures of each series (and `all`), printed beside the PDF ones. */
const textFigures = new Map<string, SeriesFigures>();

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
      textFigures.set(series, f);
      console.log(`      ${formatFigures(f)}`);
      assertGoals(f, rows);
    });
  }

  it('over the eight series together', function () {
    if (all.length === 0) this.skip();
    const f = seriesFigures('all', all);
    textFigures.set('all', f);
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

/**
 * Pinned a little under the figures measured with the precedents read from PDF (2026-12-01: over the
 * eight series recall 99.9 % (99.8 % before the per-language partial-reuse minimum), source 99.7 %, precision 100 %, exact 99.9 %; per series at least 99.0 %,
 * 99.1 %, 100 %, 98.9 %). The one identical paragraph not called exact is A/RES/80/154 OP 9: its
 * precedent's text file (A/C.2/80/L.32 OP 9) has `micro- , small` where the PDF has `micro-, small`.
 */
const PDF_SERIES_MIN = { recall: 0.98, source: 0.98, precision: 0.98, exact: 0.98 };
const PDF_ALL_MIN = { recall: 0.99, source: 0.99, precision: 0.99, exact: 0.99 };

function assertPinned(f: SeriesFigures, rows: SeriesRow[], min: typeof PDF_ALL_MIN): void {
  const s = shares(f);
  const agreed = (r: SeriesRow) => r.status === 'exact' || r.status === 'near';
  const misses = (pred: (r: SeriesRow) => boolean) =>
    rows
      .filter(pred)
      .slice(0, 8)
      .map((r) => `${r.later} ${r.label} ${r.best.toFixed(2)} (${r.bestSource}) → ${r.status} ${r.citedSource ?? ''}`)
      .join('; ');
  assert.ok(f.paragraphs > 0);
  assert.ok(s.recall >= min.recall, `recall ${s.recall}: ${misses((r) => r.best >= 0.8 && !agreed(r))}`);
  assert.ok(s.source >= min.source, `source ${s.source}: ${misses((r) => r.best >= 0.8 && agreed(r) && (r.cited ?? 0) < r.best - 0.02)}`);
  assert.ok(s.precision >= min.precision, `precision ${s.precision}: ${misses((r) => r.best < 0.5 && agreed(r))}`);
  assert.ok(s.exact >= min.exact, `exact ${s.exact}: ${misses((r) => r.identical && r.status !== 'exact')}`);
}

/**
 * The same with the earlier texts given as their official PDFs (`../shared/real-en/pdf`, read by the
 * PDF reader): what the tool indexes of a precedent is the text read from its PDF; the later text and
 * the independent measure stay the text files'. Figures printed beside the text-file ones.
 */
describe('evaluation: agreed language on the real English series, precedents read from their PDFs', function () {
  this.timeout(300_000);
  let texts = new Map<string, string>();
  before(async function () {
    skipWithoutRealEn(this);
    const r = await pdfCorpusTexts(SERIES);
    texts = r.texts;
    // 76/189, the first text of the ICT chain, is the one of the 46 without a PDF: it stays a text file.
    assert.deepStrictEqual(r.missing, ['A-RES-76-189.en.txt'], 'every other precedent of the eight series has its PDF');
    console.log(`      ${texts.size} precedents read from PDF; without a PDF, as text: ${r.missing.join(', ')}`);
  });

  const all: SeriesRow[] = [];
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const brief = (f: SeriesFigures | undefined) => {
    if (!f) return 'n/a';
    const s = shares(f);
    return `recall ${pct(s.recall)}, source ${pct(s.source)}, precision ${pct(s.precision)}, exact ${pct(s.exact)}`;
  };
  for (const series of SERIES) {
    it(`${series}: the same goals with the precedents read from PDF`, () => {
      const rows = evaluateSeries(series, texts);
      all.push(...rows);
      const f = seriesFigures(series, rows);
      console.log(`      ${series} from PDF: ${brief(f)} | text files: ${brief(textFigures.get(series))}`);
      assertPinned(f, rows, PDF_SERIES_MIN);
    });
  }

  it('over the eight series together, from PDF', function () {
    if (all.length === 0) this.skip();
    const f = seriesFigures('all', all);
    console.log(`      ${formatFigures(f)} (from PDF)`);
    console.log(`      all from PDF: ${brief(f)} | text files: ${brief(textFigures.get('all'))}`);
    assertPinned(f, all, PDF_ALL_MIN);
    assert.ok(f.high >= 1000 && f.low >= 100 && f.identical >= 800, formatFigures(f));
  });
});
