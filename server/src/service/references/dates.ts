/**
 * Dates in citations: `2015 年 9 月 25 日` (read backwards from `日`, since Chinese puts
 * the date before the number) and `25 September 2015` / `September 25, 2015` (read forwards).
 * Hand-written scanners over width-folded text.
 */
import { isDigit, isAsciiLetter, skipSpacesBackward, skipSpacesForward } from './text';

export interface FoundDate {
  start: number;
  end: number;
  /** ISO YYYY-MM-DD; present even when the day does not exist (see `valid`). */
  iso: string;
  valid: boolean;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Spaces skipped between the parts of a date (`2015 年 9 月`, `25 September 2015`), at most. */
const GAP = 3;

/** Reads digits ending at `end` (at most `max`); returns the start or -1. */
function digitsBefore(s: string, end: number, min: number, max: number): number {
  let i = end;
  while (i > 0 && isDigit(s.charCodeAt(i - 1)) && end - i < max + 1) i--;
  const n = end - i;
  if (n < min || n > max) return -1;
  return i;
}

/**
 * A Chinese date `YYYY 年 M 月 D 日` ending exactly at `end` (the offset just past `日`),
 * spaces optional around each part. Folded text (full-width digits already half-width).
 */
export function chineseDateEndingAt(s: string, end: number): FoundDate | undefined {
  if (end <= 0 || s[end - 1] !== '日') return undefined;
  let i = skipSpacesBackward(s, end - 1, GAP);
  const dStart = digitsBefore(s, i, 1, 2);
  if (dStart < 0) return undefined;
  const day = Number(s.slice(dStart, i));
  i = skipSpacesBackward(s, dStart, GAP);
  if (s[i - 1] !== '月') return undefined;
  i = skipSpacesBackward(s, i - 1, GAP);
  const mStart = digitsBefore(s, i, 1, 2);
  if (mStart < 0) return undefined;
  const month = Number(s.slice(mStart, i));
  i = skipSpacesBackward(s, mStart, GAP);
  if (s[i - 1] !== '年') return undefined;
  i = skipSpacesBackward(s, i - 1, GAP);
  const yStart = digitsBefore(s, i, 4, 4);
  if (yStart < 0) return undefined;
  const year = Number(s.slice(yStart, i));
  return { start: yStart, end, iso: isoDate(year, month, day), valid: isValidDate(year, month, day) };
}

const MONTHS = new Map<string, number>(
  Object.entries({
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
    september: 9, october: 10, november: 11, december: 12,
    jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  }),
);

function readWord(s: string, i: number): number {
  const start = i;
  while (i < s.length && isAsciiLetter(s.charCodeAt(i)) && i - start < 12) i++;
  return i;
}

function readDigitsFwd(s: string, i: number, max: number): number {
  const start = i;
  while (i < s.length && isDigit(s.charCodeAt(i)) && i - start < max + 1) i++;
  return i;
}

/** An English date starting exactly at `i`: `25 September 2015`, `25 Sept. 2015`, `September 25, 2015`. */
export function englishDateAt(s: string, i: number): FoundDate | undefined {
  const start = i;
  if (isDigit(s.charCodeAt(i))) {
    const dEnd = readDigitsFwd(s, i, 2);
    if (dEnd - i > 2) return undefined;
    const day = Number(s.slice(i, dEnd));
    let j = skipSpacesForward(s, dEnd, GAP);
    const wEnd = readWord(s, j);
    const month = MONTHS.get(s.slice(j, wEnd).toLowerCase());
    if (!month) return undefined;
    j = wEnd;
    if (s[j] === '.') j++;
    j = skipSpacesForward(s, j, GAP);
    const yEnd = readDigitsFwd(s, j, 4);
    if (yEnd - j !== 4) return undefined;
    const year = Number(s.slice(j, yEnd));
    return { start, end: yEnd, iso: isoDate(year, month, day), valid: isValidDate(year, month, day) };
  }
  const wEnd = readWord(s, i);
  const month = MONTHS.get(s.slice(i, wEnd).toLowerCase());
  if (!month || wEnd === i) return undefined;
  let j = wEnd;
  if (s[j] === '.') j++;
  j = skipSpacesForward(s, j, GAP);
  const dEnd = readDigitsFwd(s, j, 2);
  if (dEnd === j || dEnd - j > 2) return undefined;
  const day = Number(s.slice(j, dEnd));
  j = dEnd;
  if (s[j] === ',') j++;
  j = skipSpacesForward(s, j, GAP);
  const yEnd = readDigitsFwd(s, j, 4);
  if (yEnd - j !== 4) return undefined;
  const year = Number(s.slice(j, yEnd));
  return { start, end: yEnd, iso: isoDate(year, month, day), valid: isValidDate(year, month, day) };
}
