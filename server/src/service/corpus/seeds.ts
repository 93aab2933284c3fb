/**
 * The built-in precedent corpus: the `seeds/` folder with its `manifest.json`.
 *
 * The folder sits at the repository root. Code runs from several places: the
 * TypeScript sources (tests, `server/src/service/corpus/`), the bundles in
 * `dist/` (extension, language server, CLI, bench) and an installed package, so
 * the resolver looks in each of those places relative to this module and the
 * entry script.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface ManifestEntry {
  file: string;
  symbol: string | null;
  citation?: string;
  citationEn?: string;
  title?: string | null;
  organ?: string | null;
  kind?: string | null;
  status?: string | null;
  date?: string | null;
  language?: string | null;
  session?: number | null;
}

export interface Manifest {
  documents: ManifestEntry[];
}

function isSeedsDir(dir: string): boolean {
  try {
    return fs.statSync(path.join(dir, 'manifest.json')).isFile();
  } catch {
    return false;
  }
}

/** Places the `seeds/` folder may be, most likely first. */
function seedsDirCandidates(): string[] {
  const bases = [__dirname];
  const main = require.main?.filename;
  if (main) bases.push(path.dirname(main));
  const out: string[] = [];
  for (const base of bases) {
    // dist/*.js → ../seeds; server/src/service/corpus → ../../../../seeds; and anything in between.
    for (let up = 0; up <= 5; up++) {
      out.push(path.resolve(base, ...Array<string>(up).fill('..'), 'seeds'));
    }
  }
  out.push(path.resolve(process.cwd(), 'seeds'));
  return [...new Set(out)];
}

/** The built-in `seeds/` folder, or undefined when it cannot be found. `override` wins when it holds a manifest. */
export function resolveSeedsDir(override?: string): string | undefined {
  if (override && isSeedsDir(override)) return path.resolve(override);
  return seedsDirCandidates().find(isSeedsDir);
}

/** Reads `manifest.json`; undefined when absent or malformed. */
export function readManifest(seedsDir: string): Manifest | undefined {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(seedsDir, 'manifest.json'), 'utf8'));
    if (!raw || typeof raw !== 'object' || !Array.isArray((raw as Manifest).documents)) return undefined;
    const documents = (raw as Manifest).documents.filter(
      (d): d is ManifestEntry => !!d && typeof d === 'object' && typeof d.file === 'string',
    );
    return { documents };
  } catch {
    return undefined;
  }
}
