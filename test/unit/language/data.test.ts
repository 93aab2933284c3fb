/**
 * The plain language data for French, Spanish, Russian and Arabic (`server/src/service/language/data`):
 * the regular expressions compile with flag `u` and read the citations, dates and header lines UN texts
 * in each language write; the lexicons are whole (12 months, the verbs every resolution uses) and
 * without duplicates; organ lines close with the language's own comma.
 */
import * as assert from 'assert';
import { ar } from '../../../server/src/service/language/data/ar';
import { es } from '../../../server/src/service/language/data/es';
import { fr } from '../../../server/src/service/language/data/fr';
import { ru } from '../../../server/src/service/language/data/ru';
import type { LanguageData } from '../../../server/src/service/language/data/types';

interface Expect {
  data: LanguageData;
  comma: string;
  /** Citations with their symbol, day, month number and year. */
  citations: Array<[string, string, string, number, string]>;
  /** Text that is not a dated resolution citation. */
  notCitations: string[];
  sessions: string[];
  agendaItems: string[];
  /** Lines that are neither session nor agenda item. */
  otherLines: string[];
  preambular: string[];
  operative: string[];
  adverbsAfter: string[];
}

const cases: Expect[] = [
  {
    data: fr,
    comma: ',',
    citations: [
      ['résolution 70/1 du 25 septembre 2015', '70/1', '25', 9, '2015'],
      ['Rappelant sa résolution 79/194 du 19 décembre 2024 sur les technologies', '79/194', '19', 12, '2024'],
      ['la résolution 2006/46 en date du 28 juillet 2006', '2006/46', '28', 7, '2006'],
      ['résolution 71/313 du 6 juillet 2017', '71/313', '6', 7, '2017'],
      ['Résolution 60/251 du 15 mars 2006', '60/251', '15', 3, '2006'],
      ['résolution 66/288 du 1er août 2012', '66/288', '1er', 8, '2012'],
    ],
    notCitations: ['résolution 70/1, annexe', 'irrésolution 70/1 du 25 septembre 2015', 'décision 70/1 du 25 septembre 2015', 'résolution 70/1 du 25 septembrer 2015'.replace('septembrer', 'Septembre')],
    sessions: ['Quatre-vingtième session', 'Soixante-dix-neuvième session', 'Quatre-vingt-unième session', 'Première session', 'Dixième session extraordinaire d’urgence'],
    agendaItems: ['Point 13 de l’ordre du jour', "Point 15 de l'ordre du jour", 'Points 13 et 117 de l’ordre du jour', 'Point 20 a) de l’ordre du jour', 'Point 68 de l’ordre du jour provisoire'],
    otherLines: ['L’Assemblée générale,', 'Deuxième Commission', 'session', 'Point de l’ordre du jour'],
    preambular: ['Rappelant', 'Réaffirmant', 'Considérant', 'Consciente', 'Profondément préoccupée', 'Prenant note', 'Se félicitant', 'Soulignant', 'Ayant examiné', 'Reconnaissant', 'Notant avec préoccupation', 'Convaincue'],
    operative: ['Décide', 'Prie', 'Demande', 'Engage', 'Exhorte', 'Invite', 'Encourage', 'Souligne', 'Réaffirme', 'Se félicite', 'Prend note', 'Accueille avec satisfaction', 'Recommande', 'Constate'],
    adverbsAfter: ['également', 'en outre', 'de nouveau'],
  },
  {
    data: es,
    comma: ',',
    citations: [
      ['resolución 70/1, de 25 de septiembre de 2015', '70/1', '25', 9, '2015'],
      ['Recordando su resolución 79/194, de 19 de diciembre de 2024, relativa a', '79/194', '19', 12, '2024'],
      ['la resolución 2006/46 de 28 de julio de 2006', '2006/46', '28', 7, '2006'],
      ['Resolución 60/251, de 15 de marzo de 2006', '60/251', '15', 3, '2006'],
      ['resolución 66/288, de 27 de julio de 2012', '66/288', '27', 7, '2012'],
    ],
    notCitations: ['resolución 70/1, anexo', 'resolución 70/1, de la Asamblea', 'decisión 70/1, de 25 de septiembre de 2015'],
    sessions: ['Octogésimo período de sesiones', 'Septuagésimo noveno período de sesiones', 'Octogésimo primer período de sesiones', 'Décimo período extraordinario de sesiones de emergencia'],
    agendaItems: ['Tema 13 del programa', 'Temas 13 y 117 del programa', 'Tema 20 a) del programa', 'Tema 68 del programa provisional'],
    otherLines: ['La Asamblea General,', 'Segunda Comisión', 'período de sesiones', 'Tema del programa'],
    preambular: ['Recordando', 'Reafirmando', 'Reconociendo', 'Observando', 'Acogiendo con beneplácito', 'Profundamente preocupada', 'Tomando nota', 'Destacando', 'Teniendo presente', 'Habiendo examinado', 'Consciente', 'Convencida'],
    operative: ['Decide', 'Solicita', 'Exhorta', 'Insta', 'Invita', 'Alienta', 'Pide', 'Acoge con beneplácito', 'Toma nota', 'Reafirma', 'Reconoce', 'Destaca', 'Subraya', 'Recomienda'],
    adverbsAfter: ['además', 'también', 'asimismo'],
  },
  {
    data: ru,
    comma: ',',
    citations: [
      ['резолюция 70/1 от 25 сентября 2015 года', '70/1', '25', 9, '2015'],
      ['ссылаясь на свою резолюцию 79/194 от 19 декабря 2024 года об информационно-коммуникационных технологиях', '79/194', '19', 12, '2024'],
      ['резолюции 2006/46 Экономического и Социального Совета от 28 июля 2006 года', '', '', 0, ''],
      ['в резолюции 60/251 от 15 марта 2006 года', '60/251', '15', 3, '2006'],
      ['Резолюция 66/288 от 27 июля 2012 года', '66/288', '27', 7, '2012'],
      ['резолюцией 71/313 от 6 июля 2017 г.', '71/313', '6', 7, '2017'],
    ],
    notCitations: ['резолюция 70/1, приложение', 'решение 70/1 от 25 сентября 2015 года', 'резолюция 70/1 от 25 сентябрь 2015 года'],
    sessions: ['Восьмидесятая сессия', 'Семьдесят девятая сессия', 'Восемьдесят первая сессия', 'Третья сессия', 'Десятая чрезвычайная специальная сессия'],
    agendaItems: ['Пункт 13 повестки дня', 'Пункты 13 и 117 повестки дня', 'Пункт 20(a) повестки дня', 'Пункт 20 a) повестки дня'],
    otherLines: ['Генеральная Ассамблея,', 'Второй комитет', 'сессия', 'Пункт повестки дня'],
    preambular: ['напоминая', 'ссылаясь на', 'подтверждая', 'вновь подтверждая', 'признавая', 'отмечая', 'приветствуя', 'будучи глубоко обеспокоена', 'принимая к сведению', 'подчеркивая', 'учитывая', 'рассмотрев'],
    operative: ['постановляет', 'просит', 'призывает', 'настоятельно призывает', 'предлагает', 'рекомендует', 'приветствует', 'принимает к сведению', 'признает', 'подчеркивает', 'вновь подтверждает', 'поощряет'],
    adverbsAfter: ['также', 'далее', 'вновь'],
  },
  {
    data: ar,
    comma: '،',
    citations: [
      ['القرار 70/1 المؤرخ 25 أيلول/سبتمبر 2015', '70/1', '25', 9, '2015'],
      ['إذ تشير إلى قرارها 79/194 المؤرخ 19 كانون الأول/ديسمبر 2024 بشأن', '79/194', '19', 12, '2024'],
      ['وقرار المجلس 2006/46 المؤرخ 28 تموز/يوليه 2006', '', '', 0, ''],
      ['بالقرار 60/251 المؤرخ 15 آذار/مارس 2006', '60/251', '15', 3, '2006'],
      ['وقرارها 66/288 المؤرخ 27 تموز/يوليه 2012', '66/288', '27', 7, '2012'],
      ['القرار ٧٠/١ المؤرخ ٢٥ أيلول/سبتمبر ٢٠١٥', '٧٠/١', '٢٥', 9, '٢٠١٥'],
      ['قراريها', '', '', 0, ''],
    ],
    notCitations: ['القرار 70/1، المرفق', 'المقرر 70/1 المؤرخ 25 أيلول/سبتمبر 2015', 'القرار 70/1 المؤرخ 25 سبتمبر 2015'],
    sessions: ['الدورة الثمانون', 'الدورة التاسعة والسبعون', 'الدورة الحادية والثمانون', 'الدورة الاستثنائية الطارئة العاشرة'],
    agendaItems: ['البند 13 من جدول الأعمال', 'البندان 13 و 117 من جدول الأعمال', 'البند 20 (أ) من جدول الأعمال', 'البند 68 من جدول الأعمال المؤقت'],
    otherLines: ['إن الجمعية العامة،', 'اللجنة الثانية', 'الدورة', 'البند من جدول الأعمال'],
    preambular: ['إذ تشير', 'وإذ تشير', 'وإذ تؤكد من جديد', 'وإذ تسلم', 'وإذ تلاحظ', 'وإذ ترحب', 'وإذ يساورها بالغ القلق', 'وإذ تحيط علما', 'وإذ تشدد', 'وقد نظرت في', 'واقتناعا منها', 'وإذ تضع في اعتبارها'],
    operative: ['تقرر', 'تطلب', 'تهيب', 'تحث', 'تدعو', 'تشجع', 'ترحب', 'تحيط علما', 'تؤكد من جديد', 'تسلم', 'تشدد', 'توصي', 'يقرر', 'يطلب'],
    adverbsAfter: ['كذلك', 'أيضا', 'مجددا'],
  },
];

describe('language data: fr, es, ru, ar', () => {
  for (const c of cases) {
    const d = c.data;
    describe(`${d.id} (${d.endonym})`, () => {
      it('every regular expression compiles with flag u', () => {
        for (const src of [d.citation.datePattern, d.citation.citationPattern, d.header.session, d.header.agendaItem]) {
          assert.doesNotThrow(() => new RegExp(src, 'u'), src);
        }
      });

      it('the citation pattern reads the symbol and the date, with day, month and year, in citations as UN texts write them', () => {
        const re = new RegExp(d.citation.citationPattern, 'u');
        const date = new RegExp(`^(?:${d.citation.datePattern})$`, 'u');
        for (const [text, symbol, day, month, year] of c.citations) {
          const m = re.exec(text);
          if (!symbol) {
            assert.strictEqual(m, null, `no dated citation read in ${text}`);
            continue;
          }
          assert.ok(m?.groups, `citation read in ${text}`);
          assert.strictEqual(m.groups.symbol, symbol, text);
          assert.ok(date.test(m.groups.date), `date group ${m.groups.date} is a date`);
          assert.strictEqual(m.groups.day, day, text);
          assert.strictEqual(d.citation.months.indexOf(m.groups.month) + 1, month, text);
          assert.strictEqual(m.groups.year, year, text);
          assert.ok(d.citation.resolution.some((w) => m[0].toLowerCase().includes(w.toLowerCase())), `the resolution word of ${m[0]} is listed`);
        }
        for (const text of c.notCitations) assert.strictEqual(re.exec(text), null, `not a dated resolution citation: ${text}`);
      });

      it('the date pattern reads a date in each of the 12 months, and its month group is one of the months', () => {
        assert.strictEqual(d.citation.months.length, 12);
        assert.strictEqual(new Set(d.citation.months).size, 12);
        const re = new RegExp(`^(?:${d.citation.datePattern})$`, 'u');
        const sample = c.citations[0][0];
        const m0 = new RegExp(d.citation.citationPattern, 'u').exec(sample)!;
        d.citation.months.forEach((month, i) => {
          const text = m0.groups!.date.replace(m0.groups!.month, month).replace(m0.groups!.day, String(i + 1));
          const m = re.exec(text);
          assert.ok(m?.groups, `date ${text}`);
          assert.strictEqual(m.groups.month, month);
          assert.strictEqual(m.groups.day, String(i + 1));
        });
      });

      it('header patterns read the session and agenda-item lines and nothing else', () => {
        const session = new RegExp(d.header.session, 'u');
        const item = new RegExp(d.header.agendaItem, 'u');
        for (const s of c.sessions) {
          assert.ok(session.test(s), `session line ${s}`);
          assert.ok(!item.test(s), `not an agenda item: ${s}`);
        }
        for (const s of c.agendaItems) {
          assert.ok(item.test(s), `agenda item ${s}`);
          assert.ok(!session.test(s), `not a session line: ${s}`);
        }
        const num = item.exec(c.agendaItems[0])?.groups?.item;
        assert.strictEqual(num, '13', 'the item group holds the agenda item number');
        for (const s of c.otherLines) assert.ok(!session.test(s) && !item.test(s), `neither: ${s}`);
      });

      it('organ lines for the four organs, each closed by the language comma', () => {
        for (const organ of ['generalAssembly', 'securityCouncil', 'economicAndSocialCouncil', 'humanRightsCouncil'] as const) {
          const lines = d.organs[organ];
          assert.ok(lines.length >= 1, organ);
          for (const l of lines) {
            assert.ok(l.endsWith(c.comma), `${l} ends with ${c.comma}`);
            assert.strictEqual(l, l.trim());
          }
        }
        assert.strictEqual(d.endings.preambular, c.comma);
      });

      it('verb lexicons: the verbs UN texts use, trimmed, without duplicates, preambular and operative apart', () => {
        for (const [name, list, must] of [
          ['preambular', d.preambularVerbs, c.preambular],
          ['operative', d.operativeVerbs, c.operative],
        ] as const) {
          const dup = list.filter((v, i) => list.indexOf(v) !== i);
          assert.deepStrictEqual(dup, [], `duplicate ${name} verbs`);
          for (const v of list) assert.ok(v.length > 0 && v === v.trim() && !/\s\s/.test(v), `${name} verb “${v}”`);
          for (const v of must) assert.ok(list.includes(v), `${name} verb ${v} listed`);
          assert.ok(list.length >= 40, `${name} lexicon has ${list.length} verbs`);
        }
        for (const a of c.adverbsAfter) assert.ok(d.adverbsAfter.includes(a), `adverb ${a}`);
        for (const list of [d.adverbsBefore, d.adverbsAfter, d.leads]) assert.strictEqual(new Set(list).size, list.length);
      });

      it('sub-paragraph letters: distinct, in the order the texts use', () => {
        const letters = d.subparagraphLetters;
        assert.strictEqual(new Set(letters).size, letters.length);
        if (d.id === 'ar') {
          // abjad order (أبجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ), `هـ` with its tatweel
          assert.deepStrictEqual(letters.join(' '), 'أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ');
        } else assert.deepStrictEqual(letters.slice(0, 6), ['a', 'b', 'c', 'd', 'e', 'f']);
      });

      it('paragraph endings', () => {
        const e = d.endings;
        if (d.id === 'ar') assert.deepStrictEqual([e.preambular, e.operative, e.last, e.chapeau], ['،', '؛', '.', ':']);
        else assert.deepStrictEqual([e.preambular, e.operative, e.last, e.chapeau], [',', ';', '.', ':']);
        if (d.id === 'fr') {
          assert.ok(e.spaceBefore && e.spaceBefore.marks.includes(';') && e.spaceBefore.marks.includes(':'));
          assert.ok(e.spaceBefore.spaces.includes('\u00a0') && e.spaceBefore.spaces.includes('\u202f'));
        } else assert.strictEqual(e.spaceBefore, undefined);
      });

      it('script and direction', () => {
        const script = d.id === 'ar' ? /^[\p{Script=Arabic}\s]+$/u : d.id === 'ru' ? /^[\p{Script=Cyrillic}\s,.]+$/u : /^[\p{Script=Latin}\s’',.]+$/u;
        for (const v of [...d.preambularVerbs, ...d.operativeVerbs, ...d.adverbsAfter]) assert.ok(script.test(v), `${d.id}: “${v}” in its script`);
        assert.strictEqual(d.direction, d.id === 'ar' ? 'rtl' : 'ltr');
        if (d.id === 'ru') {
          // Russian resolutions open every paragraph in lower case
          for (const v of [...d.preambularVerbs, ...d.operativeVerbs]) assert.strictEqual(v, v.toLowerCase(), v);
        } else if (d.id !== 'ar') {
          for (const v of [...d.preambularVerbs, ...d.operativeVerbs]) assert.ok(/^\p{Lu}/u.test(v), `${v} capitalised`);
        }
      });
    });
  }
});
