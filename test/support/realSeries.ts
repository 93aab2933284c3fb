/**
 * Agreed language on the real English series of `../shared/real-en` (INDEX.md, "Series"): every paragraph
 * of each later text of a series against all the earlier texts of its chain, by an independent all-pairs
 * measure (a word-level LCS ratio, computed here and nowhere in the tool), with the tool's finding beside
 * it. Shared by `test/unit/evaluation/realSeries.test.ts` (which asserts the goals) and the bench (which
 * prints the figures).
 *
 * The measure: the paragraph's clean text (no number, no footnote marks) split into words and numbers
 * (`[\p{L}\p{N}]+`, case kept); ratio = 2·LCS / (|a| + |b|), difflib's ratio on word sequences. Paragraphs
 * under 40 characters are left out, as INDEX.md's overlap columns leave them out.
 */
import * as fs from 'fs';
import * as path from 'path';
import { toCorpusDocument } from '../../server/src/service/corpus';
import { AgreedLanguageIndex, labelledParagraphs, type ParagraphAgreement } from '../../server/src/service/matching';
import { defaultSettings } from '../../server/src/service/options';
import { parseDocument } from '../../server/src/service/parser';
import { extractPdf } from '../../server/src/service/documents/pdf';
import { REAL_EN_DIR, REAL_EN_PDF_DIR, hasRealEn, realEnIndex } from './realEn';

/** Words and numbers of a paragraph, interned as integers (equal words, equal ids). */
export function wordIds(text: string, vocab: Map<string, number>): Int32Array {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Int32Array(words.length);
  words.forEach((w, i) => {
    let id = vocab.get(w);
    if (id === undefined) vocab.set(w, (id = vocab.size));
    out[i] = id;
  });
  return out;
}

/** Length of the longest common subsequence of two word sequences (two-row DP). */
export function lcsLength(a: Int32Array, b: Int32Array): number {
  if (!a.length || !b.length) return 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const x = a[i - 1];
    for (let j = 1; j <= b.length; j++) cur[j] = x === b[j - 1] ? prev[j - 1] + 1 : cur[j - 1] > prev[j] ? cur[j - 1] : prev[j];
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** The text with white space collapsed: what "identical" compares. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** 2·LCS / (|a| + |b|): 1 for the same words in the same order. */
export function wordRatio(a: Int32Array, b: Int32Array): number {
  const n = a.length + b.length;
  return n ? (2 * lcsLength(a, b)) / n : 1;
}

/** An upper bound of `wordRatio` from the shared words alone (a multiset intersection), for pruning. */
function bagBound(a: Int32Array, b: Int32Array, counts: Int32Array): number {
  for (let i = 0; i < a.length; i++) counts[a[i]]++;
  let common = 0;
  for (let j = 0; j < b.length; j++) if (counts[b[j]] > 0) {
    counts[b[j]]--;
    common++;
  }
  for (let i = 0; i < a.length; i++) counts[a[i]] = 0;
  return (2 * common) / (a.length + b.length || 1);
}

export interface SeriesRow {
  series: string;
  /** The later text and the earlier texts it was checked against. */
  later: string;
  earlier: string[];
  label: string;
  /** Best independent similarity to any paragraph of the earlier texts, and where. */
  best: number;
  bestSource: string;
  /** The text is identical to a paragraph of an earlier text (white space collapsed). */
  identical: boolean;
  status: ParagraphAgreement['status'];
  /** The independent similarity of the tool's cited (first) source; undefined when it cites none. */
  cited?: number;
  citedSource?: string;
}

export interface SeriesFigures {
  series: string;
  paragraphs: number;
  /** ≥ 0.8 similar: found as exact/near. */
  high: number;
  highFound: number;
  /** Of those found: the cited source as close as the best (within 0.02). */
  sourceBest: number;
  /** < 0.5 similar: not called exact/near. */
  low: number;
  lowClean: number;
  /** Identical: called exact. */
  identical: number;
  identicalExact: number;
}

/** Tolerance for "as close as the best": two sources within 0.02 of each other are equally good. */
export const SOURCE_TOLERANCE = 0.02;

/** The series and their chains, in the order INDEX.md gives ("Order: A → B → …"). */
export function realSeriesChains(): Array<{ series: string; symbols: string[] }> {
  if (!hasRealEn()) return [];
  const md = fs.readFileSync(path.join(REAL_EN_DIR, 'INDEX.md'), 'utf8');
  const out: Array<{ series: string; symbols: string[] }> = [];
  let series: string | undefined;
  for (const line of md.split('\n')) {
    const h = /^### `([^`]+)`/.exec(line);
    if (h) series = h[1];
    const o = /^Order: (.*)$/.exec(line);
    if (o && series) out.push({ series, symbols: o[1].split('→').map((s) => s.trim().split(' ')[0]) });
  }
  return out;
}

/**
 * Runs one series: each text after the first against all the texts before it in the chain.
 * `corpusTexts` (text-file name → text) replaces what the tool indexes of an earlier text: the
 * text read from its PDF, for the same evaluation with the precedents given as PDFs. The later
 * text checked, and the independent measure, stay those of the text files.
 */
export function evaluateSeries(series: string, corpusTexts?: Map<string, string>): SeriesRow[] {
  const chain = realSeriesChains().find((c) => c.series === series);
  if (!chain) throw new Error(`series ${series} is not in INDEX.md`);
  const rows = realEnIndex();
  const settings = defaultSettings('en');
  const vocab = new Map<string, number>();
  const index = new AgreedLanguageIndex();
  const earlier: Array<{ symbol: string; label: string; ids: Int32Array }> = [];
  const earlierTexts = new Set<string>();
  let toolMs = 0;
  const out: SeriesRow[] = [];
  chain.symbols.forEach((symbol, k) => {
    const row = rows.find((r) => r.symbol === symbol);
    if (!row) throw new Error(`${symbol} is not in INDEX.md's table`);
    const doc = parseDocument(fs.readFileSync(path.join(REAL_EN_DIR, row.file), 'utf8'));
    const paras = labelledParagraphs(doc).filter((l) => l.paragraph.text.trim().length >= 40);
    if (k > 0) {
      const t0 = Date.now();
      const found = new Map(index.analyze(doc, settings).map((a) => [a.label, a]));
      toolMs += Date.now() - t0;
      let counts = new Int32Array(vocab.size + 1);
      for (const { paragraph, label } of paras) {
        const ids = wordIds(paragraph.text, vocab);
        if (counts.length < vocab.size + 1) counts = new Int32Array(vocab.size * 2 + 1);
        let best = 0;
        let bestSource = '';
        // latest texts first: the best match is mostly there, and the bound then prunes the rest
        for (let q = earlier.length - 1; q >= 0 && best < 1; q--) {
          const e = earlier[q];
          if (e.ids.length + ids.length === 0 || (2 * Math.min(e.ids.length, ids.length)) / (e.ids.length + ids.length) <= best) continue;
          if (bagBound(ids, e.ids, counts) <= best) continue;
          const r = wordRatio(ids, e.ids);
          if (r > best) {
            best = r;
            bestSource = `${e.symbol} ${e.label}`;
          }
        }
        const a = found.get(label);
        const src = a?.sources[0];
        const r: SeriesRow = {
          series,
          later: symbol,
          earlier: chain.symbols.slice(0, k),
          label,
          best,
          bestSource,
          identical: earlierTexts.has(flat(paragraph.text)),
          status: a?.status ?? 'new',
        };
        if (src && (a?.status === 'exact' || a?.status === 'near')) {
          r.cited = wordRatio(ids, wordIds(src.text, vocab));
          r.citedSource = `${src.symbol} ${src.paragraph}`;
        }
        out.push(r);
      }
    }
    for (const { paragraph, label } of paras) {
      earlier.push({ symbol, label, ids: wordIds(paragraph.text, vocab) });
      earlierTexts.add(flat(paragraph.text));
    }
    const indexed = corpusTexts?.has(row.file) ? parseDocument(corpusTexts.get(row.file)!) : doc;
    index.addDocument(
      toCorpusDocument(indexed, {
        id: symbol,
        path: row.file,
        symbol,
        citation: { zh: symbol, en: symbol },
        kind: 'resolution',
        status: row.kind === 'resolution' ? 'adopted' : 'draft',
        date: row.date,
        language: 'en',
        builtIn: false,
      }),
    );
  });
  if (process.env.REAL_SERIES_TIMING) console.error(`${series}: tool ${toolMs} ms`);
  return out;
}

/** The figures of a set of rows (one series, or all). */
export function seriesFigures(series: string, rows: SeriesRow[]): SeriesFigures {
  const agreed = (r: SeriesRow) => r.status === 'exact' || r.status === 'near';
  const high = rows.filter((r) => r.best >= 0.8);
  const found = high.filter(agreed);
  const low = rows.filter((r) => r.best < 0.5);
  const identical = rows.filter((r) => r.identical);
  return {
    series,
    paragraphs: rows.length,
    high: high.length,
    highFound: found.length,
    sourceBest: found.filter((r) => (r.cited ?? 0) >= r.best - SOURCE_TOLERANCE).length,
    low: low.length,
    lowClean: low.filter((r) => !agreed(r)).length,
    identical: identical.length,
    identicalExact: identical.filter((r) => r.status === 'exact').length,
  };
}

const share = (n: number, d: number) => (d ? n / d : 1);

/** Recall, source, precision and exact shares of a figures row (1 where nothing was due). */
export function shares(f: SeriesFigures): { recall: number; source: number; precision: number; exact: number } {
  return { recall: share(f.highFound, f.high), source: share(f.sourceBest, f.highFound), precision: share(f.lowClean, f.low), exact: share(f.identicalExact, f.identical) };
}

export function formatFigures(f: SeriesFigures): string {
  const s = shares(f);
  const p = (x: number) => `${(100 * x).toFixed(1)}%`;
  return `${f.series}: ${f.paragraphs} paragraphs; ≥0.8 found ${f.highFound}/${f.high} (${p(s.recall)}); source as close as the best ${f.sourceBest}/${f.highFound} (${p(s.source)}); <0.5 not agreed ${f.lowClean}/${f.low} (${p(s.precision)}); identical exact ${f.identicalExact}/${f.identical} (${p(s.exact)})`;
}

/** The series the evaluation covers (INDEX.md's, all of them). */
export const EVALUATED_SERIES = ['ict', 'sti', 'agtech', 'ffd', 'trade', 'rural', 'fininc', 'child', 'terror', 'oceans', 'sc-somalia-unsom', 'sc-iraq-unami', 'sc-colombia'];

/**
 * The earlier texts of these series as read from their PDFs (`../shared/real-en/pdf`), by text-file
 * name; `missing` lists the texts that have no PDF (they stay text files).
 */
export async function pdfCorpusTexts(series: string[]): Promise<{ texts: Map<string, string>; missing: string[] }> {
  const rows = realEnIndex();
  const texts = new Map<string, string>();
  const missing: string[] = [];
  for (const chain of realSeriesChains().filter((c) => series.includes(c.series))) {
    // The last text of a chain is only ever checked, never a precedent.
    for (const symbol of chain.symbols.slice(0, -1)) {
      const row = rows.find((r) => r.symbol === symbol);
      if (!row || texts.has(row.file)) continue;
      const pdf = path.join(REAL_EN_PDF_DIR, row.file.replace(/\.en\.txt$/, '.pdf'));
      if (!fs.existsSync(pdf)) {
        missing.push(row.file);
        continue;
      }
      const r = await extractPdf(fs.readFileSync(pdf));
      if (r.warnings.length || !r.text) throw new Error(`${pdf}: ${JSON.stringify(r.warnings)}`);
      texts.set(row.file, r.text);
    }
  }
  return { texts, missing };
}
