import { isWhite } from '../text/pieces';
import { isCommentLine } from './comments';

/** `frontMatter`: a line of the metadata block at the top (set by the parser, see frontMatter.ts). */
export type LineKind = 'blank' | 'pageBreak' | 'rule' | 'url' | 'furniture' | 'frontMatter' | 'text';

export interface Line {
  index: number;
  /** Offset of the line start. */
  start: number;
  /** Offset of the end of the content (before the line break). */
  end: number;
  /** Offset after the line break (start of the next line). */
  next: number;
  /** Content start after leading whitespace (== trimEnd for a blank line). */
  trimStart: number;
  /** Content end before trailing whitespace. */
  trimEnd: number;
  /** Number of leading whitespace characters. */
  indent: number;
  kind: LineKind;
  /** True when the previous line exists and is not empty (no blank line in between): a PDF page seam. */
  glued: boolean;
  /** Markdown heading level (`##`), 0 if none. */
  heading: number;
  /** Start of the text after heading marks. */
  headingTextStart: number;
}

const MAX_RULE_SCAN = 200;
/** Share of text lines over 120 characters from which a text is written one line per paragraph (see `looksLikePdf`). */
const ONE_LINE_PER_PARAGRAPH = 0.2;

/** Read access to a sequence of lines: the parser's line table, or a plain array of lines. */
export interface LineList extends Iterable<Line> {
  readonly length: number;
  /** The line at index `i`; undefined outside 0…length-1 (a negative index does not count from the end). */
  at(i: number): Line | undefined;
}

/** Set in `kinds` on a comment line (classified `blank`). Bits 0–2 hold the kind, 3–5 the heading level. */
const COMMENT_BIT = 128;

const KINDS: LineKind[] = ['blank', 'pageBreak', 'rule', 'url', 'furniture', 'text', 'frontMatter'];
const KIND_CODE = new Map(KINDS.map((k, i) => [k, i] as const));

/** A delta that did not fit in a byte: the value is worked out again from the text when asked for. */
const FAR = 255;

/**
 * The lines of a text, stored column-wise in typed arrays (8 bytes a line) instead of one object per
 * line (about 120 bytes each, measured with v8 heap statistics): a draft of 6 million short lines took
 * 750 MB in line objects alone. Only the start is stored whole; a line's end follows from the next start,
 * and its trimmed start, trimmed end and heading-text start are kept as one-byte distances, worked out
 * again from the text in the rare line where one is 255 or more (21 bytes a line before: 210 MB of
 * tables for a 20 MB draft of `a\n`). `at(i)` builds the line's object when asked; the parser keeps only
 * the few it needs.
 */
export class LineTable implements LineList {
  readonly length: number;
  private readonly starts: Int32Array;
  /** trimStart − start */
  private readonly lead: Uint8Array;
  /** end − trimEnd */
  private readonly trail: Uint8Array;
  /** headingTextStart − trimStart */
  private readonly headingLead: Uint8Array;
  private readonly kinds: Uint8Array;

  constructor(private readonly text: string) {
    const n = text.length;
    let count = 1;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
    }
    this.length = count;
    this.starts = new Int32Array(count);
    this.lead = new Uint8Array(count);
    this.trail = new Uint8Array(count);
    this.headingLead = new Uint8Array(count);
    this.kinds = new Uint8Array(count); // low 3 bits: kind; high bits: heading level
    const scratch: Line = blankLine();
    let start = 0;
    for (let index = 0; index < count; index++) {
      let end = start;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13) break;
        end++;
      }
      const ts = trimmedStart(text, start, end);
      const te = trimmedEnd(text, ts, end);
      scratch.start = start;
      scratch.end = end;
      scratch.trimStart = ts;
      scratch.trimEnd = te;
      scratch.kind = 'text';
      scratch.heading = 0;
      scratch.headingTextStart = ts;
      classify(text, scratch);
      this.starts[index] = start;
      this.lead[index] = Math.min(ts - start, FAR);
      this.trail[index] = Math.min(end - te, FAR);
      this.headingLead[index] = Math.min(scratch.headingTextStart - ts, FAR);
      const kind = scratch.kind as LineKind; // (set by classify)
      this.kinds[index] = KIND_CODE.get(kind)! | (scratch.heading << 3) | (kind === 'blank' && ts < te ? COMMENT_BIT : 0);
      start = end < n ? (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1) : n;
    }
  }

  /** Offset of the end of line `i`'s content (before its line break). */
  private endOf(i: number): number {
    if (i + 1 >= this.length) return this.text.length;
    const next = this.starts[i + 1];
    // the break is \n, \r or \r\n (the last only when its \r is inside this line)
    return next - 2 >= this.starts[i] && this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }

  private trimStartOf(i: number, start: number, end: number): number {
    const d = this.lead[i];
    return d < FAR ? start + d : trimmedStart(this.text, start, end);
  }

  private trimEndOf(i: number, trimStart: number, end: number): number {
    const d = this.trail[i];
    return d < FAR ? end - d : trimmedEnd(this.text, trimStart, end);
  }

  /** Re-classifies line `i` (the parser marks a front-matter block's lines `frontMatter`). */
  setKind(i: number, kind: LineKind): void {
    this.kinds[i] = KIND_CODE.get(kind)! | (this.kinds[i] & ~7);
  }

  /** The kind of line `i`, without building the line. */
  kind(i: number): LineKind {
    return KINDS[this.kinds[i] & 7];
  }

  at(i: number): Line | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const start = this.starts[i];
    const end = this.endOf(i);
    const trimStart = this.trimStartOf(i, start, end);
    const trimEnd = this.trimEndOf(i, trimStart, end);
    const line: Line = {
      index: i,
      start,
      end,
      next: i + 1 < this.length ? this.starts[i + 1] : this.text.length,
      trimStart,
      trimEnd,
      indent: trimStart - start,
      kind: KINDS[this.kinds[i] & 7],
      // A comment line before is no text either (parser/comments.ts): the line is not glued to it.
      glued: i > 0 && this.endOf(i - 1) > this.starts[i - 1] && (this.kinds[i - 1] & COMMENT_BIT) === 0,
      heading: (this.kinds[i] >> 3) & 15,
      headingTextStart: trimStart + this.headingLead[i],
    };
    if (this.headingLead[i] === FAR) {
      // classified again for the heading-text start alone (the kind may have been changed since by setKind)
      const scratch: Line = { ...line, kind: 'text', heading: 0, headingTextStart: trimStart };
      classify(this.text, scratch);
      line.headingTextStart = scratch.headingTextStart;
    }
    return line;
  }

  *[Symbol.iterator](): Iterator<Line> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }
}

function trimmedStart(text: string, start: number, end: number): number {
  let ts = start;
  while (ts < end && isWhite(text[ts])) ts++;
  return ts;
}

function trimmedEnd(text: string, trimStart: number, end: number): number {
  let te = end;
  while (te > trimStart && isWhite(text[te - 1])) te--;
  return te;
}

function blankLine(): Line {
  return { index: 0, start: 0, end: 0, next: 0, trimStart: 0, trimEnd: 0, indent: 0, kind: 'text', glued: false, heading: 0, headingTextStart: 0 };
}

/** Splits a text into lines (\n, \r\n, \r) and classifies each. Linear in the text length. */
export function splitLines(text: string): Line[] {
  return [...new LineTable(text)];
}

function classify(text: string, line: Line): void {
  const { trimStart: ts, trimEnd: te } = line;
  // A comment line (`<!-- … -->`, `% resolution-disable …`) is no text: it separates paragraphs as a blank line does.
  if (ts >= te || isCommentLine(text, ts, te)) {
    line.kind = 'blank';
    return;
  }
  const len = te - ts;
  const first = text[ts];
  if (len >= 3 && len <= MAX_RULE_SCAN && (first === '-' || first === '_' || first === '*' || first === '=')) {
    let same = true;
    for (let i = ts; i < te; i++) {
      if (text[i] !== first) {
        same = false;
        break;
      }
    }
    if (same) {
      if (first === '_' && len >= 5) line.kind = 'rule';
      else if (first === '-' || first === '*') line.kind = 'pageBreak';
      else if (first === '=' || first === '_') line.kind = 'pageBreak';
      return;
    }
  }
  if (first === 'h' && len < 4000) {
    const s = text.slice(ts, Math.min(te, ts + 8));
    if (s.startsWith('https://') || s.startsWith('http://')) {
      let space = false;
      for (let i = ts; i < te; i++) {
        if (isWhite(text[i])) {
          space = true;
          break;
        }
      }
      if (!space) {
        line.kind = 'url';
        return;
      }
    }
  }
  if (first === '#') {
    let i = ts;
    while (i < te && text[i] === '#' && i - ts < 7) i++;
    const level = i - ts;
    if (level >= 1 && level <= 6 && (i === te || isWhite(text[i]))) {
      line.heading = level;
      while (i < te && isWhite(text[i])) i++;
      line.headingTextStart = i;
    }
  }
  if (len <= 40 && isFurniture(text.slice(ts, te))) line.kind = 'furniture';
}

const FURNITURE = [
  /^\d{1,4} GE\.\d{2}-\d{4,6}$/,
  /^GE\.\d{2}-\d{4,6}(?: \d{1,4})?$/,
  /^\d{2}-\d{4,6}(?: \(C\))?$/,
  /^\d{1,4}\/\d{1,4}$/,
];

/** Page furniture of PDF-extracted UN documents: running symbol lines, job numbers, page numbers. */
function isFurniture(s: string): boolean {
  for (const re of FURNITURE) if (re.test(s)) return true;
  return false;
}

/** A running document symbol on its own line (`A/80/62`, `E/2025/12`): furniture in PDF text. */
export function isSymbolOnly(s: string): boolean {
  return /^[A-Z]{1,6}(?:\/[A-Za-z0-9.]{1,12}){1,6}(?:-[A-Z]{1,6}(?:\/[A-Za-z0-9.]{1,12}){1,6})?$/.test(s);
}

/**
 * Heuristic: PDF-extracted text has hard-wrapped short lines, or footnote rules in hard-wrapped text.
 * A footnote rule alone does not make a text hard-wrapped: texts written one line per paragraph keep
 * the page's footnotes after a `______` rule too (the layout of `../shared/real-en`). Measured: in the
 * three PDF-extracted seeds no text line is over 120 characters; in the 46 real English texts, written
 * one line per paragraph, 50–81% are (and in the Markdown seeds 32%).
 */
export function looksLikePdf(text: string, lines: LineList): boolean {
  let rules = 0;
  let textLines = 0;
  let short = 0;
  let long = 0;
  for (const l of lines) {
    if (l.kind === 'rule') rules++;
    if (l.kind !== 'text') continue;
    textLines++;
    const len = l.trimEnd - l.trimStart;
    if (len <= 48) short++;
    else if (len > 120) long++;
  }
  if (rules > 0 && textLines > 0 && long / textLines < ONE_LINE_PER_PARAGRAPH) return true;
  if (text.includes('<sup>') || text.includes('**')) return false;
  return textLines >= 20 && short / textLines >= 0.7;
}
