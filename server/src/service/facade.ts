/**
 * The editor features of the service as one object: each method takes an analysis (made by `analyze`) and an
 * optional cancellation flag, and builds the feature context itself, so callers (the LSP server, tests, other
 * editors) do not assemble contexts. A request cancelled before or during the work gets the empty result
 * (`undefined` or `[]`). No editor types: positions, ranges and results are the service's plain ones.
 */
import type { CancellationFlag } from './cancellation';
import type { Corpus } from './corpus';
import * as F from './features';
import type { Analysis, LanguageService } from './languageService';
import type { Position, Range } from './model';

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
}

/**
 * Runs `fn` unless cancelled before it starts; a result finished after cancellation is dropped for `empty` too
 * (the caller no longer wants it, and a stale answer must not be shown as current).
 */
function run<T>(token: CancellationFlag | undefined, empty: () => T, fn: () => T): T {
  if (token?.isCancellationRequested) return empty();
  const out = fn();
  return token?.isCancellationRequested ? empty() : out;
}

const none = (): never[] => [];

/** The facade over a language service's corpus and settings (or any source of them). */
export function createResolutionLanguageService(source: FeatureSource): ResolutionLanguageService {
  const ctx = (analysis: Analysis): F.FeatureContext => F.featureContext(analysis, source.corpus, source.settings);
  return {
    hover: (analysis, position, token) => run(token, () => undefined, () => F.hover(ctx(analysis), position)),
    codeActions: (analysis, range, diagnostics, token) => run(token, none, () => F.codeActions(ctx(analysis), range, diagnostics)),
    documentSymbols: (analysis, token) => run(token, none, () => F.documentSymbols(ctx(analysis))),
    foldingRanges: (analysis, token) => run(token, none, () => F.foldingRanges(ctx(analysis))),
    definition: (analysis, position, token) => run(token, none, () => F.definition(ctx(analysis), position)),
    references: (analysis, position, includeDeclaration, token) =>
      run(token, none, () => F.references(ctx(analysis), position, includeDeclaration)),
    documentLinks: (analysis, token) => run(token, none, () => F.documentLinks(ctx(analysis))),
    completion: (analysis, position, token) => run(token, none, () => F.completion(ctx(analysis), position)),
    cleanTextOfRange: (analysis, range, token) => run(token, () => '', () => F.cleanTextOfRange(ctx(analysis), range)),
    findPrecedents: (text, options = {}, token) => {
      const corpus: Corpus | undefined = source.corpus;
      return corpus ? run(token, none, () => F.findPrecedents(corpus, text, source.settings.locale, options)) : [];
    },
    agreementReport: (analysis, token) => run(token, () => undefined, () => F.agreementReport(ctx(analysis))),
    agreedShare: (analysis, token) => run(token, () => 0, () => F.agreedShare(ctx(analysis))),
  };
}

