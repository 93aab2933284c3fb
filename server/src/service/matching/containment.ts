/**
 * Containment: how much of a corpus paragraph's body a draft body holds, in order.
 *
 * "Agreed paragraph X with words added here" is a deviation from X, however long the added words
 * are, so whole-body similarity (Levenshtein over the longer length) is not the right measure
 * for it: 76/189 OP 18 plus a 40-character clause on community networks has similarity 0.62, yet
 * every word of OP 18 is there. Containment measures the corpus side instead:
 *
 * 1. the aligned spans of the pair (align.ts: near-verbatim runs of ≥ 5 units, small gaps
 *    bridged) are reduced to the chain that goes forward in both texts and covers the most
 *    corpus characters (dynamic programming over ≤ 64 spans); a span counts the characters of
 *    its identical runs, not the gaps it bridges (a changed word is not covered);
 * 2. gaps between consecutive spans, and before the first / after the last, are filled with
 *    common runs of units (CJK characters, words) taken in order (longest first, recursively
 *    left and right), of at least `GAP_MIN_RUN` content units or one word of 5+ letters, when
 *    the corpus side of the gap weighs at most `GAP_MAX_CORPUS` (CJK character 1, word 2):
 *    short shared words that are too short to seed an alignment (`发挥重要作用` / `发挥的重要作用`,
 *    `技术界` / `科技和学术界`, `technical community` / `academic community`) count, long rewritten
 *    stretches do not;
 * 3. `corpusCovered` / corpus length is the coverage, `draftCovered` / draft length the share
 *    of the draft that is agreed text.
 *
 * The engine (index.ts) calls a paragraph `near` by containment when coverage ≥
 * `MATCH_PARAMS.CONTAIN_MIN_COVERAGE`, share ≥ `MATCH_PARAMS.CONTAIN_MIN_SHARE` and the draft
 * is not a merge of several corpus paragraphs; otherwise the reuse stays `partial`.
 *
 * All offsets are in normalised text. Cost: linear in the spans plus O(g·h) per filled gap
 * (g ≤ GAP_MAX_CORPUS, h ≤ GAP_MAX_DRAFT).
 */
import { isHanBlockUnit, isWordUnit } from '../language/script';
import type { AlignedSpan } from './align';

/** Corpus-side gaps heavier than this (CJK character 1, word 2) are rewritten text, not filled. */
const GAP_MAX_CORPUS = 24;
/** Draft-side gaps are looked at up to this many characters (the rest is inserted text). */
const GAP_MAX_DRAFT = 400;
/** Content units (CJK characters, words) of the shortest common run counted inside a gap. */
const GAP_MIN_RUN = 2;

export interface Containment {
  /** Corpus characters covered (spans of the chain plus common substrings in the gaps). */
  corpusCovered: number;
  /** Draft characters covered, likewise. */
  draftCovered: number;
  /** The chain of aligned spans, in order in both texts. */
  chain: AlignedSpan[];
}

/** Forward chain of spans (increasing and non-overlapping in both texts) covering the most corpus characters. */
export function forwardChain(spans: AlignedSpan[]): AlignedSpan[] {
  const sp = [...spans].sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);
  const n = sp.length;
  if (n === 0) return [];
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  let end = 0;
  for (let x = 0; x < n; x++) {
    const own = sp[x].bMatchedChars;
    best[x] = own;
    for (let y = 0; y < x; y++) {
      if (sp[y].aEnd <= sp[x].aStart && sp[y].bEnd <= sp[x].bStart && best[y] + own > best[x]) {
        best[x] = best[y] + own;
        prev[x] = y;
      }
    }
    if (best[x] > best[end]) end = x;
  }
  const chain: AlignedSpan[] = [];
  for (let k = end; k >= 0; k = prev[k]) chain.push(sp[k]);
  return chain.reverse();
}

interface Tok {
  s: string;
  /** 1 for a CJK character or a word, 0 for punctuation. */
  content: number;
  latin: boolean;
}

/** Units of a gap: each CJK character, each run of letters/digits (a word), each other non-space character. */
function gapTokens(t: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (isWordCode(c)) {
      let j = i + 1;
      while (j < t.length && isWordCode(t.charCodeAt(j))) j++;
      out.push({ s: t.slice(i, j), content: 1, latin: true });
      i = j;
      continue;
    }
    const ideo = isHanBlockUnit(c);
    out.push({ s: t[i], content: ideo ? 1 : 0, latin: false });
    i++;
  }
  return out;
}

/** A code unit of a word (digits, Latin, Greek, Cyrillic, Arabic letters), as the shingle units cut them. */
const isWordCode = isWordUnit;

/** Weight of a gap for GAP_MAX_CORPUS: a CJK character 1, a word 2 (as in shingles.ts). */
function gapWeight(t: string): number {
  let w = 0;
  for (const k of gapTokens(t)) w += k.latin ? 2 : k.content;
  return w;
}

/**
 * Characters of `a` matched in order by common runs of units with `b`, longest first
 * (recursively left and right of each). A run counts when it holds at least GAP_MIN_RUN content
 * units (CJK characters or words), or one word of 5 letters or more: single common characters
 * (`的`) and short words (`the`) say nothing about a gap.
 */
export function commonInOrder(a: string, b: string): number {
  return commonTokens(gapTokens(a), gapTokens(b));
}

function commonTokens(a: Tok[], b: Tok[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Longest common run of units, by characters (DP over one row).
  let bestChars = 0;
  let bestLen = 0;
  let bestI = 0;
  let bestJ = 0;
  let rowLen = new Uint16Array(b.length + 1);
  let rowChars = new Uint16Array(b.length + 1);
  let nextLen = new Uint16Array(b.length + 1);
  let nextChars = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ta = a[i - 1].s;
    for (let j = 1; j <= b.length; j++) {
      if (ta === b[j - 1].s) {
        nextLen[j] = rowLen[j - 1] + 1;
        // (+1 for the space between two words of a run)
        nextChars[j] = rowChars[j - 1] + ta.length + (rowLen[j - 1] > 0 && a[i - 1].latin && a[i - 2].latin ? 1 : 0);
        if (nextChars[j] > bestChars) {
          bestChars = nextChars[j];
          bestLen = nextLen[j];
          bestI = i;
          bestJ = j;
        }
      } else {
        nextLen[j] = 0;
        nextChars[j] = 0;
      }
    }
    [rowLen, nextLen] = [nextLen, rowLen];
    [rowChars, nextChars] = [nextChars, rowChars];
  }
  if (bestLen === 0) return 0;
  const run = a.slice(bestI - bestLen, bestI);
  let content = 0;
  for (const t of run) content += t.content;
  const valid = content >= GAP_MIN_RUN || run.some((t) => t.latin && t.s.length >= 5);
  if (!valid) return 0;
  return bestChars + commonTokens(a.slice(0, bestI - bestLen), b.slice(0, bestJ - bestLen)) + commonTokens(a.slice(bestI), b.slice(bestJ));
}

/** Containment of corpus body `b` in draft body `a` (normalised texts) given their aligned spans. */
export function containment(a: string, b: string, spans: AlignedSpan[]): Containment {
  const chain = forwardChain(spans);
  if (chain.length === 0) return { corpusCovered: 0, draftCovered: 0, chain };
  let corpusCovered = 0;
  let draftCovered = 0;
  // Characters inside identical runs: a word changed inside a span is not covered.
  for (const s of chain) {
    corpusCovered += s.bMatchedChars;
    draftCovered += s.aMatchedChars;
  }
  const fill = (b0: number, b1: number, a0: number, a1: number, side: 'before' | 'between' | 'after'): void => {
    if (b1 - b0 < GAP_MIN_RUN || a1 - a0 < GAP_MIN_RUN || gapWeight(b.slice(b0, b1)) > GAP_MAX_CORPUS) return;
    // Only the draft text next to the anchoring span(s) is looked at.
    if (a1 - a0 > GAP_MAX_DRAFT) {
      if (side === 'before') a0 = a1 - GAP_MAX_DRAFT;
      else if (side === 'after') a1 = a0 + GAP_MAX_DRAFT;
      else return;
    }
    const n = commonInOrder(b.slice(b0, b1), a.slice(a0, a1));
    corpusCovered += n;
    draftCovered += n;
  };
  fill(0, chain[0].bStart, 0, chain[0].aStart, 'before');
  for (let k = 1; k < chain.length; k++) fill(chain[k - 1].bEnd, chain[k].bStart, chain[k - 1].aEnd, chain[k].aStart, 'between');
  const last = chain[chain.length - 1];
  fill(last.bEnd, b.length, last.aEnd, a.length, 'after');
  return { corpusCovered: Math.min(corpusCovered, b.length), draftCovered: Math.min(draftCovered, a.length), chain };
}
