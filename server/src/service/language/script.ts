/**
 * Scripts: which code units belong to which writing system, and how they fold for matching. The only
 * place with script ranges (issue 9); the profiles, the parser's language detection and the
 * agreed-language engine's units and normalisation ask here.
 *
 * Everything works on UTF-16 code units (Chinese, Latin, Cyrillic and Arabic letters are all in the BMP;
 * CJK extension B and later arrive as surrogate pairs, handled where units are cut).
 */

/** A CJK unified ideograph (U+4E00–U+9FFF), by code unit: what tells Chinese text from other text. */
export function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** An ideograph for matching units: unified ideographs, extension A, compatibility ideographs, or a high surrogate (extension B+). */
export function isIdeographUnit(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdbff);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Latin letters: ASCII and Latin-1 Supplement to Latin Extended-B (without × and ÷). */
export function isLatinLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export function isGreekLetter(c: number): boolean {
  return c >= 0x370 && c <= 0x3ff;
}

/** Cyrillic and Cyrillic Supplement. */
export function isCyrillicLetter(c: number): boolean {
  return c >= 0x400 && c <= 0x52f;
}

/** Arabic letters (hamza to yeh, and the extended letters used for other languages), tatweel excluded. */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x621 && c <= 0x63f) || (c >= 0x641 && c <= 0x64a) || (c >= 0x66e && c <= 0x66f) || (c >= 0x671 && c <= 0x6d3) || c === 0x6d5 || (c >= 0x6fa && c <= 0x6fc);
}

/** Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks): dropped for matching. */
export function isArabicMark(c: number): boolean {
  return (c >= 0x610 && c <= 0x61a) || (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6dc) || (c >= 0x6df && c <= 0x6e8) || (c >= 0x6ea && c <= 0x6ed);
}

export const TATWEEL = 0x640;

/** Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits: their value, or -1. */
export function arabicIndicDigit(c: number): number {
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  return -1;
}

/** Combining diacritical marks (U+0300–036F): part of the Latin or Cyrillic word they follow. */
export function isCombiningMark(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/** A letter of an alphabetic script (Latin, Greek, Cyrillic, Arabic). */
export function isAlphabeticLetter(c: number): boolean {
  return isLatinLetter(c) || isGreekLetter(c) || isCyrillicLetter(c) || isArabicLetter(c);
}

/**
 * A code unit that belongs to a word for matching units: ASCII digits, letters of the alphabetic scripts,
 * and combining marks (a decomposed `é` stays one word).
 */
export function isWordUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || isAlphabeticLetter(c) || isCombiningMark(c);
}

/**
 * Case folding of one code unit for matching, full Unicode where the lower case is one code unit
 * (`Н` → `н`, `É` → `é`, `Σ` → `σ`); ASCII fast path. Letters without a one-unit lower case stay.
 */
export function foldCase(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c < 0xc0 || c > 0x52f) return c;
  return FOLD[c - 0xc0];
}

const FOLD: Uint16Array = (() => {
  const t = new Uint16Array(0x530 - 0xc0);
  for (let c = 0xc0; c < 0x530; c++) {
    const l = String.fromCharCode(c).toLowerCase();
    t[c - 0xc0] = l.length === 1 ? l.charCodeAt(0) : c;
  }
  return t;
})();

/**
 * Arabic folding for matching: the variants drafters and typesetters write for one letter are one letter.
 * Alef with hamza above/below, madda and wasla → bare alef; alef maqsura → yeh; teh marbuta → heh;
 * hamza on waw → waw; hamza on yeh → yeh; Arabic-Indic digits → ASCII digits; Arabic comma, semicolon,
 * question mark and full stop → their Latin counterparts. Returns the folded code unit, -1 to drop the unit
 * (diacritics, tatweel), or the unit itself when it needs no folding.
 */
export function foldArabic(c: number): number {
  if (c < 0x60c || c > 0x6fc) return c;
  if (isArabicMark(c) || c === TATWEEL) return -1;
  switch (c) {
    case 0x622: // آ
    case 0x623: // أ
    case 0x625: // إ
    case 0x671: // ٱ
      return 0x627;
    case 0x649: // ى
      return 0x64a;
    case 0x629: // ة
      return 0x647;
    case 0x624: // ؤ
      return 0x648;
    case 0x626: // ئ
      return 0x64a;
    case 0x60c: // ،
      return 44;
    case 0x61b: // ؛
      return 59;
    case 0x61f: // ؟
      return 63;
    case 0x6d4: // ۔
      return 46;
  }
  const d = arabicIndicDigit(c);
  return d >= 0 ? 48 + d : c;
}

/** The script a text is mostly written in: counts of ideographs and of letters of each alphabetic script. */
export interface ScriptCounts {
  han: number;
  latin: number;
  cyrillic: number;
  arabic: number;
  greek: number;
  /** Latin letters outside ASCII (é, ó, ñ), counted among `latin` too. */
  accented: number;
}

/** Counts scripts over the first `limit` code units. */
export function countScripts(text: string, limit = 20000): ScriptCounts {
  const out: ScriptCounts = { han: 0, latin: 0, cyrillic: 0, arabic: 0, greek: 0, accented: 0 };
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isAsciiLetter(c)) out.latin++;
    } else if (isIdeograph(c)) out.han++;
    else if (isCyrillicLetter(c)) out.cyrillic++;
    else if (isArabicLetter(c)) out.arabic++;
    else if (isLatinLetter(c)) {
      out.latin++;
      out.accented++;
    }
    else if (isGreekLetter(c)) out.greek++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Script tests the rest of the service used to write out itself (issue 9: language/ is the only place with
// script ranges). Each keeps exactly the ranges of the code it replaces; their users are named.

/** Ideographs of the unified block and extension A (U+3400–4DBF, U+4E00–9FFF): what a Chinese title holds (references). */
export function isIdeographOrExtA(c: number): boolean {
  return isIdeograph(c) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Any code unit from extension A to the end of the unified ideographs (U+3400–9FFF): a content character in containment units. */
export function isHanBlockUnit(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/** Whether a string holds a unified ideograph (U+4E00–9FFF): a Chinese title, verb or key. */
export function hasIdeograph(s: string): boolean {
  return IDEOGRAPH_CHAR.test(s);
}
const IDEOGRAPH_CHAR = /[\u4e00-\u9fff]/;

/** The unified ideographs as a character-class fragment, for patterns that take a capital or an ideograph (header lines). */
export const IDEOGRAPH_CLASS = '\\u4e00-\\u9fff';

/** A CJK character for the features' tokens: CJK punctuation, ideographs (extension A on), compatibility ideographs, full-width forms. */
export const CJK_TOKEN_CHAR = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** A CJK character for PDF line joining: as `CJK_TOKEN_CHAR`, kana included (U+3040–30FF). */
export const CJK_LAYOUT_CHAR = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** A right-to-left character: Hebrew, Arabic and their supplements and presentation forms (export direction). */
export const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/** Ranges of CJK characters that take no space next to them (the clean text's spacing, footnote markers). */
const CJK_SPACING_RANGES: Array<[number, number]> = [
  [0x2e80, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7af],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x3000, 0x303f],
];

/** CJK ideographs, CJK and full-width punctuation, and curly quotes/dashes used in CJK text (one character). */
export function isCjkSpacingChar(ch: string): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026 || c === 0x00b7) return true;
  for (const [a, b] of CJK_SPACING_RANGES) if (c >= a && c <= b) return true;
  return false;
}

/** True for CJK ideographs (extension B on included), CJK punctuation and full-width forms, and curly quotes (code point; matching normalisation). */
export function isCjkCodePoint(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x2e80 && cp <= 0x2fdf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x3200 && cp <= 0x32ff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    cp === 0x201c || // “ ” ‘ ’ are set full-width in Chinese text
    cp === 0x201d ||
    cp === 0x2018 ||
    cp === 0x2019
  );
}

/** A code point that is NFKC-stable for certain: ASCII, unified ideographs, CJK punctuation (the normaliser's fast path). */
export function isNfkcStable(cp: number): boolean {
  return cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3001 && cp <= 0x303f);
}

/** A UTF-16 code unit found in text, as opposed to binary data (the encoding sniffer). */
export function isTextLikeUnit(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 12 ||
    (c >= 0xa0 && c <= 0x24f) || // Latin-1 and Latin Extended
    (c >= 0x370 && c <= 0x52f) || // Greek, Cyrillic
    (c >= 0x600 && c <= 0x6ff) || // Arabic
    (c >= 0x2000 && c <= 0x2bff) || // punctuation, super- and subscripts, symbols, arrows, circled numbers
    (c >= 0x2e80 && c <= 0x9fff) || // CJK radicals, punctuation, kana, CJK ideographs
    (c >= 0xd800 && c <= 0xdfff) || // surrogate pairs (strict decoding already checked them)
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    c === 0xfeff
  );
}

/** A code unit below the CJK blocks (U+2E80 on): where a letter run of an alphabetic script may continue (the diff's fallback tokens). */
export function isBelowCjk(c: number): boolean {
  return c < 0x2e80;
}
