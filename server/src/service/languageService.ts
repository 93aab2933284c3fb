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
}

export interface LanguageService {
  readonly settings: ServiceSettings;
  corpus: Corpus | undefined;
  analyze(text: string): Analysis;
}

export function createLanguageService(options: { corpus?: Corpus; settings?: Partial<ServiceSettings> } = {}): LanguageService {
  const settings: ServiceSettings = { ...defaultSettings(), ...options.settings };
  return {
    settings,
    corpus: options.corpus,
    analyze(text: string): Analysis {
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
      return { document, agreements, diagnostics };
    },
  };
}
