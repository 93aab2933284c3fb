/**
 * What the CLI's commands (`resolution-lint`, `resolution-export`) share: the exit statuses, where a
 * command reads and writes (tests pass their own), and where the precedent index is cached.
 */
import * as path from 'path';
import type { Corpus, CorpusOptions } from '../service/corpus';
import { loadCorpus } from '../node/loadCorpus';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
/** Bad usage, unreadable input, unwritable output, or a failure of the tool itself. */
export const EXIT_USAGE = 2;

/** Where a command reads and writes; tests pass their own. */
export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** Folder relative paths are resolved against. */
  cwd: string;
  loadCorpus(options: CorpusOptions): Promise<Corpus>;
}

/** The process's own streams, environment and folder, and the corpus read from disk. */
export function processIO(): CommandIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    loadCorpus,
  };
}

/**
 * Where the precedent index is kept between runs unless --cache-dir says otherwise:
 * $XDG_CACHE_HOME/resolution-lint, else ~/.cache/resolution-lint; none when the environment has neither.
 * Reopening an unchanged corpus then reads the index instead of parsing every file again.
 */
export function defaultCacheDir(env: Record<string, string | undefined>): string | undefined {
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'resolution-lint');
  if (env.HOME) return path.join(env.HOME, '.cache', 'resolution-lint');
  return undefined;
}

/** The cache folder the options ask for: none with --no-cache, --cache-dir's (from the working folder), else the default. */
export function cacheDirOf(options: { cache: boolean; cacheDir?: string }, io: Pick<CommandIO, 'cwd' | 'env'>): string | undefined {
  if (!options.cache) return undefined;
  return options.cacheDir ? path.resolve(io.cwd, options.cacheDir) : defaultCacheDir(io.env);
}
