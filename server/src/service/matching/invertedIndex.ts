/**
 * Inverted index: 32-bit shingle fingerprint → postings (corpus paragraph ids).
 *
 * Memory-lean layout, no per-key objects:
 * - sealed part in CSR form: `keys` (sorted unique fingerprints, Uint32Array), `starts`
 *   (Uint32Array, keys.length + 1) and `postings` (Int32Array of paragraph ids), looked up by
 *   binary search;
 * - a pending part for documents added since the last seal: two parallel growable typed arrays
 *   (fingerprint, paragraph id). Lookups seal first when pending is large; small pending parts
 *   are answered through a lazily built Map (cheap incremental additions from the editor).
 * Sealing sorts (fingerprint, id) pairs with a two-pass LSD radix sort (16 bits per pass), so
 * building the index for the whole corpus is linear.
 *
 * Postings keep paragraph ids only, not positions: the query side recomputes positions of the
 * few candidate paragraphs it verifies (see align.ts), which halves the index.
 * Removed paragraphs are filtered through an `alive` predicate and dropped at the next seal.
 */

export interface PostingsData {
  keys: Uint32Array;
  starts: Uint32Array;
  postings: Int32Array;
}

const SEAL_MIN_PENDING = 1 << 16;

export class InvertedIndex {
  private keys: Uint32Array = new Uint32Array(0);
  private starts: Uint32Array = new Uint32Array(1);
  private postings: Int32Array = new Int32Array(0);
  private pendH = new Uint32Array(1024);
  private pendP = new Int32Array(1024);
  private pendLen = 0;
  private pendMap: Map<number, number[]> | undefined;
  private pendMapLen = 0;

  /** Number of postings (sealed + pending). */
  get size(): number {
    return this.postings.length + this.pendLen;
  }

  add(hash: number, pid: number): void {
    if (this.pendLen === this.pendH.length) {
      const h = new Uint32Array(this.pendH.length * 2);
      h.set(this.pendH);
      this.pendH = h;
      const p = new Int32Array(this.pendP.length * 2);
      p.set(this.pendP);
      this.pendP = p;
    }
    this.pendH[this.pendLen] = hash;
    this.pendP[this.pendLen++] = pid;
  }

  /** Merges pending pairs into the sealed arrays, dropping ids that are no longer alive. */
  seal(alive: (pid: number) => boolean = () => true): void {
    const oldN = this.postings.length;
    const total = oldN + this.pendLen;
    const hs = new Uint32Array(total);
    const ps = new Int32Array(total);
    let n = 0;
    for (let k = 0; k < this.keys.length; k++) {
      const key = this.keys[k];
      for (let x = this.starts[k]; x < this.starts[k + 1]; x++) {
        const pid = this.postings[x];
        if (!alive(pid)) continue;
        hs[n] = key;
        ps[n++] = pid;
      }
    }
    for (let x = 0; x < this.pendLen; x++) {
      const pid = this.pendP[x];
      if (!alive(pid)) continue;
      hs[n] = this.pendH[x];
      ps[n++] = pid;
    }
    // release old storage before sorting
    this.keys = new Uint32Array(0);
    this.postings = new Int32Array(0);
    this.pendH = new Uint32Array(1024);
    this.pendP = new Int32Array(1024);
    this.pendLen = 0;
    this.pendMap = undefined;
    this.pendMapLen = 0;
    // LSD radix sort by hash, two 16-bit passes (stable, so ids stay in insertion order):
    // low half (hs, ps) → (th, tp), then high half back into (hs, ps).
    const th = new Uint32Array(n);
    const tp = new Int32Array(n);
    const count = new Uint32Array(65537);
    radixPass(hs, ps, th, tp, n, 0, count);
    radixPass(th, tp, hs, ps, n, 16, count);
    let unique = 0;
    for (let x = 0; x < n; x++) if (x === 0 || hs[x] !== hs[x - 1]) unique++;
    const keys = new Uint32Array(unique);
    const starts = new Uint32Array(unique + 1);
    let k = -1;
    for (let x = 0; x < n; x++) {
      if (x === 0 || hs[x] !== hs[x - 1]) {
        keys[++k] = hs[x];
        starts[k] = x;
      }
    }
    starts[unique] = n;
    this.keys = keys;
    this.starts = starts;
    this.postings = n === ps.length ? ps : ps.slice(0, n);
  }

  /** Prepares for lookups: seals a large pending part, indexes a small one in a Map. */
  prepare(alive: (pid: number) => boolean): void {
    if (this.pendLen === 0) return;
    if (this.pendLen >= SEAL_MIN_PENDING && this.pendLen * 8 >= this.postings.length) {
      this.seal(alive);
      return;
    }
    if (this.pendMap && this.pendMapLen === this.pendLen) return;
    const m = this.pendMap ?? new Map<number, number[]>();
    for (let x = this.pendMapLen; x < this.pendLen; x++) {
      const h = this.pendH[x];
      const l = m.get(h);
      if (l) l.push(this.pendP[x]);
      else m.set(h, [this.pendP[x]]);
    }
    this.pendMap = m;
    this.pendMapLen = this.pendLen;
  }

  /**
   * Postings of a fingerprint: calls `visit` with the sealed array range and any pending ids.
   * Returns the number of postings (for frequency decisions) without visiting when `countOnly`.
   */
  count(hash: number): number {
    let n = 0;
    const k = this.find(hash);
    if (k >= 0) n += this.starts[k + 1] - this.starts[k];
    const p = this.pendMap?.get(hash);
    if (p) n += p.length;
    return n;
  }

  /** Sealed postings array (read-only view for tight loops; see `sealedRange`). */
  get sealedPostings(): Int32Array {
    return this.postings;
  }

  /** [start, end) of a fingerprint's postings in `sealedPostings`, or [0, 0). */
  sealedRange(hash: number): [number, number] {
    const k = this.find(hash);
    return k >= 0 ? [this.starts[k], this.starts[k + 1]] : [0, 0];
  }

  /** Postings of a fingerprint in the pending (not yet sealed) part. */
  pending(hash: number): number[] | undefined {
    return this.pendMap?.get(hash);
  }

  forEach(hash: number, visit: (pid: number) => void): void {
    const k = this.find(hash);
    if (k >= 0) {
      const end = this.starts[k + 1];
      for (let x = this.starts[k]; x < end; x++) visit(this.postings[x]);
    }
    const p = this.pendMap?.get(hash);
    if (p) for (const pid of p) visit(pid);
  }

  private find(hash: number): number {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = keys[mid];
      if (v < hash) lo = mid + 1;
      else if (v > hash) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Bytes held by the typed arrays. */
  get byteLength(): number {
    return this.keys.byteLength + this.starts.byteLength + this.postings.byteLength + this.pendH.byteLength + this.pendP.byteLength;
  }

  /** The sealed arrays (seals first). */
  data(alive: (pid: number) => boolean): PostingsData {
    if (this.pendLen > 0) this.seal(alive);
    return { keys: this.keys, starts: this.starts, postings: this.postings };
  }

  /**
   * An index over the sealed arrays of `data()`. The arrays are checked first (they may come
   * from a file): keys strictly increasing, `starts` one longer, from 0 to the postings' length
   * and never decreasing, every posting a paragraph id below `paragraphs`; otherwise this
   * throws, and no lookup can read out of bounds or loop over a range that never ends.
   */
  static fromData(d: PostingsData, paragraphs: number): InvertedIndex {
    const problem = postingsProblem(d, paragraphs);
    if (problem) throw new Error(`agreed-language index: inconsistent postings (${problem})`);
    const ix = new InvertedIndex();
    ix.keys = d.keys;
    ix.starts = d.starts;
    ix.postings = d.postings;
    return ix;
  }
}

function radixPass(inH: Uint32Array, inP: Int32Array, outH: Uint32Array, outP: Int32Array, n: number, shift: number, count: Uint32Array): void {
  count.fill(0);
  for (let x = 0; x < n; x++) count[((inH[x] >>> shift) & 0xffff) + 1]++;
  for (let b = 1; b <= 65536; b++) count[b] += count[b - 1];
  for (let x = 0; x < n; x++) {
    const to = count[(inH[x] >>> shift) & 0xffff]++;
    outH[to] = inH[x];
    outP[to] = inP[x];
  }
}

/** Why sealed postings arrays are inconsistent, or undefined when they are sound. */
export function postingsProblem(d: PostingsData, paragraphs: number): string | undefined {
  const { keys, starts, postings } = d;
  if (!(keys instanceof Uint32Array) || !(starts instanceof Uint32Array) || !(postings instanceof Int32Array)) return 'types';
  if (starts.length !== keys.length + 1) return 'starts length';
  if (starts[0] !== 0 || starts[keys.length] !== postings.length) return 'starts bounds';
  for (let k = 0; k < keys.length; k++) {
    if (starts[k + 1] < starts[k]) return 'starts order';
    if (k > 0 && keys[k] <= keys[k - 1]) return 'keys order';
  }
  for (let x = 0; x < postings.length; x++) {
    const pid = postings[x];
    if (pid < 0 || pid >= paragraphs) return 'posting out of range';
  }
  return undefined;
}
