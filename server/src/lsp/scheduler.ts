/**
 * Document analyses for the language server, such that one huge document never stalls the others (issue 7,
 * item 1). A small text is analysed at once on the main thread, as before; from `STEPS_MIN_CHARS` its corpus
 * passes run in steps with the event loop free between them (as after a worker's parse). A large one (≥ `WORKER_MIN_CHARS`)
 * is parsed in a worker thread (analysisWorker.ts; past the size limit it is analysed there in full, since no
 * corpus is needed), the parse comes back in slices with the event loop free between them, and only the
 * corpus passes run on the main thread, in steps of ~15 ms (`analyzeInSteps`) with the event loop free
 * between them. Meanwhile requests on other documents are answered.
 *
 * One analysis per document at a time: a newer version of the text, a closed document or a changed
 * service cancels the stale one (a running worker is stopped and replaced); only the latest version's
 * analysis is kept. Requests on a document being analysed wait for it, and stop with a `CancelledError`
 * when their LSP request is cancelled.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationSource, CancelledError, isCancelled, runStepsYielding, type CancellationFlag } from '../service/cancellation';
import type { Analysis, LanguageService } from '../service/languageService';
import type { ServiceSettings } from '../service/options';
import { overSizeLimit, surelyPastCheckCeiling } from '../service/sizeLimit';
import { replyParts, TEXT_PIECE_CHARS, type WorkerJob, type WorkerReply, type WorkerTextPiece, type WorkerValue } from './analysisWorker';
import { unpackSlices } from './slicedTransfer';

/** Texts from this many UTF-16 units are parsed off the main thread (a parse of this size takes ~100 ms). */
export const WORKER_MIN_CHARS = 256 * 1024;

/**
 * Texts from this many UTF-16 units, parsed on the main thread (under `WORKER_MIN_CHARS`, or with no worker),
 * have their corpus passes run in steps all the same: against a large corpus they are most of the work.
 * Shorter ones are analysed in one go (tens of milliseconds).
 */
export const STEPS_MIN_CHARS = 64 * 1024;

/**
 * After a job on a text this long the worker is stopped (a new one starts for the next job, in ~50 ms): its
 * heap, grown to hundreds of MB by the parse, is given back at once instead of sitting beside the main
 * thread's while the next version of the text is sent (a 20 MB draft's keystroke took the server to 1.2 GB).
 */
export const RETIRE_AFTER_CHARS = 4 * 1024 * 1024;

/** A cancellation flag that can also call back (an LSP CancellationToken is one). */
export type RequestToken = CancellationFlag & { onCancellationRequested?: (listener: () => void) => { dispose(): void } };

/** Lets the event loop run pending I/O (incoming requests) before going on. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Waits for `promise`, or rejects with a CancelledError as soon as `token` is cancelled. */
export function untilCancelled<T>(promise: Promise<T>, token: RequestToken | undefined): Promise<T> {
  if (!token) return promise;
  if (token.isCancellationRequested) return Promise.reject(new CancelledError('request cancelled'));
  if (!token.onCancellationRequested) return promise;
  return new Promise<T>((resolve, reject) => {
    const sub = token.onCancellationRequested!(() => {
      sub.dispose();
      reject(new CancelledError('request cancelled'));
    });
    promise.then(
      (v) => {
        sub.dispose();
        resolve(v);
      },
      (e) => {
        sub.dispose();
        reject(e);
      },
    );
  });
}

interface Task {
  job: WorkerJob;
  text: string;
  resolve(reply: WorkerReply): void;
  reject(e: unknown): void;
}

/** One worker thread, one job at a time; a cancelled running job stops the worker (a new one starts for the next). */
export class AnalysisWorker {
  private worker?: Worker;
  private running?: Task;
  private readonly queue: Task[] = [];
  private nextId = 1;
  private idleTimer?: NodeJS.Timeout;
  private disposed = false;

  constructor(
    readonly file: string | undefined,
    private readonly log: (msg: string) => void = () => undefined,
  ) {}

  /** The worker bundle next to the server's (dist/analysisWorker.js), if built. */
  static locate(): string | undefined {
    const file = process.env.RESOLUTION_ANALYSIS_WORKER || path.join(__dirname, 'analysisWorker.js');
    return fs.existsSync(file) ? file : undefined;
  }

  get available(): boolean {
    return !!this.file && !this.disposed;
  }

  /** Runs a job; `cancel()` drops it if queued, or stops the worker if it is running. */
  run(text: string, settings: ServiceSettings): { reply: Promise<WorkerReply>; cancel(): void } {
    let task!: Task;
    const reply = new Promise<WorkerReply>((resolve, reject) => {
      task = { job: { id: this.nextId++, pieces: Math.max(1, Math.ceil(text.length / TEXT_PIECE_CHARS)), settings }, text, resolve, reject };
    });
    this.queue.push(task);
    this.pump();
    return {
      reply,
      cancel: () => {
        const at = this.queue.indexOf(task);
        if (at >= 0) this.queue.splice(at, 1);
        else if (this.running === task) this.stop();
        else return;
        task.reject(new CancelledError('analysis cancelled'));
        this.pump();
      },
    };
  }

  private spawn(): Worker {
    const w = new Worker(this.file!);
    w.on('message', (reply: WorkerReply) => {
      const t = this.running;
      if (!t || t.job.id !== reply.id) return;
      this.running = undefined;
      if (t.text.length >= RETIRE_AFTER_CHARS) this.stop();
      t.resolve(reply);
      this.pump();
    });
    const fail = (why: string) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      const t = this.running;
      this.running = undefined;
      t?.reject(new Error(`analysis worker ${why}`));
      this.pump();
    };
    w.on('error', (e) => fail(`failed: ${e instanceof Error ? e.message : String(e)}`));
    w.on('exit', (code) => fail(`exited (${code})`));
    w.unref();
    return w;
  }

  /** Stops the worker and whatever it runs (the caller rejects the task). */
  private stop(): void {
    const w = this.worker;
    this.worker = undefined;
    this.running = undefined;
    if (w) void w.terminate().catch(() => undefined);
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const task = this.queue.shift();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (!task) {
      // an idle worker holds the last parse's garbage: let it go after a while
      if (this.worker) {
        this.idleTimer = setTimeout(() => this.queue.length || this.running || this.stop(), 5000);
        this.idleTimer.unref();
      }
      return;
    }
    void this.send(task);
  }

  /** Posts the job, then its text piece by piece with the event loop free in between. */
  private async send(task: Task): Promise<void> {
    try {
      const w = (this.worker ??= this.spawn());
      this.running = task;
      w.postMessage(task.job);
      for (let i = 0; i < task.job.pieces; i++) {
        if (i) await yieldToEventLoop();
        if (this.running !== task || this.worker !== w) return; // cancelled meanwhile
        w.postMessage({ id: task.job.id, text: task.text.slice(i * TEXT_PIECE_CHARS, (i + 1) * TEXT_PIECE_CHARS) } satisfies WorkerTextPiece);
      }
    } catch (e) {
      if (this.running === task) this.running = undefined;
      task.reject(e);
      this.log(`analysis worker: ${e instanceof Error ? e.message : String(e)}`);
      this.pump();
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    for (const t of this.queue.splice(0)) t.reject(new CancelledError('shut down'));
    const t = this.running;
    this.stop();
    t?.reject(new CancelledError('shut down'));
  }
}

interface DocState {
  version: number;
  stamp: number;
  analysis: Analysis;
  overLimit: boolean;
}

interface Job {
  version: number;
  stamp: number;
  service: LanguageService;
  source: CancellationSource;
  cancelWorker?: () => void;
  promise: Promise<Analysis>;
}

/** What the analyses need from the server. */
export interface AnalysisHost {
  /** The service for a document (its project configuration's; re-created when the settings change). */
  service(uri: string): LanguageService;
  /** Bumped whenever settings or the corpus change: analyses made before are stale. */
  stamp(): number;
  /** Corpus documents read from the same file as this document. */
  excludeDocIds(uri: string): string[];
  logError(what: string, e: unknown): void;
}

/** The analyses of the open documents: current ones kept, large ones made off the main thread. */
export class DocumentAnalyses {
  private readonly states = new Map<string, DocState>();
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly host: AnalysisHost,
    private readonly worker: AnalysisWorker,
    private readonly minChars = WORKER_MIN_CHARS,
    /** Time spent in the corpus passes before the event loop is let run (0: after every step). */
    private readonly stepBudgetMs = 15,
  ) {}

  /** The analysis of this version of the document, if made and still valid. */
  current(doc: TextDocument): Analysis | undefined {
    const st = this.states.get(doc.uri);
    if (!st || st.version !== doc.version) return undefined;
    if (st.stamp === this.host.stamp()) return st.analysis;
    // past the size limit the corpus is not consulted: only a change of settings makes it stale
    if (st.overLimit && st.analysis.settings === this.host.service(doc.uri).settings) return st.analysis;
    return undefined;
  }

  /** The last analysis made of the document, whatever its version. */
  latest(uri: string): Analysis | undefined {
    return this.states.get(uri)?.analysis;
  }

  /** Analyses on the main thread, now (small documents; requests that cannot wait). */
  analyzeNow(doc: TextDocument): Analysis {
    const cur = this.current(doc);
    if (cur) return cur;
    const service = this.host.service(doc.uri);
    const text = doc.getText();
    const analysis = service.analyze(text, this.states.get(doc.uri)?.analysis, { excludeDocIds: this.host.excludeDocIds(doc.uri) });
    return this.keep(doc.uri, doc.version, this.host.stamp(), analysis, overSizeLimit(text));
  }

  /** The analysis of the document's current version: at once when small, else off the main thread. */
  analysis(doc: TextDocument, token?: RequestToken): Promise<Analysis> {
    try {
      const cur = this.current(doc);
      if (cur) return Promise.resolve(cur);
      // past the ceiling of any check the analysis is one finding, made at once (the text is not even sent to the worker)
      if (doc.getText().length < Math.min(this.minChars, STEPS_MIN_CHARS) || surelyPastCheckCeiling(doc.getText())) return Promise.resolve(this.analyzeNow(doc));
    } catch (e) {
      return Promise.reject(e);
    }
    let job = this.jobs.get(doc.uri);
    if (!job || job.version !== doc.version || job.stamp !== this.host.stamp() || job.service !== this.host.service(doc.uri)) {
      this.cancel(doc.uri);
      job = this.start(doc, doc.getText().length >= this.minChars && this.worker.available);
    }
    return untilCancelled(job.promise, token);
  }

  /** A newer version arrived: the analysis of an older one is dropped at once (not at the debounce). */
  cancelStale(uri: string, version: number): void {
    const job = this.jobs.get(uri);
    if (job && job.version < version) this.cancel(uri);
  }

  /** The document was closed. */
  forget(uri: string): void {
    this.cancel(uri);
    this.states.delete(uri);
  }

  dispose(): void {
    for (const uri of [...this.jobs.keys()]) this.cancel(uri);
    this.worker.dispose();
  }

  private cancel(uri: string): void {
    const job = this.jobs.get(uri);
    if (!job) return;
    this.jobs.delete(uri);
    job.source.cancel();
    job.cancelWorker?.();
  }

  private keep(uri: string, version: number, stamp: number, analysis: Analysis, overLimit: boolean): Analysis {
    for (const f of analysis.failures ?? []) this.host.logError(`analysis of ${uri}`, f);
    const st = this.states.get(uri);
    if (!st || st.version <= version) this.states.set(uri, { version, stamp, analysis, overLimit });
    return analysis;
  }

  /** Starts the analysis of the document's current version: parsed by the worker (`useWorker`) or here, the corpus passes here in steps. */
  private start(doc: TextDocument, useWorker: boolean): Job {
    const uri = doc.uri;
    const version = doc.version;
    const text = doc.getText();
    const stamp = this.host.stamp();
    const service = this.host.service(uri);
    const source = new CancellationSource();
    const job: Job = { version, stamp, service, source, promise: undefined as unknown as Promise<Analysis> };
    const run = useWorker ? this.worker.run(text, service.settings) : undefined;
    job.cancelWorker = run?.cancel;
    job.promise = (async (): Promise<Analysis> => {
      let analysis: Analysis;
      let overLimit = false;
      try {
        ({ analysis, overLimit } = run ? await this.fromWorker(run.reply, text, uri, service, source) : await this.onMainThread(text, uri, service, source));
      } catch (e) {
        if (isCancelled(e) || source.isCancellationRequested) throw isCancelled(e) ? e : new CancelledError('analysis cancelled');
        // the worker (or a step) failed: analyse here in one go rather than not at all
        this.host.logError(run ? `analysis worker, ${uri}` : `analysis of ${uri}`, e);
        analysis = service.analyze(text, this.states.get(uri)?.analysis, { excludeDocIds: this.host.excludeDocIds(uri) });
        overLimit = overSizeLimit(text);
      } finally {
        if (this.jobs.get(uri) === job) this.jobs.delete(uri);
      }
      if (source.isCancellationRequested) throw new CancelledError('analysis cancelled');
      return this.keep(uri, version, stamp, analysis, overLimit);
    })();
    // a cancelled job nobody waits for is not an unhandled rejection
    job.promise.catch(() => undefined);
    this.jobs.set(uri, job);
    return job;
  }

  /**
   * The service's analysis in steps, a slice at a time (`stepBudgetMs`) with the event loop free between them:
   * parsed in the first step unless `document` is the worker's parse, then the corpus passes.
   */
  private inSteps(text: string, uri: string, service: LanguageService, source: CancellationSource, document?: WorkerValue['document']): Promise<Analysis> {
    const steps = service.analyzeInSteps(text, this.states.get(uri)?.analysis, { excludeDocIds: this.host.excludeDocIds(uri), ...(document ? { document } : {}) });
    return runStepsYielding(steps, { yield: yieldToEventLoop, cancellation: source, budgetMs: this.stepBudgetMs });
  }

  private async onMainThread(text: string, uri: string, service: LanguageService, source: CancellationSource): Promise<{ analysis: Analysis; overLimit: boolean }> {
    await yieldToEventLoop();
    return { analysis: await this.inSteps(text, uri, service, source), overLimit: overSizeLimit(text) };
  }

  /** The worker's parse (or, past the size limit, its whole analysis), then the corpus passes here in steps. */
  private async fromWorker(replyPromise: Promise<WorkerReply>, text: string, uri: string, service: LanguageService, source: CancellationSource): Promise<{ analysis: Analysis; overLimit: boolean }> {
    const reply = await replyPromise;
    if (source.isCancellationRequested) throw new CancelledError('analysis cancelled');
    if ('error' in reply) throw new Error(reply.error);
    const value = await unpackSlices<WorkerValue>(replyParts(reply), { yield: yieldToEventLoop, cancellation: source });
    value.document.text = text;
    if (reply.kind === 'analysis') {
      const analysis: Analysis = { document: value.document, agreements: value.agreements ?? [], diagnostics: value.diagnostics ?? [] };
      // as the service marks its own analyses (not enumerable): what it was made with
      Object.defineProperty(analysis, 'corpus', { value: service.corpus, enumerable: false });
      Object.defineProperty(analysis, 'settings', { value: service.settings, enumerable: false });
      Object.defineProperty(analysis, 'excludeDocIds', { value: [], enumerable: false });
      if (value.failures?.length) Object.defineProperty(analysis, 'failures', { value: value.failures, enumerable: false });
      return { analysis, overLimit: true };
    }
    return { analysis: await this.inSteps(text, uri, service, source, value.document), overLimit: false };
  }
}
