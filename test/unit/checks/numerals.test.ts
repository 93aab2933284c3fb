import * as assert from 'assert';
import { renderLike, toAlpha, toChineseNumeral, toRoman } from '../../../server/src/service/checks/numerals';

describe('checks: writing the expected number like the one found', () => {
  it('writes numerals in each style', () => {
    assert.deepStrictEqual([1, 4, 9, 14, 40, 1999].map(toRoman), ['i', 'iv', 'ix', 'xiv', 'xl', 'mcmxcix']);
    assert.deepStrictEqual([1, 26, 27, 28].map(toAlpha), ['a', 'z', 'aa', 'bb']);
    assert.deepStrictEqual([1, 10, 11, 20, 21, 99, 100, 105, 110].map(toChineseNumeral), ['一', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十']);
  });

  it('keeps the punctuation and case of the number found', () => {
    assert.strictEqual(renderLike({ text: '4.', style: 'arabic' }, 3), '3.');
    assert.strictEqual(renderLike({ text: '4．', style: 'arabic' }, 3), '3．');
    assert.strictEqual(renderLike({ text: '(d)', style: 'alpha' }, 3), '(c)');
    assert.strictEqual(renderLike({ text: '（d）', style: 'alpha' }, 3), '（c）');
    assert.strictEqual(renderLike({ text: '(D)', style: 'alpha' }, 3), '(C)');
    assert.strictEqual(renderLike({ text: '(iv)', style: 'roman' }, 3), '(iii)');
    assert.strictEqual(renderLike({ text: '㈣', style: 'cjk' }, 3), '㈢');
    assert.strictEqual(renderLike({ text: '㈣', style: 'cjk' }, 11), '(十一)');
    assert.strictEqual(renderLike({ text: '(十二)', style: 'cjk' }, 11), '(十一)');
    assert.strictEqual(renderLike({ text: '(十二)', style: 'cjk' }, 21), '(二十一)');
  });
});
