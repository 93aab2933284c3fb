/**
 * Resolution and decision citations in clean text.
 *
 * Chinese citations end in `号决议` / `号决定`, and everything else comes before the
 * number, so the Chinese scanner finds each `号决议`/`号决定` and reads backwards:
 *   题为“T”的 2015 年 9 月 25 日第 70/1 号决议
 *   2015 年 9 月 25 日题为“T”的第 70/1 号决议
 *   其 2024年 7月 23日关于评估…的第 2024/13 号决议       (subject, not a title)
 *   大会第 56/183、57/238 和 78/132 号决议               (list)
 *   2001 年 12 月 21 日第 56/183 号、…和 2016 年 12 月 21 日第 71/212 号决议   (dated list)
 * English citations start with `resolution(s)` / `decision(s)` and read forwards:
 *   General Assembly resolution 70/1 of 25 September 2015, entitled "…"
 *   resolutions 56/183, 57/238 and 78/132
 *
 * Hand-written, bounded look-behind: every backward walk has a fixed limit, and the
 * items of one list are never revisited by another citation, so the whole scan is linear.
 */
import type { OrganKind, ReferenceKind } from '../model';
import { chineseDateEndingAt, englishDateAt, type FoundDate } from './dates';
import { isMalformedNumber, parseNumberAt, type NumberProblem, type ParsedNumber } from './numbers';
import {
  endsWithAt,
  isAsciiLetter,
  isDigit,
  isSpace,
  isUpper,
  skipSpacesBackward,
  skipSpacesForward,
} from './text';

export interface CitationEntry {
  start: number;
  end: number;
  /** Normalised number: `70/1`, `57/270 B`, `217 A (III)`. */
  number: string;
  shape: ParsedNumber['shape'];
  /** ISO date given with this entry, when valid. */
  date?: string;
  /** Title given with this entry (`题为“…”`, `entitled "…"`), as written. */
  title?: string;
}

export type CitationProblem = NumberProblem | 'number-missing' | 'date-invalid';

export interface ScannedCitation {
  kind: Extract<ReferenceKind, 'resolution' | 'decision'>;
  start: number;
  end: number;
  entries: CitationEntry[];
  organ?: OrganKind;
  /** First problem found: the reason, and the text it concerns (the number or the date as written). */
  malformed?: { reason: CitationProblem; detail: string; start: number; end: number };
}

/** Limits on look-behind; generous for real text, small enough to keep adversarial input linear. */
const MAX_NUMBER_RUN = 40;
const MAX_TITLE = 500;
const MAX_SUBJECT = 160;
const MAX_ITEMS = 300;

// ───────────────────────────── Chinese ─────────────────────────────

const ZH_ORGANS: Array<[string, OrganKind]> = [
  ['经济及社会理事会', 'Economic and Social Council'],
  ['经济和社会理事会', 'Economic and Social Council'],
  ['经社理事会', 'Economic and Social Council'],
  ['安全理事会', 'Security Council'],
  ['人权理事会', 'Human Rights Council'],
  ['安理会', 'Security Council'],
  ['理事会', 'Economic and Social Council'],
  ['联合国大会', 'General Assembly'],
  ['大会', 'General Assembly'],
];

function organEndingAt(s: string, end: number): { start: number; organ: OrganKind } | undefined {
  for (const [word, organ] of ZH_ORGANS) {
    if (endsWithAt(s, end, word)) return { start: end - word.length, organ };
  }
  return undefined;
}

function isNumberRunChar(c: number): boolean {
  return isDigit(c) || c === 47 || isSpace(c) || isUpper(c) || c === 40 || c === 41 || c === 46;
}

const OPEN_FOR: Record<string, string> = { '”': '“', '"': '"', '》': '《', '’': '‘', "'": "'" };

/** Finds the opening quote matching the closing quote at `close`, looking back at most MAX_TITLE characters. */
function openingQuoteBefore(s: string, close: number): number {
  const open = OPEN_FOR[s[close]];
  if (!open) return -1;
  const stop = Math.max(0, close - MAX_TITLE);
  for (let i = close - 1; i >= stop; i--) {
    const ch = s[i];
    if (ch === open) return i;
    if (ch === s[close] && open !== ch) return -1; // another closing quote: not ours
  }
  return -1;
}

/** `题为“T”的` / `关于“S”的` ending at `de` (the offset of `的`). */
function quotedBeforeDe(s: string, de: number): { start: number; title?: { start: number; end: number } } | undefined {
  const q = skipSpacesBackward(s, de, 2);
  if (q <= 0 || !(s[q - 1] in OPEN_FOR)) return undefined;
  const close = q - 1;
  const open = openingQuoteBefore(s, close);
  if (open < 0) return undefined;
  const b = skipSpacesBackward(s, open, 2);
  if (endsWithAt(s, b, '题为')) return { start: b - 2, title: { start: open + 1, end: close } };
  if (endsWithAt(s, b, '关于') || endsWithAt(s, b, '有关')) return { start: b - 2 };
  return undefined;
}

/** `关于……的` ending at `de`: the start of `关于`, or -1. Quoted stretches are skipped; sentence punctuation stops the search. */
function subjectBeforeDe(s: string, de: number): number {
  const stop = Math.max(0, de - MAX_SUBJECT);
  for (let i = de; i > stop + 1; ) {
    const ch = s[i - 1];
    if (ch in OPEN_FOR && ch !== "'" && ch !== '"') {
      const open = openingQuoteBefore(s, i - 1);
      if (open < 0) return -1;
      i = open;
      continue;
    }
    if ('，,。；;：:！!？?\n号'.includes(ch)) return -1;
    if (endsWithAt(s, i, '关于') || endsWithAt(s, i, '有关')) return i - 2;
    i--;
  }
  return -1;
}

interface Prefix {
  start: number;
  date?: FoundDate;
  title?: { start: number; end: number };
  organ?: OrganKind;
}

/** Reads what stands before a number (第, organ, date, title, subject), backwards from `numStart`. */
function readZhPrefix(s: string, numStart: number): Prefix {
  let p = numStart;
  let committed = numStart;
  let gotDi = false;
  let gotDe = false;
  let gotQuoted = false;
  let gotSubject = false;
  const out: Prefix = { start: numStart };
  for (let guard = 0; guard < 12; guard++) {
    const q = skipSpacesBackward(s, p, 3);
    if (q <= 0) break;
    const ch = s[q - 1];
    if (!gotDi && ch === '第' && !out.date && !out.organ && !out.title) {
      gotDi = true;
      p = committed = q - 1;
      continue;
    }
    if (!out.organ) {
      const o = organEndingAt(s, q);
      if (o) {
        out.organ = o.organ;
        p = committed = o.start;
        continue;
      }
      // 大会在其 2024 年…, 经济及社会理事会在 2024 年…
      for (const link of ['在其', '在', '其']) {
        if (endsWithAt(s, q, link)) {
          const o2 = organEndingAt(s, skipSpacesBackward(s, q - link.length, 2));
          if (o2) {
            out.organ = o2.organ;
            p = committed = o2.start;
            break;
          }
        }
      }
      if (out.organ) continue;
    }
    if (ch === '的') {
      if (!gotQuoted) {
        const quoted = quotedBeforeDe(s, q - 1);
        if (quoted) {
          gotQuoted = true;
          if (quoted.title) out.title = quoted.title;
          p = committed = quoted.start;
          continue;
        }
      }
      if (!gotSubject) {
        const subj = subjectBeforeDe(s, q - 1);
        if (subj >= 0) {
          gotSubject = true;
          p = committed = subj;
          continue;
        }
      }
      if (!gotDe) {
        gotDe = true;
        // a bare 的 (or 通过的: the date before it is the adoption date) only links; it does not start the citation
        p = endsWithAt(s, q, '所通过的') ? q - 4 : endsWithAt(s, q, '通过的') ? q - 3 : q - 1;
        continue;
      }
      break;
    }
    if (ch === '日' && !out.date) {
      const d = chineseDateEndingAt(s, q);
      if (d) {
        out.date = d;
        p = committed = d.start;
        continue;
      }
    }
    break;
  }
  out.start = committed;
  return out;
}

interface ZhItem {
  numStart: number;
  numEnd: number;
  /** End of the entry: past the item's own 号 when it has one. */
  end: number;
  parsed?: ParsedNumber;
  problem?: CitationProblem;
  prefix: Prefix;
}

/**
 * Reads the number whose text ends at `pos` (spaces allowed before `pos`).
 * Returns undefined when what precedes is not a number at all.
 */
function readZhNumberBefore(s: string, pos: number, first: boolean): Omit<ZhItem, 'prefix' | 'end'> | undefined {
  const runEnd = skipSpacesBackward(s, pos, 3);
  let runStart = runEnd;
  while (runStart > 0 && isNumberRunChar(s.charCodeAt(runStart - 1)) && runEnd - runStart < MAX_NUMBER_RUN) runStart--;
  if (runStart > 0 && isNumberRunChar(s.charCodeAt(runStart - 1))) return undefined; // too long to be a number
  let a = skipSpacesForward(s, runStart);
  if (s.charCodeAt(a) === 40 /* ( */) {
    let opens = 0;
    let closes = 0;
    for (let i = a; i < runEnd; i++) {
      if (s.charCodeAt(i) === 40) opens++;
      else if (s.charCodeAt(i) === 41) closes++;
    }
    if (opens > closes) a = skipSpacesForward(s, a + 1);
  }
  if (a >= runEnd) {
    // 第 号决议: the number is missing altogether
    if (first && s[skipSpacesBackward(s, runEnd, 3) - 1] === '第') return { numStart: runEnd, numEnd: runEnd, problem: 'number-missing' };
    return undefined;
  }
  const r = parseNumberAt(s, a);
  if (!r) return undefined;
  if (isMalformedNumber(r)) {
    if (skipSpacesForward(s, r.end) < runEnd) return undefined;
    return { numStart: a, numEnd: runEnd, problem: r.problem };
  }
  if (r.end !== runEnd) return undefined;
  return { numStart: a, numEnd: runEnd, parsed: r };
}

const ZH_LINKS = ['以及', '、', ',', '和', '及', '与', '或'];

function scanChinese(s: string, original: string, out: ScannedCitation[]): void {
  let from = 0;
  for (;;) {
    const h = s.indexOf('号', from);
    if (h < 0) break;
    from = h + 1;
    const k = skipSpacesForward(s, h + 1, 2);
    let kind: ScannedCitation['kind'];
    if (s.startsWith('决议', k)) kind = 'resolution';
    else if (s.startsWith('决定', k)) kind = 'decision';
    else continue;
    const citationEnd = k + 2;

    const items: ZhItem[] = [];
    let pos = h;
    let trailing = h + 1; // end of the current item (past its 号)
    let num = readZhNumberBefore(s, pos, true);
    while (num && items.length < MAX_ITEMS) {
      const prefix = readZhPrefix(s, num.numStart);
      items.push({ ...num, end: trailing, prefix });
      // a link to a previous item: [号] (、|和|及|以及|与|或) …
      let q = skipSpacesBackward(s, prefix.start, 3);
      let link = '';
      for (const l of ZH_LINKS) {
        if (endsWithAt(s, q, l)) {
          link = l;
          break;
        }
      }
      if (!link) break;
      q = skipSpacesBackward(s, q - link.length, 3);
      if (s[q - 1] === '号') {
        trailing = q;
        pos = q - 1;
      } else {
        trailing = q;
        pos = q;
      }
      // only continue when a number really stands there
      num = readZhNumberBefore(s, pos, false);
    }
    if (items.length === 0) continue;
    items.reverse();
    out.push(buildCitation(kind, items, citationEnd, original));
    from = citationEnd;
  }
}

function buildCitation(kind: ScannedCitation['kind'], items: ZhItem[], end: number, original: string): ScannedCitation {
  const c: ScannedCitation = { kind, start: items[0].prefix.start, end, entries: [] };
  for (const it of items) {
    if (!c.organ && it.prefix.organ) c.organ = it.prefix.organ;
    if (it.problem) {
      if (!c.malformed) {
        c.malformed = { reason: it.problem, detail: original.slice(it.numStart, it.numEnd), start: it.prefix.start, end: it.end };
      }
      continue;
    }
    const entry: CitationEntry = { start: it.prefix.start, end: it.end, number: it.parsed!.number, shape: it.parsed!.shape };
    const d = it.prefix.date;
    if (d) {
      if (d.valid) entry.date = d.iso;
      else if (!c.malformed) c.malformed = { reason: 'date-invalid', detail: original.slice(d.start, d.end), start: d.start, end: d.end };
    }
    if (it.prefix.title) entry.title = original.slice(it.prefix.title.start, it.prefix.title.end).trim();
    c.entries.push(entry);
  }
  inferOrgan(c);
  return c;
}

/** Year/number (2006/46) is the Economic and Social Council's numbering. */
function inferOrgan(c: ScannedCitation): void {
  if (c.organ || c.entries.length === 0) return;
  if (c.entries.every((e) => e.shape === 'year')) c.organ = 'Economic and Social Council';
}

// ───────────────────────────── English ─────────────────────────────

function wordAt(s: string, i: number, word: string): boolean {
  if (i + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = s.charCodeAt(i + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return !isAsciiLetter(s.charCodeAt(i + word.length));
}

const EN_ORGANS: Array<[string, OrganKind]> = [
  ['Economic and Social Council', 'Economic and Social Council'],
  ['Security Council', 'Security Council'],
  ['Human Rights Council', 'Human Rights Council'],
  ['General Assembly', 'General Assembly'],
  ['Assembly', 'General Assembly'],
  ['Council', 'Economic and Social Council'],
];

function englishOrganBefore(s: string, wordStart: number): { start: number; organ: OrganKind } | undefined {
  let q = skipSpacesBackward(s, wordStart, 3);
  for (const link of ['in its', 'by its', 'its']) {
    if (endsWithAt(s, q, link) && !isAsciiLetter(s.charCodeAt(q - link.length - 1))) {
      q = skipSpacesBackward(s, q - link.length, 3);
      break;
    }
  }
  for (const [name, organ] of EN_ORGANS) {
    if (endsWithAt(s, q, name) && !isAsciiLetter(s.charCodeAt(q - name.length - 1))) return { start: q - name.length, organ };
  }
  return undefined;
}

const EN_QUOTES: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'" };

function englishTitleAt(s: string, i: number): { start: number; end: number; after: number } | undefined {
  let k = i;
  if (s[k] === ',') k = skipSpacesForward(s, k + 1, 3);
  let w = '';
  for (const word of ['entitled', 'titled']) if (wordAt(s, k, word)) w = word;
  if (!w) return undefined;
  k = skipSpacesForward(s, k + w.length, 3);
  const close = EN_QUOTES[s[k]];
  if (!close) return undefined;
  const stop = Math.min(s.length, k + 1 + MAX_TITLE);
  for (let e = k + 1; e < stop; e++) {
    if (s[e] === close) return { start: k + 1, end: e, after: e + 1 };
  }
  return undefined;
}

function scanEnglish(s: string, original: string, inUrl: (o: number) => boolean, out: ScannedCitation[]): void {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c !== 114 /* r */ && c !== 100 /* d */) continue;
    if (i > 0 && isAsciiLetter(s.charCodeAt(i - 1))) continue;
    let word = '';
    for (const w of ['resolutions', 'resolution', 'decisions', 'decision']) {
      if (wordAt(s, i, w)) {
        word = w;
        break;
      }
    }
    if (!word || inUrl(i)) continue;
    const kind: ScannedCitation['kind'] = word.startsWith('res') ? 'resolution' : 'decision';
    let pos = skipSpacesForward(s, i + word.length, 3);
    if (pos === i + word.length) continue;
    const cit: ScannedCitation = { kind, start: i, end: i, entries: [] };
    let count = 0;
    while (count++ < MAX_ITEMS) {
      const r = parseNumberAt(s, pos);
      if (!r) break;
      let end = r.end;
      if (isMalformedNumber(r)) {
        if (!cit.malformed) cit.malformed = { reason: r.problem, detail: original.slice(pos, r.end), start: pos, end: r.end };
        cit.end = end;
      } else {
        const entry: CitationEntry = { start: pos, end, number: r.number, shape: r.shape };
        // of 25 September 2015
        const k = skipSpacesForward(s, end, 2);
        if (k > end && wordAt(s, k, 'of')) {
          const d = englishDateAt(s, skipSpacesForward(s, k + 2, 2));
          if (d) {
            end = d.end;
            if (d.valid) entry.date = d.iso;
            else if (!cit.malformed) cit.malformed = { reason: 'date-invalid', detail: original.slice(d.start, d.end), start: d.start, end: d.end };
          }
        }
        // , entitled "…"
        const t = englishTitleAt(s, skipSpacesForward(s, end, 2));
        if (t) {
          entry.title = original.slice(t.start, t.end).trim();
          end = t.after;
          // …, entitled "…", of 25 September 2015
          if (!entry.date) {
            let k2 = skipSpacesForward(s, end, 2);
            if (s[k2] === ',') k2 = skipSpacesForward(s, k2 + 1, 2);
            if (wordAt(s, k2, 'of')) {
              const d = englishDateAt(s, skipSpacesForward(s, k2 + 2, 2));
              if (d) {
                end = d.end;
                if (d.valid) entry.date = d.iso;
                else if (!cit.malformed) cit.malformed = { reason: 'date-invalid', detail: original.slice(d.start, d.end), start: d.start, end: d.end };
              }
            }
          }
        }
        entry.end = end;
        cit.entries.push(entry);
        cit.end = end;
      }
      // separator: ", " | " and " | ", and "
      let k = skipSpacesForward(s, end, 2);
      let sep = false;
      if (s[k] === ',' || s[k] === ';') {
        k = skipSpacesForward(s, k + 1, 2);
        sep = true;
      }
      if (wordAt(s, k, 'and')) {
        k = skipSpacesForward(s, k + 3, 2);
        sep = true;
      }
      if (!sep || !parseNumberAt(s, k)) break;
      pos = k;
    }
    if (cit.entries.length === 0 && !cit.malformed) continue;
    const organ = englishOrganBefore(s, i);
    if (organ) {
      cit.organ = organ.organ;
      cit.start = organ.start;
    }
    inferOrgan(cit);
    out.push(cit);
    i = Math.max(i, cit.end - 1);
  }
}

// ───────────────────────────── both ─────────────────────────────

/**
 * Finds resolution/decision citations in width-folded text `s` (`original` is the same text
 * before folding, for titles and details as written). Sorted by start.
 */
export function scanCitations(s: string, original: string, inUrl: (o: number) => boolean = () => false): ScannedCitation[] {
  const out: ScannedCitation[] = [];
  scanChinese(s, original, out);
  scanEnglish(s, original, inUrl, out);
  out.sort((a, b) => a.start - b.start);
  return out;
}
