/**
 * A PDF page's text items (pdf.js `getTextContent`) → lines of text, from geometry alone:
 * items on one baseline form a row; raised, smaller items just above a row are its superscripts
 * (footnote marks); spaces come from the distance between glyphs, so a word that kerning split
 * into two items (`see` + `king`) is one word again. Pure: no pdf.js types.
 */
import { CJK_LAYOUT_CHAR } from '../language/script';

export interface PdfItem {
  str: string;
  /** Left edge and baseline, in PDF points (y grows upwards). */
  x: number;
  y: number;
  /** Advance width. */
  w: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  font: string;
}

export interface PdfLine {
  page: number;
  /** Baseline, left and right edge. */
  y: number;
  x: number;
  right: number;
  /** Size of the line's main text (its superscripts are smaller). */
  size: number;
  /** The text, footnote marks written as Unicode superscripts (`issue,¹`). */
  text: string;
  /** The fonts the line's main items use, first and last (a line in one font has first === last === only). */
  firstFont: string;
  lastFont: string;
  uniformFont: boolean;
  /** Whether the line begins with a superscript mark (a footnote's number in the footnote block). */
  startsWithMark: boolean;
  items: PdfItem[];
}

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** What a footnote mark is made of: `1`, `26`, `*`, `1, 2`. */
const MARK = /^[\s\d*†‡,]{1,8}$/;
/** Items whose baselines are this close (points) are on one row. */
const SAME_ROW = 1.2;
/** A raised item is a superscript when smaller than this share of the row's size (6.5 pt marks on 10 pt text). */
const SUPERSCRIPT_SHARE = 0.85;
/**
 * A gap between glyphs wider than this share of the font size is a space. In the 45 real-en PDFs
 * word spaces are ≥ 0.16 em (`partners’ support`), while words that kerning split (`i` + `n`,
 * `imp` + `ortance`, even with a space item between them) are ≤ 0.146 em apart (`long` + ` ` + `-`).
 */
const SPACE_SHARE = 0.15;

const CJK = CJK_LAYOUT_CHAR;

function toSuperscript(s: string): string {
  return [...s].map((c) => SUPERSCRIPT[c] ?? c).join('');
}

interface Row {
  y: number;
  size: number;
  main: PdfItem[];
  sup: PdfItem[];
}

function rowSize(items: PdfItem[]): number {
  // The size carrying most characters (a line's few small items do not set it).
  const weight = new Map<number, number>();
  for (const it of items) {
    const s = Math.round(it.size * 10) / 10;
    weight.set(s, (weight.get(s) ?? 0) + Math.max(1, it.str.trim().length));
  }
  let best = 0;
  let bestW = -1;
  for (const [s, w] of weight) if (w > bestW || (w === bestW && s > best)) [best, bestW] = [s, w];
  return best;
}

/** Rows of items by baseline, top to bottom, each row's superscripts attached to it. */
function rowsOf(items: PdfItem[]): Row[] {
  const sorted = items.filter((it) => it.str.length > 0 && it.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const raw: PdfItem[][] = [];
  for (const it of sorted) {
    const last = raw[raw.length - 1];
    if (last && Math.abs(last[0].y - it.y) <= SAME_ROW) last.push(it);
    else raw.push([it]);
  }
  const rows: Row[] = raw.map((r) => ({ y: r[0].y, size: rowSize(r), main: r, sup: [] }));
  // A row of small text sitting just above a row of larger text, within its x span, is that row's superscripts.
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const host = rows.slice(i + 1, i + 4).find((h) => {
      const rise = r.y - h.y;
      if (rise <= 0.5 || rise > h.size * 0.6) return false;
      if (r.size >= h.size * SUPERSCRIPT_SHARE) return false;
      // Footnote marks are numbers (or `*`); a smaller word beside a big one (the masthead's `A` + `/RES/80/118`) is not.
      if (!r.main.every((it) => MARK.test(it.str))) return false;
      const left = minOf(h.main.map((it) => it.x)) - h.size * 2;
      const right = maxOf(h.main.map((it) => it.x + it.w)) + h.size * 2;
      return r.main.every((it) => it.x >= left && it.x <= right);
    });
    if (host) appendAll(host.sup, r.main);
    else out.push(r);
  }
  return out;
}

function isSpace(s: string): boolean {
  return /^\s*$/.test(s);
}

/** A row's items, left to right, as text: spaces from glyph distance, superscripts marked. */
function rowText(row: Row): { text: string; startsWithMark: boolean; items: PdfItem[] } {
  const sorted = [...row.main.map((it) => ({ it, sup: false, spaceBefore: false })), ...row.sup.map((it) => ({ it, sup: true, spaceBefore: false }))].sort(
    (a, b) => a.it.x - b.it.x,
  );
  // Space items are dropped (spaces come from glyph distance), but remembered: beside an en dash a
  // narrow one is still a space (`18– 22`), as the text files have it.
  const all: typeof sorted = [];
  let sawSpace = false;
  for (const e of sorted) {
    if (isSpace(e.it.str)) sawSpace = true;
    else {
      all.push({ ...e, spaceBefore: sawSpace });
      sawSpace = false;
    }
  }
  let text = '';
  let prevEnd: number | undefined;
  let prevSup = false;
  let startsWithMark = false;
  // In Chinese text a mark is followed by a space only where the source has one (a space item or a
  // gap: `认可⁷ 的` but `计划⁶2030 年`); in English one always follows (`resolutions,³ on`), even
  // where the glyphs touch.
  let cjkBeforeMark = false;
  for (const { it, sup, spaceBefore } of all) {
    let s = it.str.replace(/\s+/g, ' ');
    if (sup) s = toSuperscript(s.trim());
    if (text === '') {
      startsWithMark = sup;
      text = sup ? s : s.replace(/^ /, '');
    } else {
      const gap = it.x - (prevEnd ?? it.x);
      const spaced = gap > row.size * SPACE_SHARE || (spaceBefore && text.endsWith('–') && /^\d/.test(it.str));
      if (sup) {
        if (!prevSup) cjkBeforeMark = CJK.test(text.replace(/ +$/, '').slice(-1));
        text = text.replace(/ +$/, '') + s;
      } else if ((spaced || (prevSup && (!cjkBeforeMark || spaceBefore) && !/^[,.;:)\]]/.test(s))) && !text.endsWith(' ') && !s.startsWith(' ')) text += ' ' + s;
      else text += s;
    }
    prevEnd = it.x + it.w;
    prevSup = sup;
  }
  return { text: text.replace(/ {2,}/g, ' ').trim(), startsWithMark, items: all.map((e) => e.it) };
}

/** The page's lines, top to bottom. */
export function pageLines(items: PdfItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const row of rowsOf(items)) {
    const { text, startsWithMark, items: ordered } = rowText(row);
    if (!text) continue;
    const main = ordered.filter((it) => row.main.includes(it));
    const fonts = main.map((it) => it.font);
    const x = minOf(ordered.map((it) => it.x));
    const right = maxOf(ordered.map((it) => it.x + it.w));
    lines.push({
      page,
      y: row.y,
      x,
      right,
      size: row.size,
      text,
      firstFont: fonts[0] ?? '',
      lastFont: fonts[fonts.length - 1] ?? '',
      uniformFont: fonts.every((f) => f === fonts[0]),
      startsWithMark,
      items: ordered,
    });
  }
  return lines;
}import { appendAll, maxOf, minOf } from '../text/arrays';

