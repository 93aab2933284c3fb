/**
 * Footnote references and definitions in the three source forms:
 * Markdown-like (`<sup>3</sup>`, `[^3]`), Unicode superscripts (`³`), and PDF-extracted text
 * (bare digits glued to the text, definitions ` 3 text` after a `______` rule or a whitespace line).
 */
import type { FootnoteRefForm } from '../model';
import { isCjk, isWhite } from '../text/pieces';
import type { Line, LineList } from './lines';
import { isSymbolOnly } from './lines';

export interface RefHit {
  start: number;
  end: number;
  number: number;
  form: FootnoteRefForm;
}

export interface DefHit {
  number: number;
  markerStart: number;
  markerEnd: number;
  /** Where the definition's text starts on its first line. */
  textStart: number;
  /** Lines (indices) holding the definition, in order; the first is the marker line. */
  lines: number[];
  form: FootnoteRefForm;
}

export interface MarkupScan {
  refs: RefHit[];
  /** Tags to drop from clean text that are not numbered refs (`<sup>a</sup>`). */
  drops: Array<{ start: number; end: number }>;
  unterminatedSup: number[];
}

/** Footnote numbers run to five digits in `<sup>n</sup>` and `[^n]`, references and definitions alike. */
const MAX_FOOTNOTE_DIGITS = 5;

/** Value of a superscript digit (⁰ ¹ ² ³ ⁴ … ⁹), or -1. */
function supValue(c: string | undefined): number {
  if (c === undefined) return -1;
  const x = c.charCodeAt(0);
  if (x === 0x2070) return 0;
  if (x === 0xb9) return 1;
  if (x === 0xb2) return 2;
  if (x === 0xb3) return 3;
  if (x >= 0x2074 && x <= 0x2079) return x - 0x2070;
  return -1;
}

/** Whether a UTF-16 code is a superscript digit (same set as `supValue`). */
function isSupCode(x: number): boolean {
  return x === 0x2070 || x === 0xb9 || x === 0xb2 || x === 0xb3 || (x >= 0x2074 && x <= 0x2079);
}

function isSupDigit(c: string | undefined): boolean {
  return supValue(c) >= 0;
}

/** Scans [from, to) for `<sup>n</sup>`, `[^n]` and superscript digits. Linear. */
export function scanMarkupRefs(text: string, from: number, to: number): MarkupScan {
  const out: MarkupScan = { refs: [], drops: [], unterminatedSup: [] };
  let i = from;
  while (i < to) {
    // Most characters start nothing: skip them by code (a one-character string per CJK
    // character was most of this scan's cost).
    const x = text.charCodeAt(i);
    if (x !== 60 /* < */ && x !== 91 /* [ */ && !isSupCode(x)) {
      i++;
      continue;
    }
    const c = text[i];
    if (c === '<' && text.startsWith('<sup>', i)) {
      const w = text.slice(i + 5, Math.min(to, i + 46)).indexOf('</sup>');
      const close = w < 0 ? -1 : i + 5 + w;
      if (close < 0) {
        out.unterminatedSup.push(i);
        i += 5;
        continue;
      }
      const inner = text.slice(i + 5, close).trim();
      if (/^\d{1,5}$/.test(inner)) out.refs.push({ start: i, end: close + 6, number: parseInt(inner, 10), form: 'sup' });
      else out.drops.push({ start: i, end: close + 6 });
      i = close + 6;
      continue;
    }
    if (c === '[' && text[i + 1] === '^') {
      let j = i + 2;
      while (j < to && j - i - 2 <= MAX_FOOTNOTE_DIGITS && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if (j > i + 2 && j - i - 2 <= MAX_FOOTNOTE_DIGITS && text[j] === ']' && text[j + 1] !== ':') {
        out.refs.push({ start: i, end: j + 1, number: parseInt(text.slice(i + 2, j), 10), form: 'markdown' });
        i = j + 1;
        continue;
      }
    }
    if (isSupDigit(c)) {
      let j = i;
      let n = 0;
      while (j < to && isSupDigit(text[j]) && j - i < 4) {
        n = n * 10 + supValue(text[j]);
        j++;
      }
      if (n > 0) out.refs.push({ start: i, end: j, number: n, form: 'unicode' });
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** A Markdown-like definition at the start of a line: `<sup>3</sup> text`, `³ text`, `[^3]: text`. */
export function readMarkupDef(text: string, line: Line): DefHit | undefined {
  const s = line.trimStart;
  const e = line.trimEnd;
  if (text.startsWith('<sup>', s)) {
    const w = text.slice(s + 5, Math.min(e, s + 18)).indexOf('</sup>');
    const close = w < 0 ? -1 : s + 5 + w;
    if (close < 0) return undefined;
    const inner = text.slice(s + 5, close).trim();
    if (!/^\d{1,5}$/.test(inner)) return undefined;
    let t = close + 6;
    while (t < e && isWhite(text[t])) t++;
    if (t >= e) return undefined;
    return { number: parseInt(inner, 10), markerStart: s, markerEnd: close + 6, textStart: t, lines: [line.index], form: 'sup' };
  }
  if (text[s] === '[' && text[s + 1] === '^') {
    const m = /^\[\^(\d{1,5})\]:/.exec(text.slice(s, Math.min(e, s + 12)));
    if (!m) return undefined;
    let t = s + m[0].length;
    while (t < e && isWhite(text[t])) t++;
    return { number: parseInt(m[1], 10), markerStart: s, markerEnd: s + m[0].length, textStart: t, lines: [line.index], form: 'markdown' };
  }
  if (isSupDigit(text[s])) {
    let j = s;
    let n = 0;
    while (j < e && isSupDigit(text[j]) && j - s < 4) {
      n = n * 10 + supValue(text[j]);
      j++;
    }
    if (n <= 0 || !isWhite(text[j] ?? '')) return undefined;
    let t = j;
    while (t < e && isWhite(text[t])) t++;
    if (t >= e) return undefined;
    return { number: n, markerStart: s, markerEnd: j, textStart: t, lines: [line.index], form: 'unicode' };
  }
  return undefined;
}

export type BlockRole = 'rule' | 'def' | 'defCont' | 'note' | 'url' | 'furniture' | 'blank';

export interface PdfFootnotes {
  /** Role of each line inside a footnote block (absent: not in a block). */
  roles: Map<number, BlockRole>;
  defs: DefHit[];
  /** Lines of `* …` notes (with continuations), by first line. */
  notes: number[][];
}

/** Reads ` 3 text` at a line start: returns the number and offsets. */
function readPdfDefStart(text: string, line: Line): { n: number; ms: number; me: number; ts: number } | undefined {
  if (line.kind !== 'text' || line.indent > 6) return undefined;
  let j = line.trimStart;
  const s = j;
  while (j < line.trimEnd && j - s < 4 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === s || j - s > 3 || !isWhite(text[j] ?? '')) return undefined;
  let t = j;
  while (t < line.trimEnd && isWhite(text[t])) t++;
  if (t >= line.trimEnd) return undefined;
  return { n: parseInt(text.slice(s, j), 10), ms: s, me: j, ts: t };
}

/**
 * Finds PDF footnote blocks. A block starts at a `______` rule, or at a whitespace-only line that is
 * followed by the definition of the next footnote number; it holds definitions ` n text` (wrapped lines
 * follow after blank lines without indentation), `* …` notes, URL lines and page furniture. The body
 * resumes at an indented line, or at a line glued to the previous one (page seam), or after URLs/furniture.
 */
export function findPdfFootnotes(text: string, lines: LineList): PdfFootnotes {
  const roles = new Map<number, BlockRole>();
  const defs: DefHit[] = [];
  const notes: number[][] = [];
  let lastDef = 0;
  const acceptable = (n: number): boolean => n >= 1 && n > lastDef && n <= lastDef + 5;
  let i = 0;
  while (i < lines.length) {
    const l = lines.at(i)!;
    let startsBlock = false;
    if (l.kind === 'rule') startsBlock = true;
    else if (l.kind === 'blank' && l.end > l.start && l.trimStart >= l.trimEnd) {
      // whitespace-only line: look ahead for the next definition
      let k = i + 1;
      while (k < lines.length && lines.at(k)!.kind === 'blank' && k - i < 12) k++;
      const d = k < lines.length ? readPdfDefStart(text, lines.at(k)!) : undefined;
      if (d && d.n === lastDef + 1 && lines.at(k)!.indent >= 1) startsBlock = true;
    }
    if (!startsBlock) {
      i++;
      continue;
    }
    roles.set(i, l.kind === 'rule' ? 'rule' : 'blank');
    let current: DefHit | undefined;
    let currentNote: number[] | undefined;
    let closing = false;
    let k = i + 1;
    for (; k < lines.length; k++) {
      const m = lines.at(k)!;
      if (m.kind === 'blank') {
        roles.set(k, 'blank');
        continue;
      }
      if (m.kind === 'url') {
        // A URL wrapped inside a definition: preceded by a blank line and followed (after a blank
        // line) by unindented text that continues the definition.
        if (!m.glued && (current || currentNote) && !closing) {
          let q = k + 1;
          while (q < lines.length && lines.at(q)!.kind === 'blank' && q - k < 3) q++;
          const nx = lines.at(q)!;
          if (q > k + 1 && nx && nx.kind === 'text' && !nx.glued && nx.indent === 0) {
            if (current) current.lines.push(k);
            else currentNote!.push(k);
            roles.set(k, 'defCont');
            continue;
          }
        }
        roles.set(k, 'url');
        closing = true;
        continue;
      }
      if (m.kind === 'furniture' || (m.kind === 'text' && isSymbolOnly(text.slice(m.trimStart, m.trimEnd)))) {
        roles.set(k, 'furniture');
        closing = true;
        continue;
      }
      if (m.kind === 'rule') {
        roles.set(k, 'rule');
        continue;
      }
      if (m.kind !== 'text') break;
      if (closing) break;
      const d = readPdfDefStart(text, m);
      if (d && acceptable(d.n) && (!m.glued || !current)) {
        current = { number: d.n, markerStart: d.ms, markerEnd: d.me, textStart: d.ts, lines: [k], form: 'bare' };
        defs.push(current);
        lastDef = d.n;
        currentNote = undefined;
        roles.set(k, 'def');
        continue;
      }
      if (text[m.trimStart] === '*' || text[m.trimStart] === '＊') {
        currentNote = [k];
        notes.push(currentNote);
        current = undefined;
        roles.set(k, 'note');
        continue;
      }
      if (!m.glued && m.indent === 0 && (current || currentNote)) {
        if (current) current.lines.push(k);
        else currentNote!.push(k);
        roles.set(k, 'defCont');
        continue;
      }
      break;
    }
    i = k;
  }
  return { roles, defs, notes };
}

const MEASURE_AFTER = new Set(
  '年月日号項项个個次届屆名人段条條章款卷亿億万萬千百岁歲周倍票点點时時分小家种種类類部份位天期多余餘国國条例轮輪场場篇页頁行字%％'.split(''),
);

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

const LATIN_BEFORE = /[,;:)"”’]/;
const SENTENCE_PUNCT = new Set(['。', '；', '，', '：', '、']);
const STRONG_MEASURE = new Set('年月日号號%％'.split(''));
const CLOSERS = new Set(['》', '”', '）', ')', '」', '』', '’', '〉', '】']);

/**
 * Bare footnote references in PDF text: a number glued to the text that matches a footnote defined
 * later (a new number must be the next one; a repeated one must sit at a line end or after a closing
 * bracket or quote). `lines` are the body lines in document order.
 */
export function findBareRefs(text: string, lines: LineList, defs: Map<number, number>): RefHit[] {
  const out: RefHit[] = [];
  let max = 0;
  for (let li = 0; li < lines.length; li++) {
    const l = lines.at(li)!;
    const nextLine = lines.at(li + 1);
    const nextFirst = nextLine ? text[nextLine.trimStart] : undefined;
    const s = l.trimStart;
    const e = l.trimEnd;
    let i = s;
    while (i < e) {
      if (!isDigit(text[i]) || isDigit(text[i - 1])) {
        i++;
        continue;
      }
      let j = i;
      while (j < e && isDigit(text[j])) j++;
      const len = j - i;
      const startI = i;
      i = j;
      if (len > 3) continue;
      if (startI === s) {
        // a number alone on a line right after text: a reference set on its own line
        const n0 = parseInt(text.slice(startI, j), 10);
        const prev = li > 0 ? lines.at(li - 1) : undefined;
        const d0 = defs.get(n0);
        if (j === e && prev && l.index - prev.index <= 2 && d0 !== undefined && (n0 === max + 1 ? d0 > startI : n0 <= max)) {
          const pc = text[prev.trimEnd - 1];
          if (pc && (isCjk(pc) || CLOSERS.has(pc) || /[A-Za-z,;:]/.test(pc))) {
            out.push({ start: startI, end: j, number: n0, form: 'bare' });
            if (n0 === max + 1) max = n0;
          }
        }
        continue;
      }
      const n = parseInt(text.slice(startI, j), 10);
      const defAt = defs.get(n);
      if (defAt === undefined || n < 1) continue;
      // what precedes
      let b = startI - 1;
      while (b >= s && text[b] === ' ') b--;
      if (b < s) continue;
      const before = text[b];
      const spaced = b < startI - 1;
      if (spaced && startI - 1 - b > 2) continue;
      if (!(isCjk(before) || CLOSERS.has(before))) {
        // English PDF text: `Development2`, `resolution 70/1,1` (glued, new numbers only)
        if (spaced || !(LATIN_BEFORE.test(before) || /[a-z]/.test(before))) continue;
        const after = text[j];
        if (j < e && !/[\s,.;:)\]”’"]/.test(after)) continue;
        if (j < e && (after === '.' || after === ',') && isDigit(text[j + 1])) continue;
        if ((n === max + 1 || n === max + 2) && defAt > startI) {
          out.push({ start: startI, end: j, number: n, form: 'bare' });
          max = n;
        }
        continue;
      }
      if (before === '第' || before === '约' || before === '至' || before === '和' || before === '、' || before === '－' || before === '~' || before === '或') continue;
      // what follows
      let a = j;
      while (a < e && text[a] === ' ') a++;
      const atEnd = a >= e;
      const after = text[j];
      const afterNs = text[a];
      if (after === '.' || after === '．' || after === '/' || after === '-' || after === ',' || after === ':' || after === '%' || after === '％') continue;
      const strong = !spaced && (SENTENCE_PUNCT.has(before) || CLOSERS.has(before));
      if (!atEnd && /[A-Za-z]/.test(afterNs ?? '')) continue;
      if (!atEnd && isDigit(afterNs) && !(strong && a > j)) continue;
      if (atEnd && nextFirst !== undefined && MEASURE_AFTER.has(nextFirst)) continue;
      if (!atEnd && (strong ? STRONG_MEASURE.has(afterNs) : MEASURE_AFTER.has(afterNs))) continue;
      if (n === max + 1 || (n === max + 2 && (strong || atEnd))) {
        if (defAt < startI) continue;
        out.push({ start: startI, end: j, number: n, form: 'bare' });
        max = n;
      } else if (n <= max && (atEnd || (!spaced && CLOSERS.has(before)))) {
        out.push({ start: startI, end: j, number: n, form: 'bare' });
      }
    }
  }
  return out;
}

/**
 * The footnote block of text written one line per paragraph (not hard-wrapped): a `______` rule and the
 * lines glued under it, one note per line — the definitions (`¹ …`, read by `readMarkupDef`) and the
 * `*` notes of a draft's first page (`* On behalf of the States that are members of the Group of 77…`,
 * `* Any changes to the list of sponsors…`). The block ends at the first blank line. Returns the roles
 * of the rule and of the `*` notes; the definitions keep theirs.
 */
export function findFlowNotes(text: string, lines: LineList, isDef: (line: number) => boolean): PdfFootnotes {
  const roles = new Map<number, BlockRole>();
  const notes: number[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines.at(i)!.kind !== 'rule') continue;
    roles.set(i, 'rule');
    for (let k = i + 1; k < lines.length && lines.at(k)!.glued && lines.at(k)!.kind !== 'blank'; k++) {
      const m = lines.at(k)!;
      if (isDef(k)) continue;
      if (m.kind === 'text' && isStarNote(text, m)) {
        notes.push([k]);
        roles.set(k, 'note');
        continue;
      }
      break;
    }
  }
  return { roles, defs: [], notes };
}

/** `* text`, `*text`, `** text` (a second note), `＊ text`; not Markdown emphasis (`**Recalling**`, `*Noting*`). */
function isStarNote(text: string, line: Line): boolean {
  const s = line.trimStart;
  if (text[s] === '＊') return true;
  if (text[s] !== '*') return false;
  let j = s;
  while (j < line.trimEnd && text[j] === '*') j++;
  const rest = text.slice(j, line.trimEnd);
  // emphasis closes with the same run of stars later in the line, right after a word
  const stars = text.slice(s, j);
  const close = rest.indexOf(stars);
  return !(close > 0 && !isWhite(rest[0] ?? '') && !isWhite(rest[close - 1]));
}
