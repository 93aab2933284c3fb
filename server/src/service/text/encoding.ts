/**
 * Turning the bytes of an input file into text, or saying clearly why not.
 *
 * - UTF-8, with or without BOM (the BOM is dropped);
 * - UTF-16 LE/BE with a BOM, or without one when the zero bytes make it plain
 *   (Latin-heavy text stored as UTF-16);
 * - GB18030 (a superset of GBK and GB2312) when the bytes are not valid UTF-8:
 *   Chinese files saved by older Windows tools;
 * - binary files (NUL bytes, a high share of control characters) are refused;
 * - files over `maxBytes` (8 MiB by default) are refused, or truncated at a
 *   line break when `onTooLarge: 'truncate'`. Only the bytes needed are
 *   looked at, so a huge file costs nothing.
 */
import type { Locale } from '../i18n';
import { format, type Messages } from '../i18n';

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

const errorMessages: Messages<InputErrorCode | 'file'> = {
  file: { zh: '{path}：', en: '{path}: ' },
  binary: {
    zh: '这是二进制文件，不是文本（{reason}），无法检查',
    en: 'this is a binary file, not text ({reason}); it cannot be checked',
  },
  'too-large': {
    zh: '文件过大（{size}），超过上限 {limit}',
    en: 'the file is too large ({size}); the limit is {limit}',
  },
  undecodable: {
    zh: '无法识别文件编码：既不是有效的 UTF-8，也不是 UTF-16 或 GB18030/GBK',
    en: 'cannot tell the encoding: the bytes are not valid UTF-8, UTF-16 or GB18030/GBK',
  },
};

const reasonMessages: Messages<'nul' | 'control'> = {
  nul: { zh: '含有 NUL 字节', en: 'it contains NUL bytes' },
  control: { zh: '控制字符比例过高', en: 'too many control characters' },
};

const warningMessages: Messages<InputWarningCode> = {
  'decoded-gb18030': {
    zh: '文件不是 UTF-8，已按 GB18030/GBK 解码',
    en: 'not UTF-8; decoded as GB18030/GBK',
  },
  truncated: {
    zh: '文件过大（{size}），只检查了前 {limit}',
    en: 'the file is too large ({size}); only the first {limit} were checked',
  },
  'bomless-utf16': { zh: '按无 BOM 的 {encoding} 解码', en: 'decoded as {encoding} without a byte-order mark' },
};

export function describeInputError(locale: Locale, code: InputErrorCode, path: string | undefined, detail: Record<string, string | number> = {}): string {
  const args: Record<string, string | number> = { ...detail };
  if (code === 'binary' && typeof detail.reason === 'string' && detail.reason in reasonMessages) {
    args.reason = format(locale, reasonMessages[detail.reason as 'nul' | 'control']);
  }
  const prefix = path ? format(locale, errorMessages.file, { path }) : '';
  return prefix + format(locale, errorMessages[code], args);
}

export function describeInputWarning(locale: Locale, warning: InputWarning): string {
  return format(locale, warningMessages[warning.code], warning.detail ?? {});
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

  const bomless = sniffBomlessUtf16(data);
  if (bomless) {
    const text = decodeUtf16(data, bomless, truncated);
    if (text !== undefined && controlShare(text) < 0.1) {
      warnings.push({ code: 'bomless-utf16', detail: { encoding: bomless.toUpperCase() } });
      return { text: cutAtLineEnd(text, truncated), encoding: bomless, bom: false, warnings };
    }
  }

  // Binary content: NUL bytes or many control bytes in the leading part.
  const sniff = data.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) throw new InputError('binary', path, { reason: 'nul' });
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

function sniffBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
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

/** Text decoded from a BOM-marked file must still not be binary. */
function checkText(text: string, path: string | undefined): void {
  const head = text.slice(0, SNIFF_BYTES);
  if (head.includes('\u0000')) throw new InputError('binary', path, { reason: 'nul' });
  if (controlShare(head) > 0.1) throw new InputError('binary', path, { reason: 'control' });
}
