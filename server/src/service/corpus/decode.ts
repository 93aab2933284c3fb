/**
 * Turning the bytes of a corpus file into text: UTF-8 (with or without BOM),
 * UTF-16 LE/BE (with BOM, or without BOM when the zero bytes say so), and
 * GB18030/GBK when the bytes are not valid UTF-8. Binary files are refused.
 *
 * Never throws. (The CLI has its own `text/encoding.ts`; this one is kept
 * small and local so the corpus does not depend on work in progress there.)
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding; bom: boolean }
  | { ok: false; reason: 'binary' | 'undecodable' };

/** How many leading bytes are sniffed for NUL bytes and control characters. */
const SNIFF = 8192;

import { TextDecoder } from 'util';

function decoder(encoding: Encoding): TextDecoder {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
}

function tryDecode(encoding: Encoding, bytes: Uint8Array): string | undefined {
  try {
    return decoder(encoding).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a BOM: text in a Latin or CJK script has zero bytes at one
 * parity (Latin) or no zero bytes at all (CJK). We only recognise the Latin-heavy
 * case, which is the one that otherwise looks binary: most even (LE: odd) bytes are 0.
 */
function sniffBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SNIFF) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.02) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** Share of C0 control characters other than tab, newline, carriage return and form feed. */
function controlRatio(text: string): number {
  const n = Math.min(text.length, SNIFF);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / n;
}

function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function done(text: string, encoding: Encoding, bom: boolean): DecodeResult {
  if (controlRatio(text) > 0.05) return { ok: false, reason: 'binary' };
  return { ok: true, text, encoding, bom };
}

/** Decodes a corpus file's bytes. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    return text === undefined ? { ok: false, reason: 'undecodable' } : done(text, 'utf-8', true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = tryDecode('utf-16le', bytes.subarray(2));
    return text === undefined ? { ok: false, reason: 'undecodable' } : done(text, 'utf-16le', true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = tryDecode('utf-16be', bytes.subarray(2));
    return text === undefined ? { ok: false, reason: 'undecodable' } : done(text, 'utf-16be', true);
  }
  if (hasNul(bytes)) {
    const utf16 = sniffBomlessUtf16(bytes);
    if (utf16) {
      const text = tryDecode(utf16, bytes);
      if (text !== undefined) return done(text, utf16, false);
    }
    return { ok: false, reason: 'binary' };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return done(utf8, 'utf-8', false);
  const gb = tryDecode('gb18030', bytes);
  if (gb !== undefined) return done(gb, 'gb18030', false);
  return { ok: false, reason: 'undecodable' };
}
