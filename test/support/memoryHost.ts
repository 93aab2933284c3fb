/**
 * An in-memory host for the language service (service/host.ts): files in a map, a cache store
 * in a map (values cloned as a store would serialise them), no workers. Every file system call
 * is counted, so a test can tell what the corpus read.
 */
import * as path from 'path';
import type { CorpusHost } from '../../server/src/service/corpus/corpusHost';
import type { CacheRead, CacheStore, HostDirEntry, HostFileSystem, HostPath, HostStat } from '../../server/src/service/host';

function fail(code: string, file: HostPath): never {
  throw Object.assign(new Error(`${code}: ${String(file)}`), { code });
}

export class MemoryFileSystem implements HostFileSystem {
  private readonly files = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  /** Calls by kind (`stat`, `readBounded`, `readdir`, `realpath`) and the paths read. */
  readonly calls: Record<string, number> = { stat: 0, readBounded: 0, readdir: 0, realpath: 0 };
  readonly reads: string[] = [];

  /** Writes a file (folders are implied by the paths). `mtimeMs` defaults to a day ago (an old, settled file). */
  write(file: string, content: string | Buffer, mtimeMs = Date.now() - 86_400_000): void {
    this.files.set(path.resolve(file), { bytes: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), mtimeMs });
  }

  remove(file: string): void {
    this.files.delete(path.resolve(file));
  }

  private isFolder(p: string): boolean {
    const prefix = p.endsWith(path.sep) ? p : p + path.sep;
    for (const f of this.files.keys()) if (f.startsWith(prefix)) return true;
    return false;
  }

  stat(file: HostPath): HostStat {
    this.calls.stat++;
    const p = path.resolve(String(file));
    const f = this.files.get(p);
    if (f) return { isFile: () => true, isDirectory: () => false, size: f.bytes.length, mtimeMs: f.mtimeMs };
    if (this.isFolder(p)) return { isFile: () => false, isDirectory: () => true, size: 0, mtimeMs: 0 };
    return fail('ENOENT', file);
  }

  readBounded(file: HostPath, limit: number): { bytes: Buffer; overLimit: boolean; stat: HostStat } {
    this.calls.readBounded++;
    const p = path.resolve(String(file));
    const f = this.files.get(p);
    if (!f) return this.isFolder(p) ? fail('EISDIR', file) : fail('ENOENT', file);
    this.reads.push(p);
    const overLimit = f.bytes.length > limit;
    return { bytes: overLimit ? f.bytes.subarray(0, limit + 1) : f.bytes, overLimit, stat: { isFile: () => true, isDirectory: () => false, size: f.bytes.length, mtimeMs: f.mtimeMs } };
  }

  async readdir(folder: HostPath): Promise<HostDirEntry[]> {
    this.calls.readdir++;
    const p = path.resolve(String(folder));
    if (!this.isFolder(p)) return fail(this.files.has(p) ? 'ENOTDIR' : 'ENOENT', folder);
    const names = new Map<string, boolean>(); // name → is a folder
    for (const f of this.files.keys()) {
      if (!f.startsWith(p + path.sep)) continue;
      const rest = f.slice(p.length + 1).split(path.sep);
      names.set(rest[0], (names.get(rest[0]) ?? false) || rest.length > 1);
    }
    return [...names].map(([name, dir]) => ({ name: Buffer.from(name), isFile: () => !dir, isDirectory: () => dir, isSymbolicLink: () => false }));
  }

  realpath(file: HostPath): Buffer {
    this.calls.realpath++;
    this.stat(file);
    return Buffer.from(path.resolve(String(file)));
  }
}

/** A cache store in memory: values cloned on write and read (as serialising them would), a size limit honoured. */
export class MemoryCacheStore implements CacheStore {
  readonly entries = new Map<string, unknown>();
  writes = 0;

  folder(cacheDir: string): string {
    return path.join(cacheDir, 'memory-cache');
  }

  read(file: string, limit: number): CacheRead {
    if (!this.entries.has(file)) return { missing: true };
    const value = structuredClone(this.entries.get(file));
    return limit > 0 ? { value } : { invalid: 'too large' };
  }

  write(file: string, value: unknown): void {
    this.writes++;
    this.entries.set(file, structuredClone(value));
  }

  remove(file: string): void {
    this.entries.delete(file);
  }

  prune(): void {
    /* keeps everything */
  }
}

/** A host over an in-memory file system and cache; the seeds folder is `seedsDir` when given. */
export function memoryHost(fs = new MemoryFileSystem(), cache = new MemoryCacheStore(), seedsDir?: string): CorpusHost & { fs: MemoryFileSystem; cache: MemoryCacheStore } {
  return { fs, cache, seedsDir: (override) => override ?? seedsDir };
}
