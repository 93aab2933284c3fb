/** Editor features computed by the pure service: plain data in, plain data out. */
export * from './types';
export { hover } from './hover';
export { codeActions, expectedEnding, type CodeActionResult, type ActionDiagnostic } from './codeActions';
export { renumberEdits, applyEdits } from './numbering';
export { documentSymbols, foldingRanges, type OutlineSymbol, type FoldingRangeResult } from './symbols';
export { definition, references, documentLinks, type DocumentLinkResult } from './navigation';
export { completion, type CompletionResult } from './completion';
export { findPrecedents, cleanTextOfRange, type PrecedentMatch, type PrecedentSearchOptions } from './precedent';
export { agreementReport, agreedShare, type AgreementReport, type ReportEntry } from './report';
