/**
 * The partial-reuse minimum per language (language/data/<id>.ts `partialReuseMinChars`): unset, the
 * shortest reported span is the paragraph language's (20 characters in Chinese, 50 in English), so
 * an English stock phrase is no longer "reuse"; set, `thresholds.partialMinChars` applies to every
 * language as it always did.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { toCorpusDocument, type DocumentMeta } from '../../../server/src/service/corpus';
import { getProfile, LANGUAGE_IDS, partialReuseMinChars } from '../../../server/src/service/language';
import { AgreedLanguageIndex, labelledParagraphs } from '../../../server/src/service/matching';
import { normalize } from '../../../server/src/service/matching/normalize';
import { defaultSettings, type ServiceSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';
import type { Paragraph } from '../../../server/src/service/model';
import { REAL_EN_DIR, skipWithoutRealEn } from '../../support/realEn';

const ROOT = path.join(__dirname, '../../..');
const seed = (f: string) => fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8');

function meta(id: string, date: string, language: DocumentMeta['language']): DocumentMeta {
  return { id, path: `mem:${id}`, symbol: id, citation: { zh: id, en: id }, kind: 'resolution', status: 'adopted', date, language, builtIn: false };
}

/** The reused spans of a paragraph (their text), or [] when it is not partial reuse. */
function reusedSpans(index: AgreedLanguageIndex, p: Paragraph, settings: ServiceSettings): string[] {
  const r = index.analyzeParagraph(p, settings);
  return r.status === 'partial' ? r.ranges.map((x) => p.text.slice(x.start, x.end)) : [];
}

describe('matching: the partial-reuse minimum per language', () => {
  it('each language has its minimum; the paragraph’s script and language choose it', () => {
    for (const id of LANGUAGE_IDS) {
      const n = getProfile(id).data.partialReuseMinChars;
      assert.ok(Number.isInteger(n) && n >= 8 && n <= 200, `${id}: ${n}`);
    }
    assert.strictEqual(getProfile('zh').data.partialReuseMinChars, 20, 'Chinese keeps the 20 characters the seeds were evaluated with');
    assert.strictEqual(partialReuseMinChars('重申其2015年9月25日第70/1号决议'), getProfile('zh').data.partialReuseMinChars);
    assert.strictEqual(partialReuseMinChars('Recalling its resolution 70/1 of 25 September 2015,'), getProfile('en').data.partialReuseMinChars);
    assert.strictEqual(partialReuseMinChars('Напоминая о своей резолюции 70/1 от 25 сентября 2015 года,'), getProfile('ru').data.partialReuseMinChars);
    assert.strictEqual(partialReuseMinChars('إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،'), getProfile('ar').data.partialReuseMinChars);
    // more characters per phrase outside Chinese: a higher minimum
    for (const id of LANGUAGE_IDS.filter((l) => l !== 'zh')) assert.ok(getProfile(id).data.partialReuseMinChars > getProfile('zh').data.partialReuseMinChars, id);
  });

  describe('on real English text: A/RES/78/132 against A/RES/76/189', function () {
    this.timeout(60_000);
    const en = defaultSettings('en');
    const everywhere20: ServiceSettings = { ...en, thresholds: { near: 0.7, partialMinChars: 20 } };
    let index: AgreedLanguageIndex;
    let paragraphs: Map<string, Paragraph>;
    const min = () => getProfile('en').data.partialReuseMinChars;
    before(function () {
      skipWithoutRealEn(this);
      const read = (f: string) => parseDocument(fs.readFileSync(path.join(REAL_EN_DIR, f), 'utf8'));
      index = new AgreedLanguageIndex();
      index.addDocument(toCorpusDocument(read('A-RES-76-189.en.txt'), meta('A/RES/76/189', '2021-12-17', 'en')));
      paragraphs = new Map(labelledParagraphs(read('A-RES-78-132.en.txt')).map((l) => [l.label, l.paragraph]));
    });

    it('OP 46: the stock phrase “poverty in all its forms and dimensions” is no longer reuse; the reused clause still is', () => {
      const op46 = paragraphs.get('OP 46')!;
      const stock = 'poverty in all its forms and dimensions';
      // with 20 characters for every language (the setting, or the default before): both are reported
      const at20 = reusedSpans(index, op46, everywhere20);
      assert.ok(at20.includes(stock), JSON.stringify(at20));
      const clause = at20.find((s) => s.startsWith('sustained, inclusive and equitable economic growth'));
      assert.ok(clause, JSON.stringify(at20));
      assert.ok(normalize(stock).text.length < min() && normalize(clause).text.length >= min());
      // the English default: the clause alone
      assert.deepStrictEqual(reusedSpans(index, op46, en), [clause]);
      assert.strictEqual(index.analyzeParagraph(op46, en).sources[0].paragraph, index.analyzeParagraph(op46, everywhere20).sources[at20.indexOf(clause)].paragraph);
    });

    it('no reused span shorter than the English minimum in the whole text; reuse is still found', () => {
      let partial = 0;
      let partialAt20 = 0;
      let shortAt20 = 0;
      for (const p of paragraphs.values()) {
        const spans = reusedSpans(index, p, en);
        if (spans.length) partial++;
        for (const s of spans) assert.ok(normalize(s).text.length >= min(), `“${s}”`);
        const at20 = reusedSpans(index, p, everywhere20);
        if (at20.length) partialAt20++;
        shortAt20 += at20.filter((s) => normalize(s).text.length < min()).length;
      }
      console.log(`      partial-reuse paragraphs: ${partialAt20} at 20 characters (${shortAt20} spans under ${min()}), ${partial} at the English default`);
      assert.ok(shortAt20 >= 10, `the text has short shared phrases to drop: ${shortAt20}`);
      assert.ok(partial >= 10 && partial < partialAt20, `${partial} vs ${partialAt20}`);
    });
  });

  it('Chinese: the seeds’ findings are those of the 20-character minimum, paragraph by paragraph', () => {
    const zh = defaultSettings('zh');
    const index = new AgreedLanguageIndex();
    index.addDocument(toCorpusDocument(parseDocument(seed('001_8d8e352413f896fa.txt')), meta('A/RES/76/189', '2021-12-17', 'zh')));
    index.addDocument(toCorpusDocument(parseDocument(seed('002_c6d456420a6e3b58.txt')), meta('A/80/62-E/2025/12', '2025-02-01', 'zh')));
    const draft = parseDocument(seed('000_1ed030a242e859ae.txt'));
    const byDefault = index.analyze(draft, zh);
    const at20 = index.analyze(draft, { ...zh, thresholds: { near: zh.thresholds.near, partialMinChars: 20 } });
    assert.deepStrictEqual(byDefault, at20);
    const partial = byDefault.filter((a) => a.status === 'partial');
    assert.ok(partial.length >= 5, `partial paragraphs ${partial.length}`);
    // a reused span of 20–49 characters, dropped in an English paragraph, is kept in Chinese
    assert.ok(partial.some((a) => a.spans.some((s) => s.end - s.start < getProfile('en').data.partialReuseMinChars)));
  });

  it('a minimum in the settings applies to every language', () => {
    const index = new AgreedLanguageIndex();
    index.addDocument(toCorpusDocument(parseDocument(seed('001_8d8e352413f896fa.txt')), meta('A/RES/76/189', '2021-12-17', 'zh')));
    const draft = parseDocument(seed('000_1ed030a242e859ae.txt'));
    const zh = defaultSettings('zh');
    const high: ServiceSettings = { ...zh, thresholds: { near: zh.thresholds.near, partialMinChars: 60 } };
    const spans = index.analyze(draft, high).filter((a) => a.status === 'partial').flatMap((a) => a.spans);
    assert.ok(spans.length > 0);
    const lp = new Map(labelledParagraphs(draft).map((l) => [l.label, l.paragraph]));
    for (const a of index.analyze(draft, high).filter((x) => x.status === 'partial')) {
      for (const s of reusedSpans(index, lp.get(a.label)!, high)) assert.ok(normalize(s).text.length >= 60, s);
    }
  });

  it('the README, the settings’ descriptions and the schema state the minimums of the language data', () => {
    const names: Record<string, string> = { zh: 'Chinese', en: 'English', fr: 'French', es: 'Spanish', ru: 'Russian', ar: 'Arabic' };
    const groups = new Map<number, string[]>();
    for (const id of ['zh', 'en', 'fr', 'es', 'ru', 'ar'] as const) {
      const n = getProfile(id).data.partialReuseMinChars;
      groups.set(n, [...(groups.get(n) ?? []), names[id]]);
    }
    const list = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : xs[0]);
    // "20 for Chinese, 50 for English, French, Spanish and Russian, 35 for Arabic"
    const stated = [...groups].map(([n, langs]) => `${n} for ${list(langs)}`).join(', ');
    const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
    const readme = read('README.md');
    assert.ok(readme.includes(stated), `README: ${stated}`);
    assert.ok(read('package.nls.json').includes(stated), `package.nls.json: ${stated}`);
    const schema = JSON.parse(read('schemas/resolutionrc.schema.json'));
    assert.ok(schema.properties.thresholds.properties.partialMinChars.description.includes(stated), `schema: ${stated}`);
    for (const f of ['package.nls.zh-cn.json', 'package.nls.fr.json', 'package.nls.es.json', 'package.nls.ru.json', 'package.nls.ar.json']) {
      const d: string = JSON.parse(read(f))['config.thresholds.partialMinChars'];
      const numbers = (d.match(/\d+/g) ?? []).map(Number);
      assert.deepStrictEqual(numbers, [...groups.keys()], `${f}: ${d}`);
    }
    const pkg = JSON.parse(read('package.json'));
    assert.strictEqual(pkg.contributes.configuration.properties['resolution.thresholds.partialMinChars'].default, null, 'unset by default');
  });
});
