/**
 * LSP requests of the negotiation features (service/negotiation): `resolution/exportDocx` returns
 * the open draft as a Word document (base64) with its departures from agreed language as tracked
 * changes. The client asks where to save it (the editor's save dialog asks before overwriting).
 */
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import type { Corpus } from '../service/corpus';
import type { Analysis } from '../service/languageService';
import { alignedTexts, type AlignedTexts } from '../service/negotiation/alignedText';
import { rankPrecedents } from '../service/negotiation/candidates';
import { compareWithPrecedent, type Comparison } from '../service/negotiation/compare';
import { compareHtml, summaryLine } from '../service/negotiation/compareReport';
import { defaultSettings } from '../service/options';
import type { Locale } from '../service/i18n';
import { writeDocx } from '../service/negotiation/docxWriter';
import { buildExportPlan, type ExportPlan } from '../service/negotiation/exportPlan';

export const ExportDocxRequest = 'resolution/exportDocx';
export interface ExportDocxParams {
  uri: string;
  /** A precedent's symbol; the best source of each paragraph when absent. */
  precedent?: string;
  revisions?: boolean;
  comments?: boolean;
}
export interface ExportDocxResult {
  /** The .docx file, base64. */
  data: string;
  summary: ExportPlan['summary'];
  warnings: string[];
}

/** The corpus documents a draft can be compared with, those holding most of its agreed language first. */
export const CompareCandidatesRequest = 'resolution/compareCandidates';
export interface CompareCandidate {
  docId: string;
  label: string;
  description?: string;
  /** Draft paragraphs with a source in this document. */
  paragraphs: number;
}
export const CompareRequest = 'resolution/compare';
export interface CompareParams {
  uri: string;
  docId: string;
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

export interface NegotiationDeps {
  corpus(): Corpus | undefined;
  /** The current analysis of an open document; undefined when it is not open. */
  analysis(uri: string): Analysis | undefined;
  /** Resolves when a corpus load in progress has finished (bounded). */
  settled(): Promise<void>;
  locale(): Locale;
}

export function registerNegotiationRequests(connection: Connection, deps: NegotiationDeps): void {
  connection.onRequest(CompareCandidatesRequest, async (p: { uri: string }): Promise<CompareCandidate[] | ResponseError<void>> => {
    if (!p || typeof p.uri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'expected {uri}');
    await deps.settled();
    const analysis = deps.analysis(p.uri);
    if (!analysis) return new ResponseError(ErrorCodes.InvalidParams, `document not open: ${p.uri}`);
    return rankPrecedents(analysis.agreements, deps.corpus()?.documents ?? []).map(({ doc: d, paragraphs }) => ({
      docId: d.meta.id,
      label: d.meta.symbol ?? d.meta.citation.en,
      ...(d.meta.title || d.meta.date ? { description: [d.meta.date, d.meta.title].filter(Boolean).join(' · ') } : {}),
      paragraphs,
    }));
  });

  connection.onRequest(CompareRequest, async (p: CompareParams): Promise<CompareResult | ResponseError<void>> => {
    if (!p || typeof p.uri !== 'string' || typeof p.docId !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'expected {uri, docId}');
    await deps.settled();
    const analysis = deps.analysis(p.uri);
    if (!analysis) return new ResponseError(ErrorCodes.InvalidParams, `document not open: ${p.uri}`);
    const precedent = deps.corpus()?.documents.find((d) => d.meta.id === p.docId);
    if (!precedent) return new ResponseError(ErrorCodes.InvalidParams, `precedent not in the corpus: ${p.docId}`);
    const cmp = compareWithPrecedent(analysis.document, precedent, defaultSettings(deps.locale()));
    return { summary: cmp.summary, summaryText: summaryLine(cmp), html: compareHtml(cmp, cmp.precedent.citation), aligned: alignedTexts(cmp), precedent: cmp.precedent.citation };
  });

  connection.onRequest(ExportDocxRequest, async (p: ExportDocxParams): Promise<ExportDocxResult | ResponseError<void>> => {
    if (!p || typeof p.uri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'expected {uri}');
    await deps.settled();
    const analysis = deps.analysis(p.uri);
    if (!analysis) return new ResponseError(ErrorCodes.InvalidParams, `document not open: ${p.uri}`);
    try {
      const plan = buildExportPlan(analysis.document, analysis.agreements, {
        ...(typeof p.precedent === 'string' && p.precedent ? { precedent: p.precedent } : {}),
        revisions: p.revisions !== false,
        comments: p.comments !== false,
        locale: deps.locale(),
      });
      const bytes = await writeDocx(plan);
      return { data: bytes.toString('base64'), summary: plan.summary, warnings: plan.warnings };
    } catch (e) {
      connection.console.error(`exportDocx: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return new ResponseError(ErrorCodes.InternalError, `export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}
