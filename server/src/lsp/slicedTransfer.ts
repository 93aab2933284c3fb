/**
 * Moves a large plain-data value (a parsed document) from a worker thread to the main thread in slices, so
 * that the main thread never spends long in one deserialisation: a 20 MB draft's parse is 62 MB serialised
 * and took the main thread 2 s to deserialise in one piece, during which no other request was answered.
 *
 * `packInSlices` (worker side) replaces every array longer than `maxItems` by a marker, and serialises the
 * skeleton and then the arrays' items, `maxItems` at a time (their own long arrays marked in turn).
 * `unpackSlices` (main side) deserialises one slice at a time, yielding between them, and puts the arrays
 * back. The value must be a tree of plain data (objects, arrays, primitives): identity shared between
 * two places would be split, and the packed value is changed in place (the worker drops it afterwards).
 */
import * as v8 from 'v8';
import { throwIfCancelled, type CancellationFlag, type YieldHook } from '../service/cancellation';

const MARK = '\u0000slicedArray';
type Marker = { [MARK]: number };
type Slice = { id: number; items: unknown[] };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v) && !(v instanceof Map) && !(v instanceof Set) && !(v instanceof Date);
}

/** Serialises `root` as a skeleton and slices of at most `maxItems` array items each. Changes `root` in place. */
export function packInSlices(root: unknown, maxItems = 1000): Uint8Array[] {
  const queue: Array<unknown[] | undefined> = [];
  const cut = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      if (v.length > maxItems) {
        queue.push(v);
        return { [MARK]: queue.length - 1 } satisfies Marker;
      }
      for (let i = 0; i < v.length; i++) v[i] = cut(v[i]);
      return v;
    }
    if (isPlainObject(v)) {
      for (const k of Object.keys(v)) v[k] = cut(v[k]);
    }
    return v;
  };
  const parts: Uint8Array[] = [v8.serialize(cut(root))];
  for (let id = 0; id < queue.length; id++) {
    const items = queue[id]!;
    queue[id] = undefined;
    for (let i = 0; i < items.length; i += maxItems) {
      const slice = items.slice(i, i + maxItems);
      for (let j = 0; j < slice.length; j++) slice[j] = cut(slice[j]);
      parts.push(v8.serialize({ id, items: slice } satisfies Slice));
    }
  }
  return parts;
}

export interface UnpackOptions {
  /** Called between slices once `budgetMs` has been spent since the last call. */
  yield?: YieldHook;
  budgetMs?: number;
  /** Checked between slices: unpacking stops with a CancelledError. */
  cancellation?: CancellationFlag;
}

/** Rebuilds the value packed by `packInSlices`, yielding between slices. */
export async function unpackSlices<T>(parts: readonly Uint8Array[], options: UnpackOptions = {}): Promise<T> {
  const arrays = new Map<number, unknown[]>();
  const restore = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = restore(v[i]);
      return v;
    }
    if (isPlainObject(v)) {
      if (MARK in v) {
        const a: unknown[] = [];
        arrays.set((v as Marker)[MARK], a);
        return a;
      }
      for (const k of Object.keys(v)) v[k] = restore(v[k]);
    }
    return v;
  };
  const budget = options.budgetMs ?? 15;
  let since = Date.now();
  const root = restore(v8.deserialize(parts[0]));
  for (let p = 1; p < parts.length; p++) {
    if (options.yield && Date.now() - since >= budget) {
      await options.yield();
      since = Date.now();
    }
    throwIfCancelled(options.cancellation, 'unpacking cancelled');
    const slice = v8.deserialize(parts[p]) as Slice;
    const target = arrays.get(slice.id);
    if (!target) throw new Error(`sliced transfer: slice for unknown array ${slice.id}`);
    for (const item of slice.items) target.push(restore(item));
  }
  return root as T;
}
