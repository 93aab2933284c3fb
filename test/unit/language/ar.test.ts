/**
 * ar: the fixture draft against its precedent and the synthetic evaluation (see languageSuite.ts), and
 * ranges exact character by character in the right-to-left text: every paragraph's pieces, verb, number
 * and end mark, every seeded finding's range, and the reused span of the partial paragraph.
 */
import * as assert from 'assert';
import { ar } from '../../../server/src/service/language/data/ar';
import type { Range } from '../../../server/src/service/model';
import { readLanguageFixture } from '../../support/languageFixtures';
import { allParagraphs, describeLanguage, SEEDED_CODES } from './languageSuite';

const { expected } = readLanguageFixture('ar');

/** Offset of an LSP position (UTF-16 code units) in the text. */
function offsetOf(text: string, pos: Range['start']): number {
  let off = 0;
  for (let l = 0; l < pos.line; l++) off = text.indexOf('\n', off) + 1;
  return off + pos.character;
}

describeLanguage(ar, (run) => {
  it('Arabic ranges are exact: pieces, verbs, numbers and end marks map to the very characters of the source', () => {
    const { analysis, draft } = run();
    const paras = allParagraphs(analysis.document);
    assert.strictEqual(paras.length, expected.structure.preambular + expected.structure.operative + expected.structure.subparagraphs);
    for (const p of paras) {
      for (const piece of p.pieces) {
        assert.strictEqual(p.text.slice(piece.textStart, piece.textStart + piece.length), draft.slice(piece.sourceStart, piece.sourceStart + piece.length), `${p.label} piece`);
      }
      assert.strictEqual(draft.slice(p.span.start, p.span.end), draft.slice(offsetOf(draft, p.range.start), offsetOf(draft, p.range.end)), `${p.label} span and range agree`);
      if (p.verb) {
        assert.strictEqual(draft.slice(p.verb.verbSpan.start, p.verb.verbSpan.end), p.verb.verb, `${p.label} verb range`);
        assert.ok(/^[\p{Script=Arabic} ]+$/u.test(p.verb.verb), `${p.label} verb ${p.verb.verb}`);
      }
      if (p.number) assert.strictEqual(draft.slice(p.number.span.start, p.number.span.end), p.number.text, `${p.label} number range`);
      if (p.endPunctuation.char) assert.strictEqual(draft.slice(p.endPunctuation.span.start, p.endPunctuation.span.end), p.endPunctuation.char, `${p.label} end mark`);
    }
    // the sub-paragraph markers as written: (أ) (ب) (ج)
    const subs = paras.filter((p) => p.kind === 'subparagraph');
    assert.deepStrictEqual(subs.map((p) => p.number?.text), ['(أ)', '(ب)', '(ج)']);
    // the operative numbers as written: `1 -`, …, the misnumbered `8 -` twice
    assert.deepStrictEqual(analysis.document.resolutions[0].operative.map((p) => p.number?.value), [1, 2, 3, 4, 5, 6, 8, 8, 9, 10, 11]);
  });

  it('Arabic ranges are exact: the seeded findings cover exactly the faulty characters', () => {
    const { analysis, draft } = run();
    const at = (code: string) => {
      const d = analysis.diagnostics.find((x) => x.code === code);
      assert.ok(d && d.span, code);
      const byRange = draft.slice(offsetOf(draft, d.range.start), offsetOf(draft, d.range.end));
      assert.strictEqual(draft.slice(d.span.start, d.span.end), byRange, `${code}: span and range agree`);
      return byRange;
    };
    assert.strictEqual(at('reference-malformed'), 'A//81/62');
    assert.ok(['3', '<sup>3</sup>'].includes(at('footnote-undefined')), 'footnote 3');
    assert.ok(['8', '8 -', '8 - '].includes(at('paragraph-numbering').trimEnd()) || at('paragraph-numbering').startsWith('8'), 'number 8');
    assert.strictEqual(at('paragraph-punctuation'), '؛');
    assert.ok(at('reference-inconsistent').includes('2015'), 'the date that disagrees');
    assert.ok(analysis.diagnostics.filter((d) => SEEDED_CODES.includes(d.code)).length === expected.defects.length);
  });

  it('Arabic ranges are exact: the partial reuse is the reused words, character by character', () => {
    const { analysis, draft } = run();
    const want = expected.agreed.find((a) => a.status === 'partial')!;
    const para = allParagraphs(analysis.document).find((p) => p.range.start.line + 1 === want.line)!;
    const a = analysis.agreements.find((x) => x.label === para.label)!;
    assert.strictEqual(a.status, 'partial');
    const got = draft.slice(a.spans[0].start, a.spans[0].end);
    assert.strictEqual(got, want.span);
    const at = draft.indexOf(want.span!);
    assert.deepStrictEqual([a.spans[0].start, a.spans[0].end], [at, at + want.span!.length]);
  });
});
