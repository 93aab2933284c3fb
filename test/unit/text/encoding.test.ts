import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { decodeInput, describeInputError, DEFAULT_MAX_BYTES, InputError } from '../../../server/src/service/text/encoding';

const root = path.join(__dirname, '../../..');
const seed = fs.readFileSync(path.join(root, 'seeds/001_8d8e352413f896fa.txt'), 'utf8');

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

function expectError(fn: () => unknown, code: string): InputError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof InputError, `expected InputError, got ${e}`);
    assert.strictEqual(e.code, code);
    return e;
  }
  assert.fail(`expected InputError ${code}`);
}

describe('decodeInput', () => {
  it('reads UTF-8 without and with a BOM', () => {
    const plain = decodeInput(Buffer.from(seed, 'utf8'));
    assert.strictEqual(plain.text, seed);
    assert.strictEqual(plain.encoding, 'utf-8');
    assert.strictEqual(plain.bom, false);
    assert.deepStrictEqual(plain.warnings, []);
    const bom = decodeInput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')]));
    assert.strictEqual(bom.text, seed);
    assert.strictEqual(bom.bom, true);
  });

  it('reads UTF-16 LE and BE with a BOM, and Latin UTF-16 LE without one', () => {
    const le = decodeInput(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]));
    assert.strictEqual(le.text, seed);
    assert.strictEqual(le.encoding, 'utf-16le');
    const be = decodeInput(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(seed)]));
    assert.strictEqual(be.text, seed);
    assert.strictEqual(be.encoding, 'utf-16be');
    const english = 'The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n';
    const bomless = decodeInput(Buffer.from(english, 'utf16le'));
    assert.strictEqual(bomless.text, english);
    assert.strictEqual(bomless.encoding, 'utf-16le');
    assert.strictEqual(bomless.warnings[0].code, 'bomless-utf16');
  });

  it('reads a GBK file (made with iconv) as GB18030, with a warning', () => {
    const bytes = fs.readFileSync(path.join(root, 'test/fixtures/defects/gbk-encoded.txt'));
    const twin = fs.readFileSync(path.join(root, 'test/fixtures/defects/gbk-encoded.utf8.txt'), 'utf8');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture must not be valid UTF-8');
    const out = decodeInput(bytes, 'gbk-encoded.txt');
    assert.strictEqual(out.encoding, 'gb18030');
    assert.strictEqual(out.text, twin);
    assert.ok(out.text.includes('大会，'));
    assert.deepStrictEqual(out.warnings.map((w) => w.code), ['decoded-gb18030']);
  });

  it('refuses binary files with a message naming the file', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const e = expectError(() => decodeInput(png, 'logo.png'), 'binary');
    assert.strictEqual(e.message, 'logo.png: this is a binary file, not text (it contains NUL bytes); it cannot be checked');
    assert.strictEqual(describeInputError('zh', e.code, e.path, e.detail), 'logo.png：这是二进制文件，不是文本（含有 NUL 字节），无法检查');
    const controls = Buffer.alloc(4000);
    for (let i = 0; i < controls.length; i++) controls[i] = i % 3 === 0 ? 0x01 : 0x41;
    expectError(() => decodeInput(controls), 'binary');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const e = expectError(() => decodeInput(Buffer.from([0x41, 0xff, 0x41, 0xff, 0x42]), 'x.txt'), 'undecodable');
    assert.match(e.message, /^x\.txt: cannot tell the encoding/);
  });

  it('refuses a 20 MB file at once, or truncates it cleanly when asked', () => {
    const line = Buffer.from('又回顾《2030年议程》和《亚的斯亚贝巴行动议程》中提及信息和通信技术的内容，\n', 'utf8');
    const big = Buffer.alloc(20 * 1024 * 1024);
    for (let o = 0; o < big.length; o += line.length) line.copy(big, o);
    const t0 = Date.now();
    const e = expectError(() => decodeInput(big, 'big.txt'), 'too-large');
    assert.strictEqual(e.message, 'big.txt: the file is too large (20 MB); the limit is 8 MB');
    assert.strictEqual(describeInputError('zh', 'too-large', 'big.txt', e.detail), 'big.txt：文件过大（20 MB），超过上限 8 MB');
    const cut = decodeInput(big, 'big.txt', { onTooLarge: 'truncate', maxBytes: 1000 });
    assert.ok(Buffer.byteLength(cut.text) <= 1000);
    assert.ok(!cut.text.includes('\ufffd'));
    assert.ok(cut.text.endsWith('\n'));
    assert.deepStrictEqual(cut.warnings.map((w) => w.code), ['truncated']);
    // The default limit also applies to truncation; cutting mid-character never yields a broken character.
    const odd = decodeInput(big.subarray(0, DEFAULT_MAX_BYTES + 7), undefined, { onTooLarge: 'truncate' });
    assert.ok(!odd.text.includes('\ufffd'));
    assert.ok(Date.now() - t0 < 5000, 'bounded time');
  });

  it('reads an empty file as empty text', () => {
    const out = decodeInput(Buffer.alloc(0));
    assert.strictEqual(out.text, '');
    assert.strictEqual(out.encoding, 'utf-8');
  });
});
