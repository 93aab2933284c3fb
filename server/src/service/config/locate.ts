/**
 * Finding the configuration file of a draft: the nearest `.resolutionrc.json` or
 * `resolution.config.json` in its folder or a folder above. The file system is given
 * (a host function), so the service stays free of I/O.
 */
import * as path from 'path';
import { CONFIG_FILE_NAMES } from './projectConfig';

/** Whether a file exists (a plain file; a folder of that name does not count). */
export type FileExists = (file: string) => boolean;

/** Folders walked up at most (a deep path on a network share costs one stat per folder and name). */
const MAX_LEVELS = 64;

/** The nearest configuration file for a file in `dir`, or undefined. `cache` maps folders to answers. */
export function findConfigFile(dir: string, exists: FileExists, cache?: Map<string, string | null>): string | undefined {
  const walked: string[] = [];
  let current = path.resolve(dir);
  let found: string | null = null;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const known = cache?.get(current);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(current);
    const hit = CONFIG_FILE_NAMES.map((n) => path.join(current, n)).find((f) => exists(f));
    if (hit) {
      found = hit;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (cache) for (const d of walked) cache.set(d, found);
  return found ?? undefined;
}

/** Whether a path names a configuration file. */
export function isConfigFile(file: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(file));
}
