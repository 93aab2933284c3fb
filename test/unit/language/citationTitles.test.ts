/** Titles given in fr/es/ru/ar citations (`intitulée « … »`, `titulada “…”`, `озаглавленную «…»`, `المعنون ”…“`), issue 9. */
import * as assert from 'assert';
import { createLanguageService } from '../../../server/src/service/languageService';
import { parseDocument } from '../../../server/src/service/parser';
import { readLanguageFixture } from '../../support/languageFixtures';
import { precedentCorpus } from './languageSuite';

const TITLE_70_1: Record<string, string> = {
  fr: 'Transformer notre monde\u202f: le Programme de développement durable à l’horizon 2030',
  es: 'Transformar nuestro mundo: la Agenda 2030 para el Desarrollo Sostenible',
  ru: 'Преобразование нашего мира: Повестка дня в области устойчивого развития на период до 2030 года',
  ar: 'تحويل عالمنا: خطة التنمية المستدامة لعام 2030',
};

function titleOf70_1(text: string): string | undefined {
  const entries = parseDocument(text).references.flatMap((r) => (r.kind === 'resolution' ? r.entries ?? [] : []));
  return entries.find((e) => e.number === '70/1')?.title;
}

describe('language: titles in fr/es/ru/ar citations', function () {
  this.timeout(120_000);
  for (const id of ['fr', 'es', 'ru', 'ar']) {
    it(`${id}: the title of 70/1 is read from the draft and the precedent; a wrong title is flagged, a right one not`, async () => {
      const { draft, precedent } = readLanguageFixture(id);
      const title = TITLE_70_1[id];
      assert.strictEqual(titleOf70_1(draft), title);
      assert.strictEqual(titleOf70_1(precedent), title);
      const at = draft.indexOf(title);
      assert.ok(at > 0);
      const wrongTitle = title.replace(/2030/, '2050');
      const wrong = draft.slice(0, at) + wrongTitle + draft.slice(at + title.length);
      const corpus = await precedentCorpus(id);
      const service = createLanguageService({ corpus, settings: { locale: 'en' } });
      const flagged = (text: string) =>
        service
          .analyze(text)
          .diagnostics.filter((d) => d.code === 'reference-inconsistent')
          .map((d) => d.data as { number: string; field?: string });
      assert.ok(!flagged(draft).some((d) => d.number === '70/1'), JSON.stringify(flagged(draft)));
      const got = flagged(wrong).filter((d) => d.number === '70/1');
      assert.strictEqual(got.length, 1, JSON.stringify(flagged(wrong)));
    });
  }

  it('only a title right after the citation, in quotes, is read; a subject (`sur les …`) is not a title', () => {
    const fr = "L’Assemblée générale,\n\n*Rappelant* sa résolution 68/261 du 29 janvier 2014 sur les Principes fondamentaux de la statistique officielle,\n\n1. *Décide* de poursuivre l’examen de la question.\n";
    const entries = parseDocument(fr).references.flatMap((r) => r.entries ?? []);
    assert.deepStrictEqual(entries.map((e) => [e.number, e.title]), [['68/261', undefined]]);
  });
});
