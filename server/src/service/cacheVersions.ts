/**
 * Versions of everything the corpus cache persists. A snapshot or delta written under other
 * versions is stale and rebuilt. Bump a version when the code it names changes what is
 * written, or how it is read: `test/reliability/cacheVersions.test.ts` fingerprints that code
 * (its tokens, not its comments or layout) and fails, naming the constant to bump, when the
 * code changed and the version did not.
 */

/** The snapshot and delta layout: `corpus/cache.ts`, `corpus/types.ts`, and how the Node host stores them (`node/checkedFile.ts`, `node/nodeCacheStore.ts`). */
export const CORPUS_CACHE_FORMAT = 7; // 7: reference facts may carry a title's language; 6: PDF and Word files read, paragraphs carry their page

/**
 * What `processFile` makes of a file (`corpus/process.ts` and everything it runs: decoding,
 * the parser, labels, metadata, the reference digest).
 */
export const PARSER_VERSION = 15; // 15: a cited title's language from its own script and short words (kept in each document's reference facts); 14: partialReuseMinChars in the language data (parser output unchanged); 13: titles in fr/es/ru/ar citations (intitulée « … », titulada “…”, озаглавленную «…», المعنون ”…“) read into the reference entries; 12: the Arabic number line (`79/262 - …`) read as the symbol line with its title; 11: fr/es/ru/ar committee lines (Deuxième Commission…) read as the header's committee field; 10: the merged parser (structure in named steps, header lines from the profiles); 9: reference digests keep each title's language (titles compared only within a language); script tests from language/script.ts; fr/es/ru/ar session, agenda-item and adoption lines read as header by the profiles' patterns; 8: this session merged: language profiles with the fr/es/ru/ar data and a) b) i) markers, six-locale decoding messages, comment lines skipped as blank, the PDF reader for LibreOffice PDFs and .doc list numbers; 4–7: the same on their branches; 2: real English (rules in one-line-per-paragraph text, headings, front matter), line table

/**
 * The agreed-language index's persisted arrays: what `addDocument` indexes (normalisation,
 * units, shingles, winnowing, verbs, body hashes) and the layout `toJSON`/`fromJSON` use.
 */
export const INDEX_VERSION = 11; // 11: a cited title's language from its own script and short words (the reference table stores it); 10: partialReuseMinChars in the language data (index output unchanged; partial reuse is found with it at analysis time); 9: citation-title patterns in the fr/es/ru/ar data (index output unchanged); 8: the Arabic number-line pattern in the data (index output unchanged); 7: committee-line patterns in the fr/es/ru/ar data (index output unchanged); 6: script tests from language/script.ts (same ranges, same output), adoption-line patterns in the fr/es/ru/ar data; 5: the fr/es/ru/ar lexicons of lang-data, verbs matched in either case at the start; 4: Arabic letters are units, full-Unicode case folding, Arabic folding; verbs and body starts from language/

/** All of them, as the cache records them. */
export function cacheVersionKey(): string {
  return `format=${CORPUS_CACHE_FORMAT}|parser=${PARSER_VERSION}|index=${INDEX_VERSION}`;
}
