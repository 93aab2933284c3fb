/**
 * Body and footnote lines of all pages → paragraphs, in the layout of `ExtractedDocument.text`.
 *
 * A paragraph starts at a first-line indent, a vertical gap wider than the line spacing, a
 * change of size, a change of font between two lines each in one font (a bold heading after
 * plain text), or a right-aligned line (`64th plenary meeting`). A page break is not a start:
 * a paragraph cut by it (or by the footnote block) goes on. Lines are joined with a space;
 * after a hyphen without one (`capacity-` + `building`), except before `and`/`or`/`to`/`as`
 * (`small- and medium-sized`); CJK lines without one. A page's footnotes follow the
 * paragraph the page ends in, after a `__________________` line, one per line.
 */
import type { PdfLine } from './pdfLayout';
import { CJK_LAYOUT_CHAR } from '../language/script';

export const FOOTNOTE_RULE = '__________________';

/** A vertical gap over this many times the text size starts a paragraph (lines are 1.2 em apart, paragraphs 1.8 em). */
const GAP_SHARE = 1.45;
/** A page's last line ending more than this many ems before the right margin ends its paragraph. */
const SHORT_LINE_EMS = 6;
/** A line starting this far right of the line before is indented (points). */
const INDENT = 3;

export interface Block {
  lines: string[];
  pages: number[];
}

export interface PageContent {
  page: number;
  body: PdfLine[];
  footnotes: PdfLine[];
}

const CJK = CJK_LAYOUT_CHAR;

/**
 * Joins a paragraph's next line. `brokenWord`: the line before stopped short of the margin, so
 * its last word was cut where the next line's first would not fit (`56/18` + `3、57/238、…`):
 * digits on both sides are one number.
 */
export function joinLines(a: string, b: string, brokenWord = false): string {
  if (!a) return b;
  if (!b) return a;
  const last = a[a.length - 1];
  if (CJK.test(last) || CJK.test(b[0])) return a + b;
  // `69/` + `204`, `A/RES/` + `70/1`, `2024–` + `2034`: a line broken after a slash or a dash
  // before a number (a slash before a word keeps its space: `Legal Counsel/ the`).
  if ((/\/$/.test(a) || /\d[–-]$/.test(a)) && /^\d/.test(b)) return a + b;
  if (brokenWord && /\d$/.test(a) && /^\d/.test(b)) return a + b;
  if (/[\p{L}\p{N}]-$/u.test(a) && !/^(and|or|to|as)\b/.test(b)) return a + b;
  return `${a} ${b}`;
}

interface Margins {
  left: number;
  right: number;
}

/** The body's usual left and right edges (most common continuation-line edges). */
function margins(lines: PdfLine[]): Margins {
  const mode = (values: number[]): number => {
    const counts = new Map<number, number>();
    for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
    let best = 0;
    let n = -1;
    for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
    return best;
  };
  return { left: mode(lines.map((l) => l.x)), right: mode(lines.map((l) => l.right)) };
}

function rightAligned(l: PdfLine, m: Margins): boolean {
  return l.x > m.left + 150 && Math.abs(l.right - m.right) < 3;
}

/** First-page header lines that stand alone: `Eightieth session`, `Second Committee`, `Agenda item 16 (e)`. */
const HEADER_LINE = /^(?:[A-Z][a-z]+(?:-[a-z]+)? session|(?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Agenda items? .*)$/;
/** A section heading's roman number alone on its line, joined to the heading (`II` + `Capacity-building`). */
const ROMAN_ALONE = /^[IVXLC]+\.?$/;
/** A paragraph or sub-paragraph number opening a line: `12.`, `(b)`, `(iv)`. */
const LIST_MARK = /^(?:\d+\.|\([a-z]{1,5}\))\s/;

/**
 * Where the text after a line's list number starts (`1.` + tab + `Welcomes…`), when the number is
 * an item of its own: a word processor's list has a hanging indent, its next lines start there.
 */
function hangingTextStart(l: PdfLine): number | undefined {
  const mark = LIST_MARK.exec(l.text)?.[0].trim();
  if (!mark) return undefined;
  let seen = '';
  for (const it of l.items) {
    if (seen === mark) return it.x;
    seen += it.str.trim();
    if (!mark.startsWith(seen)) return undefined;
  }
  return undefined;
}

function startsParagraph(prev: PdfLine | undefined, l: PdfLine, m: Margins, prevOpened: boolean): boolean {
  if (!prev) return true;
  if (ROMAN_ALONE.test(prev.text) && prevOpened) return false;
  if (HEADER_LINE.test(l.text) || HEADER_LINE.test(prev.text) || ROMAN_ALONE.test(l.text)) return true;
  // Across a page break there is no gap to see: a finished paragraph and a numbered line say it,
  // and so does a page whose last line stops well short of the margin (a paragraph's last line).
  if (l.page !== prev.page && /[;:.；：。]$/.test(prev.text) && LIST_MARK.test(l.text)) return true;
  if (l.page !== prev.page && prev.right < m.right - SHORT_LINE_EMS * prev.size) return true;
  if (rightAligned(l, m) || rightAligned(prev, m)) return true;
  if (Math.abs(l.size - prev.size) > 0.6) return true;
  if (l.page === prev.page && prev.y - l.y > Math.max(l.size, prev.size) * GAP_SHARE) return true;
  // Indented, unless the line before opened a paragraph with a hanging number (`78/165. Title…`),
  // or opened a list paragraph whose text this line continues under (a hanging indent).
  const hanging = prevOpened ? hangingTextStart(prev) : undefined;
  if (l.x > prev.x + INDENT && !(prevOpened && prev.x < m.left - 20) && !(hanging !== undefined && Math.abs(l.x - hanging) <= 1.5)) return true;
  if (prev.uniformFont && l.uniformFont && prev.lastFont !== l.firstFont && prev.right < m.right - 20) return true;
  return false;
}

/** Footnote lines of one page → one string per footnote (`¹ text`). */
export function footnotesOf(lines: PdfLine[], rightMargin = Infinity): Array<{ text: string; page: number }> {
  const out: Array<{ text: string; page: number }> = [];
  let prev: PdfLine | undefined;
  for (const l of lines) {
    const starts = l.startsWithMark || /^[*†‡]\s/.test(l.text);
    const text = l.startsWithMark ? l.text.replace(/^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*/, '$1 ') : l.text;
    if (starts || out.length === 0) out.push({ text, page: l.page });
    else out[out.length - 1].text = joinLines(out[out.length - 1].text, text, prev !== undefined && prev.right < rightMargin - SHORT_LINE_EMS * prev.size);
    prev = l;
  }
  return out;
}

/** All pages → the document's blocks (paragraphs and footnote blocks), in order. */
export function paragraphsOf(pages: PageContent[]): Block[] {
  const m = margins(pages.flatMap((p) => p.body));
  const blocks: Block[] = [];
  let current: { text: string; page: number } | undefined;
  let pending: Block[] = [];
  let prev: PdfLine | undefined;
  let prevOpened = false;
  const close = () => {
    if (current) blocks.push({ lines: [current.text], pages: [current.page] });
    current = undefined;
    for (const b of pending) blocks.push(b);
    pending = [];
  };
  for (const p of pages) {
    for (const l of p.body) {
      const opens = startsParagraph(prev, l, m, prevOpened);
      prevOpened = opens;
      if (opens) {
        close();
        current = { text: l.text, page: l.page };
      } else current = { text: joinLines(current!.text, l.text, prev !== undefined && prev.page === l.page && prev.right < m.right - SHORT_LINE_EMS * prev.size), page: current!.page };
      prev = l;
    }
    const notes = footnotesOf(p.footnotes, m.right);
    if (notes.length) pending.push({ lines: [FOOTNOTE_RULE, ...notes.map((n) => n.text)], pages: [p.page, ...notes.map((n) => n.page)] });
  }
  close();
  return blocks;
}
