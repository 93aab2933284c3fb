/**
 * The plain language data of the six languages (`server/src/service/language/data`): the regular
 * expressions compile with flag `u` and read the citations, dates and header lines UN texts in each
 * language write; the lexicons are whole (12 months, the verbs every resolution uses) and without
 * duplicates; organ lines close with the language's own comma. One table row a language, one loop:
 * what differs between languages is in the row, not in a branch of a test.
 */
import * as assert from 'assert';
import { ar } from '../../../server/src/service/language/data/ar';
import { en } from '../../../server/src/service/language/data/en';
import { es } from '../../../server/src/service/language/data/es';
import { fr } from '../../../server/src/service/language/data/fr';
import { ru } from '../../../server/src/service/language/data/ru';
import { zh } from '../../../server/src/service/language/data/zh';
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
  /** Whether the agenda-item pattern has the `item` group (en and zh lines are read by the parser itself). */
  itemGroup: boolean;
  preambular: string[];
  operative: string[];
  /** Fewest verbs each lexicon holds. */
  minVerbs: number;
  adverbsAfter: string[];
  /** The paragraph endings: preambular, operative, last, chapeau. */
  endings: [string, string, string, string];
  /** Whether marks take a space before them (French). */
  spaceBefore: boolean;
  /** Every sub-paragraph letter, in order. */
  letters: string;
  /** What every verb and adverb is written in. */
  script: RegExp;
  direction: 'ltr' | 'rtl';
  /** How a verb opens a paragraph: capitalised, in lower case (Russian), or the script has no case. */
  verbCase: 'capital' | 'lower' | 'none';
}

const LATIN_LETTERS = 'a b c d e f g h i j k l m n o p q r s t u v w x y z';
const LATIN = /^[\p{Script=Latin}\s’',.]+$/u;

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
    itemGroup: true,
    minVerbs: 40,
    endings: [',', ';', '.', ':'],
    spaceBefore: true,
    letters: LATIN_LETTERS,
    script: LATIN,
    direction: 'ltr',
    verbCase: 'capital',
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
    itemGroup: true,
    minVerbs: 40,
    endings: [',', ';', '.', ':'],
    spaceBefore: false,
    letters: LATIN_LETTERS,
    script: LATIN,
    direction: 'ltr',
    verbCase: 'capital',
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
    itemGroup: true,
    minVerbs: 40,
    endings: [',', ';', '.', ':'],
    spaceBefore: false,
    letters: LATIN_LETTERS,
    script: /^[\p{Script=Cyrillic}\s,.]+$/u,
    direction: 'ltr',
    // Russian resolutions open every paragraph in lower case
    verbCase: 'lower',
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
    itemGroup: true,
    minVerbs: 40,
    endings: ['،', '؛', '.', ':'],
    spaceBefore: false,
    // abjad order (أبجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ), `هـ` with its tatweel
    letters: 'أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ',
    script: /^[\p{Script=Arabic}\s]+$/u,
    direction: 'rtl',
    verbCase: 'none',
  },
  {
    data: en,
    comma: ',',
    citations: [
      ['resolution 70/1 of 25 September 2015', '70/1', '25', 9, '2015'],
      ['Recalling its resolution 79/194 of 19 December 2024 on information and communications technologies', '79/194', '19', 12, '2024'],
      ['Economic and Social Council resolution 2006/46 of 28 July 2006', '2006/46', '28', 7, '2006'],
      ['resolution 77/321 of 1 August 2023', '77/321', '1', 8, '2023'],
      ['Resolution 60/251 of 15 March 2006', '60/251', '15', 3, '2006'],
    ],
    notCitations: ['resolution 70/1, annex', 'decision 70/1 of 25 September 2015', 'resolution 70/1 of 25 Septembre 2015'],
    sessions: ['Eightieth session', 'Seventy-ninth session', 'Seventy-eighth session', 'Eighty-first session'],
    agendaItems: ['Agenda item 13', 'Agenda item 16 (a)', 'Agenda item 67'],
    otherLines: ['The General Assembly,', 'Second Committee', 'session', 'Agenda item'],
    itemGroup: false,
    preambular: ['Recalling', 'Reaffirming', 'Recognizing', 'Noting', 'Taking note', 'Welcoming', 'Emphasizing', 'Stressing', 'Bearing in mind', 'Acknowledging', 'Deeply concerned', 'Having considered'],
    operative: ['Decides', 'Requests', 'Calls upon', 'Urges', 'Encourages', 'Invites', 'Welcomes', 'Recognizes', 'Reaffirms', 'Emphasizes', 'Stresses', 'Takes note', 'Recommends', 'Notes with concern'],
    minVerbs: 40,
    adverbsAfter: ['also', 'further', 'again'],
    endings: [',', ';', '.', ':'],
    spaceBefore: false,
    letters: LATIN_LETTERS,
    script: LATIN,
    direction: 'ltr',
    verbCase: 'capital',
  },
  {
    data: zh,
    comma: '，',
    citations: [
      ['2015 年 9 月 25 日第 70/1 号决议', '70/1', '25', 9, '2015'],
      ['回顾其2024年12月19日第79/194号决议', '79/194', '19', 12, '2024'],
      ['经济及社会理事会2006年 7月 28日第 2006/46号决议', '2006/46', '28', 7, '2006'],
      ['2015年7月27日第69/313号决议', '69/313', '27', 7, '2015'],
      ['2006 年 3 月 27 日的第 60/252 号决议', '60/252', '27', 3, '2006'],
    ],
    notCitations: ['第 70/1 号决议', '2015 年 9 月 25 日第 70/1 号决定', '第 70/1 号决议附件'],
    sessions: ['第八十届会议', '第七十九届会议', '第七十六届会议', '第八十一届会议'],
    agendaItems: ['议程项目 13', '议程项目13', '议程项目 16 (a)'],
    otherLines: ['大会，', '第二委员会', '届会议', '议程项目'],
    itemGroup: false,
    preambular: ['回顾', '重申', '确认', '认识到', '注意到', '欢迎', '强调', '铭记', '考虑到', '深信', '表示关切', '关切'],
    operative: ['决定', '请', '鼓励', '敦促', '促请', '呼吁', '吁请', '邀请', '建议', '要求', '支持', '核可'],
    // the Chinese lexicons are the parser's from before language profiles: 47 preambular, 32 operative verbs
    minVerbs: 30,
    adverbsAfter: [],
    endings: ['，', '；', '。', '：'],
    spaceBefore: false,
    letters: LATIN_LETTERS,
    script: /^[\p{Script=Han}]+$/u,
    direction: 'ltr',
    verbCase: 'none',
  },
];

describe('language data: fr, es, ru, ar, en, zh', () => {
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
          // Day, month and year as the profile reads them: the date pattern on the date group.
          const dm = date.exec(m.groups.date);
          assert.ok(dm?.groups, `date group ${m.groups.date} is a date`);
          assert.strictEqual(dm.groups.day, day, text);
          assert.strictEqual(d.citation.months.indexOf(dm.groups.month) + 1, month, text);
          assert.strictEqual(dm.groups.year, year, text);
          // A citation pattern with day, month and year groups of its own reads the same.
          for (const g of ['day', 'month', 'year']) if (m.groups[g] !== undefined) assert.strictEqual(m.groups[g], dm.groups[g], `${g} in ${text}`);
          assert.ok(d.citation.resolution.some((w) => m[0].toLowerCase().includes(w.toLowerCase())), `the resolution word of ${m[0]} is listed`);
        }
        for (const text of c.notCitations) assert.strictEqual(re.exec(text), null, `not a dated resolution citation: ${text}`);
      });

      it('the date pattern reads a date in each of the 12 months, and its month group is one of the months', () => {
        assert.strictEqual(d.citation.months.length, 12);
        assert.strictEqual(new Set(d.citation.months).size, 12);
        const re = new RegExp(`^(?:${d.citation.datePattern})$`, 'u');
        const sample = new RegExp(d.citation.citationPattern, 'u').exec(c.citations[0][0])!.groups!.date;
        const m0 = re.exec(sample)!;
        d.citation.months.forEach((month, i) => {
          const text = sample.replace(m0.groups!.month, month).replace(m0.groups!.day, String(i + 1));
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
        if (c.itemGroup) assert.strictEqual(item.exec(c.agendaItems[0])?.groups?.item, '13', 'the item group holds the agenda item number');
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
          assert.ok(list.length >= c.minVerbs, `${name} lexicon has ${list.length} verbs`);
        }
        for (const a of c.adverbsAfter) assert.ok(d.adverbsAfter.includes(a), `adverb ${a}`);
        for (const list of [d.adverbsBefore, d.adverbsAfter, d.leads]) assert.strictEqual(new Set(list).size, list.length);
      });

      it('sub-paragraph letters: distinct, in the order the texts use', () => {
        const letters = d.subparagraphLetters;
        assert.strictEqual(new Set(letters).size, letters.length);
        assert.strictEqual(letters.join(' '), c.letters);
      });

      it('paragraph endings', () => {
        const e = d.endings;
        assert.deepStrictEqual([e.preambular, e.operative, e.last, e.chapeau], c.endings);
        if (c.spaceBefore) {
          assert.ok(e.spaceBefore && e.spaceBefore.marks.includes(';') && e.spaceBefore.marks.includes(':'));
          assert.ok(e.spaceBefore.spaces.includes('\u00a0') && e.spaceBefore.spaces.includes('\u202f'));
        } else assert.strictEqual(e.spaceBefore, undefined);
      });

      it('script and direction', () => {
        for (const v of [...d.preambularVerbs, ...d.operativeVerbs, ...d.adverbsAfter]) assert.ok(c.script.test(v), `${d.id}: “${v}” in its script`);
        assert.strictEqual(d.direction, c.direction);
        const verbs = [...d.preambularVerbs, ...d.operativeVerbs];
        if (c.verbCase === 'lower') for (const v of verbs) assert.strictEqual(v, v.toLowerCase(), v);
        if (c.verbCase === 'capital') for (const v of verbs) assert.ok(/^\p{Lu}/u.test(v), `${v} capitalised`);
        if (c.verbCase === 'none') for (const v of verbs) assert.strictEqual(v.toLowerCase(), v.toUpperCase(), `${v}: no case`);
      });
    });
  }
});
