/**
 * Finding and reading corpus files: the paths a user names (files or folders,
 * folders searched recursively for `.md`, `.txt`, `.res.md`, `.resolution`, `.pdf`, `.docx`, `.doc`).
 * Never throws: problems come back as warnings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DOCUMENT_EXTENSIONS } from '../documents/format';
import type { CorpusWarning } from './types';

/** File name endings searched for in folders (a file named explicitly is read whatever its name); PDF and Word too. */
const CORPUS_EXTENSIONS = ['.md', '.txt', '.res.md', '.resolution', ...DOCUMENT_EXTENSIONS];

/** Default limit on one file's size: a resolution is 20–200 KB; a 16 MB "resolution" is something else. */
export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

function isCorpusFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return CORPUS_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** The real path, for de-duplicating the same file named twice. */
  real: string;
}

/** Expands the given paths to a sorted list of files, warning about the ones that are missing. */
export function collectFiles(paths: readonly string[], warnings: CorpusWarning[]): FoundFile[] {
  const out: FoundFile[] = [];
  const seen = new Set<string>();
  const visitedDirs = new Set<string>();
  const add = (p: string, knownReal?: string) => {
    let real = knownReal ?? p;
    if (!knownReal) {
      try {
        real = fs.realpathSync(p);
      } catch {
        /* keep p */
      }
    }
    if (seen.has(real)) return;
    seen.add(real);
    out.push({ path: p, real });
  };
  const walk = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (visitedDirs.has(real)) return; // symbolic link loop
    visitedDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      warnings.push({ code: 'unreadable', path: dir, detail: errorText(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      const link = entry.isSymbolicLink();
      if (link) {
        try {
          const st = fs.statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) {
        if (!SKIP_DIRS.has(entry.name)) walk(full);
      } else if (isFile && isCorpusFileName(entry.name)) add(full, link ? undefined : path.join(real, entry.name));
    }
  };
  for (const given of paths) {
    if (typeof given !== 'string' || given.trim() === '') continue;
    const p = path.resolve(given);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') warnings.push({ code: 'missing-path', path: p });
      else warnings.push({ code: 'unreadable', path: p, detail: errorText(e) });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else if (st.isFile()) add(p);
    else warnings.push({ code: 'not-a-file', path: p });
  }
  return out;
}

/** What a file's stat says, to recognise an unchanged file without reading it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export type ReadResult = { ok: true; bytes: Buffer; stamp: FileStamp } | { ok: false; warning: CorpusWarning };

/** The file's size and modification time, or undefined when it cannot be stat'ed. */
export function stampOf(file: string): FileStamp | undefined {
  try {
    const st = fs.statSync(file);
    return st.isFile() ? { size: st.size, mtimeMs: st.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a file, refusing ones over the size limit. */
export function readCorpusFile(file: string, maxBytes: number): ReadResult {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return { ok: false, warning: { code: 'not-a-file', path: file } };
    if (st.size > maxBytes) {
      return { ok: false, warning: { code: 'too-large-skipped', path: file, detail: `${formatBytes(st.size)} > ${formatBytes(maxBytes)}` } };
    }
    return { ok: true, bytes: fs.readFileSync(file), stamp: { size: st.size, mtimeMs: st.mtimeMs } };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, warning: { code: 'missing-path', path: file } };
    return { ok: false, warning: { code: 'unreadable', path: file, detail: errorText(e) } };
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err?.code ?? (err?.message ? String(err.message) : String(e));
}
