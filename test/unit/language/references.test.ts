/** Citations with dates in each language's own form, found by the parser through the profiles (issue 9). */
import * as assert from 'assert';
import { createLanguageService } from '../../../server/src/service/languageService';
import { parseDocument } from '../../../server/src/service/parser';
import { compareEntry } from '../../../server/src/service/references/check';
import { ReferenceTable } from '../../../server/src/service/references/table';
import { readLanguageFixture } from '../../support/languageFixtures';
import { precedentCorpus } from './languageSuite';

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

describe('language: reference-inconsistent in every language (issue 9)', function () {
  this.timeout(120_000);
  // the fixtures' PP 3 cites 68/261 with a year the precedent contradicts (expected.json)
  for (const id of ['fr', 'es', 'ru', 'ar']) {
    it(`${id}: the seeded citation date is flagged against the precedent, and only it`, async () => {
      const { draft, expected } = readLanguageFixture(id);
      const corpus = await precedentCorpus(id);
      const found = createLanguageService({ corpus, settings: { locale: 'en' } })
        .analyze(draft)
        .diagnostics.filter((d) => d.code === 'reference-inconsistent');
      const seeded = expected.defects.filter((d) => d.code === 'reference-inconsistent');
      assert.deepStrictEqual(found.map((d) => d.range.start.line + 1), seeded.map((d) => d.line));
      assert.deepStrictEqual(found.map((d) => (d.data as { given: string; expected: string }).expected), ['2014-01-29']);
      assert.ok(draft.slice(found[0].span!.start, found[0].span!.end).includes('68/261'));
    });
  }

  it('a title is compared only with precedent titles in its own language: an English title is not contradicted by a French precedent', async () => {
    const corpus = await precedentCorpus('fr');
    const service = createLanguageService({ corpus, settings: { locale: 'en' } });
    const cite = (title: string) =>
      service
        .analyze(`The General Assembly,\n\nRecalling its resolution 79/262 of 19 December 2024, entitled “${title}”,\n\n1. Decides to continue.\n`)
        .diagnostics.filter((d) => d.code === 'reference-inconsistent');
    assert.deepStrictEqual(cite('Strengthening statistical capacity for sustainable development').map((d) => d.message), []);
    // the date is still checked against the French precedent's citation of it
    const wrongDate = service
      .analyze('The General Assembly,\n\nRecalling its resolution 68/261 of 29 January 2015,\n\n1. Decides to continue.\n')
      .diagnostics.filter((d) => d.code === 'reference-inconsistent');
    assert.deepStrictEqual(wrongDate.map((d) => (d.data as { expected: string }).expected), ['2014-01-29']);
  });

  it('English and Chinese titles keep their comparison: CJK titles with CJK titles, others with the English ones', () => {
    const table = new ReferenceTable();
    table.addFact('70/1', 'resolution', { title: 'Transforming our world', language: 'en' }, 'A/RES/1');
    table.addFact('70/1', 'resolution', { title: '变革我们的世界', language: 'zh' }, 'A/RES/2');
    table.addFact('70/1', 'resolution', { title: 'Transforming our world', language: 'zh' }, 'A/RES/3');
    const facts = table.get('70/1');
    assert.deepStrictEqual(compareEntry({ number: '70/1', title: 'Transforming our world' }, 'resolution', facts, 'zh'), []);
    assert.deepStrictEqual(compareEntry({ number: '70/1', title: '变革我们的世界' }, 'resolution', facts, 'en'), []);
    assert.deepStrictEqual(compareEntry({ number: '70/1', title: 'Changing the world' }, 'resolution', facts, 'en').map((x) => x.expected), ['Transforming our world']);
    assert.deepStrictEqual(compareEntry({ number: '70/1', title: '改变世界' }, 'resolution', facts, 'zh').map((x) => x.expected), ['变革我们的世界']);
    // a French title has no French precedent title here: nothing to contradict it
    assert.deepStrictEqual(compareEntry({ number: '70/1', title: 'Transformer notre monde' }, 'resolution', facts, 'fr'), []);
  });
});
