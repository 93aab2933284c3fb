/** Typed-array helpers of the index: a growable Int32Array, and base64 for the persisted arrays. */

/** An Int32Array that grows by doubling (the index's per-paragraph columns). */
export class Growable {
  data: Int32Array;
  length = 0;
  constructor(cap = 1024) {
    this.data = new Int32Array(cap);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** A Growable holding a copy of `values` (capacity at least 1024, as a new one has). */
export function growableOf(values: Int32Array): Growable {
  const g = new Growable(Math.max(1024, values.length));
  g.data.set(values);
  g.length = values.length;
  return g;
}

export function b64(a: Int32Array | Uint32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}
export function fromB64<T extends Int32Array | Uint32Array>(s: string, ctor: new (b: ArrayBuffer, offset?: number, length?: number) => T): T {
  const buf = Buffer.from(s, 'base64');
  // A large decoded buffer has its own aligned memory: view it rather than copy it.
  if (buf.byteOffset % 4 === 0 && buf.length % 4 === 0 && buf.buffer.byteLength === buf.length) return new ctor(buf.buffer as ArrayBuffer, 0, buf.length / 4);
  const ab = new ArrayBuffer(buf.length);
  new Uint8Array(ab).set(buf);
  return new ctor(ab);
}
