/**
 * How far an extracted text agrees with a real-en text file, paragraph by paragraph: the share of
 * the file's paragraphs (and of its footnotes) that the extraction has word for word, after the
 * usual normalisation (Unicode NFKC, whitespace collapsed).
 */
import { FOOTNOTE_RULE } from '../../server/src/service/documents/pdfParagraphs';

export function normalise(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** A text in the real-en layout → its paragraphs and its footnotes (front matter dropped). */
export function splitLayout(text: string): { paragraphs: string[]; footnotes: string[] } {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const paragraphs: string[] = [];
  const footnotes: string[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (!lines.length) continue;
    if (lines[0].trim() === FOOTNOTE_RULE) footnotes.push(...lines.slice(1).map(normalise));
    else paragraphs.push(...lines.map(normalise));
  }
  return { paragraphs, footnotes };
}

export interface Agreement {
  paragraphs: { total: number; same: number; missing: string[]; extra: string[] };
  footnotes: { total: number; same: number; missing: string[]; extra: string[] };
}

function compare(expected: string[], actual: string[]): Agreement['paragraphs'] {
  const pool = new Map<string, number>();
  for (const a of actual) pool.set(a, (pool.get(a) ?? 0) + 1);
  const missing: string[] = [];
  let same = 0;
  for (const e of expected) {
    const n = pool.get(e) ?? 0;
    if (n > 0) {
      pool.set(e, n - 1);
      same++;
    } else missing.push(e);
  }
  const extra: string[] = [];
  for (const [a, n] of pool) for (let i = 0; i < n; i++) extra.push(a);
  return { total: expected.length, same, missing, extra };
}

export function agreement(expectedText: string, actualText: string): Agreement {
  const e = splitLayout(expectedText);
  const a = splitLayout(actualText);
  return { paragraphs: compare(e.paragraphs, a.paragraphs), footnotes: compare(e.footnotes, a.footnotes) };
}
