/**
 * Temporary folders for tests and benchmarks: made under the system's temporary folder with a
 * prefix that says whose they are, and removed with everything in them (a folder already gone, or
 * never made because a hook failed first, is no error).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A fresh, empty folder: `<tmp>/<prefix>XXXXXX`. */
export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Removes a temporary folder and what it holds; nothing when it is undefined or already gone. */
export function removeTempDir(dir: string | undefined): void {
  if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
}

/** A fresh folder with the function that removes it. */
export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = makeTempDir(prefix);
  return { dir, remove: () => removeTempDir(dir) };
}

/** Runs `fn` in a fresh folder, removed afterwards whether `fn` returns, rejects or throws. */
export function withTempDir<T>(prefix: string, fn: (dir: string) => T): T {
  const dir = makeTempDir(prefix);
  let result: T;
  try {
    result = fn(dir);
  } catch (e) {
    removeTempDir(dir);
    throw e;
  }
  if (result instanceof Promise) return result.finally(() => removeTempDir(dir)) as T;
  removeTempDir(dir);
  return result;
}
