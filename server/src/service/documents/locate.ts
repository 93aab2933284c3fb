/**
 * Where a finding in an extracted document is, for a person holding the PDF or Word file: the
 * page (PDF) and the paragraph's citable label (`OP 12`, `PP 3`), since line numbers of the
 * extracted text mean nothing to them.
 */
import { labelParagraphs } from '../corpus/labels';
import { parseDocument } from '../parser';

export interface DocumentPlace {
  page?: number;
  paragraph?: string;
}

/** A function from a position in `text` (line, and offset when known) to its page and paragraph. */
export function documentLocator(text: string, linePages?: number[]): (line: number, offset?: number) => DocumentPlace {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  let labels: Array<{ start: number; end: number; label: string }> = [];
  try {
    labels = labelParagraphs(parseDocument(text)).map((l) => ({ start: l.p.span.start, end: l.p.span.end, label: l.label }));
  } catch {
    labels = [];
  }
  return (line, offset) => {
    const place: DocumentPlace = {};
    const page = linePages?.[Math.max(0, Math.min(line, linePages.length - 1))];
    if (page !== undefined) place.page = page;
    const at = offset ?? starts[Math.max(0, Math.min(line, starts.length - 1))];
    // The innermost paragraph holding the position (a sub-paragraph rather than its parent).
    let best: { start: number; end: number; label: string } | undefined;
    for (const l of labels) if (l.start <= at && at < Math.max(l.end, l.start + 1) && (!best || l.start >= best.start)) best = l;
    if (best) place.paragraph = best.label;
    return place;
  };
}
