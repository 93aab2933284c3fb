/**
 * The persisted corpus: one snapshot file per corpus (per set of configured
 * paths and built-in manifest) in the cache folder, holding each file's
 * content hash, stat stamp and what was made of it (corpus document in column
 * form, reference facts, warnings), plus the agreed-language index's own
 * serialisation (`toJSON`/`fromJSON`) without its copy of the documents.
 *
 * A file is taken from the snapshot when its size and mtime are those recorded
 * (and were recorded well after the file was last modified), or else when its
 * content hash matches; the whole snapshot is used only when the code
 * fingerprint (snapshot format, parser and index versions, build) matches.
 * A file that changed is processed again alone and the restored index is
 * patched (old version out, new in). A few changes since the snapshot are kept
 * in a small delta file next to it; past 32 files or 5% of the corpus the
 * snapshot is rewritten. A corrupt or stale snapshot is ignored with a
 * warning and rebuilt. Nothing here throws.
 *
 * The files are kept by the host's cache store (service/host.ts; on Node, node/nodeCacheStore.ts).
 * Trust: every file is checksummed (node/checkedFile.ts) and read through a bounded read of a
 * regular file; the code versions are explicit (cacheVersions.ts); every stored file and
 * document is checked for shape before use, and the index checks its own arrays
 * (`AgreedLanguageIndex.fromJSON`). Files live only in the cache's own marked subfolder
 * (node/cacheFolder.ts): nothing else in the folder the user named is read, written or deleted.
 */
import { createHash, randomBytes } from 'crypto';
import * as path from 'path';
import { CORPUS_CACHE_FORMAT, cacheVersionKey } from '../cacheVersions';
import type { CacheStore } from '../host';
import type { ProcessedFile } from './process';
import type { CorpusDocument, CorpusParagraph, CorpusWarning, DocumentMeta } from './types';

export { CORPUS_CACHE_FORMAT };

const MAGIC = 'un-resolution-corpus-cache';

/** Largest snapshot read: ~100 MB holds 2,000 resolutions; anything larger is refused unread. */
export const MAX_SNAPSHOT_BYTES = 1 << 30;
/** Largest delta read (a delta holds at most 5% of the corpus, or 32 files). */
export const MAX_DELTA_BYTES = 256 << 20;

export interface Snapshot {
  magic: typeof MAGIC;
  format: number;
  fingerprint: string;
  /** Random id of this snapshot; a delta file names the snapshot it applies to. */
  id: string;
  files: ProcessedFile[];
  /** `index.toJSON()` of an index holding exactly the documents of `indexDocIds`. */
  index?: unknown;
  indexDocIds?: string[];
}

/** What the snapshot depends on besides the files: the explicit versions of its layout, the parser and the index. */
export function codeFingerprint(): string {
  return cacheVersionKey();
}

/**
 * The snapshot file for a corpus made of these sources (built-ins + configured paths): in the
 * cache's own subfolder of `cacheDir` (the store's `folder`), never in `cacheDir` itself.
 */
export function cacheFileFor(store: CacheStore, cacheDir: string, sources: readonly string[]): string {
  const key = createHash('sha1').update(JSON.stringify([...sources].sort())).digest('hex').slice(0, 16);
  return path.join(store.folder(cacheDir), `corpus-${key}.bin`);
}

/**
 * A corpus document in column form. Deserialising a quarter of a million small paragraph
 * objects costs seconds; a few strings and arrays per document cost milliseconds, and the
 * objects are rebuilt in one pass.
 */
export interface PackedDocument {
  meta: DocumentMeta;
  texts: string[];
  /** One character per paragraph: p(reambular), o(perative), s(ubparagraph), r(eport). */
  kinds: string;
  /** Joined with SEP. */
  labels: string;
  zh: string;
  en: string;
  verbs: string;
  bodyStarts: Int32Array;
  /** Each paragraph's page (0 = none), for documents read from PDF; absent otherwise. */
  pages?: Int32Array;
}

type PackedFile = Omit<ProcessedFile, 'doc'> & { doc?: PackedDocument };

interface StoredSnapshot {
  magic: typeof MAGIC;
  format: number;
  fingerprint: string;
  id: string;
  files: PackedFile[];
  /** The index's serialisation without its `documents` (restored from `files` by id). */
  index?: unknown;
  indexDocIds?: string[];
  /** Whether `index.documents` was taken out (and must be put back from `indexDocIds`). */
  indexDocsDetached?: boolean;
}

const SEP = '\u0001';
const KIND_CODE: Record<CorpusParagraph['kind'], string> = { preambular: 'p', operative: 'o', subparagraph: 's', report: 'r', decision: 'd' };
const CODE_KIND: Record<string, CorpusParagraph['kind']> = { p: 'preambular', o: 'operative', s: 'subparagraph', r: 'report', d: 'decision' };

export function packDocument(d: CorpusDocument): PackedDocument {
  const ps = d.paragraphs;
  const bodyStarts = new Int32Array(ps.length);
  ps.forEach((p, i) => (bodyStarts[i] = p.bodyStart));
  return {
    meta: d.meta,
    texts: ps.map((p) => p.text),
    kinds: ps.map((p) => KIND_CODE[p.kind] ?? 'p').join(''),
    labels: ps.map((p) => p.label).join(SEP),
    zh: ps.map((p) => p.labelText.zh).join(SEP),
    en: ps.map((p) => p.labelText.en).join(SEP),
    verbs: ps.map((p) => p.verb ?? '').join(SEP),
    bodyStarts,
    ...(ps.some((p) => p.page !== undefined) ? { pages: Int32Array.from(ps, (p) => p.page ?? 0) } : {}),
  };
}

export function unpackDocument(p: PackedDocument): CorpusDocument | undefined {
  const n = p.texts.length;
  const labels = n ? p.labels.split(SEP) : [];
  const zh = n ? p.zh.split(SEP) : [];
  const en = n ? p.en.split(SEP) : [];
  const verbs = n ? p.verbs.split(SEP) : [];
  if (labels.length !== n || zh.length !== n || en.length !== n || verbs.length !== n || p.kinds.length !== n || p.bodyStarts.length !== n) {
    return undefined;
  }
  const paragraphs: CorpusParagraph[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const cp: CorpusParagraph = {
      index: i,
      kind: CODE_KIND[p.kinds[i]] ?? 'preambular',
      label: labels[i],
      labelText: { zh: zh[i], en: en[i] },
      text: p.texts[i],
      bodyStart: p.bodyStarts[i],
    };
    if (verbs[i]) cp.verb = verbs[i];
    if (p.pages?.[i]) cp.page = p.pages[i];
    paragraphs[i] = cp;
  }
  return { meta: p.meta, paragraphs };
}

/** How many pieces `s.split(SEP)` gives (0 for no paragraphs), without splitting. */
function pieceCount(s: string, n: number): number {
  if (n === 0) return 0;
  let count = 1;
  for (let at = s.indexOf(SEP); at >= 0; at = s.indexOf(SEP, at + 1)) count++;
  return count;
}

/**
 * A corpus document whose paragraphs are unpacked on first use. Start-up from the snapshot
 * needs the documents' metadata and the index, not their ~230,000 paragraph objects (at 2,000
 * resolutions, building them all took ~100 ms plus their garbage collection); most are read
 * later by the first analyses, or never. Checked like `unpackDocument`, so a snapshot that
 * would not unpack is still refused as a whole when it is read.
 */
function lazyDocument(p: PackedDocument): CorpusDocument | undefined {
  const n = p.texts.length;
  if (p.kinds.length !== n || p.bodyStarts.length !== n) return undefined;
  for (const col of [p.labels, p.zh, p.en, p.verbs]) if (pieceCount(col, n) !== n) return undefined;
  const doc = { meta: p.meta } as CorpusDocument;
  // How many paragraphs, known without unpacking them (the index checks its counts against it).
  Object.defineProperty(doc, 'paragraphCount', { value: n, enumerable: false });
  const settle = (paragraphs: CorpusParagraph[]) => {
    Object.defineProperty(doc, 'paragraphs', { value: paragraphs, writable: true, enumerable: true, configurable: true });
    return paragraphs;
  };
  Object.defineProperty(doc, 'paragraphs', {
    enumerable: true,
    configurable: true,
    get: () => settle(unpackDocument(p)?.paragraphs ?? []),
    set: (v: CorpusParagraph[]) => settle(v),
  });
  return doc;
}

const optString = (v: unknown) => v === undefined || typeof v === 'string';

/**
 * A stored document's metadata has the types the ranking and messages rely on (strings where
 * string methods are called; the values of status, kind and language are not restricted, so
 * that a new kind of document does not make every snapshot invalid).
 */
function validMeta(m: unknown): m is DocumentMeta {
  if (!m || typeof m !== 'object') return false;
  const d = m as DocumentMeta;
  return (
    typeof d.id === 'string' &&
    typeof d.path === 'string' &&
    !!d.citation &&
    typeof d.citation.zh === 'string' &&
    typeof d.citation.en === 'string' &&
    optString(d.symbol) &&
    optString(d.title) &&
    optString(d.organ) &&
    optString(d.date) &&
    typeof d.status === 'string' &&
    typeof d.kind === 'string' &&
    typeof d.language === 'string' &&
    typeof d.builtIn === 'boolean' &&
    (d.session === undefined || Number.isFinite(d.session))
  );
}

function isPackedDocument(x: unknown): x is PackedDocument {
  if (!x || typeof x !== 'object') return false;
  const d = x as PackedDocument;
  return (
    validMeta(d.meta) &&
    Array.isArray(d.texts) &&
    d.texts.every((t) => typeof t === 'string') &&
    typeof d.kinds === 'string' &&
    typeof d.labels === 'string' &&
    typeof d.zh === 'string' &&
    typeof d.en === 'string' &&
    typeof d.verbs === 'string' &&
    d.bodyStarts instanceof Int32Array &&
    (d.pages === undefined || (d.pages instanceof Int32Array && d.pages.length === d.texts.length))
  );
}

function isSnapshot(x: unknown): x is StoredSnapshot {
  if (!x || typeof x !== 'object') return false;
  const s = x as StoredSnapshot;
  return s.magic === MAGIC && typeof s.format === 'number' && typeof s.fingerprint === 'string' && typeof s.id === 'string' && Array.isArray(s.files);
}

function validWarning(w: unknown): boolean {
  return !!w && typeof w === 'object' && typeof (w as CorpusWarning).code === 'string' && typeof (w as CorpusWarning).path === 'string' && optString((w as CorpusWarning).detail);
}

/** A reference digest the reference table can take: facts of the right types (or a parsed model, see process.ts). */
function validRefs(r: unknown): boolean {
  if (r === undefined) return true;
  if (!r || typeof r !== 'object') return false;
  if ('facts' in r) {
    const facts = (r as { facts: unknown }).facts;
    return (
      Array.isArray(facts) &&
      facts.every(
        (f) => !!f && typeof f === 'object' && typeof f.number === 'string' && (f.kind === 'resolution' || f.kind === 'decision') && optString(f.date) && optString(f.title) && optString(f.language) && optString(f.organ),
      )
    );
  }
  const doc = (r as { doc?: { references?: unknown; resolutions?: unknown } }).doc;
  return !!doc && typeof doc === 'object' && Array.isArray(doc.references) && Array.isArray(doc.resolutions);
}

function validFile(f: unknown): f is PackedFile {
  if (!f || typeof f !== 'object') return false;
  const p = f as PackedFile;
  if (typeof p.key !== 'string' || typeof p.hash !== 'string' || typeof p.textHash !== 'string' || typeof p.builtIn !== 'boolean') return false;
  if (!Array.isArray(p.warnings) || !p.warnings.every(validWarning) || !validRefs(p.refs)) return false;
  if (p.stamp !== undefined && !(p.stamp && Number.isFinite(p.stamp.size) && Number.isFinite(p.stamp.mtimeMs) && Number.isFinite(p.stamp.checkedAt))) return false;
  return p.doc === undefined || isPackedDocument(p.doc);
}

/** Stored form → the snapshot the corpus works with; undefined when inconsistent. */
function unpackSnapshot(stored: StoredSnapshot): Snapshot | undefined {
  const files: ProcessedFile[] = [];
  const byId = new Map<string, CorpusDocument>();
  for (const f of stored.files) {
    if (f.doc === undefined) {
      files.push(f as ProcessedFile);
      continue;
    }
    const doc = lazyDocument(f.doc);
    if (!doc) return undefined;
    byId.set(doc.meta.id, doc);
    files.push({ ...f, doc });
  }
  const snapshot: Snapshot = { magic: MAGIC, format: stored.format, fingerprint: stored.fingerprint, id: stored.id, files };
  if (stored.index !== undefined && Array.isArray(stored.indexDocIds)) {
    if (stored.indexDocsDetached) {
      const documents: CorpusDocument[] = [];
      for (const id of stored.indexDocIds) {
        const d = byId.get(id);
        if (!d) return snapshot; // the index cannot be restored; the documents still can
        documents.push(d);
      }
      snapshot.index = { ...(stored.index as object), documents };
    } else snapshot.index = stored.index;
    snapshot.indexDocIds = stored.indexDocIds;
  }
  return snapshot;
}

/** The snapshot → its stored form: documents in columns, the index without its copy of them. */
function packSnapshot(snapshot: SnapshotContent): Omit<StoredSnapshot, 'magic' | 'format' | 'fingerprint' | 'id'> {
  const stored: Omit<StoredSnapshot, 'magic' | 'format' | 'fingerprint' | 'id'> = {
    files: snapshot.files.map((f) => (f.doc ? { ...f, doc: packDocument(f.doc) } : (f as PackedFile))),
  };
  if (snapshot.index !== undefined) {
    const docs = (snapshot.index as { documents?: unknown }).documents;
    if (Array.isArray(docs) && docs.every((d) => d && typeof d === 'object' && typeof (d as CorpusDocument).meta?.id === 'string')) {
      // The index's own order of documents is what its paragraph ids refer to.
      stored.index = { ...(snapshot.index as object), documents: undefined };
      stored.indexDocIds = (docs as CorpusDocument[]).map((d) => d.meta.id);
      stored.indexDocsDetached = true;
    } else {
      stored.index = snapshot.index;
      stored.indexDocIds = snapshot.indexDocIds;
    }
  }
  return stored;
}

export type ReadSnapshotResult = { snapshot?: Snapshot; warning?: CorpusWarning };

/**
 * The payload of a cache file: read only from the cache's own folder, through a bounded read of a
 * regular file, and only when its checksum holds. A missing file is no warning; anything else
 * that cannot be used is one ('corrupt', 'checksum', 'not a regular file', 'too large', …).
 */
function readPayload(store: CacheStore, file: string, limit: number): { data?: unknown; warning?: CorpusWarning } {
  const r = store.read(file, limit);
  if ('missing' in r) return {};
  if ('invalid' in r) return { warning: { code: 'cache-invalid', path: file, detail: r.invalid } };
  return { data: r.value };
}

/** Reads a snapshot; a missing file is no warning, an unreadable, corrupt or stale one is. Never throws. */
export function readSnapshot(store: CacheStore, file: string, fingerprint = codeFingerprint()): ReadSnapshotResult {
  const { data, warning } = readPayload(store, file, MAX_SNAPSHOT_BYTES);
  if (data === undefined) return warning ? { warning } : {};
  if (!isSnapshot(data)) return { warning: { code: 'cache-invalid', path: file, detail: 'corrupt' } };
  if (data.format !== CORPUS_CACHE_FORMAT || data.fingerprint !== fingerprint) {
    return { warning: { code: 'cache-invalid', path: file, detail: 'stale' } };
  }
  if (!data.files.every(validFile)) return { warning: { code: 'cache-invalid', path: file, detail: 'corrupt' } };
  const snapshot = unpackSnapshot(data);
  if (!snapshot) return { warning: { code: 'cache-invalid', path: file, detail: 'corrupt' } };
  return { snapshot };
}

/** What a caller gives to be written: the snapshot without its header. */
export type SnapshotContent = Omit<Snapshot, 'magic' | 'format' | 'fingerprint' | 'id'>;

function failure(file: string, e: unknown): CorpusWarning {
  return { code: 'cache-write-failed', path: file, detail: (e as NodeJS.ErrnoException).code ?? String((e as Error)?.message ?? e) };
}

/**
 * Writes a snapshot atomically (temporary file, then rename) and removes its delta file.
 * Returns the new snapshot's id, or a warning on failure.
 */
export function writeSnapshot(store: CacheStore, file: string, snapshot: SnapshotContent): { id?: string; warning?: CorpusWarning } {
  const id = randomBytes(8).toString('hex');
  const full: StoredSnapshot = { magic: MAGIC, format: CORPUS_CACHE_FORMAT, fingerprint: codeFingerprint(), id, ...packSnapshot(snapshot) };
  try {
    store.write(file, full);
  } catch (e) {
    return { warning: failure(file, e) };
  }
  store.remove(deltaFileFor(file));
  store.prune(file);
  return { id };
}

// ---- delta files ------------------------------------------------------------
//
// Rewriting a 100 MB snapshot because one file changed would block the language server for
// seconds. Changes since the snapshot go to a small delta file instead: the files that
// changed or appeared (with their documents) and the ones that went away. Loading applies
// it: the snapshot's index is restored, the old versions are taken out and the new ones
// added, as for any changed file. The full snapshot is rewritten when the delta grows large.

const DELTA_MAGIC = 'un-resolution-corpus-delta';

interface StoredDelta {
  magic: typeof DELTA_MAGIC;
  format: number;
  fingerprint: string;
  /** The id of the snapshot this delta applies to. */
  baseId: string;
  files: PackedFile[];
  removed: string[];
}

export interface Delta {
  files: ProcessedFile[];
  removed: string[];
}

export function deltaFileFor(snapshotFile: string): string {
  return snapshotFile.replace(/\.bin$/, '') + '.delta.bin';
}

/** Writes the changes since snapshot `baseId` (replacing any earlier delta). */
export function writeDelta(store: CacheStore, snapshotFile: string, baseId: string, delta: Delta): CorpusWarning | undefined {
  const file = deltaFileFor(snapshotFile);
  const stored: StoredDelta = {
    magic: DELTA_MAGIC,
    format: CORPUS_CACHE_FORMAT,
    fingerprint: codeFingerprint(),
    baseId,
    files: delta.files.map((f) => (f.doc ? { ...f, doc: packDocument(f.doc) } : (f as PackedFile))),
    removed: delta.removed,
  };
  try {
    store.write(file, stored);
    return undefined;
  } catch (e) {
    return failure(file, e);
  }
}

/** Removes the delta file of a snapshot, if any. */
export function removeDelta(store: CacheStore, snapshotFile: string): void {
  store.remove(deltaFileFor(snapshotFile));
}

/** The delta for snapshot `baseId`; none when absent or for another snapshot, a warning when unreadable. */
export function readDelta(store: CacheStore, snapshotFile: string, baseId: string, fingerprint = codeFingerprint()): { delta?: Delta; warning?: CorpusWarning } {
  const file = deltaFileFor(snapshotFile);
  const read = readPayload(store, file, MAX_DELTA_BYTES);
  if (read.data === undefined) return read.warning ? { warning: read.warning } : {};
  const data = read.data as StoredDelta;
  if (!data || data.magic !== DELTA_MAGIC || !Array.isArray(data.files) || !Array.isArray(data.removed) || !data.files.every(validFile)) {
    return { warning: { code: 'cache-invalid', path: file, detail: 'corrupt' } };
  }
  if (data.format !== CORPUS_CACHE_FORMAT || data.fingerprint !== fingerprint || data.baseId !== baseId) return {};
  const files: ProcessedFile[] = [];
  for (const f of data.files) {
    if (f.doc === undefined) {
      files.push(f as ProcessedFile);
      continue;
    }
    const doc = unpackDocument(f.doc);
    if (!doc) return { warning: { code: 'cache-invalid', path: file, detail: 'corrupt' } };
    files.push({ ...f, doc });
  }
  return { delta: { files, removed: data.removed.filter((k) => typeof k === 'string') } };
}

/** The index's own serialisation, when it has one. */
export function indexToJSON(index: unknown): unknown {
  const fn = (index as { toJSON?: () => unknown }).toJSON;
  return typeof fn === 'function' ? fn.call(index) : undefined;
}

/** Restores an index from its serialisation; undefined when the index cannot or the data is bad. */
export function indexFromJSON<T>(cls: unknown, data: unknown): T | undefined {
  const fn = (cls as { fromJSON?: (d: unknown) => T }).fromJSON;
  if (typeof fn !== 'function' || data === undefined) return undefined;
  try {
    return fn.call(cls, data);
  } catch {
    return undefined;
  }
}
