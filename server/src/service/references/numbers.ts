/**
 * Resolution and decision numbers: `70/1`, `2006/46`, `57/270 B`, `217 A (III)`,
 * `2200 A (XXI)`, `217(III)`, `2250 (2015)` (Security Council), `1/CP.21` (UNFCCC).
 *
 * A hand-written scanner over width-folded text (see text.ts): linear, no regex.
 */
import { foldWidth, isDigit, isUpper, skipSpacesForward } from './text';

export type NumberShape =
  /** `70/1`, `57/270 B`: session/number (General Assembly, Human Rights Council…). */
  | 'session'
  /** `2006/46`: year/number (Economic and Social Council). */
  | 'year'
  /** `217 A (III)`: early General Assembly numbering, session in Roman numerals. */
  | 'roman'
  /** `2250 (2015)`: Security Council, number (year). */
  | 'numberYear'
  /** `1/CP.21`: conference decisions (UNFCCC and the like). */
  | 'conference';

export type NumberProblem =
  /** `/118`: nothing before the slash. */
  | 'number-first-empty'
  /** `79/`: nothing after the slash. */
  | 'number-second-empty'
  /** `/`: a slash alone. */
  | 'number-empty'
  /** `1/1/1`: more components than a resolution number has. */
  | 'number-extra-component';

export interface ParsedNumber {
  /** Normalised: `70/1`, `57/270 B`, `217 A (III)`, `2250 (2015)`, `1/CP.21`. */
  number: string;
  shape: NumberShape;
  /** Offset just past the number. */
  end: number;
}

export interface MalformedNumber {
  problem: NumberProblem;
  /** Offset just past what was read. */
  end: number;
}

export type NumberScan = ParsedNumber | MalformedNumber | undefined;

export function isMalformedNumber(r: NumberScan): r is MalformedNumber {
  return !!r && 'problem' in r;
}

const MAX_DIGITS = 6;

function readDigits(s: string, i: number): number {
  const start = i;
  while (i < s.length && isDigit(s.charCodeAt(i)) && i - start <= MAX_DIGITS) i++;
  return i;
}

/** Spaces skipped between the parts of a number (`70 / 1`, `217 (III)`, `( III )`), at most. */
const GAP = 2;

function isRomanChar(c: number): boolean {
  // I V X L C
  return c === 73 || c === 86 || c === 88 || c === 76 || c === 67;
}

/**
 * Reads `(III)` or `(2015)` at i (spaces allowed inside). Returns the inner text and
 * the offset past `)`, or undefined.
 */
function readParenGroup(s: string, i: number): { inner: string; roman: boolean; end: number } | undefined {
  if (s.charCodeAt(i) !== 40 /* ( */) return undefined;
  let j = skipSpacesForward(s, i + 1, GAP);
  const start = j;
  if (isRomanChar(s.charCodeAt(j))) {
    while (j < s.length && isRomanChar(s.charCodeAt(j)) && j - start < 12) j++;
    const inner = s.slice(start, j);
    j = skipSpacesForward(s, j, GAP);
    if (s.charCodeAt(j) !== 41 /* ) */) return undefined;
    return { inner, roman: true, end: j + 1 };
  }
  if (isDigit(s.charCodeAt(j))) {
    const e = readDigits(s, j);
    if (e - j !== 4) return undefined;
    const inner = s.slice(j, e);
    j = skipSpacesForward(s, e, GAP);
    if (s.charCodeAt(j) !== 41) return undefined;
    return { inner, roman: false, end: j + 1 };
  }
  return undefined;
}

/** A single capital letter as a part suffix (`B` in `57/270 B`), not the start of a word. */
function readPartLetter(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (!isUpper(c)) return -1;
  const next = s.charCodeAt(i + 1);
  if (isUpper(next) || (next >= 97 && next <= 122) || isDigit(next)) return -1;
  return i + 1;
}

/**
 * Reads a resolution/decision number starting exactly at `i` in folded text.
 * Returns the parsed number, a malformed-number report (the text clearly tried to be a
 * number: `79/`, `/118`), or undefined when there is no number here at all.
 */
export function parseNumberAt(s: string, i: number): NumberScan {
  const c0 = s.charCodeAt(i);
  if (c0 === 47 /* / */) {
    const j = skipSpacesForward(s, i + 1, GAP);
    const e = readDigits(s, j);
    if (e > j) return { problem: 'number-first-empty', end: e };
    return { problem: 'number-empty', end: i + 1 };
  }
  if (!isDigit(c0)) return undefined;
  const aEnd = readDigits(s, i);
  if (aEnd - i > MAX_DIGITS) return undefined;
  const a = s.slice(i, aEnd);
  let k = skipSpacesForward(s, aEnd, GAP);
  const ck = s.charCodeAt(k);

  if (ck === 47 /* / */) {
    const j = skipSpacesForward(s, k + 1, GAP);
    const bEnd = readDigits(s, j);
    if (bEnd > j) {
      if (bEnd - j > MAX_DIGITS) return undefined;
      const b = s.slice(j, bEnd);
      // 1/1/1: too many components
      if (s.charCodeAt(bEnd) === 47 && isDigit(s.charCodeAt(bEnd + 1))) {
        let e = bEnd;
        let guard = 0;
        while (e < s.length && (isDigit(s.charCodeAt(e)) || s.charCodeAt(e) === 47) && guard++ < 64) e++;
        return { problem: 'number-extra-component', end: e };
      }
      let number = `${Number(a)}/${Number(b)}`;
      let end = bEnd;
      // part letter: 57/270 B
      const l = skipSpacesForward(s, bEnd, 1);
      const le = readPartLetter(s, l);
      if (le > 0) {
        number += ` ${s[l]}`;
        end = le;
      }
      const shape: NumberShape = Number(a) >= 1946 && Number(a) <= 2999 && a.length === 4 ? 'year' : 'session';
      return { number, shape, end };
    }
    // 1/CP.21, 2/CMP.1
    let e = j;
    while (e < s.length && isUpper(s.charCodeAt(e)) && e - j < 8) e++;
    if (e > j && s.charCodeAt(e) === 46 /* . */ && isDigit(s.charCodeAt(e + 1))) {
      const de = readDigits(s, e + 1);
      return { number: `${Number(a)}/${s.slice(j, e)}.${Number(s.slice(e + 1, de))}`, shape: 'conference', end: de };
    }
    return { problem: 'number-second-empty', end: k + 1 };
  }

  // 217 A (III), 2200 A (XXI)
  const le = readPartLetter(s, k);
  if (le > 0) {
    const g = readParenGroup(s, skipSpacesForward(s, le, GAP));
    if (g && g.roman) return { number: `${Number(a)} ${s[k]} (${g.inner})`, shape: 'roman', end: g.end };
    return undefined;
  }
  // 217 (III), 2250 (2015)
  const g = readParenGroup(s, k);
  if (g) {
    return g.roman
      ? { number: `${Number(a)} (${g.inner})`, shape: 'roman', end: g.end }
      : { number: `${Number(a)} (${g.inner})`, shape: 'numberYear', end: g.end };
  }
  return undefined;
}

/**
 * Normalises a number as written (`７０/１`, `217 A(III)`, ` 57/270 B `) to the form used as
 * a key (`70/1`, `217 A (III)`, `57/270 B`). Returns undefined if it is not a number.
 */
export function normaliseNumber(written: string): string | undefined {
  const s = foldWidth(written).trim();
  const r = parseNumberAt(s, 0);
  if (!r || isMalformedNumber(r)) return undefined;
  if (s.slice(r.end).trim() !== '') return undefined;
  return r.number;
}
