/**
 * Loads the corpus in the background with work-done progress (during the folder
 * walk too), cancels a load that new settings make moot, and keeps it in
 * step with its folders (client file watching when available, else fs.watch).
 * Changes to a persisted corpus are written a moment after they happen; the
 * pending ones are written when the corpus is replaced, on shutdown and on exit
 * (`Corpus.dispose`), so the next start reads them from the cache.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Connection,
  type Disposable,
  type FileEvent,
  type ClientCapabilities,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { Corpus } from '../service/corpus';
import { loadCorpus } from '../node/loadCorpus';
import { nodeHost } from '../node/nodeHost';
import { isSystemFolder } from '../service/corpus/files';

export interface CorpusConfig {
  folders: string[];
  includeBuiltIn: boolean;
  cacheDir?: string;
  /** Most files read from the folders (`resolution.corpus.maxFiles`; undefined = the corpus default). */
  maxFiles?: number;
  /** Most bytes read from the folders in all (`resolution.corpus.maxTotalMB`). */
  maxTotalBytes?: number;
}

export class CorpusManager {
  corpus: Corpus | undefined;
  indexing = false;
  private generation = 0;
  private config: CorpusConfig = { folders: [], includeBuiltIn: true };
  private watchers: Array<{ dispose(): void }> = [];
  private pending = new Map<string, 'changed' | 'deleted'>();
  private flushTimer: NodeJS.Timeout | undefined;
  private current: Promise<void> = Promise.resolve();
  /** Aborts the load in progress (a newer one supersedes it, or the server shuts down). */
  private loading?: AbortController;
  /** Resolves when the first load (started after the settings arrive) has finished. */
  private firstLoad: Promise<void>;
  private firstLoaded!: () => void;
  loadedOnce = false;
  /** Writes the pending changes when the process exits without a shutdown request. */
  private readonly onProcessExit = () => this.disposeCorpus(this.corpus);
  /** The Node host the corpus reads its files through; the service's own messages go to the log. */
  private readonly host = nodeHost({ logger: { log: (_level, message) => this.log(message) } });

  constructor(
    private readonly connection: Connection,
    private readonly capabilities: () => ClientCapabilities,
    /** `status`: only the indexing state changed; `corpus`: the corpus itself did (analyses are stale). */
    private readonly onChange: (what: 'status' | 'corpus') => void,
    private readonly log: (msg: string) => void,
  ) {
    this.firstLoad = new Promise((resolve) => {
      this.firstLoaded = resolve;
    });
    process.on('exit', this.onProcessExit);
  }

  /** Writes a corpus's pending changes to its cache; never throws. */
  private disposeCorpus(corpus: Corpus | undefined): void {
    if (!corpus) return;
    try {
      corpus.dispose();
    } catch (e) {
      this.log(`corpus save failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Whether a load is running or has not happened yet. */
  get unsettled(): boolean {
    return this.indexing || !this.loadedOnce;
  }

  get documents(): number {
    return this.corpus?.documents.length ?? 0;
  }

  /** (Re)loads the corpus; resolves when done. A newer load supersedes an older one. */
  load(config: CorpusConfig): Promise<void> {
    this.config = config;
    const gen = ++this.generation;
    // The load still running is for settings that no longer hold: stop it rather than wait for it.
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    this.indexing = true;
    this.onChange('status');
    const run = async (): Promise<void> => {
      if (controller.signal.aborted) return;
      const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
      progress?.begin('Resolution corpus', 0, 'indexing…', false);
      const started = Date.now();
      // The corpus being replaced writes its pending changes first: the new one may read them from the cache.
      this.disposeCorpus(this.corpus);
      try {
        const corpus = await loadCorpus({
          paths: config.folders,
          includeBuiltIn: config.includeBuiltIn,
          cacheDir: config.cacheDir,
          maxFiles: config.maxFiles,
          maxTotalBytes: config.maxTotalBytes,
          signal: controller.signal,
          onListing: (folders, files) => progress?.report(`${folders} folders, ${files} files found`),
                    // The file just done is named: a folder of PDFs takes a while per file.
          onProgress: (done, total, file) => progress?.report(total ? Math.round((100 * done) / total) : 0, file ? `${done}/${total} ${path.basename(file)}` : `${done}/${total}`),
        }, this.host);
        if (corpus.cancelled || gen !== this.generation) {
          if (corpus.cancelled) this.log(`corpus load cancelled after ${Date.now() - started} ms: the settings changed`);
          this.disposeCorpus(corpus);
          return;
        }
        const replaced = this.corpus;
        this.corpus = corpus;
        if (replaced !== corpus) this.disposeCorpus(replaced);
        this.log(`corpus: ${corpus.documents.length} documents, ${corpus.warnings.length} warnings, ${Date.now() - started} ms`);
        for (const w of corpus.warnings.slice(0, 20)) this.log(`corpus warning: ${w.code} ${w.path}${w.detail ? ` (${w.detail})` : ''}`);
      } catch (e) {
        this.log(`corpus load failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      } finally {
        progress?.done();
        if (gen === this.generation) {
          this.indexing = false;
          this.loadedOnce = true;
          this.firstLoaded();
          await this.watch().catch((e) => this.log(`corpus watch failed: ${String(e)}`));
          this.onChange('corpus');
        }
      }
    };
    this.current = this.current.then(run, run);
    return this.current;
  }

  /** Waits for the first load, then for the current one. */
  async ready(): Promise<void> {
    await this.firstLoad;
    await this.current;
  }

  private async watch(): Promise<void> {
    this.disposeWatchers();
    const folders = this.config.folders.filter((f) => {
      try {
        return fs.existsSync(f);
      } catch {
        return false;
      }
    });
    if (!folders.length) return;
    const caps = this.capabilities();
    const dyn = caps.workspace?.didChangeWatchedFiles;
    if (dyn?.dynamicRegistration) {
      const relative = dyn.relativePatternSupport === true;
      const watchers = folders.map((f) => {
        const dir = isDirectory(f) ? f : path.dirname(f);
        const pattern = isDirectory(f) ? '**/*' : path.basename(f);
        return { globPattern: relative ? { baseUri: URI.file(dir).toString(), pattern } : path.join(dir, pattern).replace(/\\/g, '/') };
      });
      const reg: Disposable = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
      this.watchers.push(reg);
      return;
    }
    for (const f of folders) {
      const full = path.resolve(f);
      if (isDirectory(full) && (path.parse(full).root === full || isSystemFolder(full))) {
        // Watching a whole disk recursively means walking all of it again (Node watches each folder).
        this.log(`fs.watch ${f}: not watched (a disk root or system folder)`);
        continue;
      }
      try {
        const dir = isDirectory(f);
        const w = fs.watch(f, { recursive: dir, persistent: false }, (_event, name) => {
          const file = dir && name ? path.join(f, name.toString()) : f;
          this.queue(file, fs.existsSync(file) ? 'changed' : 'deleted');
        });
        w.on('error', (e) => this.log(`fs.watch ${f}: ${String(e)}`));
        this.watchers.push({ dispose: () => w.close() });
      } catch (e) {
        this.log(`fs.watch ${f} failed: ${String(e)}`);
      }
    }
  }

  /** Client file events (workspace/didChangeWatchedFiles). */
  onWatchedFiles(changes: FileEvent[]): void {
    for (const c of changes) {
      let file: string;
      try {
        file = URI.parse(c.uri).fsPath;
      } catch {
        continue;
      }
      if (!this.inCorpusFolders(file)) continue;
      this.queue(file, c.type === FileChangeType.Deleted ? 'deleted' : 'changed');
    }
  }

  private inCorpusFolders(file: string): boolean {
    const f = path.resolve(file);
    return this.config.folders.some((folder) => {
      const d = path.resolve(folder);
      return f === d || f.startsWith(d + path.sep);
    });
  }

  private queue(file: string, kind: 'changed' | 'deleted'): void {
    this.pending.set(file, kind);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => void this.flush(), 300);
  }

  private async flush(): Promise<void> {
    const corpus = this.corpus;
    const batch = [...this.pending.entries()];
    this.pending.clear();
    if (!corpus || !batch.length) return;
    const gen = this.generation;
    this.indexing = true;
    this.onChange('status');
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Resolution corpus', 0, 're-indexing…', false);
    try {
      let i = 0;
      for (const [file, kind] of batch) {
        if (gen !== this.generation) return;
        progress?.report(Math.round((100 * i++) / batch.length), path.basename(file));
        if (kind === 'deleted' || isDirectory(file)) {
          if (kind === 'deleted') corpus.removeFile(file);
          continue;
        }
        await corpus.updateFile(file);
      }
      this.log(`corpus: re-indexed ${batch.length} changed file(s); ${corpus.documents.length} documents`);
    } catch (e) {
      this.log(`corpus update failed: ${String(e)}`);
    } finally {
      progress?.done();
      if (gen === this.generation) this.indexing = false;
      this.onChange('corpus');
    }
  }

  private disposeWatchers(): void {
    for (const w of this.watchers) {
      try {
        w.dispose();
      } catch {
        /* already gone */
      }
    }
    this.watchers = [];
  }

  /** Stops loading and watching, and writes the corpus's pending changes (shutdown). */
  dispose(): void {
    this.generation++;
    this.loading?.abort();
    this.firstLoaded();
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.disposeWatchers();
    this.disposeCorpus(this.corpus);
    process.removeListener('exit', this.onProcessExit);
  }
}

function isDirectory(f: string): boolean {
  try {
    return fs.statSync(f).isDirectory();
  } catch {
    return false;
  }
}
