/**
 * Finding and reading corpus files: the paths a user names (files or folders,
 * folders searched recursively for `.md`, `.txt`, `.res.md`, `.resolution`, `.pdf`, `.docx`, `.doc`).
 * Never throws: problems come back as warnings. The walk is bounded (file count, system
 * folders skipped), cancellable and reports progress; reads are bounded (`HostFileSystem.readBounded`). Every access goes through the host's file system.
 */
import * as path from 'path';
import type { HostDirEntry, HostFileSystem, HostStat } from '../host';
import { DOCUMENT_EXTENSIONS } from '../documents/format';
import type { CorpusWarning } from './types';

/** File name endings searched for in folders (a file named explicitly is read whatever its name); PDF and Word too. */
const CORPUS_EXTENSIONS = ['.md', '.txt', '.res.md', '.resolution', ...DOCUMENT_EXTENSIONS];

/** Default limit on one file's size: a resolution is 20–200 KB; a 16 MB "resolution" is something else. */
export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Default limit on the files read from the user's folders. 10,000 is five times the benchmark's
 * 2,000-resolution corpus; `resolution.corpus.folders = ["/"]` used to find hundreds of thousands
 * of .md/.txt files and take 10.9 GB. Raised with `resolution.corpus.maxFiles` / `--corpus-max-files`.
 */
export const DEFAULT_MAX_FILES = 10_000;

/**
 * Default limit on the bytes read from the user's files, in all. The benchmark's 2,000
 * resolutions are 78 MB of UTF-8 and its index is held to 3× the text; 256 MB is about 6,500
 * such resolutions. Raised with `resolution.corpus.maxTotalMB` / `--corpus-max-mb`.
 */
export const DEFAULT_MAX_TOTAL_BYTES = 256 * 1024 * 1024;

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Folders of the operating system: never precedents, and some (/proc, /sys, /dev) without end. */
const POSIX_SYSTEM_FOLDERS = new Set([
  '/proc', '/sys', '/dev', '/run', '/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32',
  '/etc', '/var', '/boot', '/snap', '/lost+found',
  // macOS
  '/System', '/Library', '/private', '/cores',
]);
const WINDOWS_SYSTEM_FOLDERS = new Set(['windows', 'program files', 'program files (x86)', 'programdata', '$recycle.bin', 'system volume information', 'recovery']);

/** Whether a folder is one of the operating system's (`/proc`, `/usr`, `C:\\Windows` …). */
export function isSystemFolder(folder: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32') {
    const m = /^[a-z]:[\\/]+([^\\/]+)[\\/]*$/i.exec(folder);
    return !!m && WINDOWS_SYSTEM_FOLDERS.has(m[1].toLowerCase());
  }
  return POSIX_SYSTEM_FOLDERS.has(folder.replace(/\/+$/, '') || '/');
}

function isCorpusFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return CORPUS_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * A file name's bytes as text: UTF-8 where they are UTF-8, `\xNN` for each byte that is not
 * (Latin-1 or GBK names from old archives). Such a name is shown and keyed this way and read by
 * its bytes, so it is neither dropped nor confused with another.
 */
export function displayName(bytes: Buffer): string {
  const whole = bytes.toString('utf8');
  if (!whole.includes('\ufffd') || Buffer.from(whole, 'utf8').equals(bytes)) return whole;
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    const piece = len ? bytes.subarray(i, i + len) : undefined;
    const text = piece && piece.length === len ? piece.toString('utf8') : undefined;
    if (text && !text.includes('\ufffd') && Buffer.from(text, 'utf8').equals(piece!)) {
      out += text;
      i += len;
    } else {
      out += `\\x${b.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

export interface FoundFile {
  /** Absolute path, as shown and as the file's key (bytes that are not UTF-8 escaped, see `displayName`). */
  path: string;
  /** The real path, for de-duplicating the same file named twice. */
  real: string;
  /** What to open: `path`, or the raw bytes of a name that is not UTF-8. */
  fsPath: string | Buffer;
}

export interface WalkOptions {
  /** Stops the walk (and the load) when aborted: a settings change, a shutdown. */
  signal?: AbortSignal;
  /** Most files listed from the folders (default `DEFAULT_MAX_FILES`). */
  maxFiles?: number;
  /** Progress of the walk: folders read and files found so far (every 64 folders, and at the end). */
  onListing?: (folders: number, files: number) => void;
  /** System folders to skip (default: the operating system's, see `isSystemFolder`). */
  systemFolders?: readonly string[];
}

export interface WalkResult {
  files: FoundFile[];
  /** True when the signal stopped the walk. */
  cancelled: boolean;
}

/** Folders between two progress reports. */
const LISTING_EVERY = 64;
/** Longest stretch of walking between two yields to the event loop (ms). */
const WALK_SLICE_MS = 10;

/**
 * Expands the given paths to a sorted list of files, warning about the ones that are missing.
 * Folders are walked recursively (depth first, names in order), yielding to the event loop
 * every few milliseconds, skipping system folders, and stopping at `maxFiles` or when the
 * signal is aborted.
 */
export async function collectFiles(fs: HostFileSystem, paths: readonly string[], warnings: CorpusWarning[], options: WalkOptions = {}): Promise<WalkResult> {
  const out: FoundFile[] = [];
  const seen = new Set<string>();
  const visitedDirs = new Set<string>();
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const system = options.systemFolders ? new Set(options.systemFolders.map((f) => path.resolve(f))) : undefined;
  const isSystem = (p: string) => (system ? system.has(p) : isSystemFolder(p));
  let folders = 0;
  let full = false;
  let cancelled = false;
  let sliceStart = Date.now();
  const report = () => options.onListing?.(folders, out.length);

  const add = (shown: string, fsPath: string | Buffer, root: string, knownReal?: string): void => {
    if (out.length >= maxFiles) {
      if (!full) warnings.push({ code: 'too-many-files', path: root, detail: String(maxFiles) });
      full = true;
      return;
    }
    let real = knownReal ?? shown;
    if (!knownReal) {
      try {
        real = displayName(fs.realpath(fsPath));
      } catch {
        /* keep the path */
      }
    }
    if (seen.has(real)) return;
    seen.add(real);
    out.push({ path: shown, real, fsPath });
  };

  /** `knownReal`: the parent's real path plus the name, for a folder reached without a symbolic link. */
  const walk = async (dirShown: string, dirFs: string | Buffer, root: string, knownReal?: string): Promise<void> => {
    if (full || cancelled) return;
    if (options.signal?.aborted) {
      cancelled = true;
      return;
    }
    let real: string;
    try {
      real = knownReal ?? displayName(fs.realpath(dirFs));
    } catch {
      return;
    }
    if (isSystem(dirShown) || isSystem(real)) {
      warnings.push({ code: 'system-folder-skipped', path: dirShown });
      return;
    }
    if (visitedDirs.has(real)) return; // symbolic link loop
    visitedDirs.add(real);
    let entries: HostDirEntry[];
    try {
      // Asynchronous: a slow disk (or a network folder) must not block the language server.
      entries = await fs.readdir(dirFs);
    } catch (e) {
      warnings.push({ code: 'unreadable', path: dirShown, detail: errorText(e) });
      return;
    }
    folders++;
    if (folders % LISTING_EVERY === 0) report();
    if (Date.now() - sliceStart > WALK_SLICE_MS) {
      // A big tree must not stall the language server: let it answer requests.
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = Date.now();
    }
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const entry of entries) {
      if (full || cancelled) return;
      const name = displayName(entry.name);
      if (name.startsWith('.')) continue;
      const shown = path.join(dirShown, name);
      const plain = typeof dirFs === 'string' && name === entry.name.toString('utf8');
      const fsPath = plain ? shown : Buffer.concat([typeof dirFs === 'string' ? Buffer.from(dirFs) : dirFs, Buffer.from(path.sep), entry.name]);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      const link = entry.isSymbolicLink();
      if (link) {
        try {
          const st = fs.stat(fsPath);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) {
        if (!SKIP_DIRS.has(name)) await walk(shown, fsPath, root, link ? undefined : path.join(real, name));
      } else if (isFile && isCorpusFileName(name)) add(shown, fsPath, root, link ? undefined : path.join(real, name));
    }
  };

  for (const given of paths) {
    if (full || cancelled) break;
    if (typeof given !== 'string' || given.trim() === '') continue;
    const p = path.resolve(given);
    let st: HostStat;
    try {
      st = fs.stat(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') warnings.push({ code: 'missing-path', path: p });
      else warnings.push({ code: 'unreadable', path: p, detail: errorText(e) });
      continue;
    }
    if (st.isDirectory()) await walk(p, p, p);
    else if (st.isFile()) add(p, p, p);
    else warnings.push({ code: 'not-a-file', path: p });
  }
  report();
  return { files: out, cancelled };
}

/** What a file's stat says, to recognise an unchanged file without reading it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export type ReadResult = { ok: true; bytes: Buffer; stamp: FileStamp } | { ok: false; warning: CorpusWarning };

/** The file's size and modification time, or undefined when it cannot be stat'ed. */
export function stampOf(fs: HostFileSystem, file: string | Buffer): FileStamp | undefined {
  try {
    const st = fs.stat(file);
    return st.isFile() ? { size: st.size, mtimeMs: st.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a file, refusing ones over the size limit: by its size when it says so, and through a
 * bounded read in any case (a file that grows, a /proc file whose size says 0). Not a regular
 * file (a device, a pipe) is refused before it is opened. `shown` names it in warnings.
 */
export function readCorpusFile(fs: HostFileSystem, file: string | Buffer, maxBytes: number, shown: string = String(file)): ReadResult {
  try {
    const st = fs.stat(file);
    if (st.isDirectory()) return { ok: false, warning: { code: 'is-a-folder', path: shown } };
    if (!st.isFile()) return { ok: false, warning: { code: 'not-a-file', path: shown } };
    if (st.size > maxBytes) {
      return { ok: false, warning: { code: 'too-large-skipped', path: shown, detail: `${formatBytes(st.size)} > ${formatBytes(maxBytes)}` } };
    }
    const read = fs.readBounded(file, maxBytes);
    if (read.overLimit) return { ok: false, warning: { code: 'too-large-skipped', path: shown, detail: `> ${formatBytes(maxBytes)}` } };
    return { ok: true, bytes: read.bytes, stamp: { size: read.stat.size, mtimeMs: read.stat.mtimeMs } };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, warning: { code: 'missing-path', path: shown } };
    if (code === 'EISDIR') return { ok: false, warning: { code: 'is-a-folder', path: shown } };
    return { ok: false, warning: { code: 'unreadable', path: shown, detail: errorText(e) } };
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
