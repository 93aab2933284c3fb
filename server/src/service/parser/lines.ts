import { isWhite } from '../text/pieces';

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

/** Splits a text into lines (\n, \r\n, \r) and classifies each. Linear in the text length. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  let index = 0;
  while (start <= n) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    let next = end;
    if (end < n) {
      next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    } else {
      next = n;
    }
    let ts = start;
    while (ts < end && isWhite(text[ts])) ts++;
    let te = end;
    while (te > ts && isWhite(text[te - 1])) te--;
    const line: Line = {
      index,
      start,
      end,
      next,
      trimStart: ts,
      trimEnd: te,
      indent: ts - start,
      kind: 'text',
      glued: false,
      heading: 0,
      headingTextStart: ts,
    };
    classify(text, line);
    const prev = lines[lines.length - 1];
    line.glued = !!prev && prev.end > prev.start;
    lines.push(line);
    index++;
    if (end >= n) break;
    start = next;
  }
  return lines;
}

function classify(text: string, line: Line): void {
  const { trimStart: ts, trimEnd: te } = line;
  if (ts >= te) {
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
export function looksLikePdf(text: string, lines: Line[]): boolean {
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
