/**
 * Technical updates: the changes a new session makes to last year's text without negotiating
 * anything — a year (`2024` → `2025`), a date, a session (`第八十届` → `第八十一届`, `seventy-ninth` →
 * `eightieth`), a document symbol (`79/194` → `80/118`, `A/C.2/80/L.17` → `A/C.2/80/L.58`), a
 * resolution added to a list of symbols. Negotiators skip them, so they are a class of their own,
 * apart from substantive change.
 *
 * A change (the precedent's words `from`, the draft's words `to`) is technical when both sides are
 * made only of such pieces — numbers, symbols, month names, ordinal and numeral words, the date and
 * session words of Chinese (`年月日第届号次`) and list glue (`and`, `和`, `、`, `,`) — and at least one
 * side holds a number, numeral, ordinal or month (a change of glue alone is not an update).
 */

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TENTHS = 'twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth';
/** English number and ordinal words: `eightieth`, `seventy-ninth`, `twenty one`, `hundredth`. */
const NUMBER_WORD = new RegExp(`\\b(?:(?:${TENS})(?:[-\\s](?:${UNITS}))?|${TENTHS}|${TEENS}|${UNITS}|hundred(?:th)?|thousand(?:th)?)\\b`, 'gi');
const MONTH_WORD = new RegExp(`\\b(?:${MONTHS})\\b`, 'gi');
/** UN document symbols and numbers: `A/RES/80/118`, `A/C.2/80/L.58`, `E/2025/31`, `79/194`, `L.17`, `2025`, `Rev.1`. */
const SYMBOL = /\b(?:[A-Z][A-Za-z0-9.]*\/)+[A-Za-z0-9.]+|\b(?:L|Rev|Add|Corr)\.\s?\d+|[0-9０-９]+(?:[./][0-9０-９]+)*/g;
const CJK_NUMERAL = /[〇零一二三四五六七八九十百千]+/g;
const GLUE = /\band\b|\bof\b|[年月日第届号次和至及、,，.．/\-–—()（）\s]/g;

const HAS_VALUE = new RegExp(`[0-9０-９〇零一二三四五六七八九十百千]|\\b(?:${MONTHS}|${TENS}|${TENTHS}|${TEENS}|${UNITS}|hundredth)\\b`, 'i');

/** Whether `text` is made only of dates, numbers, symbols, ordinals and list glue. */
function onlyTechnical(text: string): boolean {
  const rest = text.replace(SYMBOL, '').replace(MONTH_WORD, '').replace(NUMBER_WORD, '').replace(CJK_NUMERAL, '').replace(GLUE, '');
  return rest.length === 0;
}

/** A number followed by one of these is a figure (a statistic, an amount): its change is substantive. */
const FIGURE_AFTER = /^\s*(?:per\s?cent|percent|%|％|million|billion|trillion|thousand|个百分点|万|亿)/i;

/**
 * Whether changing the precedent's `from` into the draft's `to` is a technical update. `after` is
 * the unchanged text that follows (a number before `per cent` is a statistic, not a date).
 */
export function isTechnicalUpdate(from: string, to: string, after = ''): boolean {
  if (from === to) return false;
  if (FIGURE_AFTER.test(after)) return false;
  if (!HAS_VALUE.test(from) && !HAS_VALUE.test(to)) return false;
  return onlyTechnical(from) && onlyTechnical(to);
}

/** Whether every change of a paragraph is a technical update (false when there is none). */
export function allTechnical(changes: ReadonlyArray<{ from: string; to: string; after?: string }>): boolean {
  return changes.length > 0 && changes.every((c) => isTechnicalUpdate(c.from, c.to, c.after));
}
