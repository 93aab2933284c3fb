/**
 * Opening a .docx zip safely before any reader sees it: a zip whose entries
 * would inflate past a limit (a zip bomb) is refused, and macros
 * (word/vbaProject.bin) are reported and never read. (Password-protected
 * files are OLE files, not zips: see oleDirectory.ts.)
 */
import JSZip from 'jszip';
import type { ExtractWarning } from './types';

export const DEFAULT_MAX_UNCOMPRESSED = 64 * 1024 * 1024;

export class ContainerProblem extends Error {
  constructor(readonly warning: ExtractWarning) {
    super(warning.detail ?? warning.code);
  }
}

export interface OpenedZip {
  zip: JSZip;
  /** Bytes still allowed to be inflated. */
  budget: { left: number };
  macros: string[];
  /** Parts already inflated and decoded (each counts against the budget once). */
  texts: Map<string, string | undefined>;
}

interface JSZipStream {
  on(event: 'data', cb: (chunk: Uint8Array) => void): JSZipStream;
  on(event: 'error', cb: (e: Error) => void): JSZipStream;
  on(event: 'end', cb: () => void): JSZipStream;
  pause(): JSZipStream;
  resume(): JSZipStream;
}

interface SizedEntry {
  _data?: { uncompressedSize?: number };
}

/** Opens the zip, refusing it when its entries declare more than `limit` bytes. */
export async function openZip(bytes: Uint8Array, limit: number): Promise<OpenedZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw new ContainerProblem({ code: 'damaged', detail: `not a readable zip: ${e instanceof Error ? e.message : String(e)}` });
  }
  let declared = 0;
  const macros: string[] = [];
  zip.forEach((name, file) => {
    declared += Math.max(0, (file as unknown as SizedEntry)._data?.uncompressedSize ?? 0);
    if (/(^|\/)vba[^/]*\.bin$/i.test(name) || /(^|\/)vbaData\.xml$/i.test(name)) macros.push(name);
  });
  if (declared > limit) {
    throw new ContainerProblem({ code: 'too-large', detail: `the zip declares ${declared} uncompressed bytes, over the limit of ${limit}` });
  }
  return { zip, budget: { left: limit }, macros, texts: new Map() };
}

/**
 * Inflates one entry, stopping as soon as it passes the remaining budget (a
 * zip may lie about its sizes). Undefined when the entry is absent.
 */
export function readEntry(opened: OpenedZip, name: string): Promise<Uint8Array | undefined> {
  const file = opened.zip.file(name);
  if (!file) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    // internalStream is public JSZip API (documented) but missing from its typings.
    const stream = (file as unknown as { internalStream(type: 'uint8array'): JSZipStream }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        size += chunk.length;
        if (size > opened.budget.left) {
          stream.pause();
          reject(new ContainerProblem({ code: 'too-large', detail: `${name} inflates past the uncompressed-size limit` }));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (e: Error) => reject(new ContainerProblem({ code: 'damaged', detail: `${name}: ${e.message}` })))
      .on('end', () => {
        opened.budget.left -= size;
        resolve(Buffer.concat(chunks));
      })
      .resume();
  });
}

export async function readText(opened: OpenedZip, name: string): Promise<string | undefined> {
  if (opened.texts.has(name)) return opened.texts.get(name);
  const bytes = await readEntry(opened, name);
  const text = bytes && new TextDecoder('utf-8').decode(bytes);
  opened.texts.set(name, text);
  return text;
}
