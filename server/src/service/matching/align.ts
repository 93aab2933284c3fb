/**
 * Seed-and-extend local alignment: finds the spans of a draft paragraph that are (nearly)
 * verbatim copies of spans of a corpus paragraph.
 *
 * 1. Seeds: every shingle (K units, see shingles.ts) of the draft that also occurs in the corpus
 *    paragraph, as (draft unit i, corpus unit j).
 * 2. Runs: seeds on the same diagonal (j − i) with consecutive i merge into a run of identical
 *    units.
 * 3. Chains: runs in draft order are chained when both gaps (draft and corpus) are at most
 *    `MAX_GAP_UNITS` units and go forward, so a span with a changed word or two inside stays one
 *    span ("near-verbatim"). Chains are scored by the units they cover.
 * 4. Selection: chains are taken longest first, not overlapping in the draft.
 *
 * Offsets are in normalised text; callers map them back with the normalisation maps. Cost is
 * linear in the two paragraphs' lengths plus the number of seeds.
 */
import { SHINGLE_K, shingles, type Shingles, type Units } from './shingles';

const MAX_GAP_UNITS = 4;
/** Bounds that keep adversarial (highly repetitive) text linear. */
const MAX_REPEATS = 16;
const MAX_RUNS = 20_000;
const MAX_SPANS = 64;

export interface AlignedSpan {
  /** Normalised-text range in the draft. */
  aStart: number;
  aEnd: number;
  /** Normalised-text range in the corpus paragraph. */
  bStart: number;
  bEnd: number;
  /** Units of the draft span that are covered by identical runs. */
  matchedUnits: number;
  /** Characters of the corpus span (normalised) inside identical runs: the span less its bridged gaps. */
  bMatchedChars: number;
  /** Likewise for the draft span. */
  aMatchedChars: number;
}

interface Run {
  i0: number; // draft units [i0, i1)
  i1: number;
  j0: number; // corpus units [j0, j1)
  j1: number;
}

/** Units and shingles of a text, computed once and reused across alignments. */
export interface Prepared {
  u: Units;
  s: Shingles;
  /** Shingle hash → shingle indexes (built on first use). */
  positions?: Map<number, number[]>;
}

export function prepare(u: Units): Prepared {
  return { u, s: shingles(u, SHINGLE_K) };
}

export function alignSpans(pa: Prepared, pb: Prepared): AlignedSpan[] {
  const a = pa.u;
  const b = pb.u;
  const sa = pa.s;
  const sb = pb.s;
  if (sa.count === 0 || sb.count === 0) return [];
  // Corpus shingle hash -> positions.
  let pos = pb.positions;
  if (!pos) {
    pos = new Map<number, number[]>();
    for (let j = 0; j < sb.count; j++) {
      const h = sb.hash[j];
      const l = pos.get(h);
      if (l) {
        if (l.length <= MAX_REPEATS) l.push(j);
      } else pos.set(h, [j]);
    }
    pb.positions = pos;
  }
  // Runs keyed by diagonal: extend the open run of a diagonal when the seed continues it.
  const open = new Map<number, Run>();
  const runs: Run[] = [];
  for (let i = 0; i < sa.count && runs.length < MAX_RUNS; i++) {
    const l = pos.get(sa.hash[i]);
    // A shingle repeated more than MAX_REPEATS times in the corpus paragraph says nothing about
    // where a copy comes from (and would make runs quadratic): skipped.
    if (!l || l.length > MAX_REPEATS) continue;
    for (const j of l) {
      const d = j - i;
      const spanA = sa.span[i];
      const spanB = sb.span[j];
      const r = open.get(d);
      if (r && r.i1 >= i) {
        r.i1 = Math.max(r.i1, i + spanA);
        r.j1 = Math.max(r.j1, j + spanB);
      } else {
        const nr = { i0: i, i1: i + spanA, j0: j, j1: j + spanB };
        open.set(d, nr);
        runs.push(nr);
      }
    }
  }
  if (runs.length === 0) return [];
  runs.sort((x, y) => x.i0 - y.i0 || x.j0 - y.j0);
  // Chain runs: dynamic programming over runs in draft order (runs are few per paragraph pair).
  const n = runs.length;
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  const cover = (r: Run): number => r.i1 - r.i0;
  for (let x = 0; x < n; x++) {
    best[x] = cover(runs[x]);
    const rx = runs[x];
    for (let y = x - 1; y >= 0 && y >= x - 64; y--) {
      const ry = runs[y];
      const gapA = rx.i0 - ry.i1;
      const gapB = rx.j0 - ry.j1;
      if (rx.i0 <= ry.i0 || rx.j0 <= ry.j0) continue;
      if (gapA > MAX_GAP_UNITS || gapB > MAX_GAP_UNITS) continue;
      if (gapA < -SHINGLE_K || gapB < -SHINGLE_K) continue;
      // overlap counts once
      const gain = rx.i1 - Math.max(rx.i0, ry.i1);
      const v = best[y] + Math.max(0, gain);
      if (v > best[x]) {
        best[x] = v;
        prev[x] = y;
      }
    }
  }
  // Each run is the end of at most one chosen chain: pick chain ends by score.
  const order = [...Array(n).keys()].sort((x, y) => best[y] - best[x]);
  const used = new Uint8Array(n);
  const taken: Array<[number, number]> = [];
  const result: AlignedSpan[] = [];
  for (const end of order) {
    if (result.length >= MAX_SPANS) break;
    if (used[end]) continue;
    let first = end;
    const members: number[] = [];
    for (let k = end; k >= 0; k = prev[k]) {
      if (used[k]) break;
      members.push(k);
      first = k;
    }
    for (const k of members) used[k] = 1;
    const i0 = runs[first].i0;
    const i1 = runs[end].i1;
    if (taken.some(([s, e]) => i0 < e && s < i1)) continue;
    taken.push([i0, i1]);
    let matched = 0;
    let aChars = 0;
    let bChars = 0;
    let aUpTo = -1;
    let bUpTo = -1;
    // members run from the chain's end back to its start
    for (let m = members.length - 1; m >= 0; m--) {
      const r = runs[members[m]];
      matched += r.i1 - r.i0;
      const a0 = Math.max(a.start[r.i0], aUpTo);
      const b0 = Math.max(b.start[r.j0], bUpTo);
      aChars += Math.max(0, a.end[r.i1 - 1] - a0);
      bChars += Math.max(0, b.end[r.j1 - 1] - b0);
      aUpTo = Math.max(aUpTo, a.end[r.i1 - 1]);
      bUpTo = Math.max(bUpTo, b.end[r.j1 - 1]);
    }
    result.push({
      aStart: a.start[i0],
      aEnd: a.end[i1 - 1],
      bStart: b.start[runs[first].j0],
      bEnd: b.end[runs[end].j1 - 1],
      matchedUnits: Math.min(matched, i1 - i0),
      aMatchedChars: aChars,
      bMatchedChars: bChars,
    });
  }
  result.sort((x, y) => x.aStart - y.aStart);
  return result;
}
