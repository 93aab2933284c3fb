/**
 * The cache's files on disk: a header (magic, SHA-256 of the payload) before the payload, written
 * atomically, and read through a bounded read that accepts regular files only.
 *
 *   bytes 0–7    "RLCACHE1"
 *   bytes 8–39   SHA-256 of the payload
 *   bytes 40–    the payload (a v8 serialisation)
 *
 * A snapshot is trusted only when its bytes are the ones written: one flipped byte in a stored
 * paragraph would otherwise change a quoted source text on every later run, without a warning.
 * SHA-256 costs ~145 ms per 100 MB here (SHA-NI); a snapshot of 2,000 resolutions is ~100 MB.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';

const MAGIC = Buffer.from('RLCACHE1', 'latin1');
const HEADER_BYTES = MAGIC.length + 32;

/** What a read gives: the payload, nothing (no file), or why the file cannot be used. */
export type CheckedRead = { payload: Buffer } | { missing: true } | { invalid: string };

function sha256(b: Uint8Array): Buffer {
  return createHash('sha256').update(b).digest();
}

/** The bytes to write for a payload (header + payload). */
export function sealPayload(payload: Uint8Array): Buffer {
  return Buffer.concat([MAGIC, sha256(payload), payload]);
}

/**
 * Reads at most `limit` bytes of a regular file: opened once, `fstat` must say regular file
 * (a link to /dev/zero or a FIFO is refused before anything is read), larger files are refused
 * unread. Never throws.
 */
export function readBounded(file: string, limit: number): { bytes: Buffer } | { missing: true } | { invalid: string } {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    return { invalid: code ?? String(e) };
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { invalid: 'not a regular file' };
    if (st.size > limit) return { invalid: `too large (${st.size} bytes)` };
    const bytes = Buffer.allocUnsafe(st.size);
    let at = 0;
    while (at < st.size) {
      const n = fs.readSync(fd, bytes, at, st.size - at, at);
      if (n === 0) break;
      at += n;
    }
    return { bytes: at === st.size ? bytes : bytes.subarray(0, at) };
  } catch (e) {
    return { invalid: (e as NodeJS.ErrnoException).code ?? String(e) };
  } finally {
    try {
      fs.closeSync(fd);
    } catch {
      /* already closed */
    }
  }
}

/** Reads a file written by `writeChecked`: its payload when header and checksum are right. Never throws. */
export function readChecked(file: string, limit: number): CheckedRead {
  const r = readBounded(file, limit + HEADER_BYTES);
  if (!('bytes' in r)) return r;
  const b = r.bytes;
  if (b.length < HEADER_BYTES || !b.subarray(0, MAGIC.length).equals(MAGIC)) return { invalid: 'corrupt' };
  const payload = b.subarray(HEADER_BYTES);
  if (!sha256(payload).equals(b.subarray(MAGIC.length, HEADER_BYTES))) return { invalid: 'checksum' };
  return { payload };
}

/** Writes header + payload atomically (temporary file in the same folder, then rename). Throws on failure. */
export function writeChecked(file: string, payload: Uint8Array): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.writeFileSync(tmp, sealPayload(payload), { flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw e;
  }
}

/** The name pattern of `writeChecked`'s temporary files for a file named `base`. */
export function isTempOf(name: string, base: string): boolean {
  return name.startsWith(`${base}.`) && /^\.\d+\.\d+\.tmp$/.test(name.slice(base.length));
}

export { HEADER_BYTES };
