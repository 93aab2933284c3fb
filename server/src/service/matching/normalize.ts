/**
 * Normalisation of paragraph text before comparison.
 *
 * What is NOT a deviation, and so is normalised away:
 * - width and compatibility forms (NFKC, applied per code point): `，`/`,`, `（`/`(`, `２`/`2`;
 *   curly and straight quotes (`“”`/`"`, `‘’`/`'`), hyphens and dashes (`2024–2034`/`2024-2034`);
 * - white space: runs collapse to one space; white space next to a CJK character or CJK
 *   punctuation is dropped (`2030 年` = `2030年`, `**还回顾** 2015 年` = `还回顾2015年`);
 * - footnote reference markers (`<sup>3</sup>`, `³`), Markdown emphasis (`*`), Markdown links
 *   (`[A/75/982](#)` → `A/75/982`);
 * - the paragraph's closing punctuation (`，` `；` `。` `：`): a preambular paragraph reused as an
 *   operative one changes its ending, not its wording.
 *
 * - Arabic letter variants (alef with hamza or madda → alef, alef maqsura → yeh, teh marbuta → heh,
 *   hamza on waw/yeh), diacritics and tatweel, Arabic-Indic digits, Arabic comma and semicolon;
 *   decomposed accents compose with their letter (`e` + U+0301 = `é`); accents themselves are kept.
 *
 * What is kept: every word. Term changes (`因特网` → `互联网`) are real changes to report, so
 * no term equivalence is applied here.
 *
 * The result carries an offset map: `map[i]` is the offset in the input of the character that
 * produced normalised character `i`; `map[text.length]` is the end of the last kept input
 * character. So a normalised range [a, b) maps back to input [map[a], mapEnd(b)).
 *
 * Linear time, no regular expressions.
 */

import { foldArabic, isCjkCodePoint, isCombiningMark, isIdeograph, isNfkcStable } from '../language/script';

export interface Normalized {
  text: string;
  /** Length text.length + 1. map[i] = input offset of normalised char i; last entry = input end. */
  map: Int32Array;
}

/** True for CJK ideographs, CJK punctuation and full-width forms (code point): `isCjkCodePoint` of language/script. */
export const isCjk = isCjkCodePoint;

function isSpace(cp: number): boolean {
  return cp === 32 || cp === 9 || cp === 10 || cp === 13 || cp === 0xa0 || cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200b) || cp === 0x202f || cp === 0xfeff;
}

function isSuperscriptDigit(cp: number): boolean {
  return cp === 0xb9 || cp === 0xb2 || cp === 0xb3 || cp === 0x2070 || (cp >= 0x2074 && cp <= 0x2079);
}

/** Closing punctuation stripped from the end of a normalised paragraph. */
function isClosing(c: number): boolean {
  return c === 44 /* , */ || c === 59 /* ; */ || c === 46 /* . */ || c === 58 /* : */ || c === 0x3002 /* 。 */ || c === 32;
}

const nfkcCache = new Map<number, string>();
function nfkc(cp: number): string {
  // Fast path: ASCII, CJK unified ideographs and CJK punctuation are NFKC-stable.
  if (isNfkcStable(cp)) return String.fromCodePoint(cp);
  let s = nfkcCache.get(cp);
  if (s === undefined) {
    s = String.fromCodePoint(cp).normalize('NFKC');
    if (nfkcCache.size < 65536) nfkcCache.set(cp, s);
  }
  return s;
}

/** `<sup>…</sup>` at i (digits, commas, spaces inside; bounded): returns end offset, or -1. */
function supEnd(s: string, i: number): number {
  if (s.charCodeAt(i) !== 60 || s.substr(i, 5).toLowerCase() !== '<sup>') return -1;
  const limit = Math.min(s.length, i + 5 + 24);
  for (let j = i + 5; j < limit; j++) {
    if (s.charCodeAt(j) === 60) return s.substr(j, 6).toLowerCase() === '</sup>' ? j + 6 : -1;
  }
  return -1;
}

/** Markdown link `[text](target)` at i: returns [textEnd, linkEnd] or undefined. Bounded scan. */
function linkAt(s: string, i: number): [number, number] | undefined {
  if (s.charCodeAt(i) !== 91 /* [ */) return undefined;
  const limit = Math.min(s.length, i + 300);
  let j = i + 1;
  while (j < limit && s.charCodeAt(j) !== 93 /* ] */ && s.charCodeAt(j) !== 91 && s.charCodeAt(j) !== 10) j++;
  if (j >= limit || s.charCodeAt(j) !== 93 || s.charCodeAt(j + 1) !== 40 /* ( */) return undefined;
  let k = j + 2;
  const limit2 = Math.min(s.length, k + 500);
  while (k < limit2 && s.charCodeAt(k) !== 41 /* ) */ && s.charCodeAt(k) !== 10 && s.charCodeAt(k) !== 32) k++;
  if (k >= limit2 || s.charCodeAt(k) !== 41) return undefined;
  return [j, k + 1];
}

/**
 * Normalises `input[from, to)` (default: all of it). Offsets in the map are offsets into `input`.
 */
let scratchBuf = new Uint16Array(4096);
let scratchMap = new Int32Array(4097);

/**
 * Normalises into shared scratch buffers and returns the length: `scratchCodes()` holds the
 * normalised UTF-16 code units (valid until the next call). The indexing path uses this to
 * avoid building strings and maps.
 */
export function normalizeCodes(input: string, from = 0, to = input.length): number {
  return normalizeInto(input, from, to);
}

export function scratchCodes(): Uint16Array {
  return scratchBuf;
}

export function normalize(input: string, from = 0, to = input.length): Normalized {
  const len = normalizeInto(input, from, to);
  let end = from;
  if (len > 0) {
    const lastIn = scratchMap[len - 1];
    end = lastIn + ((input.codePointAt(lastIn) ?? 0) > 0xffff ? 2 : 1);
  }
  const outMap = scratchMap.slice(0, len + 1);
  outMap[len] = end;
  return { text: decode(scratchBuf, len), map: outMap };
}

function normalizeInto(input: string, from: number, to: number): number {
  // Output is at most 4 code units per input code unit (NFKC expansions like ㈠ → (一) are short).
  if (scratchBuf.length < (to - from) * 4 + 16) {
    scratchBuf = new Uint16Array((to - from) * 4 + 16);
    scratchMap = new Int32Array(scratchBuf.length + 1);
  }
  const buf = scratchBuf;
  const map = scratchMap;
  let len = 0;
  let pendingSpace = -1; // input offset of a pending space, or -1
  let lastCjk = true; // at the start, drop leading space
  let linkTextEnd = -1;
  let linkEnd = -1;
  let i = from;
  while (i < to) {
    const c0 = input.charCodeAt(i);
    // Fast path: CJK ideograph (the bulk of Chinese text).
    if (isIdeograph(c0) && i !== linkTextEnd) {
      pendingSpace = -1;
      buf[len] = c0;
      map[len++] = i;
      lastCjk = true;
      i++;
      continue;
    }
    if (i === linkTextEnd) {
      i = linkEnd;
      linkTextEnd = -1;
      continue;
    }
    const cp = c0 >= 0xd800 && c0 <= 0xdbff ? input.codePointAt(i)! : c0;
    const width = cp > 0xffff ? 2 : 1;
    if (cp === 60 /* < */) {
      const e = supEnd(input, i);
      if (e > 0 && e <= to) {
        i = e;
        continue;
      }
    } else if (cp === 91 /* [ */ && linkTextEnd < 0) {
      const l = linkAt(input, i);
      if (l && l[1] <= to) {
        linkTextEnd = l[0];
        linkEnd = l[1];
        i++;
        continue;
      }
    }
    if (cp === 42 /* * */ || isSuperscriptDigit(cp) || cp === 0x200d || cp === 0xfe0f) {
      i += width;
      continue;
    }
    if (isSpace(cp)) {
      if (pendingSpace < 0) pendingSpace = i;
      i += width;
      continue;
    }
    const cjk = isCjk(cp);
    if (pendingSpace >= 0) {
      if (!cjk && !lastCjk) {
        buf[len] = 32;
        map[len++] = pendingSpace;
      }
      pendingSpace = -1;
    }
    if (cp < 0x80) {
      buf[len] = cp;
      map[len++] = i;
    } else if (cp === 0x201c || cp === 0x201d) {
      buf[len] = 34; // “ ” → "
      map[len++] = i;
    } else if (cp === 0x2018 || cp === 0x2019) {
      buf[len] = 39; // ‘ ’ → '
      map[len++] = i;
    } else if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212) {
      buf[len] = 45; // hyphens and dashes, minus → -
      map[len++] = i;
    } else if (isCombiningMark(cp) && len > 0 && buf[len - 1] !== 32) {
      // A decomposed accent (`e` + U+0301) composes with its letter (`é`), as the precomposed form is written.
      const composed = (String.fromCharCode(buf[len - 1]) + String.fromCharCode(cp)).normalize('NFC');
      if (composed.length === 1) buf[len - 1] = composed.charCodeAt(0);
      else {
        buf[len] = cp;
        map[len++] = i;
      }
    } else {
      const n = nfkc(cp);
      for (let k = 0; k < n.length && k < 4 * width; k++) {
        // Arabic letter variants, diacritics, tatweel and digits fold (`language/script.ts`), presentation forms after NFKC too.
        const f = foldArabic(n.charCodeAt(k));
        if (f < 0) continue;
        buf[len] = f;
        map[len++] = i;
      }
    }
    lastCjk = cjk;
    i += width;
  }
  // Strip closing punctuation (and spaces) at the end.
  while (len > 0 && isClosing(buf[len - 1])) len--;
  return len;
}

const decoder = new TextDecoder('utf-16le');
function decode(buf: Uint16Array, len: number): string {
  if (len === 0) return '';
  if (len < 16) return String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[]);
  return decoder.decode(buf.subarray(0, len));
}

/** Input range for the normalised range [a, b). */
export function mapRange(n: Normalized, a: number, b: number, input: string): { start: number; end: number } {
  const start = n.map[Math.max(0, Math.min(a, n.text.length))];
  if (b <= a) return { start, end: start };
  const lastIn = n.map[Math.min(b, n.text.length) - 1];
  const end = lastIn + (input.codePointAt(lastIn)! > 0xffff ? 2 : 1);
  return { start, end: Math.max(start, end) };
}
