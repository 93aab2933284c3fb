/**
 * "Open source" for agreed language read from a PDF or Word precedent: a hover link runs the client
 * command `resolution.openSource` with `{path, paragraph}`; the client shows a read-only document
 * (scheme `resolution-source`) whose text it asks the server for with `resolution/sourceText`,
 * and selects the paragraph's range. Plain types, as protocol.ts.
 */
interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export const SourceTextRequest = 'resolution/sourceText';
export const OpenSourceCommand = 'resolution.openSource';
export const SOURCE_SCHEME = 'resolution-source';

export interface SourceTextParams {
  /** The corpus document's path (absolute): only files of the corpus are read. */
  path: string;
  /** Index of the paragraph in the corpus document (`CorpusParagraph.index`). */
  paragraph?: number;
}

export interface SourceTextResult {
  /** The text read from the file (as `resolution/extractDocument` gives it). */
  text: string;
  /** The paragraph's lines in `text` (whole lines), or the top when it could not be placed. */
  range: Range;
  /** Its page in a PDF. */
  page?: number;
  /** How the paragraph was placed: `text`, `page` or `none`. */
  found: 'text' | 'page' | 'none';
  warnings: Array<{ code: string; detail?: string }>;
}
