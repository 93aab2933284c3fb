/** Diagnostics from agreements: where a draft repeats, reuses or deviates from agreed language. */
import type { ResolutionDocument, ServiceDiagnostic, Span } from '../model';
import { DIAGNOSTIC_SOURCE, severityFor, type ServiceSettings } from '../options';
import { LineIndex } from '../text/lineIndex';
import type { Change } from './change';
import { sourceMessage } from './sourceMessage';
import type { AgreedSource, ParagraphAgreement } from './types';

/**
 * Diagnostics for the agreements of `analyze`: `agreed-language` (Information) on exact
 * matches and partial reuse (data.partial = true), `agreed-language-deviation` (Warning) on
 * near matches. `data.sources` lists the sources, best first.
 */
export function agreementDiagnostics(doc: ResolutionDocument, agreements: ParagraphAgreement[], settings: ServiceSettings): ServiceDiagnostic[] {
  const out: ServiceDiagnostic[] = [];
  const sevAgreed = severityFor(settings, 'agreed-language');
  const sevDev = severityFor(settings, 'agreed-language-deviation');
  const lines = new LineIndex(doc.text);
  const locale = settings.locale;
  const range = (s: Span) => ({ start: lines.positionAt(s.start), end: lines.positionAt(s.end) });
  for (const a of agreements) {
    if (a.status === 'new' || a.sources.length === 0) continue;
    if (a.status === 'partial') {
      if (sevAgreed === undefined) continue;
      a.spans.forEach((span, i) => {
        const src = a.sources[i] ?? a.sources[0];
        const all = a.spanSources?.[i] ?? [src];
        out.push({
          range: range(span),
          span,
          severity: sevAgreed,
          code: 'agreed-language',
          source: DIAGNOSTIC_SOURCE,
          message: sourceMessage(locale, 'partial', src, all.length - 1),
          data: { partial: true, status: 'partial', label: a.label, sources: all.map(dataSource) },
        });
      });
      continue;
    }
    const severity = a.status === 'exact' ? sevAgreed : sevDev;
    if (severity === undefined) continue;
    const span = a.spans[0];
    out.push({
      range: range(span),
      span,
      severity,
      code: a.status === 'exact' ? 'agreed-language' : 'agreed-language-deviation',
      source: DIAGNOSTIC_SOURCE,
      message: sourceMessage(locale, a.status, a.sources[0], a.sources.length - 1),
      data: { status: a.status, label: a.label, sources: a.sources.map(dataSource) },
    });
  }
  return out;
}

function dataSource(s: AgreedSource): { symbol: string; paragraph: string; date?: string; similarity: number; text: string; changes: Change[]; docId: string; paragraphIndex: number } {
  return { symbol: s.symbol, paragraph: s.paragraph, date: s.date, similarity: s.similarity, text: s.text, changes: s.changes, docId: s.docId, paragraphIndex: s.paragraphIndex };
}
