/**
 * The partial-reuse section: spans reported as partial reuse on the real English series by the shortest
 * span allowed (test/support/partialReuseSurvey.ts), the English default beside the fixed minimums it was
 * chosen from (language/data/en.ts `partialReuseMinChars`).
 */
import { getProfile } from '../../server/src/service/language';
import { hasRealEn } from '../support/realEn';
import { partialReuseSurvey, SPAN_BANDS, type MinimumFigures } from '../support/partialReuseSurvey';
import { fmtMs, time, type BenchRow } from './harness';

const SECTION = 'partial reuse';

export function benchPartialReuse(log: (s: string) => void): BenchRow[] {
  if (!hasRealEn()) return [{ section: SECTION, figure: 'spans by minimum on ../shared/real-en', value: 'n/a (the texts are absent)' }];
  const englishMin = getProfile('en').data.partialReuseMinChars;
  const t = time(() => partialReuseSurvey([20, 30, 40, 50, undefined]));
  log(`partial reuse by minimum: ${fmtMs(t.ms)}`);
  const band = (i: number) => (i + 1 < SPAN_BANDS.length ? `${SPAN_BANDS[i]}–${SPAN_BANDS[i + 1] - 1}` : `≥ ${SPAN_BANDS[i]}`);
  const value = (f: MinimumFigures) => `${f.paragraphs} paragraphs, ${f.spans} spans (${f.bands.map((n, i) => `${band(i)}: ${n}`).join(', ')})`;
  return t.value.map((f) =>
    f.minimum === undefined
      ? { section: SECTION, figure: `13 real series, default (English ${englishMin})`, value: value(f), goal: `no span under ${englishMin} characters`, ok: f.spans === 0 || f.shortest >= englishMin }
      : { section: SECTION, figure: `13 real series, minimum ${f.minimum} for every language`, value: value(f) },
  );
}
