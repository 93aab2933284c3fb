/**
 * The precedents a draft can be compared with, ranked: the corpus documents holding most of the
 * draft's agreed language first (a count of draft paragraphs with a source in each), from the
 * agreed-language findings the draft's analysis already has. Pure; what the editor's quick pick
 * (`resolution/compareCandidates`) and the benchmark use.
 */
import type { CorpusDocument } from '../corpus/types';
import type { ParagraphAgreement } from '../matching';

export interface RankedPrecedent {
  doc: CorpusDocument;
  /** Draft paragraphs with a source in this document. */
  paragraphs: number;
}

export function rankPrecedents(agreements: readonly ParagraphAgreement[], documents: readonly CorpusDocument[]): RankedPrecedent[] {
  const counts = new Map<string, number>();
  for (const a of agreements) for (const id of new Set(a.sources.map((s) => s.docId))) counts.set(id, (counts.get(id) ?? 0) + 1);
  const label = (d: CorpusDocument) => d.meta.symbol ?? d.meta.citation.en;
  return documents
    .map((doc) => ({ doc, paragraphs: counts.get(doc.meta.id) ?? 0 }))
    .sort((x, y) => y.paragraphs - x.paragraphs || label(x.doc).localeCompare(label(y.doc)));
}
