/** What the corpus needs from its host (service/host.ts): files, a cache, parsing workers, a logger, the seeds. */
import type { CacheStore, HostFileSystem, HostPath, Logger, WorkerPoolFactory } from '../host';
import type { ParseJob } from './parseJob';
import type { ProcessedFile } from './process';

/** Everything the corpus needs from its host. */
export interface CorpusHost {
  fs: HostFileSystem;
  /** Where the corpus is persisted; none = no persistence even when a cache folder is named. */
  cache?: CacheStore;
  /** None = every file parsed in this thread. */
  workers?: WorkerPoolFactory<ParseJob, ProcessedFile>;
  logger?: Logger;
  /** The built-in seeds folder (holding `manifest.json`): `override` when it holds one, else where the host finds it. */
  seedsDir(override?: string): string | undefined;
}

function missing(file: HostPath): Error {
  return Object.assign(new Error(`ENOENT: ${String(file)}`), { code: 'ENOENT' });
}

/** A host with no files, no cache and no workers (an empty corpus). */
export const EMPTY_HOST: CorpusHost = {
  fs: {
    stat: (f) => {
      throw missing(f);
    },
    readBounded: (f) => {
      throw missing(f);
    },
    readdir: (f) => Promise.reject(missing(f)),
    realpath: (f) => {
      throw missing(f);
    },
  },
  seedsDir: () => undefined,
};
