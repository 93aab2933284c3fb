/**
 * Turning the bytes of an input file into text, or saying clearly why not.
 *
 * - UTF-8, with or without BOM (the BOM is dropped);
 * - UTF-16 LE/BE with a BOM, or without one when the zero bytes fall on one side
 *   of the byte pairs and the text decoded reads as text (Chinese stored as
 *   UTF-16 has zero bytes only in its ASCII: line ends, digits);
 * - GB18030 (a superset of GBK and GB2312) when the bytes are not valid UTF-8:
 *   Chinese files saved by older Windows tools;
 * - binary files (a NUL anywhere, a high share of control characters) are refused;
 * - files over `maxBytes` (8 MiB by default) are refused, or truncated at a
 *   line break when `onTooLarge: 'truncate'`. Only the bytes needed are
 *   looked at, so a huge file costs nothing.
 */
import { format, type Locale } from '../i18n';
import { isTextLikeUnit } from '../language/script';
import { encodingMessages as M } from './encodingMessages';

export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type InputWarningCode = 'decoded-gb18030' | 'truncated' | 'bomless-utf16';

export interface InputWarning {
  code: InputWarningCode;
  /** Arguments of the message (sizes, encodings). */
  detail?: Record<string, string | number>;
}

export interface DecodedInput {
  text: string;
  encoding: InputEncoding;
  /** Whether the bytes began with a byte-order mark. */
  bom: boolean;
  warnings: InputWarning[];
}

export type InputErrorCode = 'binary' | 'too-large' | 'undecodable';

/** Why an input cannot be read as text. `message` is in English; use `describeInputError` for other locales. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly path: string | undefined,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(describeInputError('en', code, path, detail));
    this.name = 'InputError';
  }
}

export interface DecodeOptions {
  /** Largest input accepted, in bytes (default 8 MiB). */
  maxBytes?: number;
  /** What to do with a larger input: refuse it (default) or keep the first `maxBytes`. */
  onTooLarge?: 'error' | 'truncate';
}

export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/** How many leading bytes are examined for binary content. */
const SNIFF_BYTES = 64 * 1024;

export function describeInputError(locale: Locale, code: InputErrorCode, path: string | undefined, detail: Record<string, string | number> = {}): string {
  const args: Record<string, string | number> = { ...detail };
  if (code === 'binary' && (detail.reason === 'nul' || detail.reason === 'control')) {
    args.reason = format(locale, M[`reason-${detail.reason}`]);
  }
  const prefix = path ? format(locale, M.file, { path }) : '';
  const message = code === 'too-large' && detail.size === undefined ? M['over-limit'] : M[code];
  return prefix + format(locale, message, args);
}

export function describeInputWarning(locale: Locale, warning: InputWarning): string {
  return format(locale, M[warning.code], warning.detail ?? {});
}

/** "20.0 MB", "8 MB", "512 bytes". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${round1(n / 1024)} KB`;
  return `${round1(n / (1024 * 1024))} MB`;
}

function round1(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/**
 * Decodes an input file. Throws `InputError` when it cannot be read as text.
 * `path` is only used in messages.
 */
export function decodeInput(bytes: Uint8Array, path?: string, options: DecodeOptions = {}): DecodedInput {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const warnings: InputWarning[] = [];
  let data = bytes;
  if (bytes.length > maxBytes) {
    const detail = { size: formatBytes(bytes.length), limit: formatBytes(maxBytes) };
    if (options.onTooLarge !== 'truncate') throw new InputError('too-large', path, detail);
    data = bytes.subarray(0, maxBytes);
    warnings.push({ code: 'truncated', detail });
  }
  const truncated = data !== bytes;

  // Byte-order marks.
  if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    const text = decodeUtf8(data.subarray(3), truncated);
    if (text === undefined) throw new InputError('undecodable', path);
    checkText(text, path);
    return { text: cutAtLineEnd(text, truncated), encoding: 'utf-8', bom: true, warnings };
  }
  if (data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))) {
    const encoding: InputEncoding = data[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = decodeUtf16(data.subarray(2), encoding, truncated);
    if (text === undefined) throw new InputError('undecodable', path);
    checkText(text, path);
    return { text: cutAtLineEnd(text, truncated), encoding, bom: true, warnings };
  }

  const bomless = bomlessUtf16(data, truncated);
  if (bomless) {
    checkText(bomless.text, path);
    warnings.push({ code: 'bomless-utf16', detail: { encoding: bomless.encoding.toUpperCase() } });
    return { text: cutAtLineEnd(bomless.text, truncated), encoding: bomless.encoding, bom: false, warnings };
  }

  // Binary content: a NUL byte anywhere (a native scan: cheap on the whole input), or many
  // control bytes in the leading part.
  const sniff = data.subarray(0, SNIFF_BYTES);
  if (data.includes(0)) throw new InputError('binary', path, { reason: 'nul' });
  if (controlByteShare(sniff) > 0.1) throw new InputError('binary', path, { reason: 'control' });

  const utf8 = decodeUtf8(data, truncated);
  if (utf8 !== undefined) return { text: cutAtLineEnd(utf8, truncated), encoding: 'utf-8', bom: false, warnings };

  const gb = decodeStrict('gb18030', truncated ? trimIncompleteGb(data) : data);
  if (gb !== undefined && controlShare(gb) < 0.1) {
    warnings.push({ code: 'decoded-gb18030' });
    return { text: cutAtLineEnd(gb, truncated), encoding: 'gb18030', bom: false, warnings };
  }
  throw new InputError('undecodable', path);
}

function decodeStrict(encoding: string, data: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    return undefined;
  }
}

/** Strict UTF-8; when the input was truncated, an incomplete last character is dropped. */
function decodeUtf8(data: Uint8Array, truncated: boolean): string | undefined {
  if (truncated) {
    // Back off over continuation bytes to the start of the last character, and drop it if incomplete.
    let i = data.length - 1;
    let back = 0;
    while (i >= 0 && back < 4 && (data[i] & 0xc0) === 0x80) {
      i--;
      back++;
    }
    if (i >= 0) {
      const lead = data[i];
      const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      if (data.length - i < need) data = data.subarray(0, i);
    }
  }
  return decodeStrict('utf-8', data);
}

function decodeUtf16(data: Uint8Array, encoding: 'utf-16le' | 'utf-16be', truncated: boolean): string | undefined {
  if (data.length % 2 === 1) {
    if (!truncated) return undefined;
    data = data.subarray(0, data.length - 1);
  }
  let text = decodeStrict(encoding, data);
  if (text === undefined && truncated) text = decodeStrict(encoding, data.subarray(0, data.length - 2));
  return text;
}

/** GB18030 characters are 1, 2 or 4 bytes; drop up to 3 trailing bytes until the rest decodes. */
function trimIncompleteGb(data: Uint8Array): Uint8Array {
  for (let cut = 0; cut <= 3 && cut < data.length; cut++) {
    const part = data.subarray(0, data.length - cut);
    if (decodeStrict('gb18030', part) !== undefined) return part;
  }
  return data;
}

/** A truncated text ends at its last line break (when there is one in the last tenth), not mid-sentence. */
function cutAtLineEnd(text: string, truncated: boolean): string {
  if (!truncated) return text;
  const nl = text.lastIndexOf('\n');
  return nl > text.length * 0.9 ? text.slice(0, nl + 1) : text;
}

/**
 * UTF-16 without a byte-order mark: zero bytes in the leading part, nearly all on one side of the
 * byte pairs (the high byte of ASCII characters), and a decoded text that reads as text. Chinese
 * has few zero bytes (line ends, digits, spaces; and 一 U+4E00-like characters on the other side),
 * Latin text many; binary data has them on both sides, or decodes to controls and unassigned runs.
 */
function bomlessUtf16(data: Uint8Array, truncated: boolean): { text: string; encoding: 'utf-16le' | 'utf-16be' } | undefined {
  const n = Math.min(data.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (data[i] === 0) evenZero++;
    if (data[i + 1] === 0) oddZero++;
  }
  const most = Math.max(evenZero, oddZero);
  const least = Math.min(evenZero, oddZero);
  // Measured on the seeds as UTF-16: the other side holds 0.7–6.1% as many zeros (characters like 一, 丁).
  if (most === 0 || least > most * 0.25) return undefined;
  const encoding = oddZero > evenZero ? 'utf-16le' : 'utf-16be';
  const text = decodeUtf16(data, encoding, truncated);
  if (text === undefined || textLikeShare(text) < 0.95) return undefined;
  return { text, encoding };
}

/** Share of the leading characters that are of the scripts and signs documents are written in. */
function textLikeShare(text: string): number {
  const n = Math.min(text.length, SNIFF_BYTES / 2);
  if (n === 0) return 0;
  let ok = 0;
  for (let i = 0; i < n; i++) if (isTextLike(text.charCodeAt(i))) ok++;
  return ok / n;
}

const isTextLike = isTextLikeUnit;

/** Share of bytes that are C0 controls other than tab, line feed, carriage return, form feed and escape. */
function controlByteShare(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) || b === 0x7f) bad++;
  }
  return bad / bytes.length;
}

function controlShare(text: string): number {
  const n = Math.min(text.length, SNIFF_BYTES);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) bad++;
  }
  return bad / n;
}

/** Text decoded from a BOM-marked (or BOM-less UTF-16) file must still not be binary: no NUL anywhere. */
function checkText(text: string, path: string | undefined): void {
  if (text.includes('\u0000')) throw new InputError('binary', path, { reason: 'nul' });
  const head = text.slice(0, SNIFF_BYTES);
  if (controlShare(head) > 0.1) throw new InputError('binary', path, { reason: 'control' });
}
