/**
 * The built-in precedent corpus: the `seeds/` folder with its `manifest.json` (the host finds
 * the folder, see node/seedsDir.ts).
 */
import * as path from 'path';
import type { HostFileSystem } from '../host';

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

/** Largest manifest read (the seeds' is a few KB). */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

/** Reads `manifest.json`; undefined when absent or malformed. */
export function readManifest(fs: HostFileSystem, seedsDir: string): Manifest | undefined {
  try {
    const read = fs.readBounded(path.join(seedsDir, 'manifest.json'), MAX_MANIFEST_BYTES);
    if (read.overLimit) return undefined;
    const raw: unknown = JSON.parse(read.bytes.toString('utf8'));
    if (!raw || typeof raw !== 'object' || !Array.isArray((raw as Manifest).documents)) return undefined;
    const documents = (raw as Manifest).documents.filter(
      (d): d is ManifestEntry => !!d && typeof d === 'object' && typeof d.file === 'string',
    );
    return { documents };
  } catch {
    return undefined;
  }
}
