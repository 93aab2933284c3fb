/**
 * The persisted corpus: one snapshot file per corpus (per set of configured
 * paths) in the cache folder, holding each file's content hash and what was
 * made of it (corpus document, reference digest, warnings) plus the
 * agreed-language index itself when the index can serialise itself.
 *
 * The snapshot is valid for a file when the file's content hash matches, and
 * for the whole when the code fingerprint (snapshot format, parser and index
 * versions, build) matches. A file that changed is processed again alone; a
 * corrupt or stale snapshot is ignored with a warning and rebuilt.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as matching from '../matching';
import * as parser from '../parser';
import type { ProcessedFile } from './process';
import type { CorpusWarning } from './types';

/** Bump when the snapshot layout or what `processFile` makes of a file changes. */
export const CORPUS_CACHE_FORMAT = 2;

const MAGIC = 'un-resolution-corpus-cache';

export interface Snapshot {
  magic: typeof MAGIC;
  format: number;
  fingerprint: string;
  files: ProcessedFile[];
  /** `index.toJSON()` of an index holding exactly the documents of `indexDocIds`. */
  index?: unknown;
  indexDocIds?: string[];
}

function exportedVersion(mod: unknown, names: string[]): string {
  const m = mod as Record<string, unknown>;
  const parts: string[] = [];
  for (const n of names) {
    const v = m[n];
    if (typeof v === 'string' || typeof v === 'number') parts.push(`${n}=${v}`);
  }
  const cls = m.AgreedLanguageIndex as Record<string, unknown> | undefined;
  if (cls && (typeof cls.version === 'string' || typeof cls.version === 'number')) parts.push(`index=${cls.version}`);
  return parts.join(',');
}

/** Newest modification time among the service's source files (dev), or of the bundle (packaged). */
function buildStamp(): string {
  try {
    if (__filename.endsWith('.ts')) {
      const serviceDir = path.resolve(__dirname, '..');
      let newest = 0;
      let count = 0;
      const walk = (dir: string, depth: number) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          const full = path.join(dir, e.name);
          if (e.isDirectory() && depth < 3) walk(full, depth + 1);
          else if (e.isFile() && e.name.endsWith('.ts')) {
            newest = Math.max(newest, fs.statSync(full).mtimeMs);
            count++;
          }
        }
      };
      walk(serviceDir, 0);
      return `src:${Math.floor(newest)}:${count}`;
    }
    const st = fs.statSync(__filename);
    return `bundle:${Math.floor(st.mtimeMs)}:${st.size}`;
  } catch {
    return 'unknown';
  }
}

let cachedFingerprint: string | undefined;

/** What the snapshot depends on besides the files: format, parser and index versions, the build. */
export function codeFingerprint(): string {
  if (!cachedFingerprint) {
    cachedFingerprint = [
      `format=${CORPUS_CACHE_FORMAT}`,
      exportedVersion(parser, ['PARSER_VERSION']),
      exportedVersion(matching, ['INDEX_VERSION', 'MATCHING_VERSION']),
      buildStamp(),
    ].join('|');
  }
  return cachedFingerprint;
}

/** The snapshot file for a corpus made of these sources (built-ins + configured paths). */
export function cacheFileFor(cacheDir: string, sources: readonly string[]): string {
  const key = createHash('sha1').update(JSON.stringify([...sources].sort())).digest('hex').slice(0, 16);
  return path.join(cacheDir, `corpus-${key}.bin`);
}

function isSnapshot(x: unknown): x is Snapshot {
  if (!x || typeof x !== 'object') return false;
  const s = x as Snapshot;
  return s.magic === MAGIC && typeof s.format === 'number' && typeof s.fingerprint === 'string' && Array.isArray(s.files);
}

function validFile(f: unknown): f is ProcessedFile {
  if (!f || typeof f !== 'object') return false;
  const p = f as ProcessedFile;
  if (typeof p.key !== 'string' || typeof p.hash !== 'string' || typeof p.textHash !== 'string' || !Array.isArray(p.warnings)) return false;
  if (p.doc !== undefined) {
    const d = p.doc;
    if (!d || typeof d !== 'object' || !d.meta || typeof d.meta.id !== 'string' || !Array.isArray(d.paragraphs)) return false;
  }
  return true;
}

export type ReadSnapshotResult = { snapshot?: Snapshot; warning?: CorpusWarning };

/** Reads a snapshot; a missing file is no warning, an unreadable, corrupt or stale one is. Never throws. */
export function readSnapshot(file: string, fingerprint = codeFingerprint()): ReadSnapshotResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return {}; // no snapshot yet
    return { warning: { code: 'cache-invalid', path: file, detail: (e as NodeJS.ErrnoException).code ?? String(e) } };
  }
  let data: unknown;
  try {
    data = v8.deserialize(bytes);
  } catch {
    return { warning: { code: 'cache-invalid', path: file, detail: 'corrupt' } };
  }
  if (!isSnapshot(data) || !data.files.every(validFile)) {
    return { warning: { code: 'cache-invalid', path: file, detail: 'corrupt' } };
  }
  if (data.format !== CORPUS_CACHE_FORMAT || data.fingerprint !== fingerprint) {
    return { warning: { code: 'cache-invalid', path: file, detail: 'stale' } };
  }
  return { snapshot: data };
}

/** Writes a snapshot atomically (temporary file, then rename). Returns a warning on failure. */
export function writeSnapshot(file: string, snapshot: Omit<Snapshot, 'magic' | 'format' | 'fingerprint'>): CorpusWarning | undefined {
  const full: Snapshot = { magic: MAGIC, format: CORPUS_CACHE_FORMAT, fingerprint: codeFingerprint(), ...snapshot };
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, v8.serialize(full));
    fs.renameSync(tmp, file);
    return undefined;
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    return { code: 'cache-write-failed', path: file, detail: (e as NodeJS.ErrnoException).code ?? String((e as Error)?.message ?? e) };
  }
}

/** The index's own serialisation, when it has one. */
export function indexToJSON(index: unknown): unknown {
  const fn = (index as { toJSON?: () => unknown }).toJSON;
  return typeof fn === 'function' ? fn.call(index) : undefined;
}

/** Restores an index from its serialisation; undefined when the index cannot or the data is bad. */
export function indexFromJSON<T>(cls: unknown, data: unknown): T | undefined {
  const fn = (cls as { fromJSON?: (d: unknown) => T }).fromJSON;
  if (typeof fn !== 'function' || data === undefined) return undefined;
  try {
    return fn.call(cls, data);
  } catch {
    return undefined;
  }
}
