/** The profiles' header patterns (issue 9): fr/es/ru/ar drafts' session and agenda-item lines are read as header. */
import * as assert from 'assert';
import { parseDocument } from '../../../server/src/service/parser';
import { classifyHeader } from '../../../server/src/service/parser/header';
import { createLanguageService } from '../../../server/src/service/languageService';
import { readLanguageFixture } from '../../support/languageFixtures';
import { allParagraphs, precedentCorpus } from './languageSuite';

describe('language: session, agenda-item and adoption header lines in every language', function () {
  this.timeout(120_000);
  for (const id of ['fr', 'es', 'ru', 'ar']) {
    const { draft, precedent } = readLanguageFixture(id);
    for (const [name, text, item] of [['draft', draft, '19'], ['precedent', precedent, '18']] as const) {
      it(`${id} ${name}: the session line and the agenda item (${item}) are header fields, in no paragraph`, () => {
        const doc = parseDocument(text);
        const session = doc.header.filter((h) => h.kind === 'session');
        const agenda = doc.header.filter((h) => h.kind === 'agendaItem');
        assert.strictEqual(session.length, 1, JSON.stringify(doc.header.map((h) => [h.kind, h.text])));
        assert.strictEqual(agenda.length, 1, JSON.stringify(doc.header.map((h) => [h.kind, h.text])));
        assert.strictEqual(agenda[0].item, item);
        // the ranges are the lines' own
        for (const h of [...session, ...agenda]) assert.strictEqual(text.slice(h.span.start, h.span.end), h.text);
        const paragraphs = allParagraphs(doc).map((p) => p.text);
        for (const h of [...session, ...agenda]) assert.ok(!paragraphs.some((p) => p.includes(h.text)), h.text);
      });
    }
  }

  const COMMITTEE: Record<string, [string, string]> = {
    fr: ['Deuxième Commission', 'Renforcement des capacités statistiques au service du développement durable'],
    es: ['Segunda Comisión', 'Fortalecimiento de la capacidad estadística para el desarrollo sostenible'],
    ru: ['Второй комитет', 'Укрепление статистического потенциала в интересах устойчивого развития'],
    ar: ['اللجنة الثانية', 'تعزيز القدرات الإحصائية من أجل التنمية المستدامة'],
  };
  for (const id of ['fr', 'es', 'ru', 'ar']) {
    it(`${id} draft: the committee line is the header's committee field, and the title is the real title`, () => {
      const { draft } = readLanguageFixture(id);
      const doc = parseDocument(draft);
      const show = JSON.stringify(doc.header.map((h) => [h.kind, h.text]));
      const committee = doc.header.filter((h) => h.kind === 'committee');
      assert.deepStrictEqual(committee.map((h) => h.text), [COMMITTEE[id][0]], show);
      assert.strictEqual(draft.slice(committee[0].span.start, committee[0].span.end), COMMITTEE[id][0]);
      assert.ok(!doc.header.some((h) => h.kind === 'title' && h.text === COMMITTEE[id][0]), show);
      assert.ok(doc.header.some((h) => h.kind === 'title' && h.text === COMMITTEE[id][1]), show);
      assert.strictEqual(doc.resolutions[0].title, COMMITTEE[id][1]);
    });
  }

  for (const id of ['fr', 'es', 'ru', 'ar']) {
    it(`${id} precedent: the adoption line gives the resolution its date, which the reference table takes`, async () => {
      const { precedent, draft, expected } = readLanguageFixture(id);
      const adoption = parseDocument(precedent).header.filter((h) => h.kind === 'adoption');
      assert.deepStrictEqual(adoption.map((h) => h.date), [expected.precedent.date]);
      // the precedent's own number line (`79/262. …`; Arabic `79/262 - …`) gives the table its number and title
      const res = parseDocument(precedent).resolutions[0];
      assert.strictEqual(res.number, '79/262');
      assert.strictEqual(res.title, expected.precedent.title);
      // the draft's first paragraph cites 79/262 with the right date: give it the wrong year
      const cited = /79\/262[^\n]{1,40}?2024/u.exec(draft);
      assert.ok(cited, 'the draft cites 79/262 with its year');
      const year = cited.index + cited[0].length - 4;
      const wrong = draft.slice(0, year) + '2023' + draft.slice(year + 4);
      const corpus = await precedentCorpus(id);
      const service = createLanguageService({ corpus, settings: { locale: 'en' } });
      const flagged = (text: string) => service.analyze(text).diagnostics.filter((d) => d.code === 'reference-inconsistent').map((d) => (d.data as { number: string }).number);
      assert.deepStrictEqual(flagged(draft), ['68/261']);
      assert.deepStrictEqual(flagged(wrong).sort(), ['68/261', '79/262']);
    });
  }

  it('each language’s forms, Arabic-Indic digits read as the item number, and zh/en as before', () => {
    const cases: Array<[string, string, string?]> = [
      ['Soixante-dix-neuvième session', 'session'],
      ['Points 18 et 19 de l’ordre du jour', 'agendaItem', '18'],
      ['Septuagésimo noveno período de sesiones', 'session'],
      ['Tema 18 del programa', 'agendaItem', '18'],
      ['Resolución aprobada por la Asamblea General el 19 de diciembre de 2024', 'adoption'],
      ['Резолюция, принятая Генеральной Ассамблеей 19 декабря 2024 года', 'adoption'],
      ['Семьдесят девятая сессия', 'session'],
      ['Пункт 18 повестки дня', 'agendaItem', '18'],
      ['الدورة التاسعة والسبعون', 'session'],
      ['البند ١٨ من جدول الأعمال', 'agendaItem', '18'],
      ['第八十届会议', 'session'],
      ['议程项目 18', 'agendaItem', '18'],
      ['Eightieth session', 'session'],
      ['Agenda item 18', 'agendaItem', '18'],
      ['Troisième Commission', 'committee'],
      ['Sexta Comisión', 'committee'],
      ['Шестой комитет', 'committee'],
      ['اللجنة الثالثة', 'committee'],
      ['79/262 - تعزيز القدرات الإحصائية', 'symbol'],
      ['Second Committee', 'committee'],
      ['第二委员会', 'committee'],
      ['Commission de statistique', 'title'],
      ['Développement durable', 'title'],
      ['Sustainable development', 'title'],
    ];
    for (const [line, kind, item] of cases) {
      const h = classifyHeader(line);
      assert.strictEqual(h.kind, kind, line);
      assert.strictEqual(h.item, item, line);
    }
  });
});
