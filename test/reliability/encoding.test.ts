/**
 * Issue 7, item 10: NUL bytes after the first 64 KB are refused like those before it (they
 * used to be accepted and echoed into the output), and Chinese UTF-16 without a byte-order
 * mark is decoded instead of being called binary.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { decodeInput, InputError } from '../../server/src/service/text/encoding';
import { decodeBytes } from '../../server/src/service/corpus/decode';

const SEEDS = path.join(__dirname, '../../seeds');
const seedText = (f: string) => fs.readFileSync(path.join(SEEDS, f), 'utf8');

function utf16be(text: string): Buffer {
  const b = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
  return b;
}

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e instanceof InputError ? e.code : `other: ${String(e)}`;
  }
}

describe('reliability: encodings', () => {
  it('a NUL byte after the first 64 KB makes the file binary, as one before it does', () => {
    const text = seedText('003_10c262350bcf095e.txt'); // 88 KB: the NUL falls past 64 KB
    const at = text.length - 100;
    const bytes = Buffer.from(text.slice(0, at) + '\u0000' + text.slice(at), 'utf8');
    assert.ok(bytes.indexOf(0) > 64 * 1024);
    assert.strictEqual(errorCode(() => decodeInput(bytes, 'x.txt')), 'binary');
    assert.deepStrictEqual(decodeBytes(bytes), { ok: false, reason: 'binary' });
    // The same with a BOM, and in UTF-16.
    assert.strictEqual(errorCode(() => decodeInput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]))), 'binary');
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(0, at) + '\u0000' + text.slice(at), 'utf16le')]);
    assert.strictEqual(errorCode(() => decodeInput(u16, 'x.txt', { maxBytes: 1e9 })), 'binary');
  });

  for (const seed of ['000_1ed030a242e859ae.txt', '004_4510d16fedc8d16d.txt']) {
    it(`Chinese UTF-16 LE and BE without a BOM decode to the text (${seed})`, () => {
      const text = seedText(seed);
      for (const [name, bytes] of [
        ['utf-16le', Buffer.from(text, 'utf16le')],
        ['utf-16be', utf16be(text)],
      ] as const) {
        const r = decodeInput(bytes, 'x.txt');
        assert.strictEqual(r.encoding, name);
        assert.strictEqual(r.text, text);
        assert.ok(r.warnings.some((w) => w.code === 'bomless-utf16'));
        const c = decodeBytes(bytes);
        assert.ok(c.ok && c.text === text, `${name}: corpus decode`);
      }
    });
  }

  it('a short all-Chinese UTF-16 LE paragraph (zero bytes only in its line ends) decodes', () => {
    const text = '大会，\n回顾其关于信息和通信技术促进可持续发展的各项决议，\n重申二〇三〇年可持续发展议程，\n';
    const r = decodeInput(Buffer.from(text, 'utf16le'), 'x.txt');
    assert.strictEqual(r.text, text);
  });

  it('binary with zero bytes at one parity is still binary, not UTF-16', () => {
    // 16-bit little-endian samples below 256: every odd byte is zero, the even ones arbitrary.
    let x = 12345;
    const b = Buffer.alloc(8192);
    for (let i = 0; i < b.length; i += 2) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      b[i] = x & 0xff;
    }
    assert.strictEqual(errorCode(() => decodeInput(b, 'x.bin')), 'binary');
    // Random bytes with zeros sprinkled everywhere.
    const r = Buffer.alloc(8192);
    for (let i = 0; i < r.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      r[i] = i % 7 === 0 ? 0 : (x >> 8) & 0xff;
    }
    assert.strictEqual(errorCode(() => decodeInput(r, 'x.bin')), 'binary');
  });
});
