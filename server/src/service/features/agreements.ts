/** Helpers about agreed-language findings shared by hover, code actions and the report. */
import type { AgreedSource, ParagraphAgreement } from '../matching';
import type { Paragraph } from '../model';
import { allParagraphs, paragraphAt } from './locate';
import type { FeatureContext } from './types';

/** The draft paragraph an agreement is about. */
export function paragraphOfAgreement(ctx: FeatureContext, a: ParagraphAgreement): Paragraph | undefined {
  const start = a.spans[0]?.start;
  if (start !== undefined) {
    const at = paragraphAt(ctx.analysis.document, start);
    if (at && at.label === a.label) return at;
  }
  const byLabel = allParagraphs(ctx.analysis.document).filter((p) => p.label === a.label);
  if (byLabel.length === 1 || start === undefined) return byLabel[0];
  return paragraphAt(ctx.analysis.document, start) ?? byLabel[0];
}

/** "A/RES/76/189, PP 3 (2021-12-17)". */
export function sourceCitation(ctx: FeatureContext, s: AgreedSource): string {
  const zh = ctx.settings.locale === 'zh';
  const date = s.date ? (zh ? `（${s.date}）` : ` (${s.date})`) : '';
  return `${s.symbol}${zh ? '，' : ', '}${s.paragraph}${date}`;
}
