import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { detectLanguage, mayHoldReference } from '../../../server/src/service/parser';
import { findReferences } from '../../../server/src/service/references';

const SEEDS = path.join(__dirname, '../../../seeds');

/** The same language as counting every one of the first 20,000 characters. */
function detectLanguageSlow(text: string): 'zh' | 'en' {
  let cjk = 0;
  let latin = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return cjk * 3 >= latin && cjk > 0 ? 'zh' : latin > 0 ? 'en' : 'zh';
}

const pieces = ['第 70/1 号决议', '第７０／１号决定', 'A/RES/80/118', 'Ａ／ＲＥＳ／８０／１', 'resolution 70/1', 'ｒｅｓｏｌｕｔｉｏｎ 70/1', 'decision 2/3', '号', '決議', '决议', '决定', '2030 年', '70/1', '／', '⁄', '∕', '，', '。', ' ', '\u3000', '回顾', '大会', 'x', 'E', 'Ｅ', '(III)', '217 A (III)', 'S/RES/2250 (2015)'];
const textArb = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 30 }).map((xs) => xs.join(''));

describe('parser fast paths give the answers of the slow paths', () => {
  it('mayHoldReference is false only where findReferences finds nothing (seed lines and random text)', () => {
    let skipped = 0;
    for (const f of fs.readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) {
      for (const line of fs.readFileSync(path.join(SEEDS, f), 'utf8').split('\n')) {
        if (!mayHoldReference(line)) {
          skipped++;
          assert.deepStrictEqual(findReferences(line), [], line);
        }
      }
    }
    assert.ok(skipped > 100, `the seeds have lines without references (${skipped})`);
    fc.assert(
      fc.property(textArb, (s) => {
        if (!mayHoldReference(s)) assert.deepStrictEqual(findReferences(s), []);
      }),
      { numRuns: 2000 },
    );
  });

  it('detectLanguage stops early with the answer of a full count', () => {
    for (const f of fs.readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) {
      const t = fs.readFileSync(path.join(SEEDS, f), 'utf8');
      assert.strictEqual(detectLanguage(t), detectLanguageSlow(t), f);
    }
    const mixed = fc.array(fc.constantFrom('大会', 'General Assembly', '，', ' ', '2030', 'A/RES/70/1', '决议', 'x'), { maxLength: 3000 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(mixed, (s) => {
        assert.strictEqual(detectLanguage(s), detectLanguageSlow(s));
      }),
      { numRuns: 300 },
    );
  });
});
