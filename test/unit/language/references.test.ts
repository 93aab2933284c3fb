/** Citations with dates in each language's own form, found by the parser through the profiles (issue 9). */
import * as assert from 'assert';
import { parseDocument } from '../../../server/src/service/parser';

function citations(text: string) {
  const doc = parseDocument(text);
  return { doc, refs: doc.references.filter((r) => r.kind === 'resolution') };
}

describe('language: citations and dates in the parsed document', () => {
  const cases: Array<[string, string, string]> = [
    ['fr', "L'Assemblée générale,\n\nRappelant sa résolution 70/1 du 25 septembre 2015, intitulée « Transformer notre monde »,\n\n1. Décide de poursuivre l'examen de la question.\n", 'résolution 70/1 du 25 septembre 2015'],
    ['es', 'La Asamblea General,\n\nRecordando su resolución 70/1, de 25 de septiembre de 2015, titulada "Transformar nuestro mundo",\n\n1. Decide seguir examinando la cuestión.\n', 'resolución 70/1, de 25 de septiembre de 2015'],
    ['ru', 'Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года,\n\n1. постановляет продолжить рассмотрение этого вопроса.\n', 'резолюцию 70/1 от 25 сентября 2015 года'],
    ['ar', 'إن الجمعية العامة،\n\nإذ تشير إلى القرار 70/1 المؤرخ 25 أيلول/سبتمبر 2015،\n\n1 - تقرر مواصلة النظر في المسألة.\n', 'القرار 70/1 المؤرخ 25 أيلول/سبتمبر 2015'],
  ];
  for (const [id, text, raw] of cases) {
    it(`${id}: the citation, its number and ISO date, at its exact place in the source`, () => {
      const { doc, refs } = citations(text);
      assert.strictEqual(doc.language, id);
      assert.strictEqual(refs.length, 1, JSON.stringify(doc.references));
      const r = refs[0];
      assert.strictEqual(r.raw, raw);
      assert.strictEqual(text.slice(r.span.start, r.span.end), raw);
      assert.strictEqual(r.span.start, text.indexOf(raw));
      assert.deepStrictEqual(r.entries?.map((e) => [e.number, e.date]), [['70/1', '2015-09-25']]);
    });
  }

  it('English and Chinese citations are read as before (by their own scanners)', () => {
    const en = citations('The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n1. Decides to continue.\n');
    assert.deepStrictEqual(en.refs[0].entries?.map((e) => [e.number, e.date]), [['70/1', '2015-09-25']]);
    const zh = citations('大会，\n\n回顾 2015 年 9 月 25 日第 70/1 号决议，\n\n1. 决定继续审议。\n');
    assert.deepStrictEqual(zh.refs[0].entries?.map((e) => [e.number, e.date]), [['70/1', '2015-09-25']]);
  });
});
