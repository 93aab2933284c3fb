/**
 * Candidate retrieval: the corpus paragraphs that share the most (and rarest) winnowed
 * fingerprints with a draft body, found through the inverted index within a budget of
 * postings read. The draft is never compared with every corpus paragraph.
 */
import { MATCH_PARAMS } from './params';
import type { ParagraphTable } from './paragraphTable';
import { shingles, units, winnow } from './shingles';

function fingerprints(normText: string): number[] {
  const u = units(normText);
  const s = shingles(u);
  const out: number[] = [];
  winnow(s, (h) => {
    out.push(h);
  });
  return out;
}

/** Finds candidates in a table; keeps its score buffer between searches. */
export class CandidateSearch {
  private scores = new Uint16Array(0);

  constructor(
    private readonly table: ParagraphTable,
    private readonly rank: (pidA: number, pidB: number) => number,
  ) {}

  /** Candidate paragraph ids by shingle hits, best first (ids in `exclude` left out). */
  find(normText: string, limit: number, exclude: Set<number>): number[] {
    const t = this.table;
    const fps = fingerprints(normText);
    if (fps.length === 0) return [];
    t.postings.prepare(t.isAlive);
    const n = t.pidSlot.length;
    if (this.scores.length < n) this.scores = new Uint16Array(Math.max(n, this.scores.length * 2));
    const scores = this.scores;
    const counted: Array<{ h: number; c: number; s: number; e: number; p: number[] | undefined }> = [];
    let last = -1;
    fps.sort((a, b) => a - b);
    for (const h of fps) {
      if (h === last) continue;
      last = h;
      const [s, e] = t.postings.sealedRange(h);
      const p = t.postings.pending(h);
      const c = e - s + (p ? p.length : 0);
      if (c > 0) counted.push({ h, c, s, e, p });
    }
    // Rarest first, within a budget of postings read: very common shingles add little.
    counted.sort((a, b) => a.c - b.c);
    const touched: number[] = [];
    let budget = MATCH_PARAMS.POSTINGS_BUDGET;
    let maxScore = 0;
    // Each hit weighs the fingerprint's rarity (inverse document frequency, log2 N/df rounded,
    // at least 1), so a rare shared span outranks common phrases scattered over a paragraph.
    const total = Math.max(2, t.pidSlot.length - t.deadPids);
    const sealed = t.postings.sealedPostings;
    for (const { c, s, e, p } of counted) {
      if (c > budget && touched.length > 0) break;
      budget -= c;
      const w = Math.max(1, Math.round(Math.log2(total / c)));
      for (let x = s; x <= e; x++) {
        // the sealed range, then the pending ids (x === e)
        if (x === e) {
          if (!p) break;
          for (const pid of p) {
            const v = scores[pid];
            if (v === 0) touched.push(pid);
            const nv = Math.min(65535, v + w);
            scores[pid] = nv;
            if (nv > maxScore) maxScore = nv;
          }
          break;
        }
        const pid = sealed[x];
        const v = scores[pid];
        if (v === 0) touched.push(pid);
        const nv = v + w < 65535 ? v + w : 65535;
        scores[pid] = nv;
        if (nv > maxScore) maxScore = nv;
      }
    }
    // Top `limit` by score without sorting everything: bucket by score.
    const buckets: number[][] = [];
    for (const pid of touched) {
      if (exclude.has(pid) || !t.isAlive(pid)) continue;
      (buckets[scores[pid]] ??= []).push(pid);
    }
    for (const pid of touched) scores[pid] = 0;
    const top: number[] = [];
    for (let sc = maxScore; sc > 0 && top.length < limit; sc--) {
      const b = buckets[sc];
      if (!b) continue;
      // Equal scores in the order of `rank`, not of paragraph ids (which depend on load order).
      b.sort((x, y) => this.rank(x, y));
      for (const pid of b) {
        top.push(pid);
        if (top.length >= limit) break;
      }
    }
    return top;
  }
}
