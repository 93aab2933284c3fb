/**
 * Cancellation and yielding without editor types: the server passes an LSP CancellationToken (it has
 * `isCancellationRequested`) or its own flag; code that works in slices calls a plain `yield` hook
 * between them so that other work (another document's requests) can run.
 */

/** Anything with `isCancellationRequested`: an LSP CancellationToken, or a plain `{ isCancellationRequested: boolean }`. */
export interface CancellationFlag {
  readonly isCancellationRequested: boolean;
}


/** Lets other work run; resolves when this work may go on. */
export type YieldHook = () => Promise<void>;

/** Thrown when work stops because it was cancelled (a newer version of the text, a cancelled request). */
export class CancelledError extends Error {
  constructor(what = 'cancelled') {
    super(what);
    this.name = 'CancelledError';
  }
}


export function isCancelled(e: unknown): e is CancelledError {
  return e instanceof CancelledError;
}


export function throwIfCancelled(flag: CancellationFlag | undefined, what?: string): void {
  if (flag?.isCancellationRequested) throw new CancelledError(what);
}


/** A flag that can be set: `cancel()` sets `isCancellationRequested`. */
export class CancellationSource implements CancellationFlag {
  private cancelled = false;
  get isCancellationRequested(): boolean {
    return this.cancelled;
  }
  cancel(): void {
    this.cancelled = true;
  }
}


/**
 * Work done in steps: a generator that yields (nothing) at points where it may be paused, and returns its
 * result. Pure code offers one so that a caller on a busy thread can let other work run between steps.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end at once (what a caller with nothing else to do wants). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}


/**
 * Runs steps, calling `yield` whenever `budgetMs` (default 15) has been spent since the last call, and
 * stopping with a CancelledError (the generator closed) once `cancellation` is set.
 */
export async function runStepsYielding<T>(steps: Steps<T>, options: { yield: YieldHook; budgetMs?: number; cancellation?: CancellationFlag; now?: () => number }): Promise<T> {
  const budget = options.budgetMs ?? 15;
  const now = options.now ?? Date.now;
  let since = now();
  try {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (now() - since >= budget) {
        await options.yield();
        since = now();
      }
      throwIfCancelled(options.cancellation, 'analysis cancelled');
    }
  } finally {
    steps.return(undefined as T);
  }
}

/** Items a loop handles between two reads of the flag (see `cancellationCheck`). */
export const CHECK_EVERY = 64;

/**
 * A check for long loops: call it once per item; it reads the flag on the first call and then every
 * `every` calls, and throws CancelledError once the flag is set, so cancelled work stops within `every`
 * items. Without a flag it does nothing.
 */
export function cancellationCheck(flag: CancellationFlag | undefined, every = CHECK_EVERY, what?: string): () => void {
  if (!flag) return noCheck;
  let n = 0;
  return () => {
    if (n++ % every === 0) throwIfCancelled(flag, what);
  };
}


function noCheck(): void {}
