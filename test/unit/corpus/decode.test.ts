import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { decodeBytes } from '../../../server/src/service/corpus/decode';

const SAMPLE = '大会，\n\n回顾其关于信息和通信技术促进可持续发展的各项决议，\n\n1. 决定继续审议这一问题。\n';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return be;
}

describe('corpus decodeBytes', () => {
  it('decodes UTF-8 with and without BOM', () => {
    const plain = decodeBytes(Buffer.from(SAMPLE, 'utf8'));
    assert.deepStrictEqual(plain, { ok: true, text: SAMPLE, encoding: 'utf-8', bom: false });
    const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]));
    assert.deepStrictEqual(bom, { ok: true, text: SAMPLE, encoding: 'utf-8', bom: true });
  });

  it('decodes UTF-16 LE and BE with BOM', () => {
    const le = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]));
    assert.ok(le.ok && le.text === SAMPLE && le.encoding === 'utf-16le');
    const be = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SAMPLE)]));
    assert.ok(be.ok && be.text === SAMPLE && be.encoding === 'utf-16be');
  });

  it('decodes BOM-less UTF-16 LE of Latin text instead of calling it binary', () => {
    const text = 'The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to remain seized of the matter.\n';
    const r = decodeBytes(Buffer.from(text, 'utf16le'));
    assert.ok(r.ok && r.text === text && r.encoding === 'utf-16le', JSON.stringify(r));
  });

  it('decodes GBK bytes (not valid UTF-8) as GB18030', () => {
    const bytes = fs.readFileSync(path.join(__dirname, 'fixtures/gbk-resolution.txt'));
    const r = decodeBytes(bytes);
    assert.ok(r.ok, 'decoded');
    assert.strictEqual(r.ok && r.encoding, 'gb18030');
    assert.ok(r.ok && r.text.includes('80/901. 以 GBK 编码保存的决议'), r.ok ? r.text : '');
  });

  it('refuses binary data (NUL bytes, control characters)', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    assert.deepStrictEqual(decodeBytes(png), { ok: false, reason: 'binary' });
    const controls = Buffer.alloc(400);
    for (let i = 0; i < controls.length; i++) controls[i] = i % 2 ? 0x01 : 0x41;
    assert.deepStrictEqual(decodeBytes(controls), { ok: false, reason: 'binary' });
  });

  it('gives up on bytes that are neither UTF-8 nor GB18030', () => {
    // 0xFF is never a valid lead byte in GB18030 or UTF-8.
    const r = decodeBytes(Buffer.from([0x41, 0x42, 0xff, 0xff, 0x43]));
    assert.strictEqual(r.ok, false);
  });
});
