/** Helpers about agreed-language findings shared by hover, code actions and the report. */
import { citationComma, citationDate, pageSuffix, paragraphLabel } from '../i18n/citations';
import { storedLocale, type Locale } from '../i18n';
import type { CorpusParagraph } from '../corpus';
import type { AgreedSource, ParagraphAgreement } from '../matching';
import type { Paragraph } from '../model';
import { allParagraphs, paragraphAt } from './locate';
import type { FixContext } from '../rules/fixContext';

/** The draft paragraph an agreement is about. */
export function paragraphOfAgreement(ctx: FixContext, a: ParagraphAgreement): Paragraph | undefined {
  const start = a.spans[0]?.start;
  if (start !== undefined) {
    const at = paragraphAt(ctx.analysis.document, start);
    if (at && at.label === a.label) return at;
  }
  const byLabel = allParagraphs(ctx.analysis.document).filter((p) => p.label === a.label);
  if (byLabel.length === 1 || start === undefined) return byLabel[0];
  return paragraphAt(ctx.analysis.document, start) ?? byLabel[0];
}

/** How to cite a source's document in the user's language: its symbol, or the corpus's localised citation for texts without one. */
export function sourceSymbol(ctx: FixContext, s: AgreedSource): string {
  const doc = ctx.corpus?.getDocument(s.docId);
  return doc && !doc.meta.symbol ? doc.meta.citation[storedLocale(ctx.settings.locale)] : s.symbol;
}

/** The corpus paragraph a source points at. */
export function sourceParagraph(ctx: FixContext, s: AgreedSource): CorpusParagraph | undefined {
  return ctx.corpus?.getDocument(s.docId)?.paragraphs[s.paragraphIndex];
}

/**
 * "A/RES/76/189, PP 3 (2021-12-17)"; "A/RES/76/189，PP 3（2021-12-17）" in Chinese; with the page
 * for a paragraph read from PDF: "A/RES/79/194, OP 12 (p. 5) (2024-12-19)". French, Spanish, Russian
 * and Arabic write the label out: "A/RES/76/189, alinéa 3 du préambule (2021-12-17)",
 * "A/RES/76/189، الفقرة 3 من الديباجة (2021-12-17)".
 */
export function paragraphCitation(locale: Locale, symbol: string, paragraph: string, date: string | undefined, page?: number): string {
  return `${symbol}${citationComma(locale)}${paragraphLabel(locale, paragraph)}${pageSuffix(locale, page)}${citationDate(locale, date)}`;
}

export function sourceCitation(ctx: FixContext, s: AgreedSource): string {
  return paragraphCitation(ctx.settings.locale, sourceSymbol(ctx, s), s.paragraph, s.date, sourceParagraph(ctx, s)?.page);
}
