/**
 * A file being checked is not its own precedent: `resolution-lint seeds/000_….txt`
 * must not report every paragraph of 80/118 as agreed language from A/RES/80/118.
 * The corpus documents read from the same file are left out of its sources (as
 * the language server does for a corpus file open in the editor). A copy of the
 * file elsewhere is another document, and stays a precedent.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Corpus } from '../service/corpus';
import { resolveSeedsDir } from '../node/seedsDir';

/** The real path of a file (symbolic links resolved), or the absolute path when it cannot be resolved. */
function realFile(file: string): string {
  const abs = path.resolve(file);
  try {
    return fs.realpathSync.native(abs);
  } catch {
    return abs;
  }
}

/** The file a corpus document was read from: `builtin:<name>` is in the built-in seeds folder. */
function documentFile(docPath: string, seedsDir: string | undefined): string | undefined {
  if (docPath.startsWith('builtin:')) return seedsDir ? path.join(seedsDir, docPath.slice('builtin:'.length)) : undefined;
  return path.isAbsolute(docPath) ? docPath : undefined;
}

/**
 * Finds the corpus documents read from a file. The corpus files' real paths
 * are worked out once, on the first question.
 */
export function selfInCorpus(corpus: Corpus, seedsDir: string | undefined = resolveSeedsDir()): (file: string) => string[] {
  let byFile: Map<string, string[]> | undefined;
  return (file: string) => {
    if (!byFile) {
      byFile = new Map();
      for (const d of corpus.documents) {
        const f = documentFile(d.meta.path, seedsDir);
        if (f === undefined) continue;
        const key = realFile(f);
        const ids = byFile.get(key);
        if (ids) ids.push(d.meta.id);
        else byFile.set(key, [d.meta.id]);
      }
    }
    return byFile.get(realFile(file)) ?? [];
  };
}
