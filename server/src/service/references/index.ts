/**
 * Document references: UN document symbols (`A/RES/80/118`, `A/80/62-E/2025/12`) and
 * resolution/decision citations (`2015 年 9 月 25 日第 70/1 号决议`, `resolution 70/1`).
 *
 * - `findReferences(text)`: symbols and citations in one piece of clean text (the parser calls it).
 * - `ReferenceTable`: what the precedent corpus says about each cited resolution.
 * - `checkReferences(doc, table, settings)`: reference-malformed and reference-inconsistent.
 */
export { findReferences, type FoundReference } from './find';
export { ReferenceTable, type ResolutionFacts, type ReferenceLike } from './table';
export { checkReferences, compareEntry, malformedMessage, DIAGNOSTIC_SOURCE, type InconsistencyData } from './check';
export { parseSymbol, scanSymbols, symbolFromUrl, KNOWN_SERIES, type ParsedSymbol, type SymbolPart, type SymbolError, type SymbolProblem, type SymbolParse } from './symbols';
export { scanCitations, type ScannedCitation, type CitationEntry, type CitationProblem } from './citations';
export { normaliseNumber, parseNumberAt, type ParsedNumber, type NumberShape, type NumberProblem } from './numbers';
export { chineseDateEndingAt, englishDateAt, isValidDate } from './dates';
export { normaliseTitle, foldWidth } from './text';
