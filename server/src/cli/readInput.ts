/**
 * Reading a command's input file, bounded: a folder, or a file whose size is over the input limit,
 * is refused before reading, and whatever the file is (one that grew since, a device such as
 * `/dev/zero`, a pipe) no more than the limit and one byte are read. Each command words the failure.
 */
import { promises as fsp } from 'fs';
import { readBounded } from '../node/boundedRead';
import { DEFAULT_MAX_BYTES, formatBytes } from '../service/text/encoding';

export type InputRead =
  | { bytes: Buffer }
  | { failure: 'directory' }
  /** `detail` for describeInputError: the size and the limit, or the limit alone when the size is not known. */
  | { failure: 'too-large'; detail: Record<string, string> }
  | { failure: 'unreadable'; error: NodeJS.ErrnoException };

/** The bytes of the file at `full` (an absolute path), or why there are none. Never rejects. */
export async function readInputFile(full: string): Promise<InputRead> {
  try {
    const stat = await fsp.stat(full);
    if (stat.isDirectory()) return { failure: 'directory' };
    // Refuse before reading: a huge file costs nothing.
    if (stat.isFile() && stat.size > DEFAULT_MAX_BYTES) return { failure: 'too-large', detail: { size: formatBytes(stat.size), limit: formatBytes(DEFAULT_MAX_BYTES) } };
    // Bounded whatever it is: a file that grew since, a device (/dev/zero), a pipe (<(cmd)).
    const read = await readBounded(full, DEFAULT_MAX_BYTES);
    if (read.overLimit) return { failure: 'too-large', detail: overLimitDetail() };
    return { bytes: read.bytes };
  } catch (e) {
    return { failure: 'unreadable', error: e as NodeJS.ErrnoException };
  }
}

/** An input longer than the limit whose size is not known (a device, a pipe, standard input). */
export function overLimitDetail(): Record<string, string> {
  return { limit: formatBytes(DEFAULT_MAX_BYTES) };
}
