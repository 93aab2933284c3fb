import type { ResolutionDocument, ServiceDiagnostic, Span } from '../model';
import type { ServiceSettings } from '../options';
import type { CorpusDocument } from '../corpus/types';

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
}

export interface Change {
  kind: 'added' | 'removed' | 'changed' | 'verb';
  /** Text in the corpus (removed/changed/verb). */
  from?: string;
  /** Text in the draft (added/changed/verb). */
  to?: string;
}

export type AgreementStatus = 'exact' | 'near' | 'partial' | 'new';

export interface ParagraphAgreement {
  /** Label of the draft paragraph ("PP 3", "OP 7"). */
  label: string;
  status: AgreementStatus;
  /** Source span in the draft the finding applies to (whole paragraph, or the reused span for partial). */
  spans: Span[];
  sources: AgreedSource[];
}

/**
 * The agreed-language index over a corpus. (Stub: owned by the matching work.)
 */
export class AgreedLanguageIndex {
  addDocument(_doc: CorpusDocument): void {}
  removeDocument(_docId: string): void {}
  analyze(_doc: ResolutionDocument, _settings: ServiceSettings): ParagraphAgreement[] {
    return [];
  }
  diagnostics(_doc: ResolutionDocument, _agreements: ParagraphAgreement[], _settings: ServiceSettings): ServiceDiagnostic[] {
    return [];
  }
}
