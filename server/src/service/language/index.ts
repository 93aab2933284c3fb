export type { CitationDate, CitationHit, EndingMarks, LanguageData, LanguageId, LanguageProfile, VerbMatch, VerbSplit } from './types';
export { detectLanguage, getProfile, isLanguageId, languageFromTag, LANGUAGE_IDS, listProfiles } from './registry';
export { paragraphBodyStart, paragraphVerb, splitLeadingVerb } from './body';
export { partialReuseMinChars } from './partialReuse';
