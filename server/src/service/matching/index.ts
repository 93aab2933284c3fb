/**
 * The agreed-language engine.
 *
 * Indexing (`addDocument`): each corpus paragraph's body (the text after its leading verb) is
 * normalised (normalize.ts), cut into units and shingles (shingles.ts), and the winnowed
 * fingerprints go into an inverted index (invertedIndex.ts) of paragraph ids. A hash of the whole
 * normalised body goes into an exact-match table.
 *
 * Analysis of one draft paragraph (`analyzeParagraph`):
 * 1. body = text after the leading verb (Paragraph.verb, else a lexicon, see verbs.ts);
 * 2. exact: corpus paragraphs whose normalised body is the same (hash + length table, string
 *    check of the first few); when they fill `MAX_SOURCES` nothing else is looked up;
 * 3. candidates: the draft body's fingerprints are looked up, rarest first, until
 *    `POSTINGS_BUDGET` postings have been read (very common shingles are skipped unless nothing
 *    rarer is left); each hit scores the fingerprint's rarity (log2 N/df, at least 1) and the
 *    best `MAX_CANDIDATES` paragraphs are verified — the draft is never compared with every
 *    corpus paragraph;
 * 4. verification: similarity = 1 − Levenshtein / longer length of the normalised bodies
 *    (levenshtein.ts; skipped when the lengths alone rule it out; each distinct corpus body
 *    once); ≥ settings.thresholds.near → near (exact when equal);
 * 5. containment (containment.ts): the best `MAX_PARTIAL_CANDIDATES` candidates are aligned
 *    (align.ts); a draft that holds, in order, at least `CONTAIN_MIN_COVERAGE` (0.85, or the
 *    near threshold if higher) of a corpus paragraph's body characters, where that agreed text
 *    is at least `CONTAIN_MIN_SHARE` (1/3) of the draft and no other paragraph's reuse lies
 *    outside it (a merge of two paragraphs stays partial), is `near`, however much longer the
 *    draft is: "agreed paragraph X with words added here"; its changes follow the aligned spans
 *    (each gap between spans is one added/dropped/changed phrase, in order);
 * 6. otherwise partial reuse: seed-and-extend alignment (align.ts) with the best
 *    `MAX_PARTIAL_CANDIDATES` candidates; aligned spans of at least
 *    settings.thresholds.partialMinChars normalised characters whose own similarity is at least
 *    settings.thresholds.near are reported, mapped back to the draft paragraph's text and from
 *    there (Paragraph.pieces) to the source; every candidate holding the same span is listed;
 * 7. changes: word-level diff of the bodies (diff.ts), along the aligned spans when the draft is
 *    `INSERTION_MIN_CHARS` or more longer than the source; a different leading verb is reported
 *    on its own as a `verb` change, and does not make an exact body a deviation. Messages list
 *    at most three changes in order (“and N more changes”), long quotes abbreviated.
 * Sources are ranked: closest first, then adopted resolutions before drafts and reports, then
 * the most recent, then by symbol, paragraph position and document id — a total order on content
 * and metadata, so the answer does not depend on the order the corpus was loaded in or on the
 * cache; all of them are kept (up to `MAX_SOURCES`). Candidates with equal scores are taken in
 * that order too.
 *
 * Results of `analyzeParagraph` are memoised by the paragraph's text, verb and body start
 * (bounded LRU, cleared when the corpus changes), so re-analysing a document in which one
 * paragraph changed costs one paragraph.
 */
import type { Paragraph, ResolutionDocument, ServiceDiagnostic, Span } from '../model';
import { DEFAULT_THRESHOLDS, DIAGNOSTIC_SOURCE, severityFor, type MatchThresholds, type ServiceSettings } from '../options';
import type { CorpusDocument, CorpusParagraph } from '../corpus/types';
import { format, type Locale } from '../i18n';
import { LineIndex } from '../text/lineIndex';
import { alignSpans, prepare, type AlignedSpan, type Prepared } from './align';
import { containment, forwardChain } from './containment';
import { labelledParagraphs } from './corpusParagraphs';
import { diffChanges } from './diff';
import { containedChanges } from './guidedDiff';
import { INDEX_VERSION } from '../cacheVersions';
import { InvertedIndex } from './invertedIndex';
import { similarity, similarityBound } from './levenshtein';
import { Lru } from './lru';
import { matchingMessages as M } from './messages';
import { mapRange, normalize, normalizeCodes, scratchCodes, type Normalized } from './normalize';
import { SHINGLE_K, scratchShingles, scratchUnits, shingles, units, unitsFromCodes, winnow, winnowInto } from './shingles';
import { paragraphVerb, splitLeadingVerb } from '../language';
import { textToSource } from '../text/pieces';

export { labelledParagraphs } from './corpusParagraphs';
export { normalize } from './normalize';

/** One source for a draft span: a corpus paragraph that says the same or nearly the same. */
export interface AgreedSource {
  symbol: string; // or citation for documents without a symbol
  paragraph: string; // citable label, "OP 7"
  date?: string;
  similarity: number; // 0–1
  text: string; // the corpus paragraph's text
  changes: Change[];
  docId: string;
  paragraphIndex: number;
  /** The corpus paragraph's label written out ("执行部分第 7 段" / "OP 7"). */
  paragraphText?: { zh: string; en: string };
  /** Citation of the document in both languages (symbol, or file name for drafts). */
  citation?: { zh: string; en: string };
  /** For partial reuse: the reused range in the corpus paragraph's text. */
  sourceRange?: Span;
  /**
   * For a near match by containment (the corpus paragraph held, in order, in a longer draft):
   * the share of the corpus paragraph's body found in the draft (0–1).
   */
  coverage?: number;
}

export interface Change {
  kind: 'added' | 'removed' | 'changed' | 'verb';
  /** Text in the corpus (removed/changed/verb). */
  from?: string;
  /** Text in the draft (added/changed/verb). */
  to?: string;
}

export type AgreementStatus = 'exact' | 'near' | 'partial' | 'new';

export interface ParagraphAgreement {
  /** Label of the draft paragraph ("PP 3", "OP 7"). */
  label: string;
  status: AgreementStatus;
  /**
   * Source span in the draft the finding applies to (the paragraph body for exact/near; the
   * reused spans for partial, `spans[i]` taken from `sources[i]`).
   */
  spans: Span[];
  sources: AgreedSource[];
  /** How many corpus paragraphs match in all (exact/near); `sources` holds the best of them. */
  totalSources?: number;
  /** For partial: every source of each span, best first (`spans[i]` ↔ `spanSources[i]`). */
  spanSources?: AgreedSource[][];
}

/** Result of analysing one paragraph, with offsets into the paragraph's clean text. */
export interface LocalAgreement {
  status: AgreementStatus;
  /** Number of corpus paragraphs found for exact/near (sources holds the best MAX_SOURCES). */
  total?: number;
  /** For partial: all sources of each range (ranges[i] ↔ spanSources[i], best first; sources[i] = spanSources[i][0]). */
  spanSources?: AgreedSource[][];
  /** Text ranges (clean text offsets): the body for exact/near, the reused spans for partial. */
  ranges: Span[];
  sources: AgreedSource[];
}

/** A paragraph to analyse: its clean text, leading verb and where the body starts. */
export interface ParagraphInput {
  text: string;
  verb?: string;
  bodyStart: number;
}

export interface IndexStats {
  documents: number;
  paragraphs: number;
  postings: number;
  /** Bytes of the typed arrays held by the index (postings and per-paragraph tables). */
  indexBytes: number;
}

/** Parameters of the engine (documented in the module comment). */
export const MATCH_PARAMS = {
  /** Candidates (by fingerprint score) verified with Levenshtein. */
  MAX_CANDIDATES: 24,
  /** Best candidates aligned for partial reuse when nothing is exact or near. */
  MAX_PARTIAL_CANDIDATES: 8,
  /** Reused spans reported per paragraph (the longest). */
  MAX_PARTIAL_SPANS: 16,
  /** Sources listed per partially reused span. */
  MAX_PARTIAL_SOURCES: 5,
  /** Postings read per paragraph, rarest fingerprints first (bounds the cost on a large corpus). */
  POSTINGS_BUDGET: 24_000,
  /** Sources kept for an exact/near paragraph (`totalSources` says how many were found). */
  MAX_SOURCES: 10,
  /** Bodies shorter than this (normalised chars) are not matched (too little to be agreed language). */
  MIN_BODY_CHARS: 8,
  /** Bodies longer than this are not compared whole (Levenshtein is O(n·m/32)); partial reuse still applies. */
  MAX_COMPARE_CHARS: 20_000,
  /**
   * Containment (containment.ts): a draft holding at least this share of a corpus paragraph's
   * body, in order (characters in identical runs plus short common words in small gaps), is a
   * near match (a deviation with the added words listed), however much longer the draft is.
   * 0.85 on 80/118 vs 76/189: the paragraphs that are a 76/189 paragraph with clauses added
   * reach 0.86–1.0 (PP 38 0.86, OP 7 0.93, OP 28 0.99); reuse of one clause stays far below
   * (PP 15 0.37, PP 16 0.47, OP 19 0.37); borderline below: OP 16 and OP 27 (~0.84, one
   * phrase of the source replaced). Synthetic insertions of 20–80 characters: 1.0. The near
   * threshold applies when it is higher (a strict setting stays strict).
   */
  CONTAIN_MIN_COVERAGE: 0.85,
  /**
   * …and the contained text is at least this share of the draft body (added text at most twice
   * the agreed text): below it a short agreed paragraph inside a long new one is partial reuse.
   */
  CONTAIN_MIN_SHARE: 1 / 3,
  /**
   * A near draft at least this many (normalised) characters longer than its source has its
   * changes listed along the aligned spans, as for containment.
   */
  INSERTION_MIN_CHARS: 12,
  /** Memoised paragraph analyses (LRU). */
  MEMO_SIZE: 4096,
  /** Normalised corpus bodies kept for verification (LRU). */
  CORPUS_NORM_CACHE: 2048,
} as const;

class Growable {
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

function fnvCodes(c: Uint16Array, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ c[i], 0x01000193);
  return h >>> 0;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const STATUS_RANK: Record<string, number> = { adopted: 0, draft: 1, report: 2, unknown: 3 };

interface DocSlot {
  doc: CorpusDocument;
  firstPid: number;
  count: number;
  alive: boolean;
}

interface CorpusBody {
  norm: Normalized;
  text: string;
  prepared?: Prepared;
}

/** Thresholds from the settings, missing or invalid values replaced by the defaults. */
function thresholdsOf(settings: ServiceSettings): MatchThresholds {
  const t = settings.thresholds ?? DEFAULT_THRESHOLDS;
  const near = typeof t.near === 'number' && t.near > 0 && t.near <= 1 ? t.near : DEFAULT_THRESHOLDS.near;
  const min = typeof t.partialMinChars === 'number' && t.partialMinChars >= 1 ? t.partialMinChars : DEFAULT_THRESHOLDS.partialMinChars;
  return { near, partialMinChars: min };
}

function clampStart(start: number, text: string): number {
  return Number.isFinite(start) ? Math.max(0, Math.min(Math.floor(start), text.length)) : 0;
}

function bodyOf(p: CorpusParagraph): { verb?: string; bodyStart: number } {
  if (p.verb !== undefined || p.bodyStart > 0) return { verb: p.verb, bodyStart: p.bodyStart };
  return splitLeadingVerb(p.text);
}

function b64(a: Int32Array | Uint32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}
function fromB64<T extends Int32Array | Uint32Array>(s: string, ctor: new (b: ArrayBuffer, offset?: number, length?: number) => T): T {
  const buf = Buffer.from(s, 'base64');
  // A large decoded buffer has its own aligned memory: view it rather than copy it.
  if (buf.byteOffset % 4 === 0 && buf.length % 4 === 0 && buf.buffer.byteLength === buf.length) return new ctor(buf.buffer as ArrayBuffer, 0, buf.length / 4);
  const ab = new ArrayBuffer(buf.length);
  new Uint8Array(ab).set(buf);
  return new ctor(ab);
}

/**
 * Paragraphs of a document without building them: a document restored from the corpus cache
 * unpacks its paragraphs on first use and says beforehand how many it has (`paragraphCount`,
 * not enumerable); any other document is counted.
 */
function paragraphCount(doc: CorpusDocument): number {
  const n = (doc as { paragraphCount?: unknown }).paragraphCount;
  return typeof n === 'number' ? n : doc.paragraphs.length;
}

/** A Growable holding a copy of `values` (capacity at least 1024, as a new one has). */
function growableOf(values: Int32Array): Growable {
  const g = new Growable(Math.max(1024, values.length));
  g.data.set(values);
  g.length = values.length;
  return g;
}

/** Serialised form of the index (see `toJSON`). */
export interface AgreedLanguageIndexJSON {
  version: number;
  /** `AgreedLanguageIndex.version` of the code that wrote it (normalisation and shingling must match). */
  engine?: string;
  /** The indexed documents, or [] when saved with `{ documents: false }`. */
  documents: CorpusDocument[];
  /** Ids of the indexed documents in index order. */
  documentIds?: string[];
  keys: string;
  starts: string;
  postings: string;
  bodyHash: string;
  bodyLen: string;
  /**
   * Paragraphs per document, in index order (base64 Int32Array): lets `fromJSON` lay out the
   * index without touching the documents' paragraphs (the corpus cache restores those lazily).
   */
  counts?: string;
}

const JSON_VERSION = 1;

/** The agreed-language index over a corpus. */
export class AgreedLanguageIndex {
  /** Version of the engine and its serialised form (part of the corpus cache fingerprint): bump when normalisation, shingling or the layout change. */
  static readonly version = `${JSON_VERSION}.${INDEX_VERSION}`;
  private slots: DocSlot[] = [];
  private byId = new Map<string, number>();
  private pidSlot = new Growable();
  private pidPara = new Growable();
  private bodyHash = new Growable();
  private bodyLen = new Growable();
  private exact = new Map<number, number | number[]>();
  private postings = new InvertedIndex();
  private deadPids = 0;
  private memo = new Lru<string, LocalAgreement>(MATCH_PARAMS.MEMO_SIZE);
  private corpusNorm = new Lru<number, CorpusBody>(MATCH_PARAMS.CORPUS_NORM_CACHE);
  private scores = new Uint16Array(0);
  /** Incremented on every change of the corpus. */
  generation = 0;
  /** Counts paragraph analyses that missed the memo (for tests and the benchmark). */
  computed = 0;

  private readonly isAlive = (pid: number): boolean => this.slots[this.pidSlot.data[pid]].alive;

  // ---------------------------------------------------------------- corpus

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

  has(docId: string): boolean {
    return this.byId.has(docId);
  }

  get documentCount(): number {
    return this.byId.size;
  }

  stats(): IndexStats {
    return {
      documents: this.byId.size,
      paragraphs: this.pidSlot.length - this.deadPids,
      postings: this.postings.size,
      indexBytes: this.postings.byteLength + (this.pidSlot.data.byteLength + this.pidPara.data.byteLength + this.bodyHash.data.byteLength + this.bodyLen.data.byteLength) + this.exact.size * 24,
    };
  }

  /** Seals pending postings (optional: lookups do it when needed). Call after a bulk load. */
  seal(): void {
    this.postings.seal(this.isAlive);
  }

  private changed(): void {
    this.generation++;
    this.memo.clear();
    this.corpusNorm.clear();
  }

  private addExact(h: number, pid: number): void {
    const e = this.exact.get(h);
    if (e === undefined) this.exact.set(h, pid);
    else if (Array.isArray(e)) e.push(pid);
    else this.exact.set(h, [e, pid]);
  }

  private fingerprints(normText: string): number[] {
    const u = units(normText);
    const s = shingles(u);
    const out: number[] = [];
    winnow(s, (h) => {
      out.push(h);
    });
    return out;
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

  // ---------------------------------------------------------------- persistence

  /**
   * Serialisable snapshot: the documents (as given to addDocument) and the sealed postings as
   * base64 typed arrays. Removed documents are compacted away (paragraph ids renumbered).
   * `{ documents: false }` leaves the documents out (when the caller persists them anyway);
   * then give them back to `fromJSON(json, documents)`. The documents' paragraphs must be the
   * same as when indexed (the corpus cache checks content hashes).
   */
  toJSON(options?: { documents?: boolean } | string): AgreedLanguageIndexJSON {
    // (JSON.stringify calls toJSON with a key string: that means the default.)
    const withDocuments = typeof options === 'object' && options !== null ? options.documents !== false : true;
    if (this.deadPids > 0) this.compact();
    const d = this.postings.data(this.isAlive);
    return {
      version: JSON_VERSION,
      engine: AgreedLanguageIndex.version,
      documents: withDocuments ? this.slots.map((s) => s.doc) : [],
      documentIds: this.slots.map((s) => s.doc.meta.id),
      keys: b64(d.keys),
      starts: b64(d.starts),
      postings: b64(d.postings),
      bodyHash: b64(this.bodyHash.view()),
      bodyLen: b64(this.bodyLen.view()),
      counts: b64(Int32Array.from(this.slots, (s) => s.count)),
    };
  }

  /**
   * Restores an index from `toJSON()` output. Throws on a version mismatch or inconsistent data:
   * the data may come from a file, so every array is checked (lengths, counts against the
   * documents, postings in bounds and in order) before the index uses it.
   */
  static fromJSON(json: AgreedLanguageIndexJSON, documents?: CorpusDocument[]): AgreedLanguageIndex {
    if (!json || json.version !== JSON_VERSION || (json.engine !== undefined && json.engine !== AgreedLanguageIndex.version)) {
      throw new Error('agreed-language index: unsupported cache version');
    }
    const bad = (what: string) => new Error(`agreed-language index: inconsistent cache (${what})`);
    for (const k of ['keys', 'starts', 'postings', 'bodyHash', 'bodyLen'] as const) if (typeof json[k] !== 'string') throw bad(k);
    const ix = new AgreedLanguageIndex();
    const bodyHash = fromB64(json.bodyHash, Int32Array);
    const bodyLen = fromB64(json.bodyLen, Int32Array);
    let docs = json.documents;
    if ((!docs || docs.length === 0) && json.documentIds && json.documentIds.length > 0) {
      // Saved without documents: take them from the caller, in the saved order.
      const byId = new Map((documents ?? []).map((d) => [d.meta.id, d]));
      docs = json.documentIds.map((id) => {
        const d = byId.get(id);
        if (!d) throw new Error(`agreed-language index: document ${id} not given`);
        return d;
      });
    }
    if (!Array.isArray(docs)) throw bad('documents');
    // Columns filled in place (not pushed one by one): this runs on every start-up.
    const total = bodyHash.length;
    const pidSlot = new Int32Array(total);
    const pidPara = new Int32Array(total);
    const counts = typeof json.counts === 'string' ? fromB64(json.counts, Int32Array) : undefined;
    if (counts && counts.length !== docs.length) throw bad('counts');
    let pid = 0;
    for (const doc of docs) {
      if (!doc || typeof doc.meta?.id !== 'string' || ix.byId.has(doc.meta.id)) throw bad('documents');
      const slot = ix.slots.length;
      const count = counts ? counts[slot] : doc.paragraphs.length;
      // Every paragraph id must name a paragraph of its document.
      if (!(count >= 0) || count !== paragraphCount(doc) || pid + count > total) throw bad('counts');
      ix.slots.push({ doc, firstPid: pid, count, alive: true });
      ix.byId.set(doc.meta.id, slot);
      pidSlot.fill(slot, pid, pid + count);
      for (let k = 0; k < count; k++) pidPara[pid + k] = k;
      pid += count;
    }
    if (bodyHash.length !== pid || bodyLen.length !== pid) throw bad('body tables');
    for (let x = 0; x < pid; x++) if (bodyLen[x] < 0) throw bad('body lengths');
    ix.pidSlot = growableOf(pidSlot);
    ix.pidPara = growableOf(pidPara);
    ix.bodyHash = growableOf(bodyHash);
    ix.bodyLen = growableOf(bodyLen);
    const min = MATCH_PARAMS.MIN_BODY_CHARS;
    for (let x = 0; x < pid; x++) {
      if (bodyLen[x] >= min) ix.addExact(bodyHash[x] >>> 0, x);
    }
    ix.postings = InvertedIndex.fromData(
      {
        keys: fromB64(json.keys, Uint32Array),
        starts: fromB64(json.starts, Uint32Array),
        postings: fromB64(json.postings, Int32Array),
      },
      pid,
    );
    ix.generation = 1;
    return ix;
  }

  /** Drops removed documents: renumbers paragraph ids and rewrites the postings. */
  private compact(): void {
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
    this.docOrderGeneration = -1;
    // Results do not change (memo kept); caches keyed by paragraph id do.
    this.corpusNorm.clear();
  }

  // ---------------------------------------------------------------- analysis

  /** Agreement of every paragraph of every resolution (PP, OP, sub-paragraphs) and every report paragraph. */
  analyze(doc: ResolutionDocument, settings: ServiceSettings): ParagraphAgreement[] {
    const out: ParagraphAgreement[] = [];
    for (const lp of labelledParagraphs(doc)) {
      const p = lp.paragraph;
      const v = paragraphVerb(p);
      const local = this.analyzeParagraph({ text: p.text, verb: v.verb, bodyStart: v.bodyStart }, settings);
      out.push({
        label: lp.label,
        status: local.status,
        spans: local.ranges.map((r) => paragraphSpan(p, r)),
        sources: local.sources,
        totalSources: local.total ?? local.sources.length,
        ...(local.spanSources ? { spanSources: local.spanSources } : {}),
      });
    }
    return out;
  }

  /** Agreement of one paragraph; ranges are offsets into `paragraph.text`. Memoised. */
  analyzeParagraph(paragraph: ParagraphInput | Paragraph, settings: ServiceSettings): LocalAgreement {
    const input: ParagraphInput = 'pieces' in paragraph ? { text: paragraph.text, ...paragraphVerb(paragraph) } : paragraph;
    const t = thresholdsOf(settings);
    const key = `${t.near}\u0001${t.partialMinChars}\u0001${input.verb ?? ''}\u0001${input.bodyStart}\u0001${input.text}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    this.computed++;
    const result = this.compute(input, settings);
    this.memo.set(key, result);
    return result;
  }

  private corpusBody(pid: number): CorpusBody {
    let c = this.corpusNorm.get(pid);
    if (!c) {
      const p = this.paragraphOf(pid);
      const b = bodyOf(p);
      c = { norm: normalize(p.text, clampStart(b.bodyStart, p.text)), text: p.text };
      this.corpusNorm.set(pid, c);
    }
    return c;
  }

  private paragraphOf(pid: number): CorpusParagraph {
    return this.slots[this.pidSlot.data[pid]].doc.paragraphs[this.pidPara.data[pid]];
  }

  /** Candidate paragraph ids by shingle hits, best first (ids in `exclude` left out). */
  private candidates(normText: string, limit: number, exclude: Set<number>): number[] {
    const fps = this.fingerprints(normText);
    if (fps.length === 0) return [];
    this.postings.prepare(this.isAlive);
    const n = this.pidSlot.length;
    if (this.scores.length < n) this.scores = new Uint16Array(Math.max(n, this.scores.length * 2));
    const scores = this.scores;
    const counted: Array<{ h: number; c: number; s: number; e: number; p: number[] | undefined }> = [];
    let last = -1;
    fps.sort((a, b) => a - b);
    for (const h of fps) {
      if (h === last) continue;
      last = h;
      const [s, e] = this.postings.sealedRange(h);
      const p = this.postings.pending(h);
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
    const total = Math.max(2, this.pidSlot.length - this.deadPids);
    const sealed = this.postings.sealedPostings;
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
      if (exclude.has(pid) || !this.isAlive(pid)) continue;
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

  private source(pid: number, sim: number, changes: Change[]): AgreedSource {
    const slot = this.slots[this.pidSlot.data[pid]];
    const p = slot.doc.paragraphs[this.pidPara.data[pid]];
    const meta = slot.doc.meta;
    return {
      symbol: meta.symbol ?? meta.citation.en,
      paragraph: p.label,
      date: meta.date,
      similarity: sim >= 1 ? 1 : Math.min(0.999, Math.round(sim * 1000) / 1000),
      text: p.text,
      changes,
      docId: meta.id,
      paragraphIndex: p.index,
      paragraphText: p.labelText,
      citation: meta.symbol ? { zh: meta.symbol, en: meta.symbol } : meta.citation,
    };
  }

  /**
   * Order of sources that tie on similarity: adopted resolutions before drafts and reports, the
   * most recent first, then by symbol (or citation), paragraph position and document id. A
   * total order on content and metadata, never on paragraph ids: the same corpus gives the
   * same answer whether it was built in one order, in another, or restored from the cache and
   * patched.
   */
  private rank(pidA: number, pidB: number): number {
    if (pidA === pidB) return 0;
    const order = this.documentOrder();
    const sa = this.pidSlot.data[pidA];
    const sb = this.pidSlot.data[pidB];
    return order[sa] - order[sb] || this.pidPara.data[pidA] - this.pidPara.data[pidB];
  }

  private docOrder = new Int32Array(0);
  private docOrderGeneration = -1;

  /** Each document slot's position in the order of `rank` (recomputed when the corpus changes). */
  private documentOrder(): Int32Array {
    if (this.docOrderGeneration === this.generation && this.docOrder.length === this.slots.length) return this.docOrder;
    const slots = this.slots.map((_, i) => i);
    const key = (i: number) => {
      const m = this.slots[i].doc.meta;
      return { status: STATUS_RANK[m.status] ?? 3, date: m.date ?? '', cite: m.symbol ?? m.citation?.en ?? '', id: m.id };
    };
    const keys = slots.map(key);
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    slots.sort((i, j) => {
      const a = keys[i];
      const b = keys[j];
      return a.status - b.status || cmp(b.date, a.date) || cmp(a.cite, b.cite) || cmp(a.id, b.id) || i - j;
    });
    const order = new Int32Array(this.slots.length);
    slots.forEach((slot, at) => (order[slot] = at));
    this.docOrder = order;
    this.docOrderGeneration = this.generation;
    return order;
  }

  /** Key of a corpus paragraph's normalised body (the same agreed text recurs across years). */
  private bodyKey(pid: number): number {
    return this.bodyHash.data[pid] * 4096 + (this.bodyLen.data[pid] & 4095);
  }

  /** Sources of an exact/near paragraph (in the order given), with their changes. */
  private nearSources(list: Array<{ pid: number; sim: number; coverage?: number; chain?: AlignedSpan[] }>, draft: Normalized, input: ParagraphInput): AgreedSource[] {
    const changesByBody = new Map<number, Change[]>();
    return list.map(({ pid, sim, coverage, chain }) => {
      const cp = this.paragraphOf(pid);
      let changes: Change[] = [];
      if (sim < 1) {
        const bodyKey = this.bodyKey(pid);
        const known = changesByBody.get(bodyKey);
        if (known) changes = known.slice();
        else {
          const c = this.corpusBody(pid);
          changes = chain ? containedChanges(c, chain, draft, input.text) : diffChanges(c.norm, c.text, draft, input.text);
          changesByBody.set(bodyKey, changes.slice());
        }
      }
      const cv = bodyOf(cp).verb;
      if (input.verb && cv && input.verb !== cv) changes.unshift({ kind: 'verb', from: cv, to: input.verb });
      const src = this.source(pid, sim, changes);
      if (coverage !== undefined) src.coverage = Math.round(coverage * 1000) / 1000;
      return src;
    });
  }

  private compute(input: ParagraphInput, settings: ServiceSettings): LocalAgreement {
    // Many removed paragraphs (files edited and re-indexed one by one): drop them for good
    // before any paragraph id is looked at.
    if (this.deadPids > 4096 && this.deadPids * 4 > this.pidSlot.length) this.compact();
    const bodyStart = clampStart(input.bodyStart, input.text);
    const draft = normalize(input.text, bodyStart);
    const none: LocalAgreement = { status: 'new', ranges: [], sources: [] };
    if (draft.text.length < MATCH_PARAMS.MIN_BODY_CHARS || this.byId.size === 0) return none;
    const near = thresholdsOf(settings).near;
    const bodyRange: Span = { start: draft.map[0], end: draft.map[draft.text.length] };

    // Exact matches: same body hash and length (the first few are checked character by
    // character; a 32-bit hash plus length collision among the rest is not a practical concern).
    const verified: Array<{ pid: number; sim: number }> = [];
    const seen = new Set<number>();
    const e = this.exact.get(fnv(draft.text));
    let checked = 0;
    for (const pid of e === undefined ? [] : Array.isArray(e) ? e : [e]) {
      if (!this.isAlive(pid) || this.bodyLen.data[pid] !== draft.text.length) continue;
      if (checked < 3) {
        checked++;
        if (this.corpusBody(pid).norm.text !== draft.text) continue;
      }
      seen.add(pid);
      verified.push({ pid, sim: 1 });
    }
    // Near matches among the candidates (not needed when exact sources already fill the list).
    const enoughExact = verified.length >= MATCH_PARAMS.MAX_SOURCES;
    const cands = enoughExact ? [] : this.candidates(draft.text, MATCH_PARAMS.MAX_CANDIDATES, seen);
    if (!enoughExact) {
      // The same agreed paragraph recurs verbatim across years: bodies with the same hash and
      // length are compared once.
      const simByBody = new Map<number, number>();
      for (const pid of cands) {
        if (similarityBound(draft.text.length, this.bodyLen.data[pid]) < near) continue;
        if (draft.text.length > MATCH_PARAMS.MAX_COMPARE_CHARS || this.bodyLen.data[pid] > MATCH_PARAMS.MAX_COMPARE_CHARS) continue;
        const bodyKey = this.bodyKey(pid);
        let sim = simByBody.get(bodyKey);
        if (sim === undefined) {
          sim = similarity(draft.text, this.corpusBody(pid).norm.text);
          simByBody.set(bodyKey, sim);
        }
        if (sim >= near) verified.push({ pid, sim });
      }
    }
    if (verified.length > 0) {
      verified.sort((a, b) => b.sim - a.sim || this.rank(a.pid, b.pid));
      // A draft clearly longer than its source has words inserted: its changes are guided by
      // the aligned spans too (a whole-body diff can cut an inserted clause at a shared word).
      let dp: Prepared | undefined;
      const list = verified.slice(0, MATCH_PARAMS.MAX_SOURCES).map((v) => {
        if (v.sim === 1 || draft.text.length < this.bodyLen.data[v.pid] + MATCH_PARAMS.INSERTION_MIN_CHARS) return v;
        const c = this.corpusBody(v.pid);
        c.prepared ??= prepare(units(c.norm.text));
        dp ??= prepare(units(draft.text));
        const chain = forwardChain(alignSpans(dp, c.prepared));
        return chain.length > 0 ? { ...v, chain } : v;
      });
      const sources = this.nearSources(list, draft, input);
      return { status: verified[0].sim === 1 ? 'exact' : 'near', ranges: [bodyRange], sources, total: verified.length };
    }

    // Partial reuse: seed-and-extend with the best candidates.
    const minChars = thresholdsOf(settings).partialMinChars;
    const dp = prepare(units(draft.text));
    const found: Array<{ aStart: number; aEnd: number; pid: number; bStart: number; bEnd: number; sim: number }> = [];
    const contained: Array<{ pid: number; coverage: number; share: number; chain: AlignedSpan[] }> = [];
    for (const pid of cands.slice(0, MATCH_PARAMS.MAX_PARTIAL_CANDIDATES)) {
      const c = this.corpusBody(pid);
      c.prepared ??= prepare(units(c.norm.text));
      const spans = alignSpans(dp, c.prepared);
      // Containment: (nearly) all of the corpus paragraph, in order, with words added.
      const ct = containment(draft.text, c.norm.text, spans);
      const coverage = ct.corpusCovered / Math.max(1, c.norm.text.length);
      const share = ct.draftCovered / Math.max(1, draft.text.length);
      if (coverage >= Math.max(MATCH_PARAMS.CONTAIN_MIN_COVERAGE, near) && share >= MATCH_PARAMS.CONTAIN_MIN_SHARE && ct.corpusCovered >= minChars) {
        contained.push({ pid, coverage, share, chain: ct.chain });
      }
      for (const s of spans) {
        if (s.aEnd - s.aStart < minChars) continue;
        const sim = similarity(draft.text.slice(s.aStart, s.aEnd), c.norm.text.slice(s.bStart, s.bEnd));
        if (sim < near) continue;
        found.push({ ...s, pid, sim });
      }
    }
    if (contained.length > 0) {
      contained.sort((x, y) => y.coverage - x.coverage || y.share - x.share || this.rank(x.pid, y.pid));
      const top = contained[0];
      // A draft that also reuses another paragraph outside the contained one (two agreed
      // paragraphs merged) is reported as partial reuse of each, not as a deviation from one.
      const topKey = this.bodyKey(top.pid);
      const inChain = (f: { aStart: number; aEnd: number }) => top.chain.some((s) => f.aStart < s.aEnd && s.aStart < f.aEnd);
      const merged = found.some((f) => this.bodyKey(f.pid) !== topKey && !inChain(f));
      if (!merged) {
        const list = contained.map(({ pid, coverage, chain }) => {
          const len = this.bodyLen.data[pid];
          const sim = draft.text.length > MATCH_PARAMS.MAX_COMPARE_CHARS || len > MATCH_PARAMS.MAX_COMPARE_CHARS ? similarityBound(draft.text.length, len) : similarity(draft.text, this.corpusBody(pid).norm.text);
          return { pid, sim: Math.min(sim, 0.999), coverage, chain };
        });
        const sources = this.nearSources(list.slice(0, MATCH_PARAMS.MAX_SOURCES), draft, input);
        return { status: 'near', ranges: [bodyRange], sources, total: list.length };
      }
    }
    if (found.length === 0) return none;
    found.sort((a, b) => b.aEnd - b.aStart - (a.aEnd - a.aStart) || b.sim - a.sim || this.rank(a.pid, b.pid));
    const chosen: typeof found = [];
    for (const f of found) {
      if (chosen.length >= MATCH_PARAMS.MAX_PARTIAL_SPANS) break;
      if (chosen.some((c) => f.aStart < c.aEnd && c.aStart < f.aEnd)) continue;
      chosen.push(f);
    }
    chosen.sort((a, b) => a.aStart - b.aStart);
    const ranges: Span[] = [];
    const sources: AgreedSource[] = [];
    const spanSources: AgreedSource[][] = [];
    const toSource = (f: (typeof found)[number], a: Span): AgreedSource => {
      const c = this.corpusBody(f.pid);
      const b = mapRange(c.norm, f.bStart, f.bEnd, c.text);
      const subDraft = normalize(input.text, a.start, a.end);
      const subCorpus = normalize(c.text, b.start, b.end);
      const src = this.source(f.pid, f.sim, diffChanges(subCorpus, c.text, subDraft, input.text));
      src.sourceRange = b;
      return src;
    };
    for (const f of chosen) {
      const a = mapRange(draft, f.aStart, f.aEnd, input.text);
      ranges.push(a);
      const best = toSource(f, a);
      sources.push(best);
      // Other corpus paragraphs that hold (most of) the same span: listed too, best first.
      const len = f.aEnd - f.aStart;
      const others = found
        .filter((g) => g.pid !== f.pid && Math.min(g.aEnd, f.aEnd) - Math.max(g.aStart, f.aStart) >= 0.8 * len)
        .sort((x, y) => y.sim - x.sim || this.rank(x.pid, y.pid));
      const seenPids = new Set<number>([f.pid]);
      const list = [best];
      for (const g of others) {
        if (seenPids.has(g.pid) || list.length >= MATCH_PARAMS.MAX_PARTIAL_SOURCES) continue;
        seenPids.add(g.pid);
        list.push(toSource(g, mapRange(draft, g.aStart, g.aEnd, input.text)));
      }
      spanSources.push(list);
    }
    return { status: 'partial', ranges, sources, spanSources };
  }

  // ---------------------------------------------------------------- diagnostics

  /**
   * Diagnostics for the agreements of `analyze`: `agreed-language` (Information) on exact
   * matches and partial reuse (data.partial = true), `agreed-language-deviation` (Warning) on
   * near matches. `data.sources` lists the sources, best first.
   */
  diagnostics(doc: ResolutionDocument, agreements: ParagraphAgreement[], settings: ServiceSettings): ServiceDiagnostic[] {
    const out: ServiceDiagnostic[] = [];
    const sevAgreed = severityFor(settings, 'agreed-language');
    const sevDev = severityFor(settings, 'agreed-language-deviation');
    const lines = new LineIndex(doc.text);
    const locale = settings.locale;
    const range = (s: Span) => ({ start: lines.positionAt(s.start), end: lines.positionAt(s.end) });
    for (const a of agreements) {
      if (a.status === 'new' || a.sources.length === 0) continue;
      if (a.status === 'partial') {
        if (sevAgreed === undefined) continue;
        a.spans.forEach((span, i) => {
          const src = a.sources[i] ?? a.sources[0];
          const all = a.spanSources?.[i] ?? [src];
          out.push({
            range: range(span),
            span,
            severity: sevAgreed,
            code: 'agreed-language',
            source: DIAGNOSTIC_SOURCE,
            message: sourceMessage(locale, 'partial', src, all.length - 1),
            data: { partial: true, status: 'partial', label: a.label, sources: all.map(dataSource) },
          });
        });
        continue;
      }
      const severity = a.status === 'exact' ? sevAgreed : sevDev;
      if (severity === undefined) continue;
      const span = a.spans[0];
      out.push({
        range: range(span),
        span,
        severity,
        code: a.status === 'exact' ? 'agreed-language' : 'agreed-language-deviation',
        source: DIAGNOSTIC_SOURCE,
        message: sourceMessage(locale, a.status, a.sources[0], a.sources.length - 1),
        data: { status: a.status, label: a.label, sources: a.sources.map(dataSource) },
      });
    }
    return out;
  }
}

function dataSource(s: AgreedSource): { symbol: string; paragraph: string; date?: string; similarity: number; text: string; changes: Change[]; docId: string; paragraphIndex: number } {
  return { symbol: s.symbol, paragraph: s.paragraph, date: s.date, similarity: s.similarity, text: s.text, changes: s.changes, docId: s.docId, paragraphIndex: s.paragraphIndex };
}

/**
 * Quoted text longer than this is abbreviated in messages: its start, “…”, its end. Characters
 * for Chinese; Latin text (longer words) gets twice as many, cut at spaces.
 */
const MAX_QUOTE_CHARS = 28;
const QUOTE_HEAD = 14;
const QUOTE_TAIL = 10;

/**
 * A long quote shortened to its start and end (`并注意到妇女地位委员会第六…和女童的权能”的结论`),
 * cut at spaces in Latin text. The full text stays in the diagnostic's data.
 */
export function abbreviate(s: string): string {
  const latin = /[A-Za-z]{2}/.test(s);
  const k = latin ? 2 : 1;
  const chars = [...s];
  if (chars.length <= MAX_QUOTE_CHARS * k) return s;
  let head = chars.slice(0, QUOTE_HEAD * k).join('');
  let tail = chars.slice(-QUOTE_TAIL * k).join('');
  if (latin) {
    // whole words: up to the end of the word the cut falls in
    const h = s.indexOf(' ', head.length);
    if (h > 0 && h <= head.length + 12) head = s.slice(0, h);
    const t = s.lastIndexOf(' ', s.length - tail.length);
    if (t >= s.length - tail.length - 12 && t + 1 > head.length) tail = s.slice(t + 1);
  }
  return `${head.trimEnd()}…${tail.trimStart()}`;
}

/** A change written out for a message (long quotes abbreviated). */
function describeChange(locale: Locale, c: Change): string {
  const from = abbreviate(c.from ?? '');
  const to = abbreviate(c.to ?? '');
  switch (c.kind) {
    case 'changed':
      return format(locale, M.changed, { from, to });
    case 'added':
      return format(locale, M.added, { to });
    case 'removed':
      return format(locale, M.removed, { from });
    case 'verb':
      return format(locale, M.verb, { from, to });
  }
}

/** Changes listed in a message (in text order); beyond them “and N more changes” (never “1 more”). */
const MAX_CHANGES_IN_MESSAGE = 3;

/** The message of an agreed-language diagnostic for its best source. */
export function sourceMessage(locale: Locale, status: 'exact' | 'near' | 'partial', src: AgreedSource, more: number): string {
  const year = src.date ? src.date.slice(0, 4) : '';
  const label = locale === 'zh' ? src.paragraphText?.zh ?? src.paragraph : src.paragraph;
  const symbol = src.citation ? src.citation[locale] : src.symbol;
  const sep = M.changeSeparator[locale];
  const verbChanges = src.changes.filter((c) => c.kind === 'verb');
  const wordChanges = src.changes.filter((c) => c.kind !== 'verb');
  const fits = wordChanges.length <= MAX_CHANGES_IN_MESSAGE + 1;
  const shown = (fits ? wordChanges : wordChanges.slice(0, MAX_CHANGES_IN_MESSAGE)).map((c) => describeChange(locale, c));
  if (!fits) shown.push(format(locale, M.moreChanges, { count: wordChanges.length - MAX_CHANGES_IN_MESSAGE }));
  let msg: string;
  if (status === 'near') {
    msg = format(locale, year ? M.near : M.nearNoYear, { symbol, label, year, changes: shown.join(sep) || describeChange(locale, { kind: 'changed', from: '', to: '' }) });
  } else {
    msg = format(locale, status === 'exact' ? (year ? M.exact : M.exactNoYear) : year ? M.partial : M.partialNoYear, { symbol, label, year });
    if (status === 'partial' && shown.length > 0) msg += (locale === 'zh' ? '：' : ': ') + shown.join(sep);
  }
  for (const v of verbChanges) msg += sep + describeChange(locale, v);
  if (more > 0) msg += format(locale, M.more, { count: more });
  return msg;
}

/** Source span of a range of a paragraph's clean text. */
function paragraphSpan(p: Paragraph, r: Span): Span {
  const start = textToSource(p.pieces, r.start) ?? p.span.start + r.start;
  const end = r.end > r.start ? textToSource(p.pieces, r.end, true) ?? p.span.start + r.end : start;
  return { start, end: Math.max(start, end) };
}
