/** Sub-paragraph markers with a closing bracket only (`a)`, `ii)`), as French, Spanish and Russian UN texts write them. */
import * as assert from 'assert';
import { readMarker } from '../../../server/src/service/parser/numbering';
import { parseDocument } from '../../../server/src/service/parser';

describe('parser: a) b) i) ii) sub-paragraph markers', () => {
  it('reads them like (a) and (ii)', () => {
    assert.deepStrictEqual(readMarker('a) En modernisant'), { style: 'alpha', value: 1, text: 'a)', length: 3 });
    assert.deepStrictEqual(readMarker('b) Adoptando marcos'), { style: 'alpha', value: 2, text: 'b)', length: 3 });
    assert.deepStrictEqual(readMarker('ii) second'), { style: 'roman', value: 2, text: 'ii)', length: 4, alphaValue: 35 });
    assert.strictEqual(readMarker('i) premier')?.alphaValue, 9);
    assert.strictEqual(readMarker('aa) 27e')?.value, 27);
  });

  it('leaves other text alone', () => {
    for (const s of ['a)b', 'ab) x', 'A) x', 'a)', 'x', 'abc) x', 'é) x']) assert.strictEqual(readMarker(s), undefined, s);
  });

  it('a French operative paragraph with a) b) c) has three sub-paragraphs', () => {
    const doc = parseDocument(
      [
        'L’Assemblée générale,',
        '',
        '*Rappelant* sa résolution 70/1 du 25 septembre 2015,',
        '',
        '1. *Engage* les gouvernements à renforcer leurs dispositifs de données, notamment\u202f:',
        '',
        'a) En modernisant les registres\u202f;',
        '',
        'b) En formant le personnel\u202f;',
        '',
        'c) En adoptant des cadres juridiques\u202f;',
        '',
        '2. *Décide* de rester saisie de la question.',
      ].join('\n'),
    );
    assert.strictEqual(doc.language, 'fr');
    const op = doc.resolutions[0].operative;
    assert.strictEqual(op.length, 2);
    assert.deepStrictEqual(op[0].subparagraphs.map((p) => p.label), ['OP 1(a)', 'OP 1(b)', 'OP 1(c)']);
  });
});
