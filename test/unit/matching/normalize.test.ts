import * as assert from 'assert';
import fc from 'fast-check';
import { mapRange, normalize } from '../../../server/src/service/matching/normalize';

describe('matching/normalize', () => {
  it('drops spaces next to CJK and keeps them between Latin words', () => {
    assert.strictEqual(normalize('使这一议程到 2030 年得到全面执行').text, normalize('使这一议程到2030年得到全面执行').text);
    assert.strictEqual(normalize('the  General\nAssembly').text, 'the General Assembly');
  });

  it('maps full-width forms to half-width (NFKC) so ，/, is not a difference', () => {
    assert.strictEqual(normalize('数字鸿沟，包括（COVID－19）').text, normalize('数字鸿沟,包括(COVID-19)').text);
    assert.strictEqual(normalize('２０３０年').text, '2030年');
    assert.strictEqual(normalize('题为“数字合作”的 2024–2034 年').text, normalize('题为"数字合作"的2024-2034年').text);
  });

  it('keeps term differences: 因特网 and 互联网 stay different', () => {
    assert.notStrictEqual(normalize('因特网治理').text, normalize('互联网治理').text);
  });

  it('removes footnote markers, emphasis and link targets', () => {
    assert.strictEqual(normalize('**还回顾** 2015 年成果文件，<sup>10</sup> 其中').text, '还回顾2015年成果文件,其中');
    assert.strictEqual(normalize('第 2006/46 号决议，¹² 又').text, '第2006/46号决议,又');
    assert.strictEqual(normalize('见 [TD/B/EDE/4/3](#)。').text, '见TD/B/EDE/4/3');
  });

  it('strips the closing punctuation: a PP reused as an OP is not a deviation', () => {
    assert.strictEqual(normalize('确保技术库充分有效运行；').text, normalize('确保技术库充分有效运行，').text);
    assert.strictEqual(normalize('除非另有商定。').text, '除非另有商定');
  });

  it('maps normalised offsets back to the input', () => {
    const input = '**又重申** 因特网治理，<sup>3</sup> 包括 2030 年';
    const n = normalize(input);
    const at = n.text.indexOf('因特网');
    const r = mapRange(n, at, at + 3, input);
    assert.strictEqual(input.slice(r.start, r.end), '因特网');
    const y = n.text.indexOf('2030年');
    const ry = mapRange(n, y, y + 5, input);
    assert.strictEqual(input.slice(ry.start, ry.end), '2030 年');
  });

  it('normalises a sub-range with offsets into the whole input', () => {
    const input = '认识到信息和通信技术，';
    const n = normalize(input, 3);
    assert.strictEqual(n.text, '信息和通信技术');
    assert.strictEqual(n.map[0], 3);
  });

  it('offset map is monotonic and in range for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('因', '特', '网', ' ', '，', '*', '<sup>1</sup>', '¹', 'a', 'B', '2', '\n', '[', ']', '(', ')', '#', '　', '㈠', '𠀀') , maxLength: 60 }), (s) => {
        const n = normalize(s);
        assert.strictEqual(n.map.length, n.text.length + 1);
        for (let i = 0; i < n.text.length; i++) {
          assert.ok(n.map[i] >= 0 && n.map[i] < s.length);
          if (i > 0) assert.ok(n.map[i] >= n.map[i - 1]);
        }
        assert.ok(n.map[n.text.length] <= s.length);
      }),
      { numRuns: 300 },
    );
  });

  it('handles unterminated markup without hanging', () => {
    const s = '<sup>'.repeat(5000) + '['.repeat(5000) + '**'.repeat(5000);
    const t = Date.now();
    normalize(s);
    assert.ok(Date.now() - t < 5000);
  });
});
