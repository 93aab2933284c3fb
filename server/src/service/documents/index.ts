export { extractDocument } from './extract';
export { detectFormat, DOCUMENT_EXTENSIONS } from './format';
export type { DocumentFormat, ExtractedDocument, ExtractOptions, ExtractWarning, ExtractWarningCode } from './types';
