/**
 * The index's serialised form: the documents (or their ids) and the sealed postings and
 * per-paragraph columns as base64 typed arrays. Read back, every array is checked before use:
 * the data may come from a file.
 */
import { INDEX_VERSION } from '../cacheVersions';
import type { CorpusDocument } from '../corpus/types';
import { b64, fromB64, growableOf } from './buffers';
import { InvertedIndex } from './invertedIndex';
import { MATCH_PARAMS } from './params';
import { ParagraphTable } from './paragraphTable';

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

/** Version of the engine and its serialised form (part of the corpus cache fingerprint): bump when normalisation, shingling or the layout change. */
export const ENGINE_VERSION = `${JSON_VERSION}.${INDEX_VERSION}`;

/**
 * Paragraphs of a document without building them: a document restored from the corpus cache
 * unpacks its paragraphs on first use and says beforehand how many it has (`paragraphCount`,
 * not enumerable); any other document is counted.
 */
function paragraphCount(doc: CorpusDocument): number {
  const n = (doc as { paragraphCount?: unknown }).paragraphCount;
  return typeof n === 'number' ? n : doc.paragraphs.length;
}

/** The table's snapshot (compacted first: the caller does that, see `AgreedLanguageIndex.toJSON`). */
export function tableToJSON(table: ParagraphTable, withDocuments: boolean): AgreedLanguageIndexJSON {
  const d = table.postings.data(table.isAlive);
  return {
    version: JSON_VERSION,
    engine: ENGINE_VERSION,
    documents: withDocuments ? table.slots.map((s) => s.doc) : [],
    documentIds: table.slots.map((s) => s.doc.meta.id),
    keys: b64(d.keys),
    starts: b64(d.starts),
    postings: b64(d.postings),
    bodyHash: b64(table.bodyHash.view()),
    bodyLen: b64(table.bodyLen.view()),
    counts: b64(Int32Array.from(table.slots, (s) => s.count)),
  };
}

/**
 * A table from `tableToJSON()` output. Throws on a version mismatch or inconsistent data:
 * the data may come from a file, so every array is checked (lengths, counts against the
 * documents, postings in bounds and in order) before the index uses it.
 */
export function tableFromJSON(json: AgreedLanguageIndexJSON, documents?: CorpusDocument[]): ParagraphTable {
  if (!json || json.version !== JSON_VERSION || (json.engine !== undefined && json.engine !== ENGINE_VERSION)) {
    throw new Error('agreed-language index: unsupported cache version');
  }
  const bad = (what: string) => new Error(`agreed-language index: inconsistent cache (${what})`);
  for (const k of ['keys', 'starts', 'postings', 'bodyHash', 'bodyLen'] as const) if (typeof json[k] !== 'string') throw bad(k);
  const ix = new ParagraphTable();
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
  ix.layout = 1;
  return ix;
}
