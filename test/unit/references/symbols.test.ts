import * as assert from 'assert';
import { findReferences, parseSymbol, scanSymbols, symbolFromUrl } from '../../../server/src/service/references';
import { cleanSeed, readSeed, SEED_FILES } from './helpers';

function ok(raw: string) {
  const r = parseSymbol(raw);
  assert.ok(r.ok, `${raw} should parse: ${JSON.stringify(r)}`);
  return r.value;
}

function bad(raw: string) {
  const r = parseSymbol(raw);
  assert.ok(!r.ok, `${raw} should not parse`);
  return r.error;
}

describe('references: document symbols', () => {
  it('reads the structure of the symbol forms found in the seeds', () => {
    const res = ok('A/RES/80/118').parts[0];
    assert.deepStrictEqual([res.series, res.body, res.session, res.number], ['A', ['RES'], '80', '118']);
    const report = ok('A/80/555').parts[0];
    assert.deepStrictEqual([report.series, report.body, report.session, report.number], ['A', [], '80', '555']);
    const committee = ok('A/C.2/59/3').parts[0];
    assert.deepStrictEqual([committee.body, committee.session, committee.number], [['C.2'], '59', '3']);
    const ecosoc = ok('E/2025/31').parts[0];
    assert.deepStrictEqual([ecosoc.series, ecosoc.year, ecosoc.number, ecosoc.session], ['E', '2025', '31', undefined]);
    const crp = ok('E/CN.16/2018/CRP.3').parts[0];
    assert.deepStrictEqual([crp.body, crp.year, crp.number], [['CN.16'], '2018', 'CRP.3']);
    const hlpf = ok('E/HLPF/2025/6').parts[0];
    assert.deepStrictEqual([hlpf.body, hlpf.year, hlpf.number], [['HLPF'], '2025', '6']);
    const td = ok('TD/B/EDE/4/3').parts[0];
    assert.deepStrictEqual([td.series, td.body, td.session, td.number], ['TD', ['B', 'EDE'], '4', '3']);
    const ffdf = ok('E/FFDF/2021/3').parts[0];
    assert.deepStrictEqual([ffdf.body, ffdf.year, ffdf.number], [['FFDF'], '2021', '3']);
    const udhr = ok('A/RES/217(III)').parts[0];
    assert.deepStrictEqual([udhr.body, udhr.session, udhr.number], [['RES'], 'III', '217']);
    const limited = ok('A/C.2/80/L.12/Rev.1').parts[0];
    assert.deepStrictEqual([limited.body, limited.session, limited.number, limited.suffixes], [['C.2'], '80', 'L.12', ['Rev.1']]);
    const add = ok('FCCC/CP/2015/10/Add.1').parts[0];
    assert.deepStrictEqual([add.year, add.number, add.suffixes], ['2015', '10', ['Add.1']]);
  });

  it('splits joint symbols, with suffixes on each part', () => {
    const joint = ok('A/80/62-E/2025/12');
    assert.strictEqual(joint.symbol, 'A/80/62-E/2025/12');
    assert.deepStrictEqual(joint.parts.map((p) => [p.series, p.number]), [['A', '62'], ['E', '12']]);
    const corr = ok('A/67/65/Corr.1-E/2012/48/Corr.1');
    assert.deepStrictEqual(corr.parts.map((p) => p.suffixes), [['Corr.1'], ['Corr.1']]);
    // a hyphen inside a component is not a joint symbol
    assert.strictEqual(ok('A/ES-10/L.22').parts.length, 1);
  });

  it('normalises full-width symbols', () => {
    assert.strictEqual(ok('Ａ／８０／６２').symbol, 'A/80/62');
  });

  it('says why a symbol is malformed', () => {
    assert.deepStrictEqual(bad('A//80/62'), { problem: 'symbol-empty-component', part: undefined, component: 2 });
    assert.strictEqual(bad('A/RES/80/').problem, 'symbol-trailing-slash');
    assert.strictEqual(bad('A/RES/').problem, 'symbol-missing-number');
    assert.strictEqual(bad('A/C..2/59/3').problem, 'symbol-bad-component');
    const part = bad('A/80/62-E//12');
    assert.deepStrictEqual([part.problem, part.part, part.component], ['symbol-empty-component', 2, 2]);
  });

  it('finds malformed symbols in text with their spans, and leaves plain slashes alone', () => {
    const text = '见A//80/62和A/RES/80/，又见 A/RES/。TCP/IP、A/B 测试、and/or';
    const refs = findReferences(text);
    assert.deepStrictEqual(
      refs.map((r) => [r.raw, r.malformed?.reason, text.slice(r.span.start, r.span.end)]),
      [
        ['A//80/62', 'symbol-empty-component', 'A//80/62'],
        ['A/RES/80/', 'symbol-trailing-slash', 'A/RES/80/'],
        ['A/RES/', 'symbol-missing-number', 'A/RES/'],
      ],
    );
  });

  it('expands the abbreviated corrigendum of a joint symbol (seed 004)', () => {
    const text = cleanSeed('004');
    const syms = findReferences(text).filter((r) => r.kind === 'symbol');
    const i = syms.findIndex((r) => r.symbol === 'A/67/65-E/2012/48');
    assert.ok(i >= 0);
    assert.deepStrictEqual([syms[i + 1].raw, syms[i + 1].symbol], ['Corr.1', 'A/67/65/Corr.1-E/2012/48/Corr.1']);
  });

  it('finds every symbol written in the seeds, none malformed, and none taken from URLs', () => {
    const expected: Record<string, string[]> = {
      '000': ['A/80/555', 'A/C.2/59/3', 'A/60/687', 'A/80/62-E/2025/12', 'A/74/821', 'A/75/982', 'E/CN.16/2018/CRP.3', 'E/FFDF/2025/2', 'E/2025/31', 'E/HLPF/2025/6'],
      '001': ['A/76/530', 'A/76/64-E/2021/11', 'TD/B/EDE/4/3', 'A/67/65-E/2012/48', 'A/67/65/Corr.1-E/2012/48/Corr.1', 'E/FFDF/2021/3', 'E/HLPF/2021/16'],
      '003': ['A/C.2/59/3', 'A/60/687', 'FCCC/CP/2015/10/Add.1', 'E/CN.16/2025/1', 'E/CN.16/2025/INF/1'],
    };
    for (const id of Object.keys(SEED_FILES)) {
      const text = cleanSeed(id);
      const syms = findReferences(text).filter((r) => r.kind === 'symbol');
      assert.deepStrictEqual(syms.filter((r) => r.malformed).map((r) => r.raw), [], `seed ${id}`);
      const found = new Set(syms.map((r) => r.symbol));
      for (const s of expected[id] ?? []) assert.ok(found.has(s), `seed ${id}: ${s} not found`);
      // nothing inside a URL: the text just before a symbol is never part of an http(s) link
      for (const r of syms) {
        const before = text.slice(Math.max(0, r.span.start - 40), r.span.start);
        assert.ok(!/https?:\/\/\S*$/.test(before), `seed ${id}: ${r.raw} taken from a URL`);
      }
    }
    // 003 lists dozens of docs.un.org links: none of them is reported
    const urlsOnly = 'https://docs.un.org/zh/A/RES/70/1\nhttps://docs.un.org/zh/A/RES/217(III)\nhttps://undocs.org/ch/A/67/65-E/2012/48';
    assert.deepStrictEqual(findReferences(urlsOnly), []);
  });

  it('scanSymbols keeps Markdown links and sentence punctuation out of the symbol', () => {
    const text = '¹⁶ [A/75/982](#)。(E/2025/31)。A/RES/79/1. 见 A/80/555, 第 7 段';
    assert.deepStrictEqual(
      scanSymbols(text).map((s) => text.slice(s.start, s.end)),
      ['A/75/982', 'E/2025/31', 'A/RES/79/1', 'A/80/555'],
    );
  });

  it('reads the symbol a UN document link points to, and nothing from other links', () => {
    assert.strictEqual(symbolFromUrl('https://docs.un.org/zh/A/RES/70/125'), 'A/RES/70/125');
    assert.strictEqual(symbolFromUrl('https://docs.un.org/zh/A/RES/217(III)'), 'A/RES/217(III)');
    assert.strictEqual(symbolFromUrl('https://undocs.org/ch/A/67/65-E/2012/48'), 'A/67/65-E/2012/48');
    assert.strictEqual(symbolFromUrl('https://docs.un.org/zh/E/CN.16/2018/CRP.3'), 'E/CN.16/2018/CRP.3');
    assert.strictEqual(symbolFromUrl('https://www.itu.int/net4/wsis/forum/2024/Home/Outcomes'), undefined);
    assert.strictEqual(symbolFromUrl('https://docs.un.org/zh/A//80/62'), undefined);
    assert.strictEqual(symbolFromUrl('not a url'), undefined);
    // every docs.un.org / undocs.org line of seeds 003 and 004 names a symbol
    for (const id of ['003', '004']) {
      const links = readSeed(id).split('\n').map((l) => l.trim()).filter((l) => /^https:\/\/(docs\.un\.org|undocs\.org)\//.test(l));
      assert.ok(links.length >= 4, `${id}: ${links.length} links`);
      for (const l of links) assert.ok(symbolFromUrl(l), l);
    }
  });
});
