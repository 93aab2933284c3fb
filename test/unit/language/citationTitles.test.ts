/** Titles given in fr/es/ru/ar citations (`intitulée « … »`, `titulada “…”`, `озаглавленную «…»`, `المعنون ”…“`), issue 9. */
import * as assert from 'assert';
import { createLanguageService } from '../../../server/src/service/languageService';
import { parseDocument } from '../../../server/src/service/parser';
import { readLanguageFixture } from '../../support/languageFixtures';
import { precedentCorpus } from './languageSuite';
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import { titleLanguage } from '../../../server/src/service/references/titleLanguage';
import { REAL_EN_DIR } from '../../support/realEn';

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

  it('the language of a cited title is read from the title: its script, and for Latin letters its short words', () => {
    const en = 'Transforming our world: the 2030 Agenda for Sustainable Development';
    const cases: Array<[string, string | undefined, string]> = [
      [en, 'fr', 'en'],
      [en, 'es', 'en'],
      [en, 'ru', 'en'],
      [en, 'zh', 'en'],
      [TITLE_70_1.fr, 'fr', 'fr'],
      [TITLE_70_1.fr, 'en', 'fr'],
      [TITLE_70_1.es, 'es', 'es'], // no accent in it: told by `la`, `para`, `el`
      [TITLE_70_1.es, undefined, 'es'],
      [TITLE_70_1.ru, 'fr', 'ru'],
      [TITLE_70_1.ar, 'en', 'ar'],
      ['信息和通信技术促进可持续发展', 'en', 'zh'],
      ['Ocean Conference', 'fr', 'fr'], // nothing to tell: the document's language
    ];
    for (const [title, doc, want] of cases) assert.strictEqual(titleLanguage(title, doc), want, `${title} in a ${doc ?? '?'} document`);
  });

  it('fr: an English title quoted in a French draft is compared with English titles, not French ones', async function () {
    const english = path.join(REAL_EN_DIR, 'A-RES-80-118.en.txt');
    if (!fs.existsSync(english)) this.skip();
    const { draft } = readLanguageFixture('fr');
    const title = TITLE_70_1.fr;
    const enTitle = 'Transforming our world: the 2030 Agenda for Sustainable Development';
    const withTitle = (t: string) => draft.replace(title, t);
    // the French precedent and a real English resolution that cites 70/1 with its English title
    const corpus = await loadCorpus({ paths: [path.join(__dirname, '../../fixtures/languages/fr/precedent.md'), english], includeBuiltIn: false });
    const service = createLanguageService({ corpus, settings: { locale: 'en' } });
    const titleFindings = (text: string) =>
      service
        .analyze(text)
        .diagnostics.filter((d) => d.code === 'reference-inconsistent')
        .map((d) => d.data as { number: string; field?: string; expected?: string })
        .filter((d) => d.number === '70/1' && d.field === 'title');
    assert.strictEqual(titleOf70_1(withTitle(enTitle)), enTitle);
    assert.deepStrictEqual(titleFindings(withTitle(enTitle)), [], 'the right English title is not a wrong French one');
    const wrong = titleFindings(withTitle(enTitle.replace('2030', '2050')));
    assert.strictEqual(wrong.length, 1);
    assert.strictEqual(wrong[0].expected, enTitle, 'expected: the English title of the English precedent');
    assert.deepStrictEqual(titleFindings(draft), [], 'the French title as before');
  });

  it('only a title right after the citation, in quotes, is read; a subject (`sur les …`) is not a title', () => {
    const fr = "L’Assemblée générale,\n\n*Rappelant* sa résolution 68/261 du 29 janvier 2014 sur les Principes fondamentaux de la statistique officielle,\n\n1. *Décide* de poursuivre l’examen de la question.\n";
    const entries = parseDocument(fr).references.flatMap((r) => r.entries ?? []);
    assert.deepStrictEqual(entries.map((e) => [e.number, e.title]), [['68/261', undefined]]);
  });
});
