/**
 * reference-malformed (a symbol or citation that cannot be read) and reference-inconsistent
 * (a citation whose date or title contradicts what the precedent texts say).
 */
import { format, type Locale } from '../i18n';
import type { DocumentReference, Range, ResolutionDocument, ServiceDiagnostic, Span } from '../model';
import { DIAGNOSTIC_SOURCE, severityFor, type ServiceSettings } from '../options';
import { referenceMessages as M, type ReferenceMessageKey } from './messages';
import { parseSymbol } from './symbols';
import type { ReferenceTable, ResolutionFacts } from './table';
import { normaliseTitle } from './text';
import { titleLanguage } from './titleLanguage';


/** Data attached to a reference-inconsistent diagnostic. */
export interface InconsistencyData {
  field: 'date' | 'title';
  number: string;
  kind: 'resolution' | 'decision';
  given: string;
  expected: string;
  /** Where the corpus gives `expected`. */
  sources: string[];
}

function msg(locale: Locale, key: ReferenceMessageKey, args: Record<string, string | number> = {}): string {
  return format(locale, M[key], args);
}

function sourcesText(locale: Locale, sources: string[]): string {
  const shown = sources.slice(0, 2);
  const list = shown.join(msg(locale, 'sources-separator'));
  return sources.length > shown.length ? msg(locale, 'sources-more', { list }) : list;
}

export function malformedMessage(locale: Locale, ref: Pick<DocumentReference, 'kind' | 'raw' | 'malformed'>): string {
  const reason = ref.malformed?.reason ?? '';
  if (ref.kind === 'symbol') {
    const parsed = parseSymbol(ref.raw);
    const err = parsed.ok ? undefined : parsed.error;
    const key = (err?.problem ?? reason) as ReferenceMessageKey;
    const where = err?.part !== undefined && key !== 'symbol-empty-part' ? msg(locale, 'where-part', { part: err.part }) : '';
    if (!(key in M)) return msg(locale, 'symbol-missing-number', { raw: ref.raw, where });
    return msg(locale, key, {
      raw: ref.raw,
      where,
      component: err?.component ?? '?',
      part: err?.part ?? 1,
      text: err?.text ?? '',
    });
  }
  const kind = msg(locale, ref.kind === 'decision' ? 'kind-decision' : 'kind-resolution');
  const key = (reason in M ? reason : 'number-missing') as ReferenceMessageKey;
  return msg(locale, key, { raw: ref.raw, kind, number: ref.malformed?.detail ?? '' });
}

/** The value given by most sources, and those sources. */
function consensus<T extends { source: string }>(items: T[], value: (t: T) => string): { expected: string; sources: string[]; distinct: number } {
  const bySource = new Map<string, string[]>();
  for (const it of items) {
    const v = value(it);
    const list = bySource.get(v) ?? [];
    if (!list.includes(it.source)) list.push(it.source);
    bySource.set(v, list);
  }
  let expected = '';
  let sources: string[] = [];
  for (const [v, list] of bySource) {
    if (list.length > sources.length) {
      expected = v;
      sources = list;
    }
  }
  return { expected, sources, distinct: bySource.size };
}

/**
 * Compares one citation entry with the table. Returns what contradicts it, if anything:
 * a date that no precedent text gives (or fewer texts give than another date), or a title that matches none of the
 * precedent titles in the same language (spacing, width and quote style ignored).
 */
export function compareEntry(
  entry: { number: string; date?: string; title?: string },
  kind: 'resolution' | 'decision',
  facts: ResolutionFacts | undefined,
  /** The language of the citing document (only the title's language is read from it). */
  language?: string,
): Array<InconsistencyData & { mixed: boolean }> {
  const out: Array<InconsistencyData & { mixed: boolean }> = [];
  if (!facts) return out;
  if (entry.date && facts.dates.length > 0) {
    // Flag a date no precedent gives, or one that fewer precedents give than another date
    // (so a wrong date in one corpus file, perhaps the draft itself, does not hide the contradiction).
    const c = consensus(facts.dates, (d) => d.date);
    const givenBy = new Set(facts.dates.filter((d) => d.date === entry.date).map((d) => d.source)).size;
    if (givenBy < c.sources.length && c.expected !== entry.date) {
      out.push({ field: 'date', number: facts.number, kind, given: entry.date, expected: c.expected, sources: c.sources, mixed: c.distinct > 1 });
    }
  }
  if (entry.title) {
    const lang = titleLanguage(entry.title, language);
    const sameLanguage = facts.titles.filter((t) => (t.language ?? titleLanguage(t.title)) === lang);
    const given = normaliseTitle(entry.title);
    if (given && sameLanguage.length > 0 && !sameLanguage.some((t) => normaliseTitle(t.title) === given)) {
      const c = consensus(sameLanguage, (t) => t.title);
      out.push({ field: 'title', number: facts.number, kind, given: entry.title, expected: c.expected, sources: c.sources, mixed: c.distinct > 1 });
    }
  }
  return out;
}

function diag(range: Range, span: Span, severity: NonNullable<ReturnType<typeof severityFor>>, code: string, message: string, data?: unknown): ServiceDiagnostic {
  const d: ServiceDiagnostic = { range, span, severity, code, source: DIAGNOSTIC_SOURCE, message };
  if (data !== undefined) d.data = data;
  return d;
}

/** reference-malformed and reference-inconsistent for one parsed document. Never throws. */
export function checkReferences(doc: ResolutionDocument, table: ReferenceTable | undefined, settings: ServiceSettings): ServiceDiagnostic[] {
  const out: ServiceDiagnostic[] = [];
  try {
    const locale = settings.locale;
    const malformedSeverity = severityFor(settings, 'reference-malformed');
    const inconsistentSeverity = severityFor(settings, 'reference-inconsistent');
    for (const ref of doc.references ?? []) {
      if (ref.malformed && malformedSeverity !== undefined) {
        out.push(diag(ref.range, ref.span, malformedSeverity, 'reference-malformed', malformedMessage(locale, ref), { reason: ref.malformed.reason, raw: ref.raw }));
      }
      if (!table || inconsistentSeverity === undefined || ref.kind === 'symbol') continue;
      const kind = ref.kind;
      for (const entry of ref.entries ?? []) {
        for (const found of compareEntry(entry, kind, table.get(entry.number, kind, ref.organ), doc.language)) {
          const { mixed, ...data } = found;
          const key: ReferenceMessageKey = found.field === 'title' ? 'inconsistent-title' : mixed ? 'inconsistent-date-mixed' : 'inconsistent-date';
          const message = msg(locale, key, {
            number: found.number,
            kind: msg(locale, kind === 'decision' ? 'kind-decision' : 'kind-resolution'),
            Kind: msg(locale, kind === 'decision' ? 'Kind-decision' : 'Kind-resolution'),
            given: found.given,
            expected: found.expected,
            sources: sourcesText(locale, found.sources),
          });
          out.push(diag(entry.range, entry.span, inconsistentSeverity, 'reference-inconsistent', message, data));
        }
      }
    }
  } catch {
    // a check must never take the service down
  }
  return out;
}
