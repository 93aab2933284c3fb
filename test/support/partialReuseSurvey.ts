/**
 * Partial reuse on the real English series by the shortest span allowed: every later text of each series
 * in `../shared/real-en/INDEX.md` against the earlier texts of its chain (as `realSeries.ts` does), the
 * spans reported as partial reuse counted by length (normalised characters). The measurement behind the
 * per-language minimum (`partialReuseMinChars` in language/data/en.ts); printed by the bench.
 */
import * as fs from 'fs';
import * as path from 'path';
import { toCorpusDocument } from '../../server/src/service/corpus';
import { AgreedLanguageIndex, labelledParagraphs } from '../../server/src/service/matching';
import { normalize } from '../../server/src/service/matching/normalize';
import { defaultSettings, type ServiceSettings } from '../../server/src/service/options';
import { parseDocument } from '../../server/src/service/parser';
import { REAL_EN_DIR, realEnIndex } from './realEn';
import { realSeriesChains } from './realSeries';

/** Lower bounds of the length bands counted (normalised characters): 20–29, 30–39, 40–49, 50–79, ≥ 80. */
export const SPAN_BANDS = [20, 30, 40, 50, 80];

export interface MinimumFigures {
  /** The `thresholds.partialMinChars` setting; undefined: unset, each language's own minimum. */
  minimum?: number;
  /** Paragraphs found as partial reuse, and their reused spans. */
  paragraphs: number;
  spans: number;
  /** Spans per band of `SPAN_BANDS` (shorter than the first band: counted in none). */
  bands: number[];
  /** The shortest span reported (normalised characters). */
  shortest: number;
}

/** The figures for each minimum (undefined = unset). */
export function partialReuseSurvey(minimums: Array<number | undefined>): MinimumFigures[] {
  const rows = realEnIndex();
  const settings: ServiceSettings[] = minimums.map((m) => ({ ...defaultSettings('en'), thresholds: m === undefined ? { near: 0.7 } : { near: 0.7, partialMinChars: m } }));
  const out: MinimumFigures[] = minimums.map((minimum) => ({ minimum, paragraphs: 0, spans: 0, bands: SPAN_BANDS.map(() => 0), shortest: Infinity }));
  for (const chain of realSeriesChains()) {
    const index = new AgreedLanguageIndex();
    chain.symbols.forEach((symbol, k) => {
      const row = rows.find((r) => r.symbol === symbol);
      if (!row) throw new Error(`${symbol} is not in INDEX.md's table`);
      const doc = parseDocument(fs.readFileSync(path.join(REAL_EN_DIR, row.file), 'utf8'));
      if (k > 0) {
        for (const { paragraph } of labelledParagraphs(doc)) {
          settings.forEach((s, i) => {
            const r = index.analyzeParagraph(paragraph, s);
            if (r.status !== 'partial') return;
            const f = out[i];
            f.paragraphs++;
            for (const x of r.ranges) {
              const n = normalize(paragraph.text.slice(x.start, x.end)).text.length;
              f.spans++;
              f.shortest = Math.min(f.shortest, n);
              let b = SPAN_BANDS.length - 1;
              while (b >= 0 && n < SPAN_BANDS[b]) b--;
              if (b >= 0) f.bands[b]++;
            }
          });
        }
      }
      const meta = { id: symbol, path: row.file, symbol, citation: { zh: symbol, en: symbol }, kind: 'resolution' as const, status: row.kind === 'resolution' ? ('adopted' as const) : ('draft' as const), date: row.date, language: 'en' as const, builtIn: false };
      index.addDocument(toCorpusDocument(doc, meta));
    });
  }
  return out;
}
