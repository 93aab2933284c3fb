/**
 * Reading a file or a stream with a bound: at most `limit + 1` bytes are read, whatever
 * the file is (a regular file that grows, `/dev/zero`, a pipe, a /proc file whose size
 * says 0). The one byte past the limit tells "exactly at the limit" from "over it" without
 * reading more. The only raw reading of input bytes in the service and the CLI.
 */
import * as fs from 'fs';

/** Bytes read per call: large enough for few system calls, small enough not to over-allocate. */
const CHUNK = 256 * 1024;

export interface BoundedBytes {
  /** The bytes read: the whole input, or its first `limit + 1` bytes when `overLimit`. */
  bytes: Buffer;
  /** Whether the input is longer than the limit (its true size is not known then). */
  overLimit: boolean;
}

export interface BoundedFile extends BoundedBytes {
  /** What fstat said of the open file (its size is only a hint: it may grow, or be 0 for /proc). */
  stat: fs.Stats;
}

/**
 * How much to ask for next: the rest of the file as fstat sized it, plus one byte to see its end
 * (then chunks, for a file that grew or a device), never past `limit + 1` bytes in all.
 */
function nextChunkSize(read: number, limit: number, hint: number): number {
  const want = hint > read ? hint - read + 1 : CHUNK;
  return Math.max(1, Math.min(want, limit + 1 - read));
}

/** Reads a file (any kind: regular, device, pipe) through an open descriptor, stopping one byte past `limit`. */
export async function readBounded(file: fs.PathLike, limit: number): Promise<BoundedFile> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const stat = await handle.stat();
    const chunks: Buffer[] = [];
    let read = 0;
    const hint = stat.isFile() ? stat.size : 0;
    while (read <= limit) {
      const buf = Buffer.allocUnsafe(nextChunkSize(read, limit, hint));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
      read += bytesRead;
    }
    return { bytes: Buffer.concat(chunks, read), overLimit: read > limit, stat };
  } finally {
    await handle.close();
  }
}

/** The same, synchronously (corpus files, which are regular files found by a walk). */
export function readBoundedSync(file: fs.PathLike, limit: number): BoundedFile {
  const fd = fs.openSync(file, 'r');
  try {
    const stat = fs.fstatSync(fd);
    const chunks: Buffer[] = [];
    let read = 0;
    const hint = stat.isFile() ? stat.size : 0;
    while (read <= limit) {
      const buf = Buffer.allocUnsafe(nextChunkSize(read, limit, hint));
      const bytesRead = fs.readSync(fd, buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
      read += bytesRead;
    }
    return { bytes: Buffer.concat(chunks, read), overLimit: read > limit, stat };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads a stream (standard input) to its end or one byte past `limit`, then stops reading it. */
export async function readStreamBounded(stream: NodeJS.ReadableStream, limit: number): Promise<BoundedBytes> {
  const chunks: Buffer[] = [];
  let read = 0;
  for await (const chunk of stream) {
    let b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (read + b.length > limit + 1) b = b.subarray(0, limit + 1 - read);
    chunks.push(b);
    read += b.length;
    if (read > limit) break; // leaving the loop stops reading
  }
  return { bytes: Buffer.concat(chunks, read), overLimit: read > limit };
}
