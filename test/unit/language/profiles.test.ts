import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { detectLanguage, getProfile, isLanguageId, languageFromTag, LANGUAGE_IDS, listProfiles, splitLeadingVerb } from '../../../server/src/service/language';
import { parseDocument } from '../../../server/src/service/parser';
import { hasRealEn, realEnFiles } from '../../support/realEn';

const SEEDS = path.resolve(__dirname, '..', '..', '..', 'seeds');
const seedTexts = () => fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));

/** The verb a profile reads at the start of a paragraph's clean text. */
function verbOf(id: Parameters<typeof getProfile>[0], text: string): string | undefined {
  const m = getProfile(id).matchLeadingVerb(text);
  return m ? text.slice(m.verbStart, m.verbEnd) : undefined;
}

describe('language profiles', () => {
  it('registers the six official languages, each by its id, with its direction', () => {
    assert.deepStrictEqual([...LANGUAGE_IDS].sort(), ['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    for (const p of listProfiles()) assert.strictEqual(getProfile(p.id), p);
    assert.strictEqual(getProfile('ar').direction, 'rtl');
    assert.strictEqual(getProfile('fr').direction, 'ltr');
    assert.ok(isLanguageId('ru') && !isLanguageId('de'));
  });

  it('reads language tags as people write them', () => {
    assert.strictEqual(languageFromTag('zh-CN'), 'zh');
    assert.strictEqual(languageFromTag('en_GB.UTF-8'), 'en');
    assert.strictEqual(languageFromTag('fr'), 'fr');
    assert.strictEqual(languageFromTag('Русский'), 'ru');
    assert.strictEqual(languageFromTag('Arabic'), 'ar');
    assert.strictEqual(languageFromTag('de'), undefined);
    assert.strictEqual(languageFromTag(''), undefined);
  });

  it('Chinese: compound verbs, adverbs before, X地注意到, leads, and English paragraphs in a Chinese text', () => {
    assert.strictEqual(verbOf('zh', '严重关切地注意到在妇女获取'), '严重关切地注意到');
    assert.strictEqual(verbOf('zh', '又重申其关于'), '又重申');
    assert.strictEqual(verbOf('zh', '再次呼吁支持'), '再次呼吁');
    const m = getProfile('zh').matchLeadingVerb('在这方面，强调指出必须');
    assert.deepStrictEqual(m, { leadStart: 0, verbStart: 5, verbEnd: 9 });
    assert.strictEqual(verbOf('zh', 'Recalling its resolution 70/1'), 'Recalling');
    assert.strictEqual(verbOf('zh', '大会各成员'), undefined);
  });

  it('English: lexicon with adverbs before and after, leads in lower case, verbs by shape', () => {
    assert.strictEqual(verbOf('en', 'Also requests the Secretary-General'), 'Also requests');
    assert.strictEqual(verbOf('en', 'Recalling also its resolution'), 'Recalling also');
    assert.strictEqual(verbOf('en', 'Noting with concern that'), 'Noting with concern');
    const lead = getProfile('en').matchLeadingVerb('In this regard, encourages Member States');
    assert.ok(lead);
    assert.strictEqual('In this regard, encourages Member States'.slice(lead.verbStart, lead.verbEnd), 'encourages');
    assert.strictEqual(verbOf('en', 'Pays tribute to the'), 'Pays');
    assert.strictEqual(verbOf('en', 'States parties to the Convention'), undefined);
    assert.strictEqual(verbOf('en', 'Noted that'), undefined);
  });

  it('French, Spanish, Russian and Arabic: verbs with adverbs after, Russian in lower case', () => {
    assert.strictEqual(verbOf('fr', 'Rappelant également sa résolution 70/1'), 'Rappelant également');
    assert.strictEqual(verbOf('fr', 'Réaffirme en outre que'), 'Réaffirme en outre');
    assert.strictEqual(verbOf('fr', 'Décide de'), 'Décide');
    assert.strictEqual(verbOf('fr', 'Décidément'), undefined);
    assert.strictEqual(verbOf('es', 'Recordando además su resolución'), 'Recordando además');
    assert.strictEqual(verbOf('ru', 'напоминая также о резолюции'), 'напоминая также');
    assert.strictEqual(verbOf('ru', 'Напоминая о резолюции'), 'Напоминая');
    assert.strictEqual(verbOf('ar', 'وإذ تشير كذلك إلى قرارها'), 'وإذ تشير كذلك');
    assert.strictEqual(verbOf('ar', 'تقرر أن'), 'تقرر');
    assert.strictEqual(verbOf('ar', 'تقررت'), undefined);
  });

  it('organ lines in each language', () => {
    assert.strictEqual(getProfile('zh').readOrgan('大会，'), 'General Assembly');
    assert.strictEqual(getProfile('zh').readOrgan('经社理事会，'), 'Economic and Social Council');
    assert.strictEqual(getProfile('en').readOrgan('The General Assembly,'), 'General Assembly');
    assert.strictEqual(getProfile('en').readOrgan('The Commission,'), 'other');
    assert.strictEqual(getProfile('fr').readOrgan("L'Assemblée générale,"), 'General Assembly');
    assert.strictEqual(getProfile('fr').readOrgan('L’Assemblée générale,'), 'General Assembly');
    assert.strictEqual(getProfile('es').readOrgan('La Asamblea General,'), 'General Assembly');
    assert.strictEqual(getProfile('ru').readOrgan('Генеральная Ассамблея,'), 'General Assembly');
    assert.strictEqual(getProfile('ar').readOrgan('إن الجمعية العامة،'), 'General Assembly');
    assert.strictEqual(getProfile('ar').readOrgan('إن الجمعية العامة'), undefined);
  });

  it('citations with dates in each language', () => {
    const cases: Array<[Parameters<typeof getProfile>[0], string]> = [
      ['en', 'Recalling its resolution 70/1 of 25 September 2015, entitled'],
      ['fr', 'Rappelant sa résolution 70/1 du 25 septembre 2015, intitulée'],
      ['es', 'Recordando su resolución 70/1, de 25 de septiembre de 2015, titulada'],
      ['ru', 'ссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года, озаглавленную'],
      ['ar', 'إذ تشير إلى القرار 70/1 المؤرخ 25 أيلول/سبتمبر 2015، المعنون'],
      ['zh', '回顾 2015 年 9 月 25 日第 70/1 号决议'],
    ];
    for (const [id, text] of cases) {
      const hits = getProfile(id).findCitations(text);
      assert.strictEqual(hits.length, 1, `${id}: ${text}`);
      assert.strictEqual(hits[0].symbol, '70/1', id);
      assert.deepStrictEqual(hits[0].date, { year: 2015, month: 9, day: 25 }, id);
      assert.ok(hits[0].dateStart! >= hits[0].start && hits[0].dateEnd! <= hits[0].end, id);
    }
    // a citation starts at a word: not inside "irresolution" (the English pattern lacked the boundary the others have)
    for (const [id, text] of [['en', 'the irresolution 70/1 of 25 September 2015'], ['fr', 'l’irrésolution 70/1 du 25 septembre 2015']] as const) {
      assert.deepStrictEqual(getProfile(id).findCitations(text), [], `${id}: ${text}`);
    }
    assert.deepStrictEqual(getProfile('fr').readDate('le 1er janvier 2020'), { year: 2020, month: 1, day: 1 });
    assert.strictEqual(getProfile('en').readDate('on 31 Smarch 2020'), undefined);
  });

  it('sub-paragraph letters and paragraph endings come from the data', () => {
    assert.strictEqual(getProfile('ar').letterValue('ب'), 2);
    assert.strictEqual(getProfile('en').letterValue('c'), 3);
    assert.strictEqual(getProfile('en').letterValue('ب'), 0);
    assert.deepStrictEqual(getProfile('ar').endings, { preambular: '،', operative: '؛', last: '.', chapeau: ':' });
    assert.deepStrictEqual(getProfile('zh').endings, { preambular: '，', operative: '；', last: '。', chapeau: '：' });
  });

  it('splits a verb from its body with the profile of the text when no language is given', () => {
    assert.deepStrictEqual(splitLeadingVerb('还回顾 大会第70/1号决议'), { verb: '还回顾', bodyStart: 4 });
    assert.deepStrictEqual(splitLeadingVerb('Recalling also its resolution'), { verb: 'Recalling also', bodyStart: 15 });
    assert.deepStrictEqual(splitLeadingVerb('напоминая также о резолюции'), { verb: 'напоминая также', bodyStart: 16 });
    assert.deepStrictEqual(splitLeadingVerb('the body only'), { bodyStart: 0 });
  });
});

describe('language detection over the registered profiles', () => {
  it('every seed is Chinese', () => {
    for (const t of seedTexts()) assert.strictEqual(detectLanguage(t), 'zh');
  });

  it('every real English text is English', function () {
    if (!hasRealEn()) this.skip();
    const files = realEnFiles();
    assert.ok(files.length >= 40);
    for (const f of files) assert.strictEqual(detectLanguage(fs.readFileSync(f, 'utf8')), 'en', path.basename(f));
  });

  it('tells French, Spanish, Russian and Arabic drafts apart', () => {
    const fr = "L'Assemblée générale,\n\nRappelant sa résolution 70/1 du 25 septembre 2015,\n\n1. Décide de poursuivre l'examen de la question ;\n";
    const es = 'La Asamblea General,\n\nRecordando su resolución 70/1, de 25 de septiembre de 2015,\n\n1. Decide seguir examinando la cuestión;\n';
    const ru = 'Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 70/1,\n\n1. постановляет продолжить рассмотрение;\n';
    const ar = 'إن الجمعية العامة،\n\nإذ تشير إلى القرار 70/1،\n\n1 - تقرر مواصلة النظر في المسألة؛\n';
    assert.strictEqual(detectLanguage(fr), 'fr');
    assert.strictEqual(detectLanguage(es), 'es');
    assert.strictEqual(detectLanguage(ru), 'ru');
    assert.strictEqual(detectLanguage(ar), 'ar');
    assert.strictEqual(detectLanguage('The General Assembly,\n\nRecalling its resolution 70/1,\n'), 'en');
    assert.strictEqual(detectLanguage(''), 'zh');
    assert.strictEqual(parseDocument(fr).language, 'fr');
    assert.strictEqual(parseDocument('---\nlanguage: ru\n---\nText\n').language, 'ru');
  });
});
