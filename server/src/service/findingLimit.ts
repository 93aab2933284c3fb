/**
 * At most so many findings of one code per document, and a summary finding for the rest.
 *
 * A draft with 130,000 `<sup>` markers made 130,000 footnote findings: more than an editor's Problems
 * panel or a reader can use, and (spread into one call) past the stack's argument limit. The first
 * `limit` findings of each code are kept, in document order; one more finding of the same code and
 * severity, at the first one left out, says how many were left out.
 */
import { format, messagesById, type Locale, type MessageTables } from './i18n';
import type { ServiceDiagnostic } from './model';

/** Findings kept per code and document. The seeds and the 46 real English texts have at most 16 of one code (without a corpus; paragraph-punctuation in A/80/L.22). */
export const MAX_FINDINGS_PER_CODE = 1000;

/** The summary finding, one table per locale. */
export const findingLimitMessageTables: MessageTables<'more'> = {
  en: { more: '{count} more {count, plural, one {finding} other {findings}} of this kind ({code}) not listed: at most {limit} of each kind are listed' },
  zh: { more: '另有 {count} 条同类问题（{code}）未列出：每类最多列出 {limit} 条' },
  fr: {
    more: '{count, plural, one {# autre constat} many {# d’autres constats} other {# autres constats}} du même type ({code}) non {count, plural, one {listé} many {listés} other {listés}} : au plus {limit} par type sont listés',
  },
  es: {
    more: '{count, plural, one {# hallazgo más} many {# de hallazgos más} other {# hallazgos más}} de este tipo ({code}) sin listar: se listan como máximo {limit} de cada tipo',
  },
  ru: {
    more: 'Ещё {count, plural, one {# замечание} few {# замечания} many {# замечаний} other {# замечания}} этого вида ({code}) не показано: показывается не более {limit} замечаний каждого вида',
  },
  ar: {
    more: '{count, plural, zero {لا ملاحظات أخرى} one {ملاحظة أخرى} two {ملاحظتان أخريان} few {# ملاحظات أخرى} many {# ملاحظة أخرى} other {# ملاحظة أخرى}} من هذا النوع ({code}) لم تُدرج: يُدرج {limit} على الأكثر من كل نوع',
  },
};

const messages = messagesById(findingLimitMessageTables);

/** Keeps the first `limit` findings of each code (input in document order); adds one summary finding per capped code. */
export function capFindings(diagnostics: ServiceDiagnostic[], locale: Locale, limit = MAX_FINDINGS_PER_CODE): ServiceDiagnostic[] {
  const seen = new Map<string, number>();
  const firstLeftOut = new Map<string, ServiceDiagnostic>();
  const out: ServiceDiagnostic[] = [];
  for (const d of diagnostics) {
    const n = (seen.get(d.code) ?? 0) + 1;
    seen.set(d.code, n);
    if (n <= limit) out.push(d);
    else if (n === limit + 1) firstLeftOut.set(d.code, d);
  }
  for (const [code, d] of firstLeftOut) {
    const count = (seen.get(code) ?? 0) - limit;
    const summary: ServiceDiagnostic = {
      range: d.range,
      severity: d.severity,
      code,
      source: d.source,
      message: format(locale, messages.more, { count, code, limit }),
      data: { omitted: count },
    };
    if (d.span) summary.span = d.span;
    // After the findings at the same place: the summary does not stand in for the finding it sits on.
    let at = out.length;
    while (at > 0 && compare(out[at - 1], summary) > 0) at--;
    out.splice(at, 0, summary);
  }
  return out;
}

function compare(a: ServiceDiagnostic, b: ServiceDiagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
