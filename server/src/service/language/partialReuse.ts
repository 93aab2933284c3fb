/**
 * The partial-reuse minimum of a paragraph by its language: the shortest span (normalised characters)
 * the agreed-language engine reports as reused when the user has not set `thresholds.partialMinChars`.
 * The value is each language's `partialReuseMinChars` (language/data/<id>.ts, with its measurement).
 */
import { detectLanguage, getProfile } from './registry';

/** The default partial-reuse minimum for a paragraph's text: that of the language it is written in. */
export function partialReuseMinChars(text: string): number {
  return getProfile(detectLanguage(text)).data.partialReuseMinChars;
}
