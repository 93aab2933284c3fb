/**
 * What the language service is given to reach the world outside it (as vscode-markdown-
 * languageservice is given an `IWorkspace` and an `ILogger`): a file system, a cache store, a
 * logger and a pool of parsing workers. The service imports no Node built-in for I/O; the
 * Node implementations live in `server/src/node/` (`nodeHost()`), and the language server and
 * the CLI construct them and pass them in. Tests can give an in-memory host. What the corpus
 * needs of them is `CorpusHost` (corpus/corpusHost.ts).
 */

/** A path: a string, or the raw bytes of a name that is not UTF-8 (read as is). */
export type HostPath = string | Buffer;

/** What a stat says (a Node `fs.Stats` is one). */
export interface HostStat {
  isFile(): boolean;
  isDirectory(): boolean;
  size: number;
  mtimeMs: number;
}

/** One entry of a folder, its name as raw bytes (a Node `fs.Dirent<Buffer>` is one). */
export interface HostDirEntry {
  name: Buffer;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/**
 * The file system the corpus is read from. Failures throw an error whose `code` says why, as
 * Node's do (`ENOENT`, `ENOTDIR`, `EISDIR`, `EACCES` …): the corpus turns them into warnings.
 */
export interface HostFileSystem {
  /** Follows symbolic links. */
  stat(file: HostPath): HostStat;
  /**
   * Reads at most `limit + 1` bytes (a file that grows, a device: the byte past the limit says
   * "over"), with the stat of the file read.
   */
  readBounded(file: HostPath, limit: number): { bytes: Buffer; overLimit: boolean; stat: HostStat };
  /** A folder's entries (asynchronous: a slow or network disk must not block the server). */
  readdir(folder: HostPath): Promise<HostDirEntry[]>;
  /** The real path (symbolic links resolved), as raw bytes. */
  realpath(file: HostPath): Buffer;
}

/** What a cache read gives: the stored value, nothing (no such entry), or why it cannot be used. */
export type CacheRead = { value: unknown } | { missing: true } | { invalid: string };

/**
 * Where the corpus snapshot and its deltas are kept. Values are structured data (typed arrays
 * included) stored whole; a store checks what it reads back (a checksum) and writes atomically.
 */
export interface CacheStore {
  /** The folder entries go to for a cache folder the user named (the store's own part of it). */
  folder(cacheDir: string): string;
  /** The value stored under `file` (a path inside `folder(…)`), read only if at most `limit` bytes. Never throws. */
  read(file: string, limit: number): CacheRead;
  /** Stores a value under `file`, atomically. Throws on failure (the error's `code` says why). */
  write(file: string, value: unknown): void;
  /** Removes the entry, if any. Never throws. */
  remove(file: string): void;
  /** Drops old entries beside `current` (best effort). */
  prune(current: string): void;
}

/** Where the service's own messages go (not the user's diagnostics). */
export interface Logger {
  log(level: 'error' | 'warn' | 'info', message: string): void;
}

/** Jobs done somewhere else than here (worker threads); results in the order asked. */
export interface WorkerPool<Job, Result> {
  process(job: Job): Promise<Result>;
  /** Stops the workers (jobs still queued are done here). */
  close(): void;
}

/** Makes a pool for a batch of work, or says to do it here (undefined) when too little makes it worth it. */
export interface WorkerPoolFactory<Job, Result> {
  create(files: number, documents: number): WorkerPool<Job, Result> | undefined;
}
