/**
 * Shingles: hashed n-grams of "units" of normalised text.
 *
 * A unit is one CJK character, or one run of letters/digits of an alphabetic script (Latin, Greek,
 * Cyrillic, Arabic: a word; `2030` is one unit), case-folded. Punctuation and spaces are not units, so shingles do not care about them.
 * (Words are found with a hand-written scanner rather than `Intl.Segmenter`: for shingling we
 * only need letter/digit runs, and the scanner is ~16× faster: measured 36 µs against 570 µs for
 * a 1,100-character English paragraph.)
 *
 * Shingle size K = 5 by weight: a CJK character weighs 1, a word 2 (`Units.weight`), and a
 * shingle spans units until their weight reaches K — 5 CJK characters, or 3 Latin words. Each
 * shingle is hashed to a 32-bit int (multiplicative hashing of the unit hashes).
 *
 * Winnowing (Schleimer, Wilkerson, Aiken 2003) picks the fingerprints that go into the index: in
 * every window of W consecutive shingles the minimum hash is kept. Any common run of at least
 * W + K - 1 units between two texts shares at least one fingerprint, and the index holds only
 * about 2/(W+1) of all shingles. With K = 5, W = 6: guaranteed hit for a shared run of 10 CJK
 * characters (half the Chinese partial-reuse minimum of 20 characters) or 8 Latin words (about the
 * English minimum of 50 characters, language/data/en.ts), ~29% density.
 */

import { foldCase, isIdeographUnit, isWordUnit } from '../language/script';

export const SHINGLE_K = 5;
export const WINNOW_W = 6;

export interface Units {
  /** Hash of each unit. */
  hash: Uint32Array;
  /** Start and end offset of each unit in the normalised text. */
  start: Int32Array;
  end: Int32Array;
  /** Weight: 1 for a CJK character, 2 for a word. */
  weight: Uint8Array;
  count: number;
}

/** Units per script (`language/script.ts`): an ideograph is a unit; a run of digits and Latin, Greek, Cyrillic or Arabic letters is a word. */
const isWordChar = isWordUnit;
const isIdeo = isIdeographUnit;

/** Splits normalised text into units. */
export function units(text: string): Units {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return unitsFromCodes(codes, text.length);
}

function allocUnits(n: number): Units {
  return { hash: new Uint32Array(n), start: new Int32Array(n), end: new Int32Array(n), weight: new Uint8Array(n), count: 0 };
}

/** Units of normalised code units `codes[0, n)`, into `out` when it is large enough (reused buffers). */
export function unitsFromCodes(codes: Uint16Array, n: number, out?: Units): Units {
  const u = out && out.hash.length >= n ? out : allocUnits(Math.max(n, 1));
  const { hash, start, end, weight } = u;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = codes[i];
    if (isIdeo(c)) {
      const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      hash[count] = Math.imul(c * w + (w > 1 ? codes[i + 1] : 0), 0x9e3779b1) >>> 0;
      start[count] = i;
      end[count] = i + w;
      weight[count++] = 1;
      i += w;
    } else if (isWordChar(c)) {
      let h = 0x811c9dc5;
      const s = i;
      while (i < n) {
        let d = codes[i];
        if (!isWordChar(d)) break;
        d = foldCase(d); // full Unicode: `Напоминая` and `напоминая` are one unit
        h = Math.imul(h ^ d, 0x01000193);
        i++;
      }
      hash[count] = h >>> 0;
      start[count] = s;
      end[count] = i;
      weight[count++] = 2;
    } else i++;
  }
  u.count = count;
  return u;
}

/** Scratch buffers for the indexing path (one paragraph at a time). */
export function scratchUnits(n: number): Units {
  if (scratch.units.hash.length < n) scratch.units = allocUnits(Math.max(n, scratch.units.hash.length * 2));
  return scratch.units;
}
export function scratchShingles(n: number): Shingles {
  if (scratch.shingles.hash.length < n) scratch.shingles = { hash: new Uint32Array(Math.max(n, scratch.shingles.hash.length * 2)), span: new Uint8Array(Math.max(n, scratch.shingles.hash.length * 2)), count: 0 };
  return scratch.shingles;
}
const scratch = {
  units: allocUnits(4096),
  shingles: { hash: new Uint32Array(4096), span: new Uint8Array(4096), count: 0 } as Shingles,
};

export interface Shingles {
  /** Hash of the shingle starting at unit i. */
  hash: Uint32Array;
  /** Number of units in shingle i. */
  span: Uint8Array;
  count: number;
}

/** All shingles of a unit sequence (one per starting unit whose n-gram reaches weight K). */
export function shingles(u: Units, k = SHINGLE_K, out?: Shingles): Shingles {
  const target = out && out.hash.length >= u.count ? out : { hash: new Uint32Array(u.count), span: new Uint8Array(u.count), count: 0 };
  const hash = target.hash;
  const span = target.span;
  let count = 0;
  for (let i = 0; i < u.count; i++) {
    let h = 0x2545f491;
    let w = 0;
    let j = i;
    while (j < u.count && w < k) {
      h = Math.imul(h ^ u.hash[j], 0x5bd1e995);
      h ^= h >>> 15;
      w += u.weight[j];
      j++;
    }
    if (w < k) break;
    hash[count] = h >>> 0;
    span[count++] = j - i;
  }
  target.count = count;
  return target;
}

/**
 * Winnowing: calls `emit(hash, shingleIndex)` for each selected fingerprint (the rightmost
 * minimum of each window of `w` shingles, emitted once per position). Texts shorter than one
 * window emit their minimum.
 */
export function winnow(s: Shingles, emit: (hash: number, index: number) => void, w = WINNOW_W): void {
  const n = s.count;
  if (n === 0) return;
  const h = s.hash;
  if (n <= w) {
    let m = 0;
    for (let i = 1; i < n; i++) if (h[i] <= h[m]) m = i;
    emit(h[m], m);
    return;
  }
  let minIdx = -1;
  let lastEmitted = -1;
  for (let right = w - 1; right < n; right++) {
    const left = right - w + 1;
    if (minIdx < left) {
      minIdx = left;
      for (let i = left + 1; i <= right; i++) if (h[i] <= h[minIdx]) minIdx = i;
    } else if (h[right] <= h[minIdx]) minIdx = right;
    if (minIdx !== lastEmitted) {
      emit(h[minIdx], minIdx);
      lastEmitted = minIdx;
    }
  }
}

/** Winnowed fingerprints into `out` (grown when needed); returns [array, count]. */
export function winnowInto(s: Shingles, out: Uint32Array, w = WINNOW_W): [Uint32Array, number] {
  let arr = out;
  let n = 0;
  winnow(
    s,
    (h) => {
      if (n === arr.length) {
        const b = new Uint32Array(arr.length * 2);
        b.set(arr);
        arr = b;
      }
      arr[n++] = h;
    },
    w,
  );
  return [arr, n];
}
