import type { ParagraphNumber } from '../model';
// Numerals are read and written in text/numerals.ts (shared with the checks and renumbering).
import { arabicIndicDigit } from '../language/script';
import { chineseNumeralValue as chineseNumeral, parenIdeographValue, romanValue, toAlpha } from '../text/numerals';

export interface Marker {
  style: ParagraphNumber['style'];
  value: number;
  /** The marker as written (`1.`, `(a)`, `㈣`, `(十七)`). */
  text: string;
  /** Characters consumed from the start of the text, including following spaces. */
  length: number;
  /** For `(i)`, `(v)`, `(x)`: also readable as a letter. */
  alphaValue?: number;
}

/** Letters for labels: a … z, aa … zz; beyond that the number itself. */
export function alphaLabel(n: number): string {
  return n >= 1 && n <= 52 ? toAlpha(n) : String(n);
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0';
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s[i])) i++;
  return i;
}

/** What a language's profile adds to the markers every text may use. */
export interface MarkerConventions {
  /** Sub-paragraph letters in order (`a` `b` …, `أ` `ب` …): letters other than a–z are read as `alpha` too. */
  letters?: readonly string[];
  /** Operative paragraphs numbered `1 -` (the Arabic texts). */
  dashNumbers?: boolean;
}

/** `1 - ` / `1 – ` at the start of `s` (Arabic texts' operative numbers), ASCII or Arabic-Indic digits. */
function readDashNumber(s: string): Marker | undefined {
  let i = 0;
  let value = 0;
  while (i < s.length && i < 3) {
    const c = s.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : arabicIndicDigit(c);
    if (d < 0) break;
    value = value * 10 + d;
    i++;
  }
  if (i === 0 || value < 1) return undefined;
  let j = i;
  while (s[j] === ' ' || s[j] === '\u00a0') j++;
  if (s[j] !== '-' && s[j] !== '–') return undefined;
  if (!isSpace(s[j + 1])) return undefined;
  return { style: 'arabic', value, text: s.slice(0, j + 1), length: skipSpaces(s, j + 1) };
}

/**
 * Reads a paragraph number or sub-paragraph marker at the start of `s` (already without indentation).
 * Arabic numbers need a dot (`1.` / `１．`) followed by a space, an emphasis marker or a CJK character;
 * with `conventions.dashNumbers`, `1 - ` too.
 */
export function readMarker(s: string, conventions: MarkerConventions = {}): Marker | undefined {
  if (!s) return undefined;
  if (conventions.dashNumbers) {
    const dash = readDashNumber(s);
    if (dash) return dash;
  }
  // 1. / １．
  let i = 0;
  let digits = '';
  while (i < s.length && i < 4) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += s[i];
    else if (c >= 0xff10 && c <= 0xff19) digits += String.fromCharCode(c - 0xff10 + 48);
    else break;
    i++;
  }
  if (digits && digits.length <= 3 && (s[i] === '.' || s[i] === '．')) {
    const after = s[i + 1];
    const fullDot = s[i] === '．';
    if (after === undefined || isSpace(after) || after === '*' || after === '_' || (fullDot && !/[0-9]/.test(after)) || (after && after.charCodeAt(0) >= 0x3000 && !/[0-9]/.test(after))) {
      const value = parseInt(digits, 10);
      if (value >= 1) return { style: 'arabic', value, text: s.slice(0, i + 1), length: skipSpaces(s, i + 1) };
    }
  }
  // ㈠ … ㈩
  const ideograph = parenIdeographValue(s[0]);
  if (ideograph !== undefined) return { style: 'cjk', value: ideograph, text: s[0], length: skipSpaces(s, 1) };
  // (a) (iv) (十七) （a）
  if (s[0] === '(' || s[0] === '（') {
    const close = findClose(s);
    if (close > 1) {
      const inner = s.slice(1, close);
      const after = s[close + 1];
      if (after !== undefined && !isSpace(after) && !(after.charCodeAt(0) >= 0x3000) && after !== '*' && after !== '_') return undefined;
      const length = skipSpaces(s, close + 1);
      const text = s.slice(0, close + 1);
      const cn = chineseNumeral(inner);
      if (cn !== undefined) return { style: 'cjk', value: cn, text, length };
      const r = romanValue(inner);
      if (/^[a-z]$/.test(inner)) {
        const alphaValue = inner.charCodeAt(0) - 96;
        if (r !== undefined) return { style: 'roman', value: r, text, length, alphaValue };
        return { style: 'alpha', value: alphaValue, text, length };
      }
      if (/^([a-z])\1$/.test(inner)) {
        const alphaValue = 26 + inner.charCodeAt(0) - 96;
        if (r !== undefined) return { style: 'roman', value: r, text, length, alphaValue };
        return { style: 'alpha', value: alphaValue, text, length };
      }
      if (r !== undefined) return { style: 'roman', value: r, text, length };
      const letters = conventions.letters;
      if (letters && letters[0] !== 'a') {
        const k = letters.indexOf(inner);
        if (k >= 0) return { style: 'alpha', value: k + 1, text, length };
      }
    }
  }
  return readCloseParenMarker(s);
}

/**
 * `a) ` `b) ` … `i) ` `ii) `: sub-paragraph markers with a closing bracket only, as the French, Spanish
 * and Russian texts write them (`a) En modernisant…`, `a) модернизации…`); read like `(a)`, `(ii)`.
 */
function readCloseParenMarker(s: string): Marker | undefined {
  const m = /^([a-z])\1?\)|^([ivxl]{1,6})\)/.exec(s);
  if (!m || !isSpace(s[m[0].length])) return undefined;
  const inner = m[0].slice(0, -1);
  const text = m[0];
  const length = skipSpaces(s, m[0].length);
  const r = romanValue(inner);
  if (/^[a-z]{1,2}$/.test(inner) && (inner.length === 1 || inner[0] === inner[1])) {
    const alphaValue = (inner.length === 2 ? 26 : 0) + inner.charCodeAt(0) - 96;
    if (r !== undefined) return { style: 'roman', value: r, text, length, alphaValue };
    return { style: 'alpha', value: alphaValue, text, length };
  }
  if (r !== undefined) return { style: 'roman', value: r, text, length };
  return undefined;
}

function findClose(s: string): number {
  for (let i = 1; i < s.length && i < 8; i++) if (s[i] === ')' || s[i] === '）') return i;
  return -1;
}
