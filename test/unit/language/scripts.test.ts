/**
 * Script handling in the agreed-language engine (issue 9): Arabic letters are units, Arabic variants fold,
 * Cyrillic and Latin fold case in full Unicode, decomposed accents compose; and an Arabic precedent is found
 * with exact right-to-left ranges.
 */
import * as assert from 'assert';
import { toCorpusDocument, type DocumentMeta } from '../../../server/src/service/corpus';
import { AgreedLanguageIndex } from '../../../server/src/service/matching';
import { normalize } from '../../../server/src/service/matching/normalize';
import { shingles, units } from '../../../server/src/service/matching/shingles';
import { defaultSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';

const unitHashes = (t: string) => [...units(normalize(t).text).hash.subarray(0, units(normalize(t).text).count)];

describe('language: scripts in matching', () => {
  it('Arabic text yields units and shingles (a word is a unit, as in Latin text)', () => {
    const u = units(normalize('إذ تشير إلى القرار 70/1 المؤرخ 25 أيلول/سبتمبر 2015 بشأن التنمية المستدامة').text);
    assert.strictEqual(u.count, 14); // 70/1 is two units, as in Latin text
    assert.ok(shingles(u).count > 0);
  });

  it('Arabic letter variants, diacritics, tatweel and Arabic-Indic digits fold', () => {
    const n = (t: string) => normalize(t).text;
    assert.strictEqual(n('أكد'), n('اكد')); // alef with hamza above
    assert.strictEqual(n('إعلان'), n('اعلان')); // alef with hamza below
    assert.strictEqual(n('آثار'), n('اثار')); // alef madda
    assert.strictEqual(n('على'), n('علي')); // alef maqsura / yeh
    assert.strictEqual(n('الجمعية'), n('الجمعيه')); // teh marbuta / heh
    assert.strictEqual(n('الجمعيـــة'), n('الجمعية')); // tatweel
    assert.strictEqual(n('القَرَارُ'), n('القرار')); // harakat
    assert.strictEqual(n('القرار ٧٠/١'), n('القرار 70/1'));
    assert.notStrictEqual(n('القرار'), n('المقرر'));
  });

  it('Cyrillic and Latin fold case in full Unicode; accents are kept, decomposed ones compose', () => {
    assert.deepStrictEqual(unitHashes('Напоминая'), unitHashes('напоминая'));
    assert.deepStrictEqual(unitHashes('ÉTATS membres'), unitHashes('états membres'));
    assert.deepStrictEqual(unitHashes('re\u0301solution'), unitHashes('résolution'));
    assert.notDeepStrictEqual(unitHashes('résolution'), unitHashes('resolution'));
  });
});

const AR_PRECEDENT = `إن الجمعية العامة،

إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015 المعنون "تحويل عالمنا: خطة التنمية المستدامة لعام 2030"،

وإذ تؤكد أهمية تكنولوجيا المعلومات والاتصالات في تحقيق أهداف التنمية المستدامة وسد الفجوة الرقمية بين البلدان المتقدمة النمو والبلدان النامية،

1 - تطلب إلى الأمين العام أن يقدم إلى الجمعية العامة في دورتها الحادية والثمانين تقريرا عن تنفيذ هذا القرار؛

2 - تقرر أن تدرج في جدول الأعمال المؤقت لدورتها الحادية والثمانين البند الفرعي المعنون "تكنولوجيا المعلومات والاتصالات لأغراض التنمية المستدامة".
`;

function meta(id: string): DocumentMeta {
  return { id, path: `mem:${id}`, symbol: 'A/RES/79/1', citation: { zh: id, en: id }, kind: 'resolution', status: 'adopted', date: '2024-12-20', language: 'ar', builtIn: false };
}

describe('language: an Arabic draft against an Arabic precedent', () => {
  const index = new AgreedLanguageIndex();
  index.addDocument(toCorpusDocument(parseDocument(AR_PRECEDENT), meta('ar-precedent')));
  const settings = defaultSettings('en');

  // PP 2 verbatim with a changed leading verb form; OP 1 with one word changed (الحادية → الثانية); OP 2 new text.
  const draftText = `إن الجمعية العامة،

وإذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015 المعنون "تحويل عالمنا: خطة التنمية المستدامة لعام 2030"،

وإذ تؤكد كذلك أهمية تكنولوجيا المعلومات والاتصالات في تحقيق أهداف التنمية المستدامة وسد الفجوة الرقمية بين البلدان المتقدمة النمو والبلدان النامية،

1 - تطلب إلى الأمين العام أن يقدم إلى الجمعية العامة في دورتها الثانية والثمانين تقريرا عن تنفيذ هذا القرار؛

2 - تشجع الدول الأعضاء على تبادل الخبرات في مجال الحكومة الإلكترونية وبناء القدرات المؤسسية.
`;
  const draft = parseDocument(draftText);
  const agreements = index.analyze(draft, settings);
  const byLabel = new Map(agreements.map((a) => [a.label, a]));

  it('parses the Arabic draft: organ, two preambular and two operative paragraphs with their verbs', () => {
    const r = draft.resolutions[0];
    assert.strictEqual(draft.language, 'ar');
    assert.strictEqual(r.organ?.organ, 'General Assembly');
    assert.deepStrictEqual(r.preambular.map((p) => p.verb?.verb), ['وإذ تشير', 'وإذ تؤكد كذلك']);
    assert.deepStrictEqual(r.operative.map((p) => [p.number?.value, p.verb?.verb]), [[1, 'تطلب'], [2, 'تشجع']]);
  });

  it('finds the verbatim bodies as exact, the one-word change as near with its source, and nothing for new text', () => {
    assert.strictEqual(byLabel.get('PP 1')?.status, 'exact');
    assert.strictEqual(byLabel.get('PP 1')?.sources[0].paragraph, 'PP 1');
    assert.strictEqual(byLabel.get('PP 2')?.status, 'exact');
    assert.strictEqual(byLabel.get('OP 1')?.status, 'near');
    assert.strictEqual(byLabel.get('OP 1')?.sources[0].paragraph, 'OP 1');
    assert.ok(byLabel.get('OP 1')!.sources[0].changes.some((c) => c.kind !== 'verb' && JSON.stringify(c).includes('الثانية')));
    assert.strictEqual(byLabel.get('OP 2')?.status, 'new');
  });

  it('keeps exact ranges in the right-to-left text, character by character', () => {
    for (const label of ['PP 1', 'PP 2', 'OP 1']) {
      const a = byLabel.get(label)!;
      const p = [...draft.resolutions[0].preambular, ...draft.resolutions[0].operative].find((x) => x.label === label)!;
      const span = a.spans[0];
      const bodyStart = p.verb!.verbSpan.end + 1; // one space after the verb
      assert.strictEqual(span.start, bodyStart, `${label} starts right after the verb`);
      // The range ends on the body's last letter, before the closing mark (، or ؛).
      const closing = draftText.indexOf(label.startsWith('PP') ? '،' : '؛', span.start);
      assert.strictEqual(span.end, closing, label);
      const slice = draftText.slice(span.start, span.end);
      const expected = p.text.slice(p.verb!.verb.length + 1, p.text.length - 1); // the body without its closing mark
      for (let i = 0; i < slice.length; i++) assert.strictEqual(slice.charCodeAt(i), expected.charCodeAt(i), `${label} character ${i}`);
    }
  });
});
