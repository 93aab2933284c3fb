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
