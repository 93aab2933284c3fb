import * as assert from 'assert';
import type { ResolutionDocument } from '../../../server/src/service/model';
import { defaultSettings } from '../../../server/src/service/options';
import { checkReferences, ReferenceTable, type InconsistencyData } from '../../../server/src/service/references';
import { docWithReferences, readSeed, seedTable } from './helpers';

describe('references: the reference table', () => {
  const table = seedTable();

  it('records what the seeds say about each cited resolution, with sources', () => {
    const r70 = table.get('70/1')!;
    assert.deepStrictEqual([...new Set(r70.dates.map((d) => d.date))], ['2015-09-25']);
    assert.deepStrictEqual(r70.dates.map((d) => d.source), ['A/RES/80/118', 'A/RES/76/189', 'E/2025/31', '72nd session G77 draft']);
    assert.deepStrictEqual([...new Set(r70.titles.map((t) => t.title))], ['变革我们的世界：2030 年可持续发展议程']);
    // ECOSOC year/number, decisions kept apart from resolutions, lookups in any spelling
    assert.deepStrictEqual(table.get('2006/46')!.dates.map((d) => d.date), ['2006-07-28', '2006-07-28', '2006-07-28']);
    assert.strictEqual(table.get('2010/226'), undefined);
    assert.deepStrictEqual(table.get('2010/226', 'decision')!.dates.map((d) => d.date), ['2010-07-19']);
    assert.strictEqual(table.get('７０／１'), r70);
    assert.strictEqual(table.get('57/270B')?.number, '57/270 B');
    assert.strictEqual(table.get('not a number'), undefined);
  });

  it('adds an adopted resolution’s own number, date and title from its header', () => {
    const t = new ReferenceTable();
    const doc: ResolutionDocument = {
      ...docWithReferences(''),
      header: [
        { kind: 'adoption', text: '2025 年 12 月 15 日大会决议', date: '2025-12-15', span: { start: 0, end: 1 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } },
        { kind: 'symbol', text: '80/118. 信息和通信技术促进可持续发展', number: '80/118', span: { start: 0, end: 1 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } },
      ],
    };
    t.addDocument(doc, 'A/RES/80/118');
    assert.deepStrictEqual(t.get('80/118'), {
      number: '80/118',
      kind: 'resolution',
      dates: [{ date: '2025-12-15', source: 'A/RES/80/118' }],
      titles: [{ title: '信息和通信技术促进可持续发展', source: 'A/RES/80/118', language: 'zh' }],
    });
  });
});

describe('references: checkReferences', () => {
  const table = seedTable();
  const zh = defaultSettings('zh');
  const en = defaultSettings('en');

  it('finds nothing wrong in the adopted resolutions 80/118 and 76/189', () => {
    for (const id of ['000', '001']) {
      const diags = checkReferences(docWithReferences(readSeed(id)), table, zh);
      assert.deepStrictEqual(diags.map((d) => d.message), [], `seed ${id}`);
    }
  });

  it('flags a date that contradicts the precedent texts, once, on the citation', () => {
    const source = readSeed('000').replace('2015 年 9 月 25 日第 70/1 号决议', '2016 年 9 月 25 日第 70/1 号决议');
    const diags = checkReferences(docWithReferences(source), table, zh);
    assert.strictEqual(diags.length, 1);
    const d = diags[0];
    assert.strictEqual(d.code, 'reference-inconsistent');
    assert.strictEqual(d.source, 'resolution');
    assert.strictEqual(d.severity, 2);
    assert.strictEqual(d.message, '第 70/1 号决议的日期为 2016-09-25，但先例文本均为 2015-09-25（A/RES/80/118、A/RES/76/189 等）');
    const data = d.data as InconsistencyData;
    assert.deepStrictEqual([data.field, data.number, data.given, data.expected], ['date', '70/1', '2016-09-25', '2015-09-25']);
    assert.deepStrictEqual(data.sources, ['A/RES/80/118', 'A/RES/76/189', 'E/2025/31', '72nd session G77 draft']);
    // the range is the entry: from the title to the number, on line 23 (0-based 22)
    const covered = source.slice(d.span!.start, d.span!.end);
    assert.ok(covered.includes('2016 年 9 月 25 日第 70/1'), covered);
    assert.strictEqual(d.range.start.line, 22);
    const enDiag = checkReferences(docWithReferences(source), table, en)[0];
    assert.strictEqual(enDiag.message, 'Resolution 70/1 is dated 2016-09-25, but the precedent texts give 2015-09-25 (A/RES/80/118, A/RES/76/189 and others)');
  });

  it('follows the majority when the corpus itself disagrees about a date', () => {
    const t = new ReferenceTable();
    for (const source of ['A', 'B', 'C']) t.addFact('70/1', 'resolution', { date: '2015-09-25' }, source);
    t.addFact('70/1', 'resolution', { date: '2016-09-25' }, 'my-draft'); // the draft itself sits in the user's corpus
    const wrong = checkReferences(docWithReferences('2016 年 9 月 25 日第 70/1 号决议'), t, zh);
    assert.deepStrictEqual(wrong.map((d) => d.message), ['第 70/1 号决议的日期为 2016-09-25，但多数先例文本为 2015-09-25（A、B 等）']);
    assert.deepStrictEqual(checkReferences(docWithReferences('2015 年 9 月 25 日第 70/1 号决议'), t, zh), []);
    // a tie is not a contradiction
    const tie = new ReferenceTable();
    tie.addFact('1/1', 'resolution', { date: '2001-01-01' }, 'A');
    tie.addFact('1/1', 'resolution', { date: '2001-01-02' }, 'B');
    assert.deepStrictEqual(checkReferences(docWithReferences('2001 年 1 月 2 日第 1/1 号决议'), tie, zh), []);
    assert.strictEqual(checkReferences(docWithReferences('2001 年 1 月 3 日第 1/1 号决议'), tie, zh).length, 1);
  });

  it('keeps the Human Rights Council’s session/number resolutions apart from the General Assembly’s', () => {
    const t = new ReferenceTable();
    t.addReferences(docWithReferences('大会 1998 年 12 月 9 日第 53/1 号决议').references, 'GA');
    t.addReferences(docWithReferences('人权理事会 2023 年 7 月 12 日第 53/1 号决议').references, 'HRC');
    assert.deepStrictEqual(t.get('53/1')?.dates.map((d) => d.date), ['1998-12-09']);
    assert.deepStrictEqual(t.get('53/1', 'resolution', 'Human Rights Council')?.dates.map((d) => d.date), ['2023-07-12']);
    assert.deepStrictEqual(checkReferences(docWithReferences('回顾人权理事会 2023 年 7 月 12 日第 53/1 号决议'), t, zh), []);
    assert.strictEqual(checkReferences(docWithReferences('回顾大会 2023 年 7 月 12 日第 53/1 号决议'), t, zh).length, 1);
  });

  it('compares titles ignoring spacing, width and quote style; flags a different title', () => {
    const same = '重申其题为「变革我们的世界:2030年可持续发展议程」的 2015 年 9 月 25 日第 70/1 号决议，';
    assert.deepStrictEqual(checkReferences(docWithReferences(same), table, zh), []);
    const other = '重申其题为“改变我们的世界：2030 年可持续发展议程”的第 70/1 号决议，';
    const diags = checkReferences(docWithReferences(other), table, zh);
    assert.deepStrictEqual(diags.map((d) => d.message), [
      '第 70/1 号决议的标题为“改变我们的世界：2030 年可持续发展议程”，但先例文本为“变革我们的世界：2030 年可持续发展议程”（A/RES/80/118、A/RES/76/189 等）',
    ]);
    // 70/125 is cited under two wordings in seed 003: either is accepted
    for (const title of ['信息社会世界峰会成果执行情况全面审查大会高级别会议成果文件', '关于信息社会世界峰会成果执行情况全面审查的大会高级别会议成果文件']) {
      assert.deepStrictEqual(checkReferences(docWithReferences(`回顾大会题为“${title}”的第 70/125 号决议`), table, zh), []);
    }
    // an English title is not compared with Chinese ones
    const english = 'Recalling its resolution 70/1 of 25 September 2015, entitled "Transforming our world: the 2030 Agenda for Sustainable Development",';
    assert.deepStrictEqual(checkReferences(docWithReferences(english), table, en), []);
    const wrongDate = 'Recalling its resolution 70/1 of 25 September 2016,';
    assert.strictEqual(checkReferences(docWithReferences(wrongDate), table, en).length, 1);
  });

  it('reports malformed symbols and citations with their ranges, in both languages', () => {
    const source = '见 A//80/62。\n又见 A/RES/80/ 和第 79/ 号决议。';
    const doc = docWithReferences(source);
    const diags = checkReferences(doc, undefined, zh);
    assert.deepStrictEqual(
      diags.map((d) => [d.code, d.severity, source.slice(d.span!.start, d.span!.end), d.range.start.line, d.range.start.character]),
      [
        ['reference-malformed', 1, 'A//80/62', 0, 2],
        ['reference-malformed', 1, 'A/RES/80/', 1, 3],
        ['reference-malformed', 1, '第 79/ 号决议', 1, 14],
      ],
    );
    assert.match(diags[0].message, /^文号“A\/\/80\/62”无法解析：第 2 个组成部分为空/);
    assert.match(diags[1].message, /^文号“A\/RES\/80\/”无法解析：以“\/”结尾/);
    assert.match(diags[2].message, /^决议编号“79\/”无法解析（见“第 79\/ 号决议”）：“\/”后缺少编号/);
    const english = checkReferences(doc, undefined, en).map((d) => d.message);
    assert.match(english[0], /^Malformed document symbol “A\/\/80\/62”: component 2 is empty/);
    assert.match(english[2], /^Malformed resolution number “79\/”.*nothing after “\/”/);
  });

  it('follows the severity settings, and never throws', () => {
    const source = '见 A//80/62。2016 年 9 月 25 日第 70/1 号决议';
    const off = { ...zh, severities: { 'reference-malformed': 'off' as const, 'reference-inconsistent': 4 as const } };
    const diags = checkReferences(docWithReferences(source), table, off);
    assert.deepStrictEqual(diags.map((d) => [d.code, d.severity]), [['reference-inconsistent', 4]]);
    const broken = { references: [{ kind: 'resolution', raw: 'x', entries: null }] } as unknown as ResolutionDocument;
    assert.deepStrictEqual(checkReferences(broken, table, zh), []);
  });
});
