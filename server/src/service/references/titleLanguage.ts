/**
 * The language a cited title is written in, for comparing it only with precedent titles in the same language
 * (a French draft's « Transformer notre monde » is not a wrong English title, nor is an English title quoted
 * in a French draft a wrong French one).
 *
 * - Chinese when the title holds ideographs (as before profiles: a title in a Chinese text may be quoted in
 *   English); Russian or Arabic when Cyrillic or Arabic letters are most of it.
 * - A title in Latin letters is English, French or Spanish by its short words (articles, prepositions:
 *   `titleWords` in each language's data): in a French or Spanish document the document's language unless
 *   English words are more; in any other document English unless French or Spanish words are more. Before,
 *   a Latin-script title took the document's language, so an English title in a French draft was compared
 *   with French titles, and one in a Russian draft was called Russian.
 */
import type { LanguageId } from '../language';
import { getProfile, isLanguageId } from '../language';
import { countScripts } from '../language/script';
import { hasCjk } from './text';

/** How many of the title's words are short words of `id`'s titles. */
function titleWordScore(words: readonly string[], id: LanguageId): number {
  const known = getProfile(id).data.citation.titleWords;
  if (!known?.length) return 0;
  let n = 0;
  for (const w of words) if (known.includes(w)) n++;
  return n;
}

export function titleLanguage(title: string, documentLanguage?: string): LanguageId {
  if (hasCjk(title)) return 'zh';
  const c = countScripts(title);
  if (c.cyrillic > c.latin && c.cyrillic >= c.arabic) return 'ru';
  if (c.arabic > c.latin && c.arabic > c.cyrillic) return 'ar';
  const doc = documentLanguage && isLanguageId(documentLanguage) ? documentLanguage : undefined;
  const latinDocument = doc === 'fr' || doc === 'es' ? doc : undefined;
  // no letters to go by (a title of digits): the document's language, as before
  if (c.latin === 0) return doc && doc !== 'zh' ? doc : 'en';
  const words = title.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  // the first candidate wins ties: the document's own Latin-script language, else English
  const candidates: LanguageId[] = latinDocument ? [latinDocument, 'en'] : ['en', 'fr', 'es'];
  let best = candidates[0];
  let bestScore = titleWordScore(words, best);
  for (const id of candidates.slice(1)) {
    const score = titleWordScore(words, id);
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
