/**
 * The pure language service: text in, data out. The LSP server and the CLI are
 * thin wrappers around this.
 */
import { runSteps, type Steps } from './cancellation';
import { checkStructure } from './checks';
import type { Corpus } from './corpus';
import type { ParagraphAgreement } from './matching';
import type { ResolutionDocument, ServiceDiagnostic } from './model';
import { defaultSettings, type ServiceSettings } from './options';
import { emptyDocument, parseDocument } from './parser';
import { ReferenceMemo } from './referenceMemo';
import { appendAll } from './text/arrays';
import { capFindings } from './findingLimit';
import { measureText, sizeLimitFinding } from './sizeLimit';
import { applySuppressions, type RanStages } from './rules/suppression';

/** The stages whose findings were looked for: a suppression naming a code of another stage is not "unused". */
function ranStages(tooLarge: boolean, corpus: Corpus | undefined): RanStages {
  const ran = new Set<'structure' | 'size-limit' | 'references' | 'reference-table' | 'agreed-language'>(['structure', 'size-limit']);
  if (!tooLarge) ran.add('references');
  if (!tooLarge && corpus) ran.add('reference-table');
  if (!tooLarge && corpus) ran.add('agreed-language');
  return ran;
}

export interface Analysis {
  document: ResolutionDocument;
  agreements: ParagraphAgreement[];
  diagnostics: ServiceDiagnostic[];
  /** The corpus and settings the analysis was made with (not enumerable; for reuse checks). */
  readonly corpus?: Corpus;
  readonly settings?: ServiceSettings;
  /** Stages that threw (not enumerable; the server logs them). The other stages' findings are kept. */
  readonly failures?: string[];
  /** The corpus documents excluded as sources (not enumerable): the document itself when it is in the corpus. */
  readonly excludeDocIds?: string[];
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
  analyze(text: string, previous?: Analysis, options?: AnalyzeOptions): Analysis;
  /**
   * `analyze` in steps, pausable between stages and after each paragraph matched: the server runs it a
   * slice at a time so that a large draft's corpus passes never hold its main thread for long.
   */
  analyzeInSteps(text: string, previous?: Analysis, options?: AnalyzeOptions): Steps<Analysis>;
}

export interface AnalyzeOptions {
  /** Size limit in UTF-8 bytes (default the CLI's, 8 MB): a larger text gets structure checks only. */
  maxBytes?: number;
  /**
   * Corpus documents not to cite as sources: the document being analysed when
   * it is itself in the corpus (a text is not agreed language with itself).
   */
  excludeDocIds?: string[];
  /**
   * The parse of `text` made elsewhere (the server parses a large text in a worker thread): used instead of
   * parsing again when its `text` is this text.
   */
  document?: ResolutionDocument;
}

/** Drops the sources from excluded documents; a finding left without sources becomes `new`. */
function withoutSources(a: ParagraphAgreement, exclude: Set<string>, near: number): ParagraphAgreement {
  if (!a.sources.some((s) => exclude.has(s.docId))) return a;
  if (a.status === 'partial') {
    const keep = a.sources.map((s, i) => ({ s, span: a.spans[i] })).filter((x) => !exclude.has(x.s.docId));
    if (!keep.length) return { ...a, status: 'new', spans: [], sources: [] };
    return { ...a, sources: keep.map((x) => x.s), spans: keep.map((x) => x.span).filter((x) => x !== undefined) };
  }
  const sources = a.sources.filter((s) => !exclude.has(s.docId));
  const top = sources.reduce((m, s) => Math.max(m, s.similarity), 0);
  if (!sources.length || top < near) return { ...a, status: 'new', spans: [], sources: [] };
  const exact = a.status === 'exact' && sources.some((s) => s.similarity >= 0.9999 || !s.changes.some((c) => c.kind !== 'verb'));
  return { ...a, status: exact ? 'exact' : 'near', sources };
}

export function createLanguageService(options: { corpus?: Corpus; settings?: Partial<ServiceSettings> } = {}): LanguageService {
  const settings: ServiceSettings = { ...defaultSettings(), ...options.settings };
  // Findings of unchanged references are reused across analyses (see referenceMemo.ts).
  const referenceMemo = new ReferenceMemo();
  return {
    settings,
    corpus: options.corpus,
    analyze(text: string, previous?: Analysis, options: AnalyzeOptions = {}): Analysis {
      return runSteps(this.analyzeInSteps(text, previous, options));
    },
    *analyzeInSteps(text: string, previous?: Analysis, options: AnalyzeOptions = {}): Steps<Analysis> {
      const excludeDocIds = [...(options.excludeDocIds ?? [])];
      // read once: the corpus may be replaced while the steps are paused; the analysis is of this one
      const current = this.corpus;
      const size = measureText(text, options.maxBytes); // (one scan at most: a 64 MB text was scanned five times)
      if (
        previous &&
        previous.document.text === text &&
        previous.settings === settings &&
        // Past the size limit the corpus is not consulted: a corpus (re)load does not call for a new analysis
        // (it re-parsed a 12 MB draft, a minute on a busy machine, each time the corpus changed).
        (size.pastLimit ||
          (previous.corpus === current && (previous.excludeDocIds ?? []).join('\u0000') === excludeDocIds.join('\u0000')))
      ) {
        return previous;
      }
      // Each stage is guarded: a failure in one (a bug on some odd input) costs its findings only.
      const failures: string[] = [];
      const stage = <T>(name: string, fallback: () => T, fn: () => T): T => {
        try {
          return fn();
        } catch (e) {
          failures.push(`${name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          return fallback();
        }
      };
      // …and the same for a stage done in steps
      function* stageInSteps<T>(name: string, fallback: () => T, steps: () => Steps<T>): Steps<T> {
        try {
          return yield* steps();
        } catch (e) {
          failures.push(`${name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          return fallback();
        }
      }
      const given = options.document;
      // past the ceiling, not even parsed (memory stays bounded whatever the editor sends): the one finding says so
      const unchecked = size.pastCeiling;
      const document = given && given.text === text ? given : unchecked ? emptyDocument(text, 'en') : stage('parse', () => emptyDocument(text), () => parseDocument(text));
      const tooLarge = size.pastLimit;
      // Appended one by one: spreading an array of 130,000 findings into push() overflowed the stack.
      const diagnostics: ServiceDiagnostic[] = [];
      yield;
      if (!unchecked) appendAll(diagnostics, stage('checks', () => [], () => checkStructure(document, settings)));
      yield;
      if (tooLarge) {
        const note = sizeLimitFinding(size, settings, options.maxBytes);
        if (note) diagnostics.push(note);
      } else appendAll(diagnostics, stage('references', () => [], () => referenceMemo.check(document, current?.references, settings)));
      let agreements: ParagraphAgreement[] = [];
      const corpus = tooLarge ? undefined : current;
      if (corpus) {
        yield;
        agreements = yield* stageInSteps('matching', () => [], () => corpus.index.analyzeInSteps(document, settings));
        if (excludeDocIds.length) {
          const exclude = new Set(excludeDocIds);
          agreements = agreements.map((a) => withoutSources(a, exclude, settings.thresholds.near));
        }
        yield;
        appendAll(diagnostics, stage('matching diagnostics', () => [], () => corpus.index.diagnostics(document, agreements, settings)));
      }
      yield;
      diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      // Suppression comments in the draft (rules/suppression.ts); which stages ran decides what an unused one is.
      const ran = ranStages(tooLarge, corpus);
      // (past the ceiling there is one finding and no directive is read: a line table of the whole text would be built for nothing)
      const shown = unchecked ? diagnostics : stage('suppression', () => diagnostics, () => applySuppressions(document, diagnostics, settings, ran));
      const analysis: Analysis = { document, agreements, diagnostics: capFindings(shown, settings.locale) };
      // Not enumerable: what the analysis was made with, for reuse checks only.
      Object.defineProperty(analysis, 'corpus', { value: current, enumerable: false });
      Object.defineProperty(analysis, 'settings', { value: settings, enumerable: false });
      Object.defineProperty(analysis, 'excludeDocIds', { value: excludeDocIds, enumerable: false });
      if (failures.length) Object.defineProperty(analysis, 'failures', { value: failures, enumerable: false });
      return analysis;
    },
  };
}
