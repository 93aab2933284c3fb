/** Writing a paragraph number in the style of the number it replaces (for messages and the renumber quick fix). */
import type { ParagraphNumber } from '../model';

const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

export function toRoman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** 1 → a, 26 → z, 27 → aa, 28 → bb (UN style: the letter doubled). */
export function toAlpha(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const CJK_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 100 → 一百. */
export function toChineseNumeral(n: number): string {
  if (n <= 0) return String(n);
  if (n >= 100) {
    const h = Math.floor(n / 100);
    const rest = n % 100;
    return CJK_DIGITS[h] + '百' + (rest === 0 ? '' : (rest < 10 ? '零' : '') + (rest < 20 && rest >= 10 ? '一' : '') + toChineseNumeral(rest));
  }
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return CJK_DIGITS[ones];
  return (tens === 1 ? '' : CJK_DIGITS[tens]) + '十' + CJK_DIGITS[ones];
}

/** ㈠ … ㈩ are U+3220 … U+3229. */
const PAREN_IDEOGRAPH_ONE = 0x3220;

function isParenIdeograph(s: string): boolean {
  const c = s.codePointAt(0) ?? 0;
  return s.length === 1 && c >= PAREN_IDEOGRAPH_ONE && c <= PAREN_IDEOGRAPH_ONE + 9;
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
 * Writes `value` the way `like` is written: `like` = "4." and 3 → "3.";
 * "(d)" and 3 → "(c)"; "㈣" and 3 → "㈢"; "㈣" and 11 → "(十一)"; "(十二)" and 11 → "(十一)".
 */
export function renderLike(like: Pick<ParagraphNumber, 'text' | 'style'>, value: number): string {
  const text = like.text;
  if (like.style === 'cjk') {
    const trimmed = text.trim();
    if (isParenIdeograph(trimmed) || trimmed.length === 0) {
      return value >= 1 && value <= 10 ? String.fromCodePoint(PAREN_IDEOGRAPH_ONE + value - 1) : `(${toChineseNumeral(value)})`;
    }
    const m = /[一二三四五六七八九十百零]+/.exec(text);
    if (m) {
      if (value >= 1 && value <= 10 && /^[(（]/.test(trimmed) === false) return String.fromCodePoint(PAREN_IDEOGRAPH_ONE + value - 1);
      return text.slice(0, m.index) + toChineseNumeral(value) + text.slice(m.index + m[0].length);
    }
    return `(${toChineseNumeral(value)})`;
  }
  const pattern = like.style === 'arabic' ? /[0-9０-９]+/ : like.style === 'roman' ? /[ivxlcdmIVXLCDM]+/ : /[a-zA-Z]+/;
  const m = pattern.exec(text);
  let c = core(like.style, value);
  if (!m) return like.style === 'arabic' ? `${c}.` : `(${c})`;
  if (/^[A-Z]/.test(m[0])) c = c.toUpperCase();
  return text.slice(0, m.index) + c + text.slice(m.index + m[0].length);
}
