/**
 * Just enough of the OLE compound file format (MS-CFB) to tell a
 * password-protected Word file from a readable one: the names in the
 * directory (an encrypted .docx is an OLE file holding `EncryptionInfo` and
 * `EncryptedPackage`), and the first bytes of a stream (the .doc `WordDocument`
 * stream opens with the FIB, whose flags say whether the text is encrypted).
 */

export interface OleEntry {
  name: string;
  type: number; // 1 storage, 2 stream, 5 root
  start: number;
  size: number;
}

const END = 0xfffffffe;
const MAX_SECTORS = 1 << 20;

export interface OleFile {
  entries: OleEntry[];
  /** The first `length` bytes of a stream stored in regular sectors (≥ the 4096-byte mini-stream cutoff). */
  head(entry: OleEntry, length: number): Uint8Array | undefined;
}

/** Reads the directory; undefined when the bytes are not a well-formed compound file. */
export function readOleDirectory(bytes: Uint8Array): OleFile | undefined {
  if (bytes.length < 512) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== 0xe011cfd0 || view.getUint32(4, true) !== 0xe11ab1a1) return undefined;
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 1 << shift;
  const offsetOf = (sector: number) => (sector + 1) * sectorSize;
  // The FAT sectors named in the header (109 of them cover files up to ~7 MB with 512-byte sectors).
  const fat: number[] = [];
  const fatSectors = view.getUint32(44, true);
  for (let i = 0; i < Math.min(fatSectors, 109); i++) {
    const s = view.getUint32(76 + i * 4, true);
    const at = offsetOf(s);
    if (s >= END || at + sectorSize > bytes.length) break;
    for (let j = 0; j < sectorSize / 4; j++) fat.push(view.getUint32(at + j * 4, true));
  }
  const entries: OleEntry[] = [];
  const seen = new Set<number>();
  for (let s = view.getUint32(48, true); s < END && !seen.has(s) && seen.size < MAX_SECTORS; s = fat[s] ?? END) {
    seen.add(s);
    const at = offsetOf(s);
    if (at + sectorSize > bytes.length) break;
    for (let e = at; e < at + sectorSize; e += 128) {
      const nameLength = Math.min(64, view.getUint16(e + 64, true));
      const type = bytes[e + 66];
      if (!type || nameLength < 2) continue;
      const name = Buffer.from(bytes.subarray(e, e + nameLength - 2)).toString('utf16le');
      entries.push({ name, type, start: view.getUint32(e + 116, true), size: view.getUint32(e + 120, true) });
    }
  }
  return {
    entries,
    head(entry, length) {
      if (entry.size < 4096 || length > sectorSize) return undefined;
      const at = offsetOf(entry.start);
      return at + length <= bytes.length ? bytes.subarray(at, at + length) : undefined;
    },
  };
}

/** A password-protected Office Open XML package (what Word writes for a .docx with a password). */
export function isEncryptedPackage(ole: OleFile): boolean {
  return ole.entries.some((e) => e.name === 'EncryptedPackage' || e.name === 'EncryptionInfo');
}

/** A Word 97–2003 file whose FIB has fEncrypted (bit 8 of the flags at offset 0x0A) set. */
export function isEncryptedWordBinary(ole: OleFile): boolean {
  const stream = ole.entries.find((e) => e.name === 'WordDocument' && e.type === 2);
  const fib = stream && ole.head(stream, 12);
  if (!fib || fib[0] !== 0xec || fib[1] !== 0xa5) return false;
  return (fib[11] & 0x01) !== 0;
}
