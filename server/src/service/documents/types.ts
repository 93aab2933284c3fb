/**
 * What a document reader (PDF, Word) gives the rest of the service: the document
 * as resolution text in the layout the parser reads best, plus where each line
 * came from. Pure data; readers take bytes, never paths.
 */

export type DocumentFormat = 'pdf' | 'docx' | 'doc' | 'text';

export type ExtractWarningCode =
  | 'no-text-layer' // scanned PDF: pages without text
  | 'encrypted' // password-protected PDF or Word file
  | 'damaged' // the reader failed on the bytes
  | 'timeout' // the per-file time limit ran out
  | 'too-large' // over a size limit (zip bomb, uncompressed size)
  | 'macros-ignored' // a Word file with macros: never run, never read
  | 'skipped-content' // tables, text boxes, images left out or read flat
  | 'unsupported'; // a format this build cannot read

export interface ExtractWarning {
  code: ExtractWarningCode;
  /** English detail for the message (the caller localises the code). */
  detail?: string;
}

export interface ExtractedDocument {
  format: DocumentFormat;
  /**
   * The document as text, one paragraph per line with a blank line between
   * paragraphs (the layout of `../shared/real-en`, without front matter):
   * header lines, the acting organ, PP and OP (numbers written out, even where
   * Word numbered them automatically), sub-paragraphs; footnote references as
   * Unicode superscript digits after the word (`issue,¹`); each page's (or the
   * document's) footnotes after a `__________________` line, one per line, as
   * `¹ text`. Page furniture (masthead, running headers/footers, job number,
   * barcode, page numbers) is dropped.
   */
  text: string;
  /** For PDFs: the 1-based page on which each line of `text` starts (index = 0-based line). */
  linePages?: number[];
  /** Metadata the file itself carries (the PDF's masthead symbol, the Word core properties). */
  meta?: { symbol?: string; date?: string; title?: string; language?: string };
  /** Problems worked around or that made the text empty. Never thrown. */
  warnings: ExtractWarning[];
}

export interface ExtractOptions {
  /** Give up on one file after this long (default 30 s): `timeout` warning, empty text. */
  timeoutMs?: number;
  /** Largest uncompressed size read from a Word file's zip (default 64 MiB). */
  maxUncompressedBytes?: number;
}
