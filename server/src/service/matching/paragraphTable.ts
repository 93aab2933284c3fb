/**
 * The indexed corpus: every corpus paragraph under a paragraph id, with its document slot,
 * position, body hash and length; the exact-match table (body hash → ids); and the inverted
 * index of winnowed fingerprints (invertedIndex.ts). What `addDocument` puts here is what the
 * index persists (persistence.ts).
 */
import type { CorpusDocument, CorpusParagraph } from '../corpus/types';
import { Growable } from './buffers';
import { fnvCodes } from './hash';
import { InvertedIndex } from './invertedIndex';
import { normalizeCodes, scratchCodes } from './normalize';
import { MATCH_PARAMS } from './params';
import { SHINGLE_K, scratchShingles, scratchUnits, shingles, unitsFromCodes, winnowInto } from './shingles';
import type { IndexStats } from './types';
import { splitLeadingVerb } from '../language';

export interface DocSlot {
  doc: CorpusDocument;
  firstPid: number;
  count: number;
  alive: boolean;
}

export function clampStart(start: number, text: string): number {
  return Number.isFinite(start) ? Math.max(0, Math.min(Math.floor(start), text.length)) : 0;
}

export function bodyOf(p: CorpusParagraph): { verb?: string; bodyStart: number } {
  if (p.verb !== undefined || p.bodyStart > 0) return { verb: p.verb, bodyStart: p.bodyStart };
  return splitLeadingVerb(p.text);
}

/** The paragraphs of the corpus under their ids, their body hashes and the fingerprint postings. */
export class ParagraphTable {
  slots: DocSlot[] = [];
  byId = new Map<string, number>();
  pidSlot = new Growable();
  pidPara = new Growable();
  bodyHash = new Growable();
  bodyLen = new Growable();
  exact = new Map<number, number | number[]>();
  postings = new InvertedIndex();
  deadPids = 0;
  /** Incremented on every change of the corpus. */
  generation = 0;
  /** Incremented on every change of the paragraph ids (a change of the corpus, a compaction). */
  layout = 0;

  readonly isAlive = (pid: number): boolean => this.slots[this.pidSlot.data[pid]].alive;

  addDocument(doc: CorpusDocument): void {
    if (this.byId.has(doc.meta.id)) this.removeDocument(doc.meta.id);
    const slot = this.slots.length;
    const firstPid = this.pidSlot.length;
    this.slots.push({ doc, firstPid, count: doc.paragraphs.length, alive: true });
    this.byId.set(doc.meta.id, slot);
    for (let k = 0; k < doc.paragraphs.length; k++) {
      const p = doc.paragraphs[k];
      const pid = this.pidSlot.length;
      this.pidSlot.push(slot);
      this.pidPara.push(k);
      const b = bodyOf(p);
      // Indexing path: normalised code units in scratch buffers, no strings or maps built.
      const len = normalizeCodes(p.text, clampStart(b.bodyStart, p.text));
      const codes = scratchCodes();
      const h = fnvCodes(codes, len);
      this.bodyHash.push(h | 0);
      this.bodyLen.push(len);
      if (len < MATCH_PARAMS.MIN_BODY_CHARS) continue;
      this.addExact(h, pid);
      this.indexFingerprints(codes, len, pid);
    }
    this.changed();
  }

  removeDocument(docId: string): void {
    const slot = this.byId.get(docId);
    if (slot === undefined) return;
    const s = this.slots[slot];
    s.alive = false;
    s.doc = { meta: s.doc.meta, paragraphs: [] }; // release the text; its ids are dead from now on
    this.byId.delete(docId);
    this.deadPids += s.count;
    for (let pid = s.firstPid; pid < s.firstPid + s.count; pid++) {
      const h = this.bodyHash.data[pid] >>> 0;
      const e = this.exact.get(h);
      if (e === pid) this.exact.delete(h);
      else if (Array.isArray(e)) {
        const rest = e.filter((x) => x !== pid);
        if (rest.length === 0) this.exact.delete(h);
        else this.exact.set(h, rest.length === 1 ? rest[0] : rest);
      }
    }
    this.changed();
  }

  stats(): IndexStats {
    return {
      documents: this.byId.size,
      paragraphs: this.pidSlot.length - this.deadPids,
      postings: this.postings.size,
      indexBytes: this.postings.byteLength + (this.pidSlot.data.byteLength + this.pidPara.data.byteLength + this.bodyHash.data.byteLength + this.bodyLen.data.byteLength) + this.exact.size * 24,
    };
  }

  private changed(): void {
    this.generation++;
    this.layout++;
  }

  addExact(h: number, pid: number): void {
    const e = this.exact.get(h);
    if (e === undefined) this.exact.set(h, pid);
    else if (Array.isArray(e)) e.push(pid);
    else this.exact.set(h, [e, pid]);
  }

  private fpScratch: Uint32Array = new Uint32Array(1024);

  private indexFingerprints(codes: Uint16Array, len: number, pid: number): void {
    const u = unitsFromCodes(codes, len, scratchUnits(len));
    const s = shingles(u, SHINGLE_K, scratchShingles(u.count));
    const [arr, n] = winnowInto(s, this.fpScratch);
    this.fpScratch = arr;
    const fps = arr.subarray(0, n).sort();
    let last = -1;
    for (let x = 0; x < n; x++) {
      const h = fps[x];
      if (h !== last) this.postings.add(h, pid);
      last = h;
    }
  }

  /** Many removed paragraphs (files edited and re-indexed one by one): whether to drop them for good. */
  get sparse(): boolean {
    return this.deadPids > 4096 && this.deadPids * 4 > this.pidSlot.length;
  }

  /** Drops removed documents: renumbers paragraph ids and rewrites the postings. */
  compact(): void {
    this.postings.seal(this.isAlive);
    const remap = new Int32Array(this.pidSlot.length).fill(-1);
    const old = { slot: this.pidSlot, para: this.pidPara, hash: this.bodyHash, len: this.bodyLen };
    this.pidSlot = new Growable();
    this.pidPara = new Growable();
    this.bodyHash = new Growable();
    this.bodyLen = new Growable();
    const slots: DocSlot[] = [];
    this.byId.clear();
    for (const s of this.slots) {
      if (!s.alive) continue;
      const slot = slots.length;
      const firstPid = this.pidSlot.length;
      for (let k = 0; k < s.count; k++) {
        const o = s.firstPid + k;
        remap[o] = this.pidSlot.length;
        this.pidSlot.push(slot);
        this.pidPara.push(old.para.data[o]);
        this.bodyHash.push(old.hash.data[o]);
        this.bodyLen.push(old.len.data[o]);
      }
      slots.push({ doc: s.doc, firstPid, count: s.count, alive: true });
      this.byId.set(s.doc.meta.id, slot);
    }
    this.slots = slots;
    const d = this.postings.data(() => true);
    for (let x = 0; x < d.postings.length; x++) d.postings[x] = remap[d.postings[x]];
    this.exact.clear();
    for (let pid = 0; pid < this.pidSlot.length; pid++) {
      if (this.bodyLen.data[pid] >= MATCH_PARAMS.MIN_BODY_CHARS) this.addExact(this.bodyHash.data[pid] >>> 0, pid);
    }
    this.deadPids = 0;
    this.layout++;
  }

  paragraphOf(pid: number): CorpusParagraph {
    return this.slots[this.pidSlot.data[pid]].doc.paragraphs[this.pidPara.data[pid]];
  }

  /** Key of a corpus paragraph's normalised body (the same agreed text recurs across years). */
  bodyKey(pid: number): number {
    return this.bodyHash.data[pid] * 4096 + (this.bodyLen.data[pid] & 4095);
  }
}
