/**
 * The pure language service: text in, data out. The LSP server and the CLI are
 * thin wrappers around this.
 */
import { checkStructure } from './checks';
import type { Corpus } from './corpus';
import type { ParagraphAgreement } from './matching';
import type { ResolutionDocument, ServiceDiagnostic } from './model';
import { defaultSettings, type ServiceSettings } from './options';
import { parseDocument } from './parser';
import { checkReferences } from './references';

export interface Analysis {
  document: ResolutionDocument;
  agreements: ParagraphAgreement[];
  diagnostics: ServiceDiagnostic[];
  /** The corpus and settings the analysis was made with (not enumerable; for reuse checks). */
  readonly corpus?: Corpus;
  readonly settings?: ServiceSettings;
}

export interface LanguageService {
  readonly settings: ServiceSettings;
  corpus: Corpus | undefined;
  /**
   * Analyses a text. Pass the previous analysis of the same document to reuse
   * it: an unchanged text returns it as is, and unchanged paragraphs cost
   * nothing in the agreed-language step (the index memoises each paragraph by
   * its text, so only edited paragraphs are matched again).
   */
  analyze(text: string, previous?: Analysis): Analysis;
}

export function createLanguageService(options: { corpus?: Corpus; settings?: Partial<ServiceSettings> } = {}): LanguageService {
  const settings: ServiceSettings = { ...defaultSettings(), ...options.settings };
  return {
    settings,
    corpus: options.corpus,
    analyze(text: string, previous?: Analysis): Analysis {
      if (previous && previous.document.text === text && previous.corpus === this.corpus && previous.settings === settings) return previous;
      const document = parseDocument(text);
      const diagnostics: ServiceDiagnostic[] = [];
      diagnostics.push(...checkStructure(document, settings));
      diagnostics.push(...checkReferences(document, this.corpus?.references, settings));
      let agreements: ParagraphAgreement[] = [];
      if (this.corpus) {
        agreements = this.corpus.index.analyze(document, settings);
        diagnostics.push(...this.corpus.index.diagnostics(document, agreements, settings));
      }
      diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      const analysis: Analysis = { document, agreements, diagnostics };
      // Not enumerable: what the analysis was made with, for reuse checks only.
      Object.defineProperty(analysis, 'corpus', { value: this.corpus, enumerable: false });
      Object.defineProperty(analysis, 'settings', { value: settings, enumerable: false });
      return analysis;
    },
  };
}
