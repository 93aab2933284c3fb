/**
 * Writes a minimal OLE compound file (MS-CFB version 3, 512-byte sectors,
 * streams of at least 4096 bytes so no mini stream is needed): enough to make
 * the container of a password-protected .docx (`EncryptionInfo` and
 * `EncryptedPackage` streams) for the reader's tests.
 */
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

export function writeOleFile(streams: Array<{ name: string; data: Uint8Array }>): Buffer {
  const SECTOR = 512;
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const buf = Buffer.alloc(size);
    Buffer.from(s.data).copy(buf);
    return { name: s.name, data: buf, size: s.data.length < 4096 ? 4096 : s.data.length };
  });
  // Sector 0: FAT; sector 1: directory; then the streams.
  const starts: number[] = [];
  let next = 2;
  for (const s of padded) {
    starts.push(next);
    next += s.data.length / SECTOR;
  }
  if (next > SECTOR / 4) throw new Error('streams too large for one FAT sector');
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(END, 4);
  padded.forEach((s, k) => {
    const n = s.data.length / SECTOR;
    for (let j = 0; j < n; j++) fat.writeUInt32LE(j === n - 1 ? END : starts[k] + j + 1, (starts[k] + j) * 4);
  });
  const dir = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, o: { left?: number; right?: number; child?: number; start?: number; size?: number }) => {
    const at = i * 128;
    dir.write(name, at, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir[at + 66] = type;
    dir[at + 67] = 1; // black
    dir.writeUInt32LE(o.left ?? NOSTREAM, at + 68);
    dir.writeUInt32LE(o.right ?? NOSTREAM, at + 72);
    dir.writeUInt32LE(o.child ?? NOSTREAM, at + 76);
    dir.writeUInt32LE(o.start ?? END, at + 116);
    dir.writeUInt32LE(o.size ?? 0, at + 120);
  };
  entry(0, 'Root Entry', 5, { child: padded.length ? 1 : NOSTREAM });
  // A degenerate (right-leaning) tree: each entry's right sibling is the next one.
  padded.forEach((s, k) => entry(k + 1, s.name, 2, { right: k + 1 < padded.length ? k + 2 : NOSTREAM, start: starts[k], size: s.size }));
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END, 60); // no mini FAT
  header.writeUInt32LE(END, 68); // no DIFAT sectors
  header.fill(0xff, 76);
  header.writeUInt32LE(0, 76); // the FAT is sector 0
  return Buffer.concat([header, fat, dir, ...padded.map((s) => s.data)]);
}

/** A password-protected .docx's container: an agile EncryptionInfo header and an (opaque) encrypted package. */
export function encryptedDocxContainer(seed = 1): Buffer {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
    'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" ' +
    'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>';
  const info = Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from(xml, 'utf8')]);
  const pkg = Buffer.alloc(8 + 8192);
  pkg.writeUInt32LE(8192, 0);
  let x = seed;
  for (let i = 8; i < pkg.length; i++) pkg[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return writeOleFile([
    { name: 'EncryptionInfo', data: info },
    { name: 'EncryptedPackage', data: pkg },
  ]);
}
