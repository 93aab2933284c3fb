/** What the agreed-language engine answers: the agreement of a paragraph and its sources. */
import type { Span } from '../model';
import type { Change } from './change';

/** One source for a draft span: a corpus paragraph that says the same or nearly the same. */
export interface AgreedSource {
  symbol: string; // or citation for documents without a symbol
  paragraph: string; // citable label, "OP 7"
  date?: string;
  similarity: number; // 0–1
  text: string; // the corpus paragraph's text
  changes: Change[];
  docId: string;
  paragraphIndex: number;
  /** The corpus paragraph's label written out ("执行部分第 7 段" / "OP 7"). */
  paragraphText?: { zh: string; en: string };
  /** Citation of the document in both languages (symbol, or file name for drafts). */
  citation?: { zh: string; en: string };
  /** For partial reuse: the reused range in the corpus paragraph's text. */
  sourceRange?: Span;
  /**
   * For a near match by containment (the corpus paragraph held, in order, in a longer draft):
   * the share of the corpus paragraph's body found in the draft (0–1).
   */
  coverage?: number;
}

export type AgreementStatus = 'exact' | 'near' | 'partial' | 'new';

export interface ParagraphAgreement {
  /** Label of the draft paragraph ("PP 3", "OP 7"). */
  label: string;
  status: AgreementStatus;
  /**
   * Source span in the draft the finding applies to (the paragraph body for exact/near; the
   * reused spans for partial, `spans[i]` taken from `sources[i]`).
   */
  spans: Span[];
  sources: AgreedSource[];
  /** How many corpus paragraphs match in all (exact/near); `sources` holds the best of them. */
  totalSources?: number;
  /** For partial: every source of each span, best first (`spans[i]` ↔ `spanSources[i]`). */
  spanSources?: AgreedSource[][];
}

/** Result of analysing one paragraph, with offsets into the paragraph's clean text. */
export interface LocalAgreement {
  status: AgreementStatus;
  /** Number of corpus paragraphs found for exact/near (sources holds the best MAX_SOURCES). */
  total?: number;
  /** For partial: all sources of each range (ranges[i] ↔ spanSources[i], best first; sources[i] = spanSources[i][0]). */
  spanSources?: AgreedSource[][];
  /** Text ranges (clean text offsets): the body for exact/near, the reused spans for partial. */
  ranges: Span[];
  sources: AgreedSource[];
}

/** A paragraph to analyse: its clean text, leading verb and where the body starts. */
export interface ParagraphInput {
  text: string;
  verb?: string;
  bodyStart: number;
}

export interface IndexStats {
  documents: number;
  paragraphs: number;
  postings: number;
  /** Bytes of the typed arrays held by the index (postings and per-paragraph tables). */
  indexBytes: number;
}
