/**
 * Numerals of paragraph numbers, read and written in one place: roman
 * (i, ii, iv…), letters (a … z, aa, bb… in UN style), Chinese (一, 十七,
 * 一百零五), parenthesised ideographs (㈠ … ㈩), and a number written the way
 * another one is ("4." and 3 → "3."; "(D)" and 3 → "(C)"). The parser reads
 * markers with these, the checks write the expected number in messages, and
 * renumbering writes the new numbers.
 */
import { listProfiles } from '../language/registry';
import type { ParagraphNumber } from '../model';

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

/** 1 → i, 4 → iv, 14 → xiv, 1999 → mcmxcix (lower case; "" for 0 and below). */
export function toRoman(n: number): string {
  let out = '';
  let rest = Math.floor(n);
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

const ROMAN_DIGIT: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/**
 * Reads a lower-case roman numeral as sub-paragraphs are numbered (i … ccclxxxix):
 * only i, v, x, l and c count, so `(d)` and `(m)` stay letters; only the
 * canonical spelling is accepted ("iiii" and "ic" are not numerals).
 */
export function romanValue(s: string): number | undefined {
  if (s.length === 0 || s.length > 8) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = ROMAN_DIGIT[s[i]];
    if (a === undefined) return undefined;
    const b = i + 1 < s.length ? ROMAN_DIGIT[s[i + 1]] ?? 0 : 0;
    total += a < b ? -a : a;
  }
  if (total <= 0 || toRoman(total) !== s) return undefined;
  return total;
}

/** 1 → a, 26 → z, 27 → aa, 28 → bb, 53 → aaa (UN style: the letter repeated, not "ab"); "" below 1. */
export function toAlpha(n: number): string {
  if (n < 1) return '';
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const CJK_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CJK_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 100 → 一百, 105 → 一百零五, 110 → 一百一十 (up to 999). */
export function toChineseNumeral(n: number): string {
  if (n <= 0 || n >= 1000 || !Number.isInteger(n)) return String(n);
  if (n >= 100) {
    const rest = n % 100;
    const tail = rest === 0 ? '' : rest < 10 ? '零' + CJK_DIGITS[rest] : (rest < 20 ? '一' : '') + toChineseNumeral(rest);
    return CJK_DIGITS[Math.floor(n / 100)] + '百' + tail;
  }
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return CJK_DIGITS[ones];
  return (tens === 1 ? '' : CJK_DIGITS[tens]) + '十' + CJK_DIGITS[ones];
}

/** Reads a Chinese numeral up to 99 as sub-paragraphs are numbered (十七, 二十八, 三十); undefined otherwise. */
export function chineseNumeralValue(s: string): number | undefined {
  if (!s || s.length > 3) return undefined;
  if (s === '十') return 10;
  const ti = s.indexOf('十');
  if (ti < 0) return s.length === 1 ? CJK_VALUE[s] : undefined;
  if (ti > 1) return undefined;
  const tens = ti === 0 ? 1 : CJK_VALUE[s.slice(0, ti)];
  const unitS = s.slice(ti + 1);
  if (unitS.length > 1) return undefined;
  const unit = unitS ? CJK_VALUE[unitS] : 0;
  if (tens === undefined || unit === undefined) return undefined;
  return tens * 10 + unit;
}

/** ㈠ … ㈩ are U+3220 … U+3229. */
const PAREN_IDEOGRAPH_ONE = 0x3220;

/** 1 → ㈠ … 10 → ㈩; undefined outside 1–10. */
export function toParenIdeograph(n: number): string | undefined {
  return n >= 1 && n <= 10 && Number.isInteger(n) ? String.fromCodePoint(PAREN_IDEOGRAPH_ONE + n - 1) : undefined;
}

/** ㈠ → 1 … ㈩ → 10 (one character); undefined otherwise. */
export function parenIdeographValue(s: string): number | undefined {
  if (s.length !== 1) return undefined;
  const c = s.charCodeAt(0) - PAREN_IDEOGRAPH_ONE;
  return c >= 0 && c <= 9 ? c + 1 : undefined;
}

/** The core of a written number in a given style, e.g. "c" for `(c)`. */
function core(style: ParagraphNumber['style'], n: number): string {
  switch (style) {
    case 'arabic':
      return String(n);
    case 'alpha':
      return toAlpha(n);
    case 'roman':
      return toRoman(n);
    case 'cjk':
      return toChineseNumeral(n);
  }
}

/**
 * Writes `value` the way `like` is written: `like` = "4." and 3 → "3."; "４．" → "３．";
 * "(d)" and 3 → "(c)"; "(D)" → "(C)"; "㈣" and 3 → "㈢"; "㈣" and 11 → "(十一)";
 * "(十二)" and 11 → "(十一)".
 */
export function renderLike(like: Pick<ParagraphNumber, 'text' | 'style'>, value: number): string {
  const text = like.text;
  if (like.style === 'cjk') {
    const trimmed = text.trim();
    if (parenIdeographValue(trimmed) !== undefined || trimmed.length === 0) return toParenIdeograph(value) ?? `(${toChineseNumeral(value)})`;
    const m = /[一二三四五六七八九十百零]+/.exec(text);
    if (m) {
      const ideograph = toParenIdeograph(value);
      if (ideograph && !/^[(（]/.test(trimmed)) return ideograph;
      return text.slice(0, m.index) + toChineseNumeral(value) + text.slice(m.index + m[0].length);
    }
    return `(${toChineseNumeral(value)})`;
  }
  if (like.style === 'alpha' && !/[a-zA-Z]/.test(text)) {
    const own = ownLetters(text);
    if (own) return text.slice(0, own.at) + (own.letters[value - 1] ?? String(value)) + text.slice(own.at + own.letter.length);
  }
  const pattern = like.style === 'arabic' ? /[0-9０-９]+/ : like.style === 'roman' ? /[ivxlcdmIVXLCDM]+/ : /[a-zA-Z]+/;
  const m = pattern.exec(text);
  let c = core(like.style, value);
  if (!m) return like.style === 'arabic' ? `${c}.` : `(${c})`;
  if (/^[A-Z]/.test(m[0])) c = c.toUpperCase();
  // Full-width digits stay full-width ("４．" → "３．").
  if (like.style === 'arabic' && /^[０-９]/.test(m[0])) c = c.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 48 + 0xff10));
  return text.slice(0, m.index) + c + text.slice(m.index + m[0].length);
}

/**
 * A sub-paragraph letter of a language's own alphabet in a written marker (`(ب)` in Arabic texts), with the
 * letters of that language in order (from its profile), or undefined for Latin letters and none.
 */
function ownLetters(text: string): { letters: readonly string[]; letter: string; at: number } | undefined {
  const inner = text.replace(/^\s*[(（]\s*/, '').replace(/\s*[)）][.．]?\s*$/, '');
  if (!inner) return undefined;
  for (const p of listProfiles()) {
    const letters = p.subparagraphLetters;
    if (letters[0] === 'a' || !letters.includes(inner)) continue;
    return { letters, letter: inner, at: text.indexOf(inner) };
  }
  return undefined;
}
