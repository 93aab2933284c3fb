/**
 * The shared numerals (server/src/service/text/numerals.ts) that the parser
 * reads markers with, the checks write expected numbers with, and renumbering
 * writes new numbers with.
 */
import * as assert from 'assert';
import {
  chineseNumeralValue,
  parenIdeographValue,
  renderLike,
  romanValue,
  toAlpha,
  toChineseNumeral,
  toParenIdeograph,
  toRoman,
} from '../../../server/src/service/text/numerals';
import { readMarker } from '../../../server/src/service/parser/numbering';

describe('text/numerals: reading and writing paragraph numbers', () => {
  it('writes numerals in each style', () => {
    assert.deepStrictEqual([1, 4, 9, 14, 40, 1999].map(toRoman), ['i', 'iv', 'ix', 'xiv', 'xl', 'mcmxcix']);
    assert.deepStrictEqual([1, 26, 27, 28, 53].map(toAlpha), ['a', 'z', 'aa', 'bb', 'aaa']);
    assert.deepStrictEqual([1, 10, 11, 20, 21, 99, 100, 105, 110, 115].map(toChineseNumeral), ['一', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十', '一百一十五']);
    assert.deepStrictEqual([1, 3, 10, 11, 0].map(toParenIdeograph), ['㈠', '㈢', '㈩', undefined, undefined]);
  });

  it('reads what it writes, for every number sub-paragraphs use', () => {
    for (let n = 1; n <= 99; n++) {
      assert.strictEqual(chineseNumeralValue(toChineseNumeral(n)), n, toChineseNumeral(n));
      assert.strictEqual(romanValue(toRoman(n)), n, toRoman(n));
    }
    for (let n = 1; n <= 10; n++) assert.strictEqual(parenIdeographValue(toParenIdeograph(n)!), n);
  });

  it('refuses what is not a numeral of that kind', () => {
    // d and m are letters in sub-paragraph numbering; non-canonical spellings are not numerals.
    for (const s of ['d', 'm', 'iiii', 'ic', 'vv', 'IV', '', 'abc', 'xxxxxxxxx']) assert.strictEqual(romanValue(s), undefined, s);
    for (const s of ['', '十十', '二二', '百', '一百', '零', '十二三', 'a']) assert.strictEqual(chineseNumeralValue(s), undefined, s);
    for (const s of ['㈠㈡', '一', '(一)', '']) assert.strictEqual(parenIdeographValue(s), undefined, s);
  });

  it('the parser reads markers through them', () => {
    assert.deepStrictEqual([readMarker('(iv) x'), readMarker('(十七) x'), readMarker('㈣ x'), readMarker('(bb) x')].map((m) => m && [m.style, m.value]), [
      ['roman', 4],
      ['cjk', 17],
      ['cjk', 4],
      ['alpha', 28],
    ]);
  });

  it('keeps the punctuation and case of the number found', () => {
    assert.strictEqual(renderLike({ text: '4.', style: 'arabic' }, 3), '3.');
    assert.strictEqual(renderLike({ text: '4．', style: 'arabic' }, 3), '3．');
    assert.strictEqual(renderLike({ text: '１２．', style: 'arabic' }, 9), '９．');
    assert.strictEqual(renderLike({ text: '(d)', style: 'alpha' }, 3), '(c)');
    assert.strictEqual(renderLike({ text: '（d）', style: 'alpha' }, 3), '（c）');
    assert.strictEqual(renderLike({ text: '(D)', style: 'alpha' }, 3), '(C)');
    assert.strictEqual(renderLike({ text: '(iv)', style: 'roman' }, 3), '(iii)');
    assert.strictEqual(renderLike({ text: '(IV)', style: 'roman' }, 9), '(IX)');
    assert.strictEqual(renderLike({ text: '㈣', style: 'cjk' }, 3), '㈢');
    assert.strictEqual(renderLike({ text: '㈣', style: 'cjk' }, 11), '(十一)');
    assert.strictEqual(renderLike({ text: '(十二)', style: 'cjk' }, 11), '(十一)');
    assert.strictEqual(renderLike({ text: '(十二)', style: 'cjk' }, 21), '(二十一)');
  });
});
