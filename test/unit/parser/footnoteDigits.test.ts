/**
 * Footnote numbers run to five digits in every form, references and definitions alike (issue 7, item 10:
 * a 5-digit `[^12345]: …` definition was not read while its reference was).
 */
import * as assert from 'assert';
import { parseDocument } from '../../../server/src/service/parser';

describe('parser: footnote numbers of up to five digits', () => {
  for (const n of [7, 1234, 12345]) {
    it(`reads the Markdown reference and definition of footnote ${n} alike`, () => {
      const doc = parseDocument(`The General Assembly,\n\nRecalling its resolution 70/1,[^${n}]\n\n1. Decides to remain seized of the matter.\n\n[^${n}]: Resolution 70/1.\n`);
      assert.deepStrictEqual(doc.footnoteRefs.map((r) => r.number), [n]);
      assert.deepStrictEqual(doc.footnoteDefs.map((d) => d.number), [n]);
      assert.strictEqual(doc.footnoteDefs[0].text, 'Resolution 70/1.');
    });
    it(`reads the <sup> reference and definition of footnote ${n} alike`, () => {
      const doc = parseDocument(`The General Assembly,\n\nRecalling its resolution 70/1,<sup>${n}</sup>\n\n1. Decides to remain seized of the matter.\n\n<sup>${n}</sup> Resolution 70/1.\n`);
      assert.deepStrictEqual(doc.footnoteRefs.map((r) => r.number), [n]);
      assert.deepStrictEqual(doc.footnoteDefs.map((d) => d.number), [n]);
    });
  }
  it('reads neither a six-digit reference nor a six-digit definition as a footnote', () => {
    const doc = parseDocument('The General Assembly,\n\nRecalling its resolution 70/1,[^123456]\n\n1. Decides to remain seized of the matter.\n\n[^123456]: Resolution 70/1.\n');
    assert.deepStrictEqual(doc.footnoteRefs, []);
    assert.deepStrictEqual(doc.footnoteDefs, []);
  });
});
