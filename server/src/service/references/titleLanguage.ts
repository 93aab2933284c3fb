/**
 * The language a cited title is written in, for comparing it only with precedent titles in the same language
 * (a French draft's « Transformer notre monde » is not a wrong English title). Chinese when the title holds
 * ideographs (as before profiles: a title in a Chinese text may be quoted in English); otherwise the language
 * of the document that gives it, English for Chinese and English documents and when none is known.
 */
import type { LanguageId } from '../language';
import { isLanguageId } from '../language';
import { hasCjk } from './text';

export function titleLanguage(title: string, documentLanguage?: string): LanguageId {
  if (hasCjk(title)) return 'zh';
  if (documentLanguage && documentLanguage !== 'zh' && isLanguageId(documentLanguage)) return documentLanguage;
  return 'en';
}
