/**
 * A corpus file to parse, as handed to a pool of parsing workers (the host's, see host.ts and
 * node/nodeWorkerPool.ts), and when a pool is worth starting.
 */
import type { ManifestEntry } from './seeds';
import { processAnyFile, type ProcessedFile } from './process';

/** Below this many files to parse, starting workers costs more than it saves. */
export const MIN_PARALLEL_FILES = 24;
/** …or this many PDF or Word files. */
export const MIN_PARALLEL_DOCUMENTS = 2;

export interface ParseJob {
  bytes: Uint8Array;
  key: string;
  builtIn: boolean;
  manifest?: ManifestEntry;
  hash: string;
  documentTimeoutMs?: number;
}

/** A job done in this thread (no worker, or a worker that failed): the same result. */
export function processHere(job: ParseJob): ProcessedFile | Promise<ProcessedFile> {
  return processAnyFile(job.bytes, job.key, { builtIn: job.builtIn, manifest: job.manifest, hash: job.hash, documentTimeoutMs: job.documentTimeoutMs });
}
