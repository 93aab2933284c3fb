/**
 * The agreed-language engine.
 *
 * Indexing (`addDocument`): each corpus paragraph's body (the text after its leading verb) is
 * normalised (normalize.ts), cut into units and shingles (shingles.ts), and the winnowed
 * fingerprints go into an inverted index (invertedIndex.ts) of paragraph ids. A hash of the whole
 * normalised body goes into an exact-match table.
 *
 * Analysis of one draft paragraph (`analyzeParagraph`):
 * 1. body = text after the leading verb (Paragraph.verb, else a lexicon, see verbs.ts);
 * 2. exact: corpus paragraphs whose normalised body is the same (hash + length table, string
 *    check of the first few); when they fill `MAX_SOURCES` nothing else is looked up;
 * 3. candidates: the draft body's fingerprints are looked up, rarest first, until
 *    `POSTINGS_BUDGET` postings have been read (very common shingles are skipped unless nothing
 *    rarer is left); each hit scores the fingerprint's rarity (log2 N/df, at least 1) and the
 *    best `MAX_CANDIDATES` paragraphs are verified — the draft is never compared with every
 *    corpus paragraph;
 * 4. verification: similarity = 1 − Levenshtein / longer length of the normalised bodies
 *    (levenshtein.ts; skipped when the lengths alone rule it out; each distinct corpus body
 *    once); ≥ settings.thresholds.near → near (exact when equal);
 * 5. containment (containment.ts): the best `MAX_PARTIAL_CANDIDATES` candidates are aligned
 *    (align.ts); a draft that holds, in order, at least `CONTAIN_MIN_COVERAGE` (0.85, or the
 *    near threshold if higher) of a corpus paragraph's body characters, where that agreed text
 *    is at least `CONTAIN_MIN_SHARE` (1/3) of the draft and no other paragraph's reuse lies
 *    outside it (a merge of two paragraphs stays partial), is `near`, however much longer the
 *    draft is: "agreed paragraph X with words added here"; its changes follow the aligned spans
 *    (each gap between spans is one added/dropped/changed phrase, in order);
 * 6. otherwise partial reuse: seed-and-extend alignment (align.ts) with the best
 *    `MAX_PARTIAL_CANDIDATES` candidates; aligned spans of at least
 *    settings.thresholds.partialMinChars normalised characters (unset: the paragraph language's
 *    `partialReuseMinChars`, 20 for Chinese, 50 for English) whose own similarity is at least
 *    settings.thresholds.near are reported, mapped back to the draft paragraph's text and from
 *    there (Paragraph.pieces) to the source; every candidate holding the same span is listed;
 * 7. changes: word-level diff of the bodies (diff.ts), along the aligned spans when the draft is
 *    `INSERTION_MIN_CHARS` or more longer than the source; a different leading verb is reported
 *    on its own as a `verb` change, and does not make an exact body a deviation. Messages list
 *    at most three changes in order (“and N more changes”), long quotes abbreviated.
 * Sources are ranked: closest first, then adopted resolutions before drafts and reports, then
 * the most recent, then by symbol, paragraph position and document id — a total order on content
 * and metadata, so the answer does not depend on the order the corpus was loaded in or on the
 * cache; all of them are kept (up to `MAX_SOURCES`). Candidates with equal scores are taken in
 * that order too.
 *
 * Results of `analyzeParagraph` are memoised by the paragraph's text, verb and body start
 * (bounded LRU, cleared when the corpus changes), so re-analysing a document in which one
 * paragraph changed costs one paragraph.
 */
import type { Paragraph, ResolutionDocument, ServiceDiagnostic, Span } from '../model';
import type { ServiceSettings } from '../options';
import type { CorpusDocument } from '../corpus/types';
import { CandidateSearch } from './candidates';
import { labelledParagraphs } from './corpusParagraphs';
import { agreementDiagnostics } from './diagnostics';
import { Lru } from './lru';
import { ParagraphMatcher } from './paragraphMatcher';
import { ParagraphTable } from './paragraphTable';
import { MATCH_PARAMS, thresholdsOf } from './params';
import { ENGINE_VERSION, tableFromJSON, tableToJSON, type AgreedLanguageIndexJSON } from './persistence';
import { SourceRanking } from './ranking';
import type { IndexStats, LocalAgreement, ParagraphAgreement, ParagraphInput } from './types';
import { paragraphVerb } from '../language';
import { textToSource } from '../text/pieces';
import { runSteps, type Steps } from '../cancellation';

/** The agreed-language index over a corpus. */
export class AgreedLanguageIndex {
  /** Version of the engine and its serialised form (part of the corpus cache fingerprint): bump when normalisation, shingling or the layout change. */
  static readonly version = ENGINE_VERSION;
  private table: ParagraphTable;
  private matcher: ParagraphMatcher;
  private memo = new Lru<string, LocalAgreement>(MATCH_PARAMS.MEMO_SIZE);
  /** Counts paragraph analyses that missed the memo (for tests and the benchmark). */
  computed = 0;

  /** An empty index (`table`: @internal, for `fromJSON`). */
  constructor(table = new ParagraphTable()) {
    this.table = table;
    const ranking = new SourceRanking(table);
    this.matcher = new ParagraphMatcher(table, ranking.rank, new CandidateSearch(table, ranking.rank));
  }

  /** Incremented on every change of the corpus. */
  get generation(): number {
    return this.table.generation;
  }

  // ---------------------------------------------------------------- corpus

  addDocument(doc: CorpusDocument): void {
    this.table.addDocument(doc);
    this.changed();
  }

  removeDocument(docId: string): void {
    if (!this.table.byId.has(docId)) return;
    this.table.removeDocument(docId);
    this.changed();
  }

  has(docId: string): boolean {
    return this.table.byId.has(docId);
  }

  get documentCount(): number {
    return this.table.byId.size;
  }

  stats(): IndexStats {
    return this.table.stats();
  }

  /** Seals pending postings (optional: lookups do it when needed). Call after a bulk load. */
  seal(): void {
    this.table.postings.seal(this.table.isAlive);
  }

  private changed(): void {
    this.memo.clear();
    this.matcher.forgetBodies();
  }

  // ---------------------------------------------------------------- persistence

  /**
   * Serialisable snapshot: the documents (as given to addDocument) and the sealed postings as
   * base64 typed arrays (persistence.ts). Removed documents are compacted away (paragraph ids
   * renumbered). `{ documents: false }` leaves the documents out (when the caller persists them
   * anyway); then give them back to `fromJSON(json, documents)`. The documents' paragraphs must
   * be the same as when indexed (the corpus cache checks content hashes).
   */
  toJSON(options?: { documents?: boolean } | string): AgreedLanguageIndexJSON {
    // (JSON.stringify calls toJSON with a key string: that means the default.)
    const withDocuments = typeof options === 'object' && options !== null ? options.documents !== false : true;
    if (this.table.deadPids > 0) {
      this.table.compact();
      // Results do not change (memo kept); caches keyed by paragraph id do.
      this.matcher.forgetBodies();
    }
    return tableToJSON(this.table, withDocuments);
  }

  /**
   * Restores an index from `toJSON()` output. Throws on a version mismatch or inconsistent data
   * (every array is checked before the index uses it, see persistence.ts).
   */
  static fromJSON(json: AgreedLanguageIndexJSON, documents?: CorpusDocument[]): AgreedLanguageIndex {
    return new AgreedLanguageIndex(tableFromJSON(json, documents));
  }

  // ---------------------------------------------------------------- analysis

  /** Agreement of every paragraph of every resolution (PP, OP, sub-paragraphs) and every report paragraph. */
  analyze(doc: ResolutionDocument, settings: ServiceSettings): ParagraphAgreement[] {
    return runSteps(this.analyzeInSteps(doc, settings));
  }

  /**
   * `analyze`, pausable after each paragraph: an 8 MB draft took the server's main thread 4 to 9 s here
   * in one block, during which no other document's request was answered.
   */
  *analyzeInSteps(doc: ResolutionDocument, settings: ServiceSettings): Steps<ParagraphAgreement[]> {
    const out: ParagraphAgreement[] = [];
    for (const lp of labelledParagraphs(doc)) {
      yield;
      const p = lp.paragraph;
      const v = paragraphVerb(p);
      const local = this.analyzeParagraph({ text: p.text, verb: v.verb, bodyStart: v.bodyStart }, settings);
      out.push({
        label: lp.label,
        status: local.status,
        spans: local.ranges.map((r) => paragraphSpan(p, r)),
        sources: local.sources,
        totalSources: local.total ?? local.sources.length,
        ...(local.spanSources ? { spanSources: local.spanSources } : {}),
      });
    }
    return out;
  }

  /** Agreement of one paragraph; ranges are offsets into `paragraph.text`. Memoised. */
  analyzeParagraph(paragraph: ParagraphInput | Paragraph, settings: ServiceSettings): LocalAgreement {
    const input: ParagraphInput = 'pieces' in paragraph ? { text: paragraph.text, ...paragraphVerb(paragraph) } : paragraph;
    const t = thresholdsOf(settings);
    // an unset partialMinChars is the text's language's: the text is in the key
    const key = `${t.near}\u0001${t.partialMinChars ?? ''}\u0001${input.verb ?? ''}\u0001${input.bodyStart}\u0001${input.text}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    this.computed++;
    const result = this.matcher.compute(input, settings);
    this.memo.set(key, result);
    return result;
  }

  // ---------------------------------------------------------------- diagnostics

  /**
   * Diagnostics for the agreements of `analyze`: `agreed-language` (Information) on exact
   * matches and partial reuse (data.partial = true), `agreed-language-deviation` (Warning) on
   * near matches. `data.sources` lists the sources, best first (diagnostics.ts).
   */
  diagnostics(doc: ResolutionDocument, agreements: ParagraphAgreement[], settings: ServiceSettings): ServiceDiagnostic[] {
    return agreementDiagnostics(doc, agreements, settings);
  }
}

/** Source span of a range of a paragraph's clean text. */
function paragraphSpan(p: Paragraph, r: Span): Span {
  const start = textToSource(p.pieces, r.start) ?? p.span.start + r.start;
  const end = r.end > r.start ? textToSource(p.pieces, r.end, true) ?? p.span.start + r.end : start;
  return { start, end: Math.max(start, end) };
}
