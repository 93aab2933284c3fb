/**
 * Entry of the corpus parsing worker (dist/corpusWorker.js, see parallel.ts): one message per
 * file in, its `ProcessedFile` out.
 */
import { parentPort } from 'worker_threads';
import { packDocument } from './cache';
import { processFile } from './process';
import type { ParseJob } from './parallel';

parentPort?.on('message', (job: ParseJob) => {
  let result;
  try {
    result = processFile(job.bytes, job.key, { builtIn: job.builtIn, manifest: job.manifest, hash: job.hash });
  } catch (e) {
    // processFile does not throw; should it, the main thread's copy reports it the same way.
    result = { key: job.key, hash: job.hash, textHash: job.hash, builtIn: job.builtIn, warnings: [{ code: 'unreadable', path: job.key, detail: String((e as Error)?.message ?? e) }] };
  }
  // In column form: cloning a few strings per document costs far less than a quarter of a
  // million small paragraph objects (see cache.ts); parallel.ts unpacks it.
  const { doc, ...rest } = result as typeof result & { doc?: Parameters<typeof packDocument>[0] };
  parentPort!.postMessage(doc ? { ...rest, packed: packDocument(doc) } : rest);
});
