/**
 * The negotiation features as the editor asks for them (the facade's `compareCandidates`, `compare` and
 * `exportDocx`): an analysis and the corpus in, plain data out. A cancellation flag is read between the
 * stages and every few items of their loops (paragraphs, rows, blocks), so a cancelled request stops with
 * CancelledError.
 */
import { cancellationCheck, throwIfCancelled, type CancellationFlag } from '../cancellation';
import type { CorpusDocument } from '../corpus/types';
import type { Locale } from '../i18n';
import type { ParagraphAgreement } from '../matching';
import type { ResolutionDocument } from '../model';
import { defaultSettings } from '../options';
import { alignedTexts, type AlignedTexts } from './alignedText';
import { rankPrecedents } from './candidates';
import { compareWithPrecedent, type Comparison } from './compare';
import { compareHtml, summaryLine } from './compareReport';
import { writeDocx } from './docxWriter';
import { buildExportPlan, type ExportPlan } from './exportPlan';

/** A corpus document a draft can be compared with. */
export interface CompareCandidate {
  docId: string;
  label: string;
  description?: string;
  /** Draft paragraphs with a source in this document. */
  paragraphs: number;
}

export interface CompareResult {
  summary: Comparison['summary'];
  summaryText: string;
  html: string;
  /** The precedent and the draft as texts aligned paragraph by paragraph (line i = row i), for a diff editor. */
  aligned: AlignedTexts;
  /** The precedent's symbol or citation. */
  precedent: string;
}

export interface DocxExportOptions {
  /** A precedent's symbol; the best source of each paragraph when absent. */
  precedent?: string;
  /** Tracked changes (default true). */
  revisions?: boolean;
  /** Comments naming the sources (default true). */
  comments?: boolean;
}

export interface DocxExport {
  /** The .docx file. */
  bytes: Uint8Array;
  summary: ExportPlan['summary'];
  warnings: string[];
}

/** The corpus documents, those holding most of the draft's agreed language first. */
export function compareCandidates(agreements: readonly ParagraphAgreement[], documents: readonly CorpusDocument[], token?: CancellationFlag): CompareCandidate[] {
  const check = cancellationCheck(token);
  const out: CompareCandidate[] = [];
  for (const { doc: d, paragraphs } of rankPrecedents(agreements, documents)) {
    check();
    out.push({
      docId: d.meta.id,
      label: d.meta.symbol ?? d.meta.citation.en,
      ...(d.meta.title || d.meta.date ? { description: [d.meta.date, d.meta.title].filter(Boolean).join(' · ') } : {}),
      paragraphs,
    });
  }
  return out;
}

/** The draft compared with one precedent: summary, HTML table and the aligned texts. */
export function compareDraft(draft: ResolutionDocument, precedent: CorpusDocument, locale: Locale, token?: CancellationFlag): CompareResult {
  const cmp = compareWithPrecedent(draft, precedent, defaultSettings(locale), token);
  const summaryText = summaryLine(cmp);
  const html = compareHtml(cmp, cmp.precedent.citation);
  throwIfCancelled(token);
  return { summary: cmp.summary, summaryText, html, aligned: alignedTexts(cmp), precedent: cmp.precedent.citation };
}

/** The draft as a Word document with its departures from agreed language as tracked changes. */
export async function exportDocx(
  draft: ResolutionDocument,
  agreements: readonly ParagraphAgreement[],
  options: DocxExportOptions & { locale: Locale },
  token?: CancellationFlag,
): Promise<DocxExport> {
  const plan = buildExportPlan(draft, agreements, {
    ...(options.precedent ? { precedent: options.precedent } : {}),
    revisions: options.revisions !== false,
    comments: options.comments !== false,
    locale: options.locale,
  }, token);
  throwIfCancelled(token);
  const bytes = await writeDocx(plan, {}, token);
  return { bytes, summary: plan.summary, warnings: plan.warnings };
}
