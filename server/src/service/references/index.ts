/**
 * Document references: UN document symbols (`A/RES/80/118`, `A/80/62-E/2025/12`) and
 * resolution/decision citations (`2015 年 9 月 25 日第 70/1 号决议`, `resolution 70/1`).
 *
 * - `findReferences(text)`: symbols and citations in one piece of clean text (the parser calls it).
 * - `ReferenceTable`: what the precedent corpus says about each cited resolution.
 * - `checkReferences(doc, table, settings)`: reference-malformed and reference-inconsistent.
 */
export { findReferences, type FoundReference } from './find';
export { ReferenceTable } from './table';
export { checkReferences, type InconsistencyData } from './check';
export { parseSymbol, scanSymbols, symbolFromUrl } from './symbols';
export { normaliseNumber } from './numbers';
