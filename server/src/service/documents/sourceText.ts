/**
 * "Open source" (the facade's `sourceText`): the text read from a corpus document's source file (PDF or
 * Word) and the lines of one of its paragraphs in that text. Bytes in, data out; the caller reads the file.
 * A cancellation flag is read before and after the extraction (CancelledError).
 */
import { throwIfCancelled, type CancellationFlag } from '../cancellation';
import type { CorpusParagraph } from '../corpus/types';
import type { Range } from '../model';
import { extractDocument } from './extract';
import { locateParagraph } from './sourceView';
import type { ExtractWarning } from './types';

export interface SourceText {
  /** The text read from the file (as the document readers give it). */
  text: string;
  /** The paragraph's lines in `text` (whole lines), or the top when it could not be placed. */
  range: Range;
  /** Its page in a PDF. */
  page?: number;
  /** How the paragraph was placed: `text`, `page` or `none`. */
  found: 'text' | 'page' | 'none';
  warnings: ExtractWarning[];
}

/** The text of the file `name` (its bytes) with the range of `paragraph`, a paragraph of the corpus document read from it. */
export async function sourceTextOf(bytes: Uint8Array, name: string, paragraph: Pick<CorpusParagraph, 'text' | 'page'> | undefined, token?: CancellationFlag): Promise<SourceText> {
  throwIfCancelled(token);
  const r = await extractDocument(bytes, name);
  throwIfCancelled(token);
  const at = paragraph ? locateParagraph(r.text, r.linePages, paragraph.text, paragraph.page) : { startLine: 0, endLine: 0, by: 'none' as const };
  const lines = r.text.split('\n');
  const range = { start: { line: at.startLine, character: 0 }, end: { line: at.endLine, character: lines[at.endLine]?.length ?? 0 } };
  return { text: r.text, range, ...(paragraph?.page !== undefined ? { page: paragraph.page } : {}), found: at.by, warnings: r.warnings };
}
