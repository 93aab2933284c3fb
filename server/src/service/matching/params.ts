/** The agreed-language engine's parameters (each with the measurement that chose it) and its thresholds from the settings. */
import { partialReuseMinChars } from '../language';
import { DEFAULT_THRESHOLDS, type MatchThresholds, type ServiceSettings } from '../options';

/** Parameters of the engine (documented in the module comment of agreedLanguageIndex.ts). */
export const MATCH_PARAMS = {
  /** Candidates (by fingerprint score) verified with Levenshtein. */
  MAX_CANDIDATES: 24,
  /** Best candidates aligned for partial reuse when nothing is exact or near. */
  MAX_PARTIAL_CANDIDATES: 8,
  /** Reused spans reported per paragraph (the longest). */
  MAX_PARTIAL_SPANS: 16,
  /** Sources listed per partially reused span. */
  MAX_PARTIAL_SOURCES: 5,
  /** Postings read per paragraph, rarest fingerprints first (bounds the cost on a large corpus). */
  POSTINGS_BUDGET: 24_000,
  /** Sources kept for an exact/near paragraph (`totalSources` says how many were found). */
  MAX_SOURCES: 10,
  /** Bodies shorter than this (normalised chars) are not matched (too little to be agreed language). */
  MIN_BODY_CHARS: 8,
  /** Bodies longer than this are not compared whole (Levenshtein is O(n·m/32)); partial reuse still applies. */
  MAX_COMPARE_CHARS: 20_000,
  /**
   * Containment (containment.ts): a draft holding at least this share of a corpus paragraph's
   * body, in order (characters in identical runs plus short common words in small gaps), is a
   * near match (a deviation with the added words listed), however much longer the draft is.
   * 0.85 on 80/118 vs 76/189: the paragraphs that are a 76/189 paragraph with clauses added
   * reach 0.86–1.0 (PP 38 0.86, OP 7 0.93, OP 28 0.99); reuse of one clause stays far below
   * (PP 15 0.37, PP 16 0.47, OP 19 0.37); borderline below: OP 16 and OP 27 (~0.84, one
   * phrase of the source replaced). Synthetic insertions of 20–80 characters: 1.0. The near
   * threshold applies when it is higher (a strict setting stays strict).
   */
  CONTAIN_MIN_COVERAGE: 0.85,
  /**
   * …and the contained text is at least this share of the draft body (added text at most twice
   * the agreed text): below it a short agreed paragraph inside a long new one is partial reuse.
   */
  CONTAIN_MIN_SHARE: 1 / 3,
  /**
   * A near draft at least this many (normalised) characters longer than its source has its
   * changes listed along the aligned spans, as for containment.
   */
  INSERTION_MIN_CHARS: 12,
  /** Memoised paragraph analyses (LRU). */
  MEMO_SIZE: 4096,
  /** Normalised corpus bodies kept for verification (LRU). */
  CORPUS_NORM_CACHE: 2048,
} as const;

/**
 * Thresholds from the settings, missing or invalid values replaced by the defaults; `partialMinChars`
 * stays unset unless the settings give a valid one (then each paragraph's language decides, see
 * `partialMinCharsFor`).
 */
export function thresholdsOf(settings: ServiceSettings): MatchThresholds {
  const t = settings.thresholds ?? DEFAULT_THRESHOLDS;
  const near = typeof t.near === 'number' && t.near > 0 && t.near <= 1 ? t.near : DEFAULT_THRESHOLDS.near;
  const min = typeof t.partialMinChars === 'number' && t.partialMinChars >= 1 ? t.partialMinChars : undefined;
  return min === undefined ? { near } : { near, partialMinChars: min };
}

/** The partial-reuse minimum for a paragraph: the setting when given (all languages), else the paragraph's language's. */
export function partialMinCharsFor(t: MatchThresholds, text: string): number {
  return t.partialMinChars ?? partialReuseMinChars(text);
}
