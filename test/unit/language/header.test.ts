/** The profiles' header patterns (issue 9): fr/es/ru/ar drafts' session and agenda-item lines are read as header. */
import * as assert from 'assert';
import { parseDocument } from '../../../server/src/service/parser';
import { classifyHeader } from '../../../server/src/service/parser/header';
import { readLanguageFixture } from '../../support/languageFixtures';
import { allParagraphs } from './languageSuite';

describe('language: session and agenda-item header lines in every language', () => {
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

  it('each language’s forms, Arabic-Indic digits read as the item number, and zh/en as before', () => {
    const cases: Array<[string, string, string?]> = [
      ['Soixante-dix-neuvième session', 'session'],
      ['Points 18 et 19 de l’ordre du jour', 'agendaItem', '18'],
      ['Septuagésimo noveno período de sesiones', 'session'],
      ['Tema 18 del programa', 'agendaItem', '18'],
      ['Семьдесят девятая сессия', 'session'],
      ['Пункт 18 повестки дня', 'agendaItem', '18'],
      ['الدورة التاسعة والسبعون', 'session'],
      ['البند ١٨ من جدول الأعمال', 'agendaItem', '18'],
      ['第八十届会议', 'session'],
      ['议程项目 18', 'agendaItem', '18'],
      ['Eightieth session', 'session'],
      ['Agenda item 18', 'agendaItem', '18'],
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
