/**
 * End to end through the parser: parseDocument calls findReferences on each paragraph's,
 * header line's and footnote's clean text and maps the spans back to the source.
 */
import * as assert from 'assert';
import { createLanguageService } from '../../../server/src/service/languageService';
import { defaultSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';
import { checkReferences, type InconsistencyData } from '../../../server/src/service/references';
import { readSeed, SEED_LABELS, seedTable } from './helpers';

describe('references through the parser', () => {
  const table = seedTable(parseDocument);
  const zh = defaultSettings('zh');

  it('builds the table from parsed seeds, with the adopted resolutions’ own headers', () => {
    assert.deepStrictEqual(table.get('80/118')?.dates, [{ date: '2025-12-15', source: 'A/RES/80/118' }]);
    assert.deepStrictEqual(table.get('76/189')?.dates, [{ date: '2021-12-17', source: 'A/RES/76/189' }]);
    assert.deepStrictEqual([...new Set(table.get('70/1')!.dates.map((d) => d.date))], ['2015-09-25']);
    // the dated list of the 2017 draft (004), hard-wrapped over eleven PDF lines
    assert.deepStrictEqual(table.get('57/270 B')?.dates, [{ date: '2003-06-23', source: SEED_LABELS['004'] }]);
    assert.deepStrictEqual(table.get('71/212')?.dates.map((d) => d.date), ['2016-12-21']);
  });

  it('maps citation spans back to the source, across hard wraps', () => {
    const source = readSeed('004');
    const doc = parseDocument(source);
    const r70 = doc.references.find((r) => r.entries?.some((e) => e.number === '70/1' && e.date));
    assert.ok(r70);
    const e = r70.entries![0];
    // "…的 2015 年 9 月 25\n\n日第 70/1 号决议": the source span contains the line break
    const covered = source.slice(e.span.start, e.span.end);
    assert.match(covered, /2015 年 9 月 25\s*\n\s*\n?\s*日第 70\/1/);
    assert.strictEqual(source.slice(r70.span.end - 3, r70.span.end), '号决议');
    assert.ok(e.range.start.line < e.range.end.line, "the entry spans two source lines");
  });

  it('finds no reference problem in the adopted resolutions 80/118 and 76/189', () => {
    for (const id of ['000', '001']) {
      const doc = parseDocument(readSeed(id));
      assert.ok(doc.references.length > 20, `seed ${id} has references`);
      assert.deepStrictEqual(checkReferences(doc, table, zh).map((d) => d.message), [], `seed ${id}`);
    }
  });

  it('flags exactly one inconsistency in an edited 80/118 that dates 70/1 in 2016', () => {
    const source = readSeed('000').replace('2015 年 9 月 25 日第 70/1 号决议', '2016 年 9 月 25 日第 70/1 号决议');
    const diags = checkReferences(parseDocument(source), table, zh);
    assert.deepStrictEqual(diags.map((d) => d.code), ['reference-inconsistent']);
    const d = diags[0];
    const data = d.data as InconsistencyData;
    assert.deepStrictEqual([data.number, data.given, data.expected], ['70/1', '2016-09-25', '2015-09-25']);
    assert.ok(data.sources.includes('A/RES/80/118') && data.sources.includes('A/RES/76/189'));
    assert.match(d.message, /^第 70\/1 号决议的日期为 2016-09-25，但先例文本均为 2015-09-25（A\/RES\/80\/118、A\/RES\/76\/189 等）$/);
    assert.match(source.slice(d.span!.start, d.span!.end), /2016 年 9 月 25 日第 70\/1 号/);
    assert.strictEqual(d.range.start.line, 22);
  });

  it('reports malformed symbols and citations at their place in the source', () => {
    let source = readSeed('000');
    source = source.replace('(A/80/555, 第 7 段)', '(A//80/62, 第 7 段)');
    source = source.replace('<sup>11</sup> A/80/62-E/2025/12。', '<sup>11</sup> A/RES/80/。');
    source = source.replace('根据第79/1号决议的要求', '根据第 79/ 号决议的要求');
    const doc = parseDocument(source);
    const diags = checkReferences(doc, table, zh).filter((d) => d.code === 'reference-malformed');
    const at = (needle: string) => {
      const start = source.indexOf(needle);
      return { start, end: start + needle.length };
    };
    assert.deepStrictEqual(
      diags.map((d) => d.span),
      [at('A//80/62'), at('A/RES/80/'), at('第 79/ 号决议')],
    );
    assert.deepStrictEqual(diags.map((d) => d.range.start.line), [12, 80, 228]);
    assert.match(diags[0].message, /第 2 个组成部分为空/);
    // and nothing else changed: no inconsistency appears
    assert.deepStrictEqual(checkReferences(doc, table, zh).filter((d) => d.code !== 'reference-malformed'), []);
  });

  it('runs in the language service', () => {
    const service = createLanguageService({ settings: { locale: 'en' } });
    const analysis = service.analyze('The General Assembly,\n\nRecalling its resolution 80/ and document A//80/62,\n\n1. Decides to remain seized of the matter.\n');
    const refs = analysis.diagnostics.filter((d) => d.code === 'reference-malformed');
    assert.deepStrictEqual(refs.map((d) => d.source), ['resolution', 'resolution']);
    assert.match(refs[0].message, /^Malformed resolution number “80\/”/);
  });
});
