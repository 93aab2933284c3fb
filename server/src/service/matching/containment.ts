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
 *    common substrings of at least `GAP_MIN_RUN` characters taken in order (longest first,
 *    recursively left and right), when the corpus side of the gap is at most `GAP_MAX_CORPUS`
 *    characters: short shared words that are too short to seed an alignment (`发挥重要作用` /
 *    `发挥的重要作用`, `技术界` / `科技和学术界`) count, long rewritten stretches do not;
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
import type { AlignedSpan } from './align';

/** Corpus-side gaps longer than this are rewritten text, not filled. */
export const GAP_MAX_CORPUS = 24;
/** Draft-side gaps are looked at up to this many characters (the rest is inserted text). */
export const GAP_MAX_DRAFT = 400;
/** Shortest common substring counted inside a gap. */
export const GAP_MIN_RUN = 2;

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

/** Characters of `a` matched in order by common substrings (≥ GAP_MIN_RUN) with `b`, longest first. */
export function commonInOrder(a: string, b: string): number {
  if (a.length < GAP_MIN_RUN || b.length < GAP_MIN_RUN) return 0;
  // Longest common substring (DP over one row).
  let bestLen = 0;
  let bestI = 0;
  let bestJ = 0;
  let row = new Uint16Array(b.length + 1);
  let next = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = ca === b.charCodeAt(j - 1) && ca !== 32 ? row[j - 1] + 1 : 0;
      next[j] = v;
      if (v > bestLen) {
        bestLen = v;
        bestI = i;
        bestJ = j;
      }
    }
    [row, next] = [next, row];
    next.fill(0);
  }
  if (bestLen < GAP_MIN_RUN) return 0;
  return (
    bestLen +
    commonInOrder(a.slice(0, bestI - bestLen), b.slice(0, bestJ - bestLen)) +
    commonInOrder(a.slice(bestI), b.slice(bestJ))
  );
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
    if (b1 - b0 < GAP_MIN_RUN || b1 - b0 > GAP_MAX_CORPUS || a1 - a0 < GAP_MIN_RUN) return;
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
