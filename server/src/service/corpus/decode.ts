/**
 * Turning the bytes of a corpus file into text. The work is done by the shared
 * `text/encoding.ts` (`decodeInput`: UTF-8 with or without BOM, UTF-16 LE/BE,
 * GB18030/GBK when not valid UTF-8, binary refused); this adapter turns its
 * outcome into the corpus's terms and never throws. Size limits are the
 * corpus's own (checked before reading).
 */
import { decodeInput, InputError, type InputEncoding } from '../text/encoding';

export type DecodeResult =
  | { ok: true; text: string; encoding: InputEncoding; bom: boolean }
  | { ok: false; reason: 'binary' | 'undecodable' };

/** Decodes a corpus file's bytes. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  try {
    const r = decodeInput(bytes, undefined, { maxBytes: Number.MAX_SAFE_INTEGER });
    return { ok: true, text: r.text, encoding: r.encoding, bom: r.bom };
  } catch (e) {
    if (e instanceof InputError && e.code === 'binary') return { ok: false, reason: 'binary' };
    return { ok: false, reason: 'undecodable' };
  }
}
