/**
 * Array helpers safe for arrays of any length. `target.push(...items)` and `Math.max(...items)` pass
 * every element as an argument and overflow the stack past about 125,000 elements (measured on Node 20
 * with the default stack); these loop instead. `test/reliability/spread.test.ts` keeps such spreads out
 * of the sources.
 */

/** Appends every item to `target` (in place) and returns it. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** The largest of the values, or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let m = empty;
  let any = false;
  for (const v of values) {
    m = any ? Math.max(m, v) : v;
    any = true;
  }
  return any ? m : empty;
}

/** The smallest of the values, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let m = empty;
  let any = false;
  for (const v of values) {
    m = any ? Math.min(m, v) : v;
    any = true;
  }
  return any ? m : empty;
}

/** The first index in `sorted` (ascending by `key`) whose key is `at` or more; `sorted.length` when none is. */
export function lowerBound<T>(sorted: readonly T[], at: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
