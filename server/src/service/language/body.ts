/**
 * Where a paragraph's body starts: after its leading verb, the verb's lead, and the spaces and emphasis
 * marks after them. The one rule (issue 9) for the corpus labels, the agreed-language engine and the features.
 */
import type { Paragraph } from '../model';
import { sourceToText } from '../text/pieces';
import type { LanguageId } from './data/types';
import { detectLanguage, getProfile } from './registry';
import type { VerbSplit } from './types';
import { skipToBody } from './verbs';

/** Offset in a parsed paragraph's clean text where its body starts (0 when it has no leading verb). */
export function paragraphBodyStart(p: Paragraph): number {
  if (!p.verb) return 0;
  const end = sourceToText(p.pieces, p.verb.verbSpan.end);
  if (end === undefined || end <= 0 || end > p.text.length) return 0;
  return skipToBody(p.text, end);
}

/**
 * Verb and body start of a clean text with no parse at hand (plain strings, corpus paragraphs without a
 * verb): by the profile of `language`, or of the text's own script when no language is given.
 */
export function splitLeadingVerb(text: string, language?: LanguageId): VerbSplit {
  return getProfile(language ?? detectLanguage(text.slice(0, 200))).splitLeadingVerb(text);
}

/** Verb and body start of a parsed paragraph: the parser's verb when there is one, else the text's profile. */
export function paragraphVerb(p: Paragraph, language?: LanguageId): VerbSplit {
  if (p.verb) {
    const bodyStart = paragraphBodyStart(p);
    if (bodyStart > 0) return { verb: p.verb.verb, bodyStart };
  }
  return splitLeadingVerb(p.text, language);
}
