/**
 * Page furniture of UN documents, told by where it sits on the page: the first page's masthead
 * (United Nations / symbol / organ / `Distr.: General` / date / `Original: English`), the running
 * header (symbol, short title) in the top margin, and the footer (job number `24-24293 (E)`,
 * barcode `*2424293*`, page `2/18`) in the bottom margin. What is left is the body and the
 * footnotes; the footnote block starts at the rule (`__________________`).
 */
import type { PdfLine } from './pdfLayout';

/** Top and bottom margins holding running headers and footers, as shares of the page height (UN pages: header ≥ 733 pt of 792, footer ≤ 44 pt; text reaches 707 and 60). */
const HEADER_SHARE = 0.08;
const FOOTER_SHARE = 0.066;

export const RULE = /^_{5,}$/;
const SYMBOL = /\b([A-Z](?:\.\d+)?(?:\/[A-Z0-9.\-]+)+)\b/;
const DATE = /^\d{1,2} [A-Z][a-z]+ \d{4}$/;

export interface PageParts {
  body: PdfLine[];
  footnotes: PdfLine[];
}

export interface Masthead {
  symbol?: string;
  date?: string;
}

/** `Distr.: General` (`分发：普遍` in a Chinese masthead). */
const DISTR = /\bDistr\.?\s*:|分发\s*[：:]/;

/**
 * The masthead of the first page: the lines down to `Distr.`'s column (date, `Original:`). The
 * column is left-aligned in the UN's own PDFs and right-aligned (a right tab) in a Word masthead.
 */
function mastheadBottom(lines: PdfLine[]): { bottom: number; meta: Masthead } | undefined {
  const distrLine = lines.find((l) => DISTR.test(l.text));
  if (!distrLine) return undefined;
  const distrItem = distrLine.items.find((it) => /Distr|分发/.test(it.str));
  const column = distrItem ? distrItem.x : distrLine.x;
  const columnRight = distrItem && /^(?:Distr|分发)/.test(distrItem.str.trim()) ? distrLine.right : undefined;
  let bottom = distrLine.y;
  let date: string | undefined;
  // The column under `Distr.`: lines starting at its x (or ending at its right edge), each within ~3 lines of the one above.
  for (const l of lines) {
    if (l.y >= distrLine.y) continue;
    const inColumn = Math.abs(l.x - column) <= 2 || (columnRight !== undefined && Math.abs(l.right - columnRight) <= 2 && l.x > column - l.size * 10);
    if (!inColumn || bottom - l.y > l.size * 3.5) break;
    bottom = l.y;
    if (!date && DATE.test(l.text)) date = l.text;
  }
  const top = lines.filter((l) => l.y >= bottom - 0.5);
  const symbolLine = top.find((l) => SYMBOL.test(l.text.replace(/\s+/g, '')) || SYMBOL.test(l.text));
  const m = symbolLine ? SYMBOL.exec(symbolLine.text.replace(/^United Nations\s*/, '').replace(/\s+/g, '')) : null;
  return { bottom, meta: { symbol: m?.[1], date } };
}

/** The size of most of the page's text. */
function bodySize(lines: PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(l.size, (weight.get(l.size) ?? 0) + l.text.length);
  let best = 0;
  let n = -1;
  for (const [s, w] of weight) if (w > n) [best, n] = [s, w];
  return best;
}

/** A vertical gap over this many times the text size sets the footnote block off from the body. */
const FOOT_GAP_SHARE = 1.45;

/**
 * Where a footnote block with neither a typed rule nor a smaller size starts (a word processor's
 * PDF: the rule is drawn, the notes in the body's size): the first line, after a vertical gap,
 * that opens with a raised mark, from which every line down to the foot of the page is a note
 * (opening with a mark) or the continuation of one (no gap above it). A body paragraph never
 * opens with a footnote mark, and a mark that wrapped to the head of a line has no gap above it.
 */
function markedFootBlock(lines: PdfLine[]): number {
  const opens = (l: PdfLine) => l.startsWithMark || /^[*†‡]\s/.test(l.text);
  const gapAbove = (i: number) => i > 0 && lines[i].page === lines[i - 1].page && lines[i - 1].y - lines[i].y > lines[i].size * FOOT_GAP_SHARE;
  for (let i = 1; i < lines.length; i++) {
    if (!opens(lines[i]) || !gapAbove(i)) continue;
    let ok = true;
    for (let j = i + 1; j < lines.length && ok; j++) ok = opens(lines[j]) || !gapAbove(j);
    if (ok) return i;
  }
  return -1;
}

/** Splits a page's lines into body and footnotes, furniture dropped. */
export function splitPage(lines: PdfLine[], pageHeight: number, first: boolean): PageParts & { masthead?: Masthead } {
  let keep = lines.filter((l) => l.y < pageHeight * (1 - HEADER_SHARE) && l.y > pageHeight * FOOTER_SHARE);
  let masthead: Masthead | undefined;
  if (first) {
    const m = mastheadBottom(lines);
    if (m) {
      masthead = m.meta;
      keep = keep.filter((l) => l.y < m.bottom - 0.5);
    }
  }
  let rule = keep.findIndex((l) => RULE.test(l.text));
  if (rule < 0) {
    // The rule may be drawn rather than typed: the footnotes are then the smaller lines at the
    // foot of the page, the first of them opening with a mark.
    const size = bodySize(keep);
    let first = keep.length;
    while (first > 0 && keep[first - 1].size < size * 0.9) first--;
    const opener = keep[first];
    if (opener && (opener.startsWithMark || /^[*†‡]/.test(opener.text))) return { body: keep.slice(0, first), footnotes: keep.slice(first), masthead };
    const at = markedFootBlock(keep);
    if (at < 0) return { body: keep, footnotes: [], masthead };
    return { body: keep.slice(0, at), footnotes: keep.slice(at), masthead };
  }
  return { body: keep.slice(0, rule), footnotes: keep.slice(rule + 1), masthead };
}
