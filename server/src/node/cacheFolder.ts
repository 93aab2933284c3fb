/**
 * The folder the corpus cache owns. The cache folder a user names (`--cache-dir .`, the
 * editor's storage folder) may hold anything; the cache writes, reads and deletes only inside
 * its own subfolder `resolution-lint-cache/`, which it created and marked with a
 * `CACHEDIR.TAG` (https://bford.info/cachedir/: backup tools skip it) naming this tool. A
 * subfolder of that name without the marker is someone else's: it is left alone and the
 * corpus is not persisted. Inside its own folder the cache deletes only files whose names it
 * writes itself (`corpus-<16 hex>.bin`, `.delta.bin`, their temporary files).
 */
import * as fs from 'fs';
import * as path from 'path';

export const CACHE_SUBFOLDER = 'resolution-lint-cache';
export const MARKER_FILE = 'CACHEDIR.TAG';
const MARKER_TEXT =
  'Signature: 8a477f597d28d172789f06886806bc55\n' +
  '# This file is a cache directory tag created by resolution-lint (UN resolution drafting tools).\n' +
  '# Everything in this folder can be deleted; it is rebuilt when needed.\n';
/** Longest marker read (a marker is a few hundred bytes). */
const MARKER_MAX_BYTES = 4096;

/** The subfolder the cache uses inside the folder the user named. */
export function ownedFolder(cacheDir: string): string {
  return path.join(cacheDir, CACHE_SUBFOLDER);
}

/** Whether `dir` carries this tool's marker (a regular file, not a link, with our text). */
export function isOwned(dir: string): boolean {
  try {
    const marker = path.join(dir, MARKER_FILE);
    const st = fs.lstatSync(marker);
    if (!st.isFile() || st.size > MARKER_MAX_BYTES) return false;
    return fs.readFileSync(marker, 'utf8') === MARKER_TEXT && fs.lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Makes sure the owned subfolder exists and is ours: creates it (marker written in a fresh
 * temporary folder that is then renamed into place, so no other process sees it unmarked), or
 * checks the marker of one already there. Returns the folder, or an error code: 'not-owned'
 * when a folder of that name exists without our marker. Throws nothing.
 */
export function ensureOwnedFolder(cacheDir: string): { dir: string } | { error: string } {
  const dir = ownedFolder(cacheDir);
  if (isOwned(dir)) return { dir };
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  try {
    fs.lstatSync(dir);
    return { error: 'not-owned' }; // there, but not marked as ours
  } catch {
    /* absent: made below */
  }
  let tmp: string | undefined;
  try {
    tmp = fs.mkdtempSync(path.join(cacheDir, `.${CACHE_SUBFOLDER}-`));
    fs.writeFileSync(path.join(tmp, MARKER_FILE), MARKER_TEXT, { flag: 'wx' });
    fs.renameSync(tmp, dir);
    tmp = undefined;
    return { dir };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // Another process made it meanwhile, or the name is taken by something that is not ours.
    if (isOwned(dir)) return { dir };
    if (code === 'EEXIST' || code === 'ENOTEMPTY' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'EPERM') return { error: 'not-owned' };
    return { error: code ?? String(e) };
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Names the cache writes: snapshots, deltas, and their temporary files. */
const SNAPSHOT_NAME = /^corpus-[0-9a-f]{16}\.bin$/;
const DELTA_NAME = /^corpus-[0-9a-f]{16}\.delta\.bin$/;
const TEMP_NAME = /^corpus-[0-9a-f]{16}(\.delta)?\.bin\.\d+\.\d+\.tmp$/;

/** How many snapshots (one per set of corpus paths) the folder keeps; a snapshot of 2,000 resolutions is ~100 MB. */
const KEEP_SNAPSHOTS = 3;
/** Temporary files older than this were left by an interrupted write. */
const STALE_TEMP_MS = 3_600_000;

/**
 * Deletes all but the most recently written snapshots (never `current`) with their deltas, and
 * temporary files left by writes interrupted more than an hour ago: only in an owned folder,
 * only names the cache writes, only regular files. Best effort.
 */
export function pruneOwnedFolder(dir: string, current: string, keep = KEEP_SNAPSHOTS): void {
  if (!isOwned(dir)) return;
  try {
    const now = Date.now();
    const snaps: Array<{ file: string; mtime: number }> = [];
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      const isTemp = TEMP_NAME.test(name);
      if (!isTemp && !SNAPSHOT_NAME.test(name)) continue;
      const st = fs.lstatSync(file);
      if (!st.isFile()) continue;
      if (isTemp) {
        if (now - st.mtimeMs > STALE_TEMP_MS) unlinkQuietly(file);
      } else if (file !== current) snaps.push({ file, mtime: st.mtimeMs });
    }
    snaps.sort((a, b) => b.mtime - a.mtime);
    for (const s of snaps.slice(Math.max(0, keep - 1))) {
      unlinkQuietly(s.file);
      const delta = s.file.replace(/\.bin$/, '.delta.bin');
      if (DELTA_NAME.test(path.basename(delta))) unlinkQuietly(delta);
    }
  } catch {
    /* another process may be pruning too */
  }
}

function unlinkQuietly(file: string): void {
  try {
    if (fs.lstatSync(file).isFile()) fs.unlinkSync(file);
  } catch {
    /* gone already */
  }
}
