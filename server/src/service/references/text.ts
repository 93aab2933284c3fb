/**
 * Character helpers for the reference scanners.
 *
 * The scanners work on a width-folded copy of the text (`foldWidth`) that has
 * exactly the same length as the original, so every offset found in the
 * folded copy is an offset into the original text.
 */
import { isIdeographOrExtA } from '../language/script';

/**
 * Folds full-width ASCII (`０-９`, `Ａ-Ｚ`, `／`, `（`, `，`…) to half-width and
 * every kind of space to U+0020. One code unit in, one code unit out.
 */
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\u2000-\u200a\u202f\t\u2044\u2215]/g;

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x2044 || c === 0x2215) return '/'; // fraction slash, division slash
  return ' ';
}

export function foldWidth(text: string): string {
  // a single character class: linear, no backtracking
  return text.replace(FOLDABLE, foldChar);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isAsciiLetter(c: number): boolean {
  return isUpper(c) || isLower(c);
}

export function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c);
}

/** Space-like characters in folded text (line breaks included: clean text may keep some). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export function skipSpacesForward(s: string, i: number, limit = Infinity): number {
  let n = 0;
  while (i < s.length && isSpace(s.charCodeAt(i)) && n < limit) {
    i++;
    n++;
  }
  return i;
}

/** Returns the smallest j <= i such that s[j..i) is all spaces. */
export function skipSpacesBackward(s: string, i: number, limit = Infinity): number {
  let n = 0;
  while (i > 0 && isSpace(s.charCodeAt(i - 1)) && n < limit) {
    i--;
    n++;
  }
  return i;
}

/** Whether `s` has `word` ending exactly at `end`. */
export function endsWithAt(s: string, end: number, word: string): boolean {
  return end >= word.length && s.startsWith(word, end - word.length);
}

/**
 * Spans of URLs (`http://…`, `https://…`, `www.…`) in folded text. A URL runs to
 * the first space or non-ASCII character. Linear.
 */
export function findUrlSpans(s: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const markers = ['http://', 'https://', 'www.'];
  // next occurrence of each marker at or after `from`; recomputed only when passed (keeps the scan linear)
  const next = markers.map(() => -2);
  let from = 0;
  for (;;) {
    let h = -1;
    for (let m = 0; m < markers.length; m++) {
      if (next[m] !== -1 && next[m] < from) next[m] = nextMarker(s, markers[m], from);
      if (next[m] >= 0 && (h < 0 || next[m] < h)) h = next[m];
    }
    if (h < 0) break;
    let e = h;
    while (e < s.length) {
      const c = s.charCodeAt(e);
      if (c <= 32 || c >= 127 || c === 60 /* < */ || c === 62 /* > */ || c === 34 /* " */) break;
      e++;
    }
    spans.push({ start: h, end: e });
    from = e > h ? e : h + 1;
  }
  return spans;
}

function nextMarker(s: string, marker: string, from: number): number {
  let i = s.indexOf(marker, from);
  // `www.` only at a boundary (not inside a word or a longer URL)
  while (i > 0 && marker === 'www.' && (isAsciiAlnum(s.charCodeAt(i - 1)) || s.charCodeAt(i - 1) === 47)) {
    i = s.indexOf(marker, i + 1);
  }
  return i;
}

/** Sorted, non-overlapping spans → membership test in O(log n). */
export function makeSpanTest(spans: Array<{ start: number; end: number }>): (offset: number) => boolean {
  return (offset: number) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const sp = spans[mid];
      if (offset < sp.start) hi = mid - 1;
      else if (offset >= sp.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** Removes everything that does not matter when comparing two titles: spaces, quotes, width, case, dash and colon style. */
export function normaliseTitle(title: string): string {
  const folded = foldWidth(title).toLowerCase();
  let out = '';
  for (const ch of folded) {
    const c = ch.codePointAt(0)!;
    if (isSpace(c)) continue;
    if ('"\'“”‘’「」『』《》〈〉«»‹›'.includes(ch)) continue;
    if ('‐‑‒–—―－'.includes(ch)) {
      out += '-';
      continue;
    }
    if (ch === '：') {
      out += ':';
      continue;
    }
    if (ch === '，') {
      out += ',';
      continue;
    }
    out += ch;
  }
  // trailing punctuation is not part of a title
  let end = out.length;
  while (end > 0 && '.,;:。，；：'.includes(out[end - 1])) end--;
  return out.slice(0, end);
}

/** Whether a string contains CJK ideographs (used to tell a Chinese title from an English one). */
export function hasCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isIdeographOrExtA(c)) return true;
  }
  return false;
}
