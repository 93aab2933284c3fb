/**
 * The precedent corpus: the documents agreed language is looked up in, their
 * agreed-language index and the table of what they say about the resolutions
 * they cite.
 *
 * `loadCorpus` reads the built-in seeds and the user's files and folders,
 * reuses the persisted snapshot for files whose content has not changed, and
 * never throws: every problem is a `CorpusWarning` naming the file. A loaded
 * corpus can re-index one changed file (`updateFile`) or drop a deleted one
 * (`removeFile`), for the language server's file watcher. Files, the cache and the parsing
 * workers are the host's (service/host.ts): the corpus is given them.
 */
import * as path from 'path';
import type { CacheStore } from '../host';
import { EMPTY_HOST, type CorpusHost } from './corpusHost';
import { AgreedLanguageIndex } from '../matching';
import { ReferenceTable } from '../references';
import {
  cacheFileFor,
  indexFromJSON,
  indexToJSON,
  readDelta,
  readSnapshot,
  removeDelta,
  writeDelta,
  writeSnapshot,
  type Snapshot,
  type SnapshotContent,
} from './cache';

/** Changes since the snapshot go to a delta file up to this many documents, or this share of the corpus. */
const MIN_DELTA_FILES = 32;
const DELTA_SHARE = 0.05;
import { collectFiles, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TOTAL_BYTES, formatBytes, readCorpusFile, stampOf } from './files';
import { addReferenceDigest, documentSource, hashBytes, processAnyFile, STAMP_SLACK_MS, stampMatches, type ProcessedFile } from './process';
import { MIN_PARALLEL_DOCUMENTS, MIN_PARALLEL_FILES } from './parseJob';
import { DOCUMENT_EXTENSIONS } from '../documents';
import { readManifest, type ManifestEntry } from './seeds';
import type { CorpusDocument, CorpusWarning } from './types';
import { appendAll } from '../text/arrays';

export * from './types';
export { EMPTY_HOST, type CorpusHost } from './corpusHost';
export { toCorpusDocument } from './labels';
export { formatCorpusWarning, corpusMessages } from './messages';

export interface CorpusOptions {
  /** Files or folders of prior texts. */
  paths: string[];
  /** Include the built-in seeds (default true). */
  includeBuiltIn?: boolean;
  /** Folder for the persisted index; none = no persistence. */
  cacheDir?: string;
  /** Progress of the folder walk, before any file is read: folders read and files found so far. */
  onListing?: (folders: number, files: number) => void;
  /** Stops the load (walk, reading, indexing) when aborted; the corpus then comes back `cancelled`, unfinished, not to be used. */
  signal?: AbortSignal;
  /** Most files read from the user's folders (default 10,000; see files.ts). */
  maxFiles?: number;
  /** Most bytes read from the user's files in all (default 256 MB; see files.ts). */
  maxTotalBytes?: number;
  /** Progress callback: done of total files, and the file just done (PDF and Word files take a while each). */
  onProgress?: (done: number, total: number, file?: string) => void;
  /** Give up on one PDF or Word file after this long (default 30 s), with a warning. */
  documentTimeoutMs?: number;
  /** Largest file read, in bytes (default 16 MB). */
  maxFileBytes?: number;
  /** Where the built-in seeds are, when not found next to the code. */
  seedsDir?: string;
  /**
   * After `updateFile`/`removeFile`, wait this long for more changes before writing the
   * snapshot (default 2000 ms; 0 = at once). A snapshot of 2,000 resolutions takes a second
   * or two to write, and a batch of changes should cost one write.
   */
  saveDelayMs?: number;
}

/** How a load went (for the status bar, logs and the benchmark). */
export interface CorpusLoadStats {
  files: number;
  /** Files taken from the persisted snapshot without parsing. */
  fromCache: number;
  /** Files read and parsed. */
  parsed: number;
  /** Whether the index itself came from the snapshot (rather than being rebuilt document by document). */
  indexFromCache: boolean;
  cacheFile?: string;
  ms: number;
  /** Milliseconds per phase (snapshot read, files, index, references, save), for logs and the benchmark. */
  phases: Record<string, number>;
}

interface Source {
  /** `builtin:<file>` or the absolute path. */
  key: string;
  /** Where to read it (the raw bytes of a name that is not UTF-8). */
  file: string | Buffer;
  builtIn: boolean;
  manifest?: ManifestEntry;
}

/** The precedent corpus: documents, their agreed-language index and the reference table. */
export class Corpus {
  readonly documents: CorpusDocument[] = [];
  index = new AgreedLanguageIndex();
  /** What the corpus says about the resolutions it cites (rebuilt on first use after a file was dropped). */
  get references(): ReferenceTable {
    if (this.referencesStale) this.rebuildReferences();
    return this.referenceTable;
  }
  set references(table: ReferenceTable) {
    this.referenceTable = table;
    this.referencesStale = false;
  }
  private referenceTable = new ReferenceTable();
  private referencesStale = false;
  private saveTimer?: ReturnType<typeof setTimeout>;
  /** The snapshot on disk: its id and its files (same objects as in `entries` while unchanged). */
  private snapshotId?: string;
  private baseFiles?: Map<string, ProcessedFile>;
  /** What the last persist wrote (for tests and logs). */
  lastPersist?: 'none' | 'delta' | 'snapshot';
  readonly warnings: CorpusWarning[] = [];
  /** Whether the load was stopped by its signal (the corpus is then unfinished: not to be used). */
  cancelled = false;
  stats: CorpusLoadStats = { files: 0, fromCache: 0, parsed: 0, indexFromCache: false, ms: 0, phases: {} };

  /** Every file considered, keyed by `builtin:<file>` or absolute path (skipped files and duplicates included). */
  private readonly entries = new Map<string, ProcessedFile>();
  /** Keys of files left out as duplicates, with the key of the copy kept. */
  private readonly duplicates = new Map<string, string>();
  private options: CorpusOptions = { paths: [] };
  private cacheFile?: string;

  /** A corpus reads its files, and keeps its cache, through its host (none: an empty corpus). */
  constructor(private readonly host: CorpusHost = EMPTY_HOST) {}

  /** The host's cache store (there is one whenever `cacheFile` is set). */
  private get store(): CacheStore {
    return this.host.cache!;
  }

  static empty(): Corpus {
    return new Corpus();
  }

  /** The document with this id. */
  getDocument(id: string): CorpusDocument | undefined {
    return this.documents.find((d) => d.meta.id === id);
  }

  /** The document read from this path (absolute, or `builtin:<file>`). */
  documentForPath(file: string): CorpusDocument | undefined {
    return this.entries.get(keyOf(file))?.doc;
  }

  /** Whether a file is part of the corpus (indexed, skipped or a duplicate). */
  hasFile(file: string): boolean {
    return this.entries.has(keyOf(file));
  }

  /** The files considered, by key. */
  files(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * Re-reads one changed (or new) file and re-indexes it alone. Returns the
   * warnings about that file (also kept in `warnings`). Saves the snapshot when
   * the corpus is persisted.
   */
  async updateFile(file: string): Promise<CorpusWarning[]> {
    const key = keyOf(file);
    const old = this.entries.get(key);
    const source: Source = old?.builtIn
      ? { key, file: this.builtInFile(key) ?? key, builtIn: true, manifest: this.manifestFor(key) }
      : { key, file: path.resolve(file), builtIn: false };
    const read = readCorpusFile(this.host.fs, source.file, this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, key);
    if (!read.ok) {
      if (read.warning.code === 'missing-path') {
        this.removeFile(file);
        return [];
      }
      if (read.warning.code === 'is-a-folder' && !source.builtIn) return this.replaceByFolder(file);
      this.dropEntry(key);
      this.setFileWarnings(key, [read.warning]);
      this.afterChange();
      return [read.warning];
    }
    const hash = hashBytes(read.bytes);
    if (old && old.hash === hash) return old.warnings.slice();
    const processed: ProcessedFile = {
      ...(await processAnyFile(read.bytes, key, { builtIn: source.builtIn, manifest: source.manifest, hash, documentTimeoutMs: this.options.documentTimeoutMs })),
      stamp: { ...read.stamp, checkedAt: Date.now() },
    };
    this.dropEntry(key);
    const warnings = this.admit(processed);
    this.afterChange();
    return warnings;
  }

  /**
   * A folder where a corpus file was: the file is gone, and the folder's files are read
   * as a walk of the folders would find them.
   */
  private async replaceByFolder(folder: string): Promise<CorpusWarning[]> {
    this.removeFile(folder);
    const warnings: CorpusWarning[] = [];
    const found = await collectFiles(this.host.fs, [folder], warnings, { maxFiles: this.options.maxFiles, signal: this.options.signal });
    for (const f of found.files) appendAll(warnings, await this.updateFile(f.path));
    return warnings;
  }

  /** Drops a deleted file. Returns whether it was part of the corpus. */
  removeFile(file: string): boolean {
    const key = keyOf(file);
    if (!this.entries.has(key)) return false;
    this.dropEntry(key);
    this.setFileWarnings(key, []);
    this.afterChange();
    return true;
  }

  /** Writes the whole snapshot now (no-op when the corpus is not persisted). */
  save(): CorpusWarning | undefined {
    if (!this.cacheFile) return undefined;
    const files = [...this.entries.values()];
    const index = indexToJSON(this.index);
    const snapshot: SnapshotContent = { files };
    if (index !== undefined) {
      snapshot.index = index;
      snapshot.indexDocIds = this.documents.map((d) => d.meta.id);
    }
    const r = writeSnapshot(this.store, this.cacheFile, snapshot);
    if (r.id) {
      this.snapshotId = r.id;
      this.baseFiles = new Map(this.entries);
      this.lastPersist = 'snapshot';
    }
    return r.warning;
  }

  /**
   * Persists the changes since the snapshot: nothing when there are none, a small delta
   * file when they are few, the whole snapshot otherwise (see cache.ts).
   */
  persist(): CorpusWarning | undefined {
    if (!this.cacheFile) return undefined;
    if (this.snapshotId && this.baseFiles) {
      const base = this.baseFiles;
      const files: ProcessedFile[] = [];
      const removed: string[] = [];
      for (const [key, entry] of this.entries) if (base.get(key) !== entry) files.push(entry);
      for (const key of base.keys()) if (!this.entries.has(key)) removed.push(key);
      if (files.length + removed.length === 0) {
        removeDelta(this.store, this.cacheFile);
        this.lastPersist = 'none';
        return undefined;
      }
      const docs = files.filter((f) => f.doc).length;
      if (docs + removed.length <= Math.max(MIN_DELTA_FILES, Math.ceil(base.size * DELTA_SHARE))) {
        this.lastPersist = 'delta';
        return writeDelta(this.store, this.cacheFile, this.snapshotId, { files, removed });
      }
    }
    return this.save();
  }

  // ---- loading -------------------------------------------------------------

  /** @internal Used by `loadCorpus`. */
  async load(options: CorpusOptions, readCache = true): Promise<void> {
    const started = Date.now();
    const phases: Record<string, number> = {};
    let mark = Date.now();
    const phase = (name: string) => {
      const t = Date.now();
      phases[name] = (phases[name] ?? 0) + t - mark;
      mark = t;
    };
    this.options = options;
    const warnings: CorpusWarning[] = [];
    const sources: Source[] = [];
    let manifestKey = '';
    if (options.includeBuiltIn !== false) {
      const seedsDir = this.host.seedsDir(options.seedsDir);
      if (seedsDir) {
        this.seedsDir = seedsDir;
        const manifest = readManifest(this.host.fs, seedsDir);
        // The built-ins' metadata comes from the manifest: another manifest, another snapshot.
        manifestKey = hashBytes(Buffer.from(JSON.stringify(manifest ?? null)));
        for (const entry of manifest?.documents ?? []) {
          sources.push({ key: `builtin:${entry.file}`, file: path.join(seedsDir, entry.file), builtIn: true, manifest: entry });
        }
      }
    }
    const seen = new Set(sources.map((s) => path.resolve(String(s.file))));
    const walk = await collectFiles(this.host.fs, options.paths ?? [], warnings, { signal: options.signal, maxFiles: options.maxFiles, onListing: options.onListing });
    if (walk.cancelled) {
      this.cancelled = true;
      return;
    }
    for (const f of walk.files) {
      if (seen.has(f.real) || seen.has(f.path)) continue; // a built-in seed named again
      seen.add(f.real);
      sources.push({ key: f.path, file: f.fsPath, builtIn: false });
    }

    let snapshot: Snapshot | undefined;
    if (options.cacheDir && this.host.cache) {
      this.cacheFile = cacheFileFor(this.host.cache, options.cacheDir, [
        options.includeBuiltIn === false ? '' : `builtin:${manifestKey}`,
        ...(options.paths ?? []).map((p) => path.resolve(p)),
      ]);
      phase('list');
      if (readCache) {
        const r = readSnapshot(this.store, this.cacheFile);
        snapshot = r.snapshot;
        if (r.warning) warnings.push(r.warning);
      }
    }
    const cached = new Map<string, ProcessedFile>();
    for (const f of snapshot?.files ?? []) cached.set(f.key, f);
    if (snapshot && this.cacheFile) {
      this.snapshotId = snapshot.id;
      this.baseFiles = new Map(cached);
      const d = readDelta(this.store, this.cacheFile, snapshot.id);
      if (d.warning) warnings.push(d.warning);
      for (const f of d.delta?.files ?? []) cached.set(f.key, f);
      for (const key of d.delta?.removed ?? []) cached.delete(key);
    }
    phase('snapshot');

    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const maxTotal = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
    let userBytes = 0;
    // Many files to parse (a cold load): parse them in worker threads, in parallel with the
    // indexing below (the host's worker pool); otherwise here, one after the other.
    const documents = sources.filter((s) => !cached.has(s.key) && DOCUMENT_EXTENSIONS.some((ext) => s.key.toLowerCase().endsWith(ext))).length;
    const toParse = sources.length - cached.size;
    const pool = toParse >= MIN_PARALLEL_FILES || documents >= MIN_PARALLEL_DOCUMENTS ? this.host.workers?.create(toParse, documents) : undefined;
    const slots: Array<ProcessedFile | Promise<ProcessedFile>> = [];
    let fromCache = 0;
    let parsed = 0;
    let lastYield = Date.now();
    const yieldNow = async () => {
      if (Date.now() - lastYield > 50) {
        // Let the language server answer requests while a large corpus loads.
        await new Promise<void>((resolve) => setImmediate(resolve));
        lastYield = Date.now();
      }
    };
    try {
      for (let i = 0; i < sources.length; i++) {
        if (options.signal?.aborted) {
          this.cancelled = true;
          return;
        }
        const s = sources[i];
        const hit = cached.get(s.key);
        const current = stampOf(this.host.fs, s.file);
        if (!s.builtIn) {
          // The total-size limit, on what the files hold now (a file skipped as too large takes nothing from it).
          if (current && current.size <= maxBytes) userBytes += current.size;
          if (userBytes > maxTotal) {
            warnings.push({ code: 'corpus-too-large', path: s.key, detail: formatBytes(maxTotal) });
            sources.length = i;
            break;
          }
        }
        if (hit && hit.builtIn === s.builtIn && stampMatches(hit.stamp, current)) {
          // Unchanged since it was hashed: no need to read it.
          slots.push(hit);
          fromCache++;
        } else {
          const read = readCorpusFile(this.host.fs, s.file, maxBytes, s.key);
          if (!read.ok) {
            warnings.push({ ...read.warning, path: s.key.startsWith('builtin:') ? s.key : read.warning.path });
          } else {
            const hash = hashBytes(read.bytes);
            const stamp = { ...read.stamp, checkedAt: Date.now() };
            if (hit && hit.hash === hash && hit.builtIn === s.builtIn) {
              const trusted = stamp.checkedAt - stamp.mtimeMs > STAMP_SLACK_MS;
              slots.push(trusted ? { ...hit, stamp } : hit);
              fromCache++;
            } else {
              const job = { bytes: read.bytes, key: s.key, builtIn: s.builtIn, manifest: s.manifest, hash, documentTimeoutMs: options.documentTimeoutMs };
              // Without workers, a document is read before the next file (one PDF in memory at a time).
              const result = pool ? pool.process(job) : await processAnyFile(read.bytes, s.key, job);
              slots.push(result instanceof Promise ? result.then((r) => ({ ...r, stamp })) : { ...result, stamp });
              parsed++;
            }
          }
        }
        if (!pool) options.onProgress?.(i + 1, sources.length, s.key);
        await yieldNow();
      }
      phase(pool ? 'read' : 'files');

      const processed: ProcessedFile[] = [];
      const wanted = new Set<string>();
      const byText = new Map<string, string>();
      const kept: ProcessedFile[] = [];
      let added = 0;
      const canRestore = snapshot?.index !== undefined && !!snapshot.indexDocIds;
      const admitLoaded = (p: ProcessedFile): void => {
        this.documents.push(p.doc!);
        if (!inIndex.has(p.doc!.meta.id)) {
          this.index.addDocument(p.doc!);
          added++;
        }
        if (p.refs) addReferenceDigest(this.references, p.refs, documentSource(p.doc!.meta));
      };
      const inIndex = new Set<string>();
      let restored: AgreedLanguageIndex | undefined;
      if (pool && !canRestore) {
        // Pipelined: each file is deduplicated and indexed as soon as it is parsed, in order.
        for (let i = 0; i < slots.length; i++) {
          if (options.signal?.aborted) {
            this.cancelled = true;
            return;
          }
          const p = await slots[i];
          processed.push(p);
          options.onProgress?.(i + 1, slots.length, p.key);
          if (!this.keepFirst(p, byText, warnings)) continue;
          kept.push(p);
          if (p.doc) admitLoaded(p);
          await yieldNow();
        }
        phase('files+index');
      } else {
        for (const slot of slots) processed.push(await slot);
        if (pool) phase('files');
        // The index: restored from the snapshot when it can be, then brought up to date.
        for (const p of processed) if (this.keepFirst(p, byText, warnings)) kept.push(p);
        for (const p of kept) if (p.doc) wanted.add(p.doc.meta.id);
        if (canRestore) {
          restored = indexFromJSON<AgreedLanguageIndex>(AgreedLanguageIndex, snapshot!.index);
          if (!restored) warnings.push({ code: 'cache-invalid', path: this.cacheFile ?? '', detail: 'index' });
        }
        if (restored) {
          this.index = restored;
          for (const id of snapshot!.indexDocIds!) {
            if (wanted.has(id)) inIndex.add(id);
            else restored.removeDocument(id);
          }
        }
        phase('index-restore');
        for (const p of kept) {
          if (options.signal?.aborted) {
            this.cancelled = true;
            return;
          }
          if (!p.doc) continue;
          admitLoaded(p);
          await yieldNow();
        }
      }
      return await this.finishLoad({ processed, restored, added, snapshot, warnings, phase, phases, started, sourceCount: sources.length, fromCache, parsed });
    } finally {
      pool?.close();
    }
  }

  /** The end of `load`: seal, file entries and warnings, snapshot, stats. */
  private async finishLoad(x: {
    processed: ProcessedFile[];
    restored?: AgreedLanguageIndex;
    added: number;
    snapshot?: Snapshot;
    warnings: CorpusWarning[];
    phase: (name: string) => void;
    phases: Record<string, number>;
    started: number;
    sourceCount: number;
    fromCache: number;
    parsed: number;
  }): Promise<void> {
    const { processed, restored, added, snapshot, warnings, phase, phases, started } = x;
    phase('index-add+references');
    // Bulk load done: let the index finish its structures now rather than on the first lookup
    // (not after a restore with a few changed files: the index handles small additions itself).
    if (added > 0 && (!restored || added > 64)) (this.index as { seal?: () => void }).seal?.();
    for (const p of processed) {
      this.entries.set(p.key, p);
      appendAll(warnings, p.warnings);
    }
    if (this.documents.length === 0) warnings.push({ code: 'empty-corpus', path: '' });
    appendAll(this.warnings, warnings);
    phase('seal');
    if (this.cacheFile) {
      // The snapshot's index is of use only if it could be restored (or the index cannot be saved at all).
      const indexSerialisable = typeof (this.index as { toJSON?: unknown }).toJSON === 'function';
      const w = snapshot && (restored || !indexSerialisable) ? this.persist() : this.save();
      if (w) this.warnings.push(w);
      phase('save');
    }
    this.stats = {
      files: x.sourceCount,
      fromCache: x.fromCache,
      parsed: x.parsed,
      indexFromCache: !!restored,
      cacheFile: this.cacheFile,
      ms: Date.now() - started,
      phases,
    };
  }

  private seedsDir?: string;

  private builtInFile(key: string): string | undefined {
    return this.seedsDir && key.startsWith('builtin:') ? path.join(this.seedsDir, key.slice('builtin:'.length)) : undefined;
  }

  private manifestFor(key: string): ManifestEntry | undefined {
    if (!this.seedsDir || !key.startsWith('builtin:')) return undefined;
    const file = key.slice('builtin:'.length);
    return readManifest(this.host.fs, this.seedsDir)?.documents.find((d) => d.file === file);
  }

  /** Whether to keep a file: the first of files with the same text is kept; the others are warned about. */
  private keepFirst(f: ProcessedFile, byText: Map<string, string>, warnings: CorpusWarning[]): boolean {
    if (!f.doc) return true;
    const first = byText.get(f.textHash);
    if (first !== undefined) {
      this.duplicates.set(f.key, first);
      warnings.push({ code: 'duplicate', path: f.key, detail: first });
      return false;
    }
    byText.set(f.textHash, f.key);
    return true;
  }

  /** Adds a processed file (after `dropEntry`), unless it duplicates a document already there. */
  private admit(p: ProcessedFile): CorpusWarning[] {
    const warnings = p.warnings.slice();
    this.entries.set(p.key, p);
    if (p.doc) {
      const twin = [...this.entries.values()].find((e) => e !== p && e.doc && e.textHash === p.textHash && !this.duplicates.has(e.key));
      if (twin) {
        this.duplicates.set(p.key, twin.key);
        warnings.push({ code: 'duplicate', path: p.key, detail: twin.key });
      } else {
        this.documents.push(p.doc);
        this.index.addDocument(p.doc);
        if (p.refs && !this.referencesStale) addReferenceDigest(this.referenceTable, p.refs, documentSource(p.doc.meta));
      }
    }
    this.setFileWarnings(p.key, warnings);
    return warnings;
  }

  /** Takes a file's document out of the documents, the index and the reference table. */
  private dropEntry(key: string): void {
    const old = this.entries.get(key);
    this.entries.delete(key);
    if (this.duplicates.delete(key) || !old?.doc) return;
    const at = this.documents.indexOf(old.doc);
    if (at < 0) return;
    this.documents.splice(at, 1);
    this.index.removeDocument(old.doc.meta.id);
    // The reference table cannot forget one document: it is rebuilt from the digests when next used.
    this.referencesStale = true;
    // A duplicate of the dropped file takes its place.
    for (const [dupKey, firstKey] of [...this.duplicates]) {
      if (firstKey !== key) continue;
      const dup = this.entries.get(dupKey);
      this.duplicates.delete(dupKey);
      if (dup) {
        this.entries.delete(dupKey);
        this.admit(dup);
      }
      break;
    }
  }

  /** Rebuilds the reference table from the documents' digests. */
  private rebuildReferences(): void {
    const table = new ReferenceTable();
    for (const doc of this.documents) {
      const entry = this.entries.get(doc.meta.path);
      if (entry?.refs) addReferenceDigest(table, entry.refs, documentSource(doc.meta));
    }
    this.referenceTable = table;
    this.referencesStale = false;
  }

  /** Replaces the warnings about one file. */
  private setFileWarnings(key: string, fileWarnings: CorpusWarning[]): void {
    for (let i = this.warnings.length - 1; i >= 0; i--) {
      const w = this.warnings[i];
      if (w.path === key || w.code === 'empty-corpus' || (w.code === 'duplicate' && w.detail === key)) this.warnings.splice(i, 1);
    }
    appendAll(this.warnings, fileWarnings);
  }

  private afterChange(): void {
    if (this.documents.length === 0 && !this.warnings.some((w) => w.code === 'empty-corpus')) {
      this.warnings.push({ code: 'empty-corpus', path: '' });
    } else if (this.documents.length > 0) {
      for (let i = this.warnings.length - 1; i >= 0; i--) if (this.warnings[i].code === 'empty-corpus') this.warnings.splice(i, 1);
    }
    if (!this.cacheFile) return;
    const delay = this.options.saveDelayMs ?? 2000;
    if (delay <= 0) {
      this.flush();
      return;
    }
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.flush();
    }, delay);
    this.saveTimer.unref?.();
  }

  /** Writes a pending snapshot now (after `updateFile`/`removeFile`). */
  flush(): CorpusWarning | undefined {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
    }
    const w = this.persist();
    if (w) this.warnings.push(w);
    return w;
  }

  /** Writes a pending snapshot and stops the save timer (language server shutdown). */
  dispose(): void {
    if (this.saveTimer) this.flush();
  }
}

function keyOf(file: string): string {
  return file.startsWith('builtin:') ? file : path.resolve(file);
}

/** Loads the corpus through the host's file system and cache. Never throws: problems are in `corpus.warnings`. */
export async function loadCorpus(options: CorpusOptions, host: CorpusHost): Promise<Corpus> {
  const corpus = new Corpus(host);
  try {
    await corpus.load(options ?? { paths: [] });
  } catch (e) {
    if (options?.cacheDir) {
      // Whatever in the cache made the load fail, the corpus itself can still be read: again,
      // without reading the cache (a new snapshot replaces the one that failed).
      const fresh = new Corpus(host);
      host.logger?.log('warn', `corpus cache: the load failed (${String((e as Error)?.message ?? e)}); loading again without the cache`);
      try {
        await fresh.load(options, false);
        fresh.warnings.unshift({ code: 'cache-invalid', path: options.cacheDir, detail: String((e as Error)?.message ?? e) });
        return fresh;
      } catch {
        /* not the cache then: reported below */
      }
    }
    // Defensive: a bug must not take the language server down; report it as a warning.
    host.logger?.log('error', `corpus load failed: ${String((e as Error)?.stack ?? e)}`);
    corpus.warnings.push({ code: 'unreadable', path: '', detail: String((e as Error)?.stack ?? e) });
  }
  return corpus;
}
