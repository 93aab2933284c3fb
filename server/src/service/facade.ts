/**
 * The editor features of the service as one object: each method takes an analysis (made by `analyze`) and an
 * optional cancellation flag, and builds the feature context itself, so callers (the LSP server, tests, other
 * editors) do not assemble contexts. A request cancelled before or during the work gets the empty result
 * (`undefined` or `[]`): the features read the flag every few items of their loops (CancelledError, caught
 * here), so a cancelled request stops within a bounded amount of work. No editor types: positions, ranges and
 * results are the service's plain ones.
 */
import { isCancelled, type CancellationFlag } from './cancellation';
import type { Corpus } from './corpus';
import { sourceTextOf, type SourceText } from './documents/sourceText';
import * as F from './features';
import type { Analysis, LanguageService } from './languageService';
import type { Position, Range } from './model';
import * as N from './negotiation/requests';

/** Where the facade finds the corpus and settings: read at each call (the corpus is replaced when it reloads). */
export type FeatureSource = Pick<LanguageService, 'corpus' | 'settings'>;

export interface ResolutionLanguageService {
  hover(analysis: Analysis, position: Position, token?: CancellationFlag): F.HoverResult | undefined;
  codeActions(analysis: Analysis, range: Range, diagnostics: F.ActionDiagnostic[], token?: CancellationFlag): F.CodeActionResult[];
  documentSymbols(analysis: Analysis, token?: CancellationFlag): F.OutlineSymbol[];
  foldingRanges(analysis: Analysis, token?: CancellationFlag): F.FoldingRangeResult[];
  definition(analysis: Analysis, position: Position, token?: CancellationFlag): Range[];
  references(analysis: Analysis, position: Position, includeDeclaration: boolean, token?: CancellationFlag): Range[];
  documentLinks(analysis: Analysis, token?: CancellationFlag): F.DocumentLinkResult[];
  completion(analysis: Analysis, position: Position, token?: CancellationFlag): F.CompletionResult[];
  /** The text of a range without markup, as the precedent search takes it ('' when cancelled). */
  cleanTextOfRange(analysis: Analysis, range: Range, token?: CancellationFlag): string;
  /** Corpus paragraphs like `text` ([] without a corpus). */
  findPrecedents(text: string, options?: F.PrecedentSearchOptions, token?: CancellationFlag): F.PrecedentMatch[];
  /** The agreed-language report of the analysed document (undefined when cancelled). */
  agreementReport(analysis: Analysis, token?: CancellationFlag): F.AgreementReport | undefined;
  agreedShare(analysis: Analysis, token?: CancellationFlag): number;
  /** The corpus documents the draft can be compared with, those holding most of its agreed language first ([] without a corpus). */
  compareCandidates(analysis: Analysis, token?: CancellationFlag): N.CompareCandidate[];
  /** The draft compared with the corpus document `docId` (undefined when cancelled or when the corpus has no such document). */
  compare(analysis: Analysis, docId: string, token?: CancellationFlag): N.CompareResult | undefined;
  /** The draft as a Word document with its departures from agreed language as tracked changes (undefined when cancelled). */
  exportDocx(analysis: Analysis, options?: N.DocxExportOptions, token?: CancellationFlag): Promise<N.DocxExport | undefined>;
  /** The source file of the corpus document read from `path` (undefined for a path the corpus does not hold, or a built-in text). */
  corpusSourceFile(path: string): string | undefined;
  /**
   * The text read from a corpus document's source file (its bytes, which the caller read from `corpusSourceFile(path)`)
   * with the range of its paragraph number `paragraph`; undefined when cancelled or when `path` is not a corpus file.
   */
  sourceText(path: string, bytes: Uint8Array, paragraph?: number, token?: CancellationFlag): Promise<SourceText | undefined>;
}

/**
 * Runs `fn` unless cancelled before it starts; a result finished after cancellation is dropped for `empty` too
 * (the caller no longer wants it, and a stale answer must not be shown as current).
 */
function run<T>(token: CancellationFlag | undefined, empty: () => T, fn: () => T): T {
  if (token?.isCancellationRequested) return empty();
  let out: T;
  try {
    out = fn();
  } catch (e) {
    // a feature that read the flag in its loops stopped there
    if (isCancelled(e)) return empty();
    throw e;
  }
  return token?.isCancellationRequested ? empty() : out;
}

/** `run` for work that awaits (the flag is read again after each await inside). */
async function runAsync<T>(token: CancellationFlag | undefined, empty: () => T, fn: () => Promise<T>): Promise<T> {
  if (token?.isCancellationRequested) return empty();
  let out: T;
  try {
    out = await fn();
  } catch (e) {
    if (isCancelled(e)) return empty();
    throw e;
  }
  return token?.isCancellationRequested ? empty() : out;
}

const none = (): never[] => [];

/** The facade over a language service's corpus and settings (or any source of them). */
export function createResolutionLanguageService(source: FeatureSource): ResolutionLanguageService {
  const ctx = (analysis: Analysis): F.FeatureContext => F.featureContext(analysis, source.corpus, source.settings);
  return {
    hover: (analysis, position, token) => run(token, () => undefined, () => F.hover(ctx(analysis), position)),
    codeActions: (analysis, range, diagnostics, token) => run(token, none, () => F.codeActions(ctx(analysis), range, diagnostics, token)),
    documentSymbols: (analysis, token) => run(token, none, () => F.documentSymbols(ctx(analysis))),
    foldingRanges: (analysis, token) => run(token, none, () => F.foldingRanges(ctx(analysis))),
    definition: (analysis, position, token) => run(token, none, () => F.definition(ctx(analysis), position, token)),
    references: (analysis, position, includeDeclaration, token) =>
      run(token, none, () => F.references(ctx(analysis), position, includeDeclaration, token)),
    documentLinks: (analysis, token) => run(token, none, () => F.documentLinks(ctx(analysis), token)),
    completion: (analysis, position, token) => run(token, none, () => F.completion(ctx(analysis), position)),
    cleanTextOfRange: (analysis, range, token) => run(token, () => '', () => F.cleanTextOfRange(ctx(analysis), range)),
    findPrecedents: (text, options = {}, token) => {
      const corpus: Corpus | undefined = source.corpus;
      return corpus ? run(token, none, () => F.findPrecedents(corpus, text, source.settings.locale, options, token)) : [];
    },
    agreementReport: (analysis, token) => run(token, () => undefined, () => F.agreementReport(ctx(analysis), token)),
    agreedShare: (analysis, token) => run(token, () => 0, () => F.agreedShare(ctx(analysis), token)),
    compareCandidates: (analysis, token) => run(token, none, () => N.compareCandidates(analysis.agreements, source.corpus?.documents ?? [], token)),
    compare: (analysis, docId, token) => {
      const precedent = source.corpus?.documents.find((d) => d.meta.id === docId);
      return precedent ? run(token, () => undefined, () => N.compareDraft(analysis.document, precedent, source.settings.locale, token)) : undefined;
    },
    exportDocx: (analysis, options = {}, token) =>
      runAsync(token, () => undefined, () => N.exportDocx(analysis.document, analysis.agreements, { ...options, locale: source.settings.locale }, token)),
    corpusSourceFile: (path) => {
      const doc = source.corpus?.documentForPath(path);
      return doc && !doc.meta.builtIn ? doc.meta.path : undefined;
    },
    sourceText: (path, bytes, paragraph, token) => {
      const doc = source.corpus?.documentForPath(path);
      if (!doc || doc.meta.builtIn) return Promise.resolve(undefined);
      const name = doc.meta.path.split(/[\\/]/).pop() ?? doc.meta.path;
      const para = paragraph !== undefined ? doc.paragraphs[paragraph] : undefined;
      return runAsync(token, () => undefined, () => sourceTextOf(bytes, name, para, token));
    },
  };
}

