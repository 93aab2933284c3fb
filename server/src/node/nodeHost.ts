/**
 * The Node host of the language service (service/host.ts): the disk, the cache in its own
 * folder, worker threads, and a logger. The language server and the CLI make one and pass it in.
 */
import type { CorpusHost } from '../service/corpus/corpusHost';
import type { Logger } from '../service/host';
import { nodeCacheStore } from './nodeCacheStore';
import { nodeFileSystem } from './nodeFileSystem';
import { nodeWorkerPool } from './nodeWorkerPool';
import { resolveSeedsDir } from './seedsDir';

export interface NodeHostOptions {
  /** Where the service's own messages go (default: nowhere; the server gives its connection's console). */
  logger?: Logger;
  /**
   * Worker threads for a cold load (default on). `RESOLUTION_CORPUS_WORKERS=0` turns them off;
   * `RESOLUTION_CORPUS_WORKER` names another worker bundle (tests, which run from the sources).
   */
  workers?: boolean;
}

export function nodeHost(options: NodeHostOptions = {}): CorpusHost {
  return {
    fs: nodeFileSystem,
    cache: nodeCacheStore,
    workers: options.workers === false ? undefined : nodeWorkerPool,
    logger: options.logger,
    seedsDir: resolveSeedsDir,
  };
}
