/**
 * Parsing corpus files in worker threads (the Node host's worker pool, see service/host.ts). A cold load of 2,000 resolutions spends most of its
 * time in `processFile` (parse + label + reference digest), which is pure: the same bytes give
 * the same result, on any thread. The workers run `corpusWorker.js`, a bundle built next to the
 * language server's (scripts/build.mjs); where it is absent (tests run from the TypeScript
 * sources) or a worker fails, files are processed in this thread instead, with the same result.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { unpackDocument, type PackedDocument } from '../service/corpus/cache';
import { MIN_PARALLEL_DOCUMENTS, MIN_PARALLEL_FILES, processHere as inProcess, type ParseJob } from '../service/corpus/parseJob';
import type { ProcessedFile } from '../service/corpus/process';
import type { WorkerPool, WorkerPoolFactory } from '../service/host';

interface Pending {
  job: ParseJob;
  resolve: (p: ProcessedFile | Promise<ProcessedFile>) => void;
}

/**
 * The worker bundle next to this code (dist/corpusWorker.js), if there is one.
 * `RESOLUTION_CORPUS_WORKERS=0` turns the workers off; `RESOLUTION_CORPUS_WORKER` names
 * another bundle (tests, which run from the sources).
 */
function workerFile(): string | undefined {
  if (process.env.RESOLUTION_CORPUS_WORKERS === '0') return undefined;
  const file = process.env.RESOLUTION_CORPUS_WORKER || path.join(__dirname, 'corpusWorker.js');
  try {
    return fs.statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** A small pool of parsing workers; `process` gives each file's result in the order asked. */
export class ParsePool implements WorkerPool<ParseJob, ProcessedFile> {
  private readonly workers: Array<{ worker: Worker; busy?: Pending; dead: boolean }> = [];
  private readonly queue: Pending[] = [];
  private closed = false;

  private constructor(file: string, size: number) {
    for (let k = 0; k < size; k++) {
      const slot: { worker: Worker; busy?: Pending; dead: boolean } = { worker: new Worker(file), dead: false };
      slot.worker.unref();
      slot.worker.on('message', (message: ProcessedFile & { packed?: PackedDocument }) => {
        const done = slot.busy;
        slot.busy = undefined;
        if (!done) return;
        const { packed, ...result } = message;
        const doc = packed ? unpackDocument(packed) : undefined;
        if (packed && !doc) done.resolve(inProcess(done.job));
        else done.resolve(doc ? { ...result, doc } : result);
        this.pump();
      });
      const fail = () => {
        if (slot.dead) return;
        slot.dead = true;
        const lost = slot.busy;
        slot.busy = undefined;
        // Whatever that worker had is done here; the others carry on.
        if (lost) lost.resolve(inProcess(lost.job));
        this.pump();
      };
      slot.worker.on('error', fail);
      slot.worker.on('exit', fail);
      this.workers.push(slot);
    }
  }

  /** A pool, or undefined when there is no worker bundle or a single core. */
  static create(files: number, documents = 0): ParsePool | undefined {
    // A PDF costs what ~50 text files cost (0.5 s against 10 ms): two of them are worth the workers.
    if (files < MIN_PARALLEL_FILES && documents < MIN_PARALLEL_DOCUMENTS) return undefined;
    const file = workerFile();
    if (!file) return undefined;
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    if (cores < 2) return undefined;
    try {
      return new ParsePool(file, Math.min(cores, 4));
    } catch {
      return undefined;
    }
  }

  /** Processes one file in a worker (or here, when no worker is left). */
  process(job: ParseJob): Promise<ProcessedFile> {
    return new Promise<ProcessedFile>((resolve: (p: ProcessedFile | Promise<ProcessedFile>) => void) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length) {
      const slot = this.workers.find((w) => !w.dead && !w.busy);
      if (!slot) break;
      const next = this.queue.shift()!;
      slot.busy = next;
      try {
        slot.worker.postMessage(next.job);
      } catch {
        slot.busy = undefined;
        next.resolve(inProcess(next.job));
      }
    }
    if (this.queue.length && (this.closed || this.workers.every((w) => w.dead))) {
      for (const p of this.queue.splice(0)) p.resolve(inProcess(p.job));
    }
  }

  /** Stops the workers (jobs still queued are processed here). */
  close(): void {
    this.closed = true;
    for (const w of this.workers) {
      w.dead = true;
      void w.worker.terminate();
    }
    this.pump();
  }
}

/** The Node host's worker pool: `ParsePool.create`. */
export const nodeWorkerPool: WorkerPoolFactory<ParseJob, ProcessedFile> = { create: (files, documents) => ParsePool.create(files, documents) };
