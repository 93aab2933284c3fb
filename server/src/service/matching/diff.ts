/**
 * Word-level differences between an agreed (corpus) body and a draft body.
 *
 * The normalised bodies are cut into tokens: Chinese with `Intl.Segmenter('zh', {granularity:
 * 'word'})`, other scripts with the same segmenter (it handles Latin words too); white space is
 * not a token. Segmentation costs ~2 µs a character, so a character diff (`diffChars`) first
 * finds the changed regions and only they, with 8 characters of context, are segmented (see
 * `regionTokens`). `diffArrays` (Myers diff from the `diff` library) compares the token sequences.
 * Consecutive removed/added tokens are merged into one phrase: removed + added = `changed`,
 * removed only = `removed`, added only = `added`. ICU cuts unknown compounds into single
 * characters (`因特网` → `因|特|网`), so a change is widened over neighbouring single-character
 * CJK tokens that are not function words, to report whole words: `“因特网” → “互联网”` rather
 * than `“因特” → “互联”`.
 *
 * The phrases are taken from the clean (not normalised) texts via the normalisation maps, so
 * messages quote the text as written.
 */
import { diffArrays, diffChars } from 'diff';
import { isBelowCjk, isIdeograph } from '../language/script';
import type { Change } from './change';
import { mapRange, type Normalized } from './normalize';

export interface Token {
  text: string;
  start: number; // normalised offsets
  end: number;
}

let segmenter: Intl.Segmenter | undefined;
function wordSegmenter(): Intl.Segmenter | undefined {
  if (segmenter === undefined && typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  }
  return segmenter;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const seg = wordSegmenter();
  if (seg) {
    for (const s of seg.segment(text)) {
      if (s.segment.trim() === '') continue;
      out.push({ text: s.segment, start: s.index, end: s.index + s.segment.length });
    }
    return out;
  }
  // Fallback without ICU word data: one token per CJK char or per letter/digit run.
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    let j = i + 1;
    if (/[\p{L}\p{N}]/u.test(text[i]) && isBelowCjk(c)) while (j < text.length && /[\p{L}\p{N}]/u.test(text[j]) && isBelowCjk(text.charCodeAt(j))) j++;
    out.push({ text: text.slice(i, j), start: i, end: j });
    i = j;
  }
  return out;
}

const PUNCT = /^[\p{P}\p{S}\s]*$/u;
function isPunctuationOnly(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!PUNCT.test(t[k].text)) return false;
  return true;
}

const GLUE = /^[0-9年月日第号至和\/.\-]+$/;
function isGlue(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!GLUE.test(t[k].text)) return false;
  return true;
}
const NUMERIC = /^[0-9\/.\-]+$/;
/** A hunk that changes numbers only (dates, symbols, figures). */
function isNumeric(ta: Token[], tb: Token[], h: Hunk): boolean {
  for (let k = h.a0; k < h.a1; k++) if (!NUMERIC.test(ta[k].text)) return false;
  for (let k = h.b0; k < h.b1; k++) if (!NUMERIC.test(tb[k].text)) return false;
  return true;
}

/** Bounds on the diff's work (Myers is O(N·D)): beyond them the change is reported coarsely. */
const MAX_EDIT_CHARS = 2000;
const MAX_EDIT_TOKENS = 1500;

function ellipsis(s: string): string {
  return s.length <= 120 ? s : `${s.slice(0, 60)}…${s.slice(-60)}`;
}

/** Context (characters) tokenised on each side of a character-level change. */
const REGION_CONTEXT = 8;
const MAX_CHAR_HUNKS = 24;

/**
 * Word segmentation is the expensive part (ICU: ~2 µs a character), so only the neighbourhood of
 * the changes is segmented: a character diff finds the changed regions, each is widened by
 * REGION_CONTEXT characters of (equal) context on both sides, overlapping regions are joined,
 * and the regions' tokens are returned with a separator token between regions (equal on both
 * sides, so the token diff aligns region by region). Undefined when the texts differ too much
 * (then the whole bodies are segmented).
 */
function regionTokens(a: string, b: string): [Token[], Token[]] | undefined {
  const parts = diffChars(a, b, { maxEditLength: MAX_EDIT_CHARS });
  if (!parts) return undefined;
  const hunks = hunksOf(parts);
  if (hunks.length === 0 || hunks.length > MAX_CHAR_HUNKS) return undefined;
  // Regions: [a0 - C, a1 + C] on both sides (the context is equal text, same length on both sides).
  const regions: Hunk[] = [];
  for (const h of hunks) {
    const left = Math.min(REGION_CONTEXT, h.a0, h.b0);
    const r = { a0: h.a0 - left, a1: h.a1, b0: h.b0 - left, b1: h.b1 };
    const last = regions[regions.length - 1];
    if (last && r.a0 <= last.a1 + REGION_CONTEXT) {
      last.a1 = r.a1;
      last.b1 = r.b1;
    } else regions.push(r);
  }
  for (const r of regions) {
    const right = Math.min(REGION_CONTEXT, a.length - r.a1, b.length - r.b1);
    r.a1 += right;
    r.b1 += right;
  }
  // keep regions disjoint after widening to the right
  const ta: Token[] = [];
  const tb: Token[] = [];
  let prevA = 0;
  let prevB = 0;
  regions.forEach((r, k) => {
    const a0 = Math.max(r.a0, prevA);
    const b0 = Math.max(r.b0, prevB);
    if (k > 0) {
      const sep = { text: `\u0000${k}`, start: a0, end: a0 };
      ta.push(sep);
      tb.push({ ...sep, start: b0, end: b0 });
    }
    for (const t of tokenize(a.slice(a0, r.a1))) ta.push({ text: t.text, start: t.start + a0, end: t.end + a0 });
    for (const t of tokenize(b.slice(b0, r.b1))) tb.push({ text: t.text, start: t.start + b0, end: t.end + b0 });
    prevA = r.a1;
    prevB = r.b1;
  });
  return [ta, tb];
}

/** Characters that are words on their own: never absorbed into a neighbouring change. */
const FUNCTION_CHARS = new Set('的和与及在并对为以等了其之中或是将于而但也又还有从把被由向上下各此该这那所可能应须'.split(''));

function isSingleCjk(t: Token): boolean {
  if (t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return isIdeograph(c) && !FUNCTION_CHARS.has(t.text);
}

/** Characters that end a word (`数字化`, `可持续性`, `参与者`, `学术界`): a change starting with one takes the word before it. */
const SUFFIXES = new Set('化性者界型式率度员家'.split(''));

/** Characters that commonly end a compound (`因特网`, `第七十七届`). */
const WORD_FINAL = new Set([...SUFFIXES, ...'网届国会法'.split('')]);

/** A token of CJK content characters (no punctuation, digits or function characters alone). */
function isCjkWord(t: Token): boolean {
  if (t.text.length === 1) return isSingleCjk(t);
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (!isIdeograph(c)) return false;
  }
  return true;
}

interface Hunk {
  a0: number; // corpus token range
  a1: number;
  b0: number; // draft token range
  b1: number;
}

/**
 * The runs of removed/added parts of a diff as ranges on both sides. A part's length is its
 * `value.length`: UTF-16 units for `diffChars` (its `count` is in code points), tokens for
 * `diffArrays` (there `value` is the token array).
 */
function hunksOf(parts: ReadonlyArray<{ added: boolean; removed: boolean; value: { length: number } }>): Hunk[] {
  const hunks: Hunk[] = [];
  let ia = 0;
  let ib = 0;
  let cur: Hunk | undefined;
  for (const p of parts) {
    const n = p.value.length;
    if (!p.added && !p.removed) {
      if (cur) hunks.push(cur);
      cur = undefined;
      ia += n;
      ib += n;
      continue;
    }
    if (!cur) cur = { a0: ia, a1: ia, b0: ib, b1: ib };
    if (p.removed) cur.a1 = ia += n;
    else cur.b1 = ib += n;
  }
  if (cur) hunks.push(cur);
  return hunks;
}

/**
 * Changes that turn the corpus body into the draft body.
 * `corpus`/`draft` are the normalised bodies; `corpusClean`/`draftClean` the texts they were normalised from.
 */
export function diffChanges(
  corpus: Normalized,
  corpusClean: string,
  draft: Normalized,
  draftClean: string,
  maxChanges = 12,
  corpusTokens?: Token[],
  draftTokens?: Token[],
): Change[] {
  if (corpus.text === draft.text) return [];
  let ta: Token[];
  let tb: Token[];
  if (corpusTokens && draftTokens) {
    ta = corpusTokens;
    tb = draftTokens;
  } else {
    const regional = regionTokens(corpus.text, draft.text);
    ta = regional?.[0] ?? corpusTokens ?? tokenize(corpus.text);
    tb = regional?.[1] ?? draftTokens ?? tokenize(draft.text);
  }
  const parts = diffArrays(
    ta.map((t) => t.text),
    tb.map((t) => t.text),
    { maxEditLength: MAX_EDIT_TOKENS },
  );
  if (!parts) {
    // Too different to list word by word (bounded cost on huge inputs): one coarse change.
    return [{ kind: 'changed', from: ellipsis(corpusClean.slice(corpus.map[0], corpus.map[corpus.text.length])), to: ellipsis(draftClean.slice(draft.map[0], draft.map[draft.text.length])) }];
  }
  const hunks = hunksOf(parts);
  // Widen over neighbouring single-character content tokens (split compounds), and merge hunks
  // that become adjacent.
  for (const h of hunks) {
    if (h.a1 === h.a0 || h.b1 === h.b0) continue; // pure additions/removals stay as they are
    // Left: a lone content character before a change that starts with one (`因|特` + …), or any
    // word before a change that starts with a suffix (`数字|化转型`).
    const edgeLeft = isSingleCjk(ta[h.a0]) || isSingleCjk(tb[h.b0]);
    const suffixLeft = SUFFIXES.has(ta[h.a0].text) || SUFFIXES.has(tb[h.b0].text);
    if (h.a0 > 0 && h.b0 > 0 && ta[h.a0 - 1].text === tb[h.b0 - 1].text && isCjkWord(ta[h.a0 - 1]) && ((edgeLeft && isSingleCjk(ta[h.a0 - 1])) || suffixLeft)) {
      h.a0--;
      h.b0--;
    }
    // Right: a lone content character after a change that ends with one, or a word-final
    // character, is the rest of the changed word (`因特|网`, `科学|界`, `第七十七|届`).
    const edgeRight = isSingleCjk(ta[h.a1 - 1]) || isSingleCjk(tb[h.b1 - 1]);
    if (h.a1 < ta.length && h.b1 < tb.length && ta[h.a1].text === tb[h.b1].text && isSingleCjk(ta[h.a1]) && (edgeRight || WORD_FINAL.has(ta[h.a1].text))) {
      h.a1++;
      h.b1++;
    }
  }
  // Merge hunks that touch, or that are separated only by date/number glue (`2020 年 12 月 21 日`
  // → `2024 年 12 月 19 日` is one change, not three).
  const merged: Array<Hunk & { numeric: boolean }> = [];
  for (const h of hunks) {
    const last = merged[merged.length - 1];
    const numeric = isNumeric(ta, tb, h);
    if (last && h.a0 <= last.a1 && h.b0 <= last.b1) {
      last.a1 = Math.max(last.a1, h.a1);
      last.b1 = Math.max(last.b1, h.b1);
      last.numeric &&= numeric;
    } else if (
      last &&
      ((last.numeric && numeric && h.a0 - last.a1 <= 4 && isGlue(ta, last.a1, h.a0)) ||
        // changes on both sides of a lone number belong together: “在 2030 年前” → “到 2030 年”
        (h.a0 - last.a1 === 1 && NUMERIC.test(ta[last.a1].text) && last.a1 > last.a0 && last.b1 > last.b0 && h.a1 > h.a0 && h.b1 > h.b0))
    ) {
      last.numeric &&= numeric;
      last.a1 = Math.max(last.a1, h.a1);
      last.b1 = Math.max(last.b1, h.b1);
    } else merged.push({ ...h, numeric });
  }
  const slice = (toks: Token[], n: Normalized, clean: string, t0: number, t1: number): string => {
    if (t1 <= t0) return '';
    const r = mapRange(n, toks[t0].start, toks[t1 - 1].end, clean);
    return clean.slice(r.start, r.end);
  };
  // Punctuation-only changes (`《》`, `、`/`，`) are left out when there are word changes to report.
  const wordy = merged.filter((h) => !isPunctuationOnly(ta, h.a0, h.a1) || !isPunctuationOnly(tb, h.b0, h.b1));
  const reported = wordy.length > 0 ? wordy : merged;
  const changes: Change[] = [];
  for (const h of reported) {
    const from = slice(ta, corpus, corpusClean, h.a0, h.a1);
    const to = slice(tb, draft, draftClean, h.b0, h.b1);
    if (from && to) changes.push({ kind: 'changed', from, to });
    else if (from) changes.push({ kind: 'removed', from });
    else if (to) changes.push({ kind: 'added', to });
    if (changes.length >= maxChanges) break;
  }
  return changes;
}
