/**
 * Entry of the corpus parsing worker (dist/corpusWorker.js, see nodeWorkerPool.ts): one message per
 * file in, its `ProcessedFile` out (PDF and Word files are read here too).
 */
import { parentPort } from 'worker_threads';
import { packDocument } from '../service/corpus/cache';
import { processAnyFile } from '../service/corpus/process';
import type { ParseJob } from '../service/corpus/parseJob';

parentPort?.on('message', async (job: ParseJob) => {
  let result;
  try {
    // PDF and Word files are read asynchronously (pdf.js); the pool sends one job at a time.
    result = await processAnyFile(job.bytes, job.key, { builtIn: job.builtIn, manifest: job.manifest, hash: job.hash, documentTimeoutMs: job.documentTimeoutMs });
  } catch (e) {
    // processFile does not throw; should it, the main thread's copy reports it the same way.
    result = { key: job.key, hash: job.hash, textHash: job.hash, builtIn: job.builtIn, warnings: [{ code: 'unreadable', path: job.key, detail: String((e as Error)?.message ?? e) }] };
  }
  // In column form: cloning a few strings per document costs far less than a quarter of a
  // million small paragraph objects (see cache.ts); nodeWorkerPool.ts unpacks it.
  const { doc, ...rest } = result as typeof result & { doc?: Parameters<typeof packDocument>[0] };
  parentPort!.postMessage(doc ? { ...rest, packed: packDocument(doc) } : rest);
});
