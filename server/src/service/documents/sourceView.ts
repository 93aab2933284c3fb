/**
 * Where a corpus paragraph sits in the text read from its source file (a PDF or Word precedent),
 * so that "open source" can show that text at the paragraph. The text is the reader's
 * (one paragraph per line); the paragraph is found by its words, else by its page.
 */

export interface SourceLines {
  /** First and last line (0-based) of the paragraph in the text. */
  startLine: number;
  endLine: number;
  /** How it was found: by the paragraph's words, by its page, or not at all (the top). */
  by: 'text' | 'page' | 'none';
}

/** Words only: superscripts, markup, punctuation and spacing left out, so a label or a mark does not matter. */
function words(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/<\/?sup>|\*\*/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The lines of `text` holding the paragraph whose clean text is `paragraph` (from the corpus),
 * starting on `page` when known. A probe of the paragraph's first words is looked for in each
 * line; the label (`12.`, `(a)`) and footnote marks are not part of the comparison.
 */
export function locateParagraph(text: string, linePages: number[] | undefined, paragraph: string, page?: number): SourceLines {
  const lines = text.split('\n');
  const target = words(paragraph);
  if (target) {
    for (const len of [60, 24]) {
      const probe = target.slice(0, len);
      let found = -1;
      for (let i = 0; i < lines.length; i++) {
        if (page !== undefined && linePages?.[i] !== undefined && linePages[i] !== page) continue;
        if (words(lines[i]).includes(probe)) {
          found = i;
          break;
        }
      }
      if (found < 0 && page !== undefined) found = lines.findIndex((l) => words(l).includes(probe));
      if (found >= 0) return { startLine: found, endLine: found, by: 'text' };
    }
  }
  if (page !== undefined && linePages) {
    const i = linePages.findIndex((p) => p === page);
    if (i >= 0) return { startLine: i, endLine: i, by: 'page' };
  }
  return { startLine: 0, endLine: 0, by: 'none' };
}
