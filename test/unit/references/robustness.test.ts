import * as assert from 'assert';
import { findReferences, normaliseNumber, parseSymbol, symbolFromUrl } from '../../../server/src/service/references';

const MB = 1 << 20;
const repeat = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/** Runs findReferences and checks it returns within a generous bound: quadratic work on 1 MB would take minutes; linear work takes well under a second on an idle machine (the bound allows for a loaded CI box). */
function bounded(text: string, limitMs = 15000) {
  const t0 = Date.now();
  const refs = findReferences(text);
  const ms = Date.now() - t0;
  assert.ok(ms < limitMs, `took ${ms} ms`);
  assert.ok(Array.isArray(refs));
  return refs;
}

describe('references: adversarial input', function () {
  this.timeout(60000);

  const cases: Record<string, string> = {
    'slashes of numbers after 第': '第 ' + repeat('1/'),
    'numbers then 号决议': repeat('第 1/1/1/1') + ' 号决议',
    'a citation repeated': repeat('第 1/1 号决议'),
    'a list that never ends': '第 ' + repeat('1/1、') + '2/2 号决议',
    'dated list items': repeat('2015 年 9 月 25 日第 70/1 号、') + '和第 1/1 号决议',
    'symbol slashes': repeat('A/'),
    'symbol components': repeat('A/A/A/1'),
    'joint hyphens': repeat('A/1-'),
    'closing parentheses': 'A/RES/1' + repeat(')'),
    'digits': repeat('1234567890'),
    'CJK': repeat('信息和通信技术促进可持续发展'),
    'quotes and 的': repeat('”的1/1、'),
    'subject clauses': repeat('关于的的的的的') + '第 1/1 号决议',
    'English words': repeat('resolution resolutions decision of 1 entitled "'),
    'English list': 'resolutions ' + repeat('1/1, and '),
    'URL-like': repeat('https://A/RES/'),
    'many short URLs': repeat('http://a.org/A/1 '),
    'spaces': repeat(' \u3000'),
    'full-width digits': repeat('１／１号决议'),
  };

  for (const [name, text] of Object.entries(cases)) {
    it(`1 MB of ${name}: bounded time, no exception`, () => {
      bounded(text);
    });
  }

  it('still finds the real citation at the end of a 1 MB run of noise', () => {
    const refs = bounded(repeat('1/1/1/') + '，回顾 2015 年 9 月 25 日第 70/1 号决议');
    const last = refs[refs.length - 1];
    assert.deepStrictEqual(last.entries, [{ span: last.entries![0].span, number: '70/1', date: '2015-09-25' }]);
  });

  it('reads a 1 MB link or symbol in bounded time', () => {
    const t0 = Date.now();
    symbolFromUrl('https://docs.un.org/zh/A' + repeat('/') + 'x');
    symbolFromUrl('https://docs.un.org/zh/' + repeat('A/1-'));
    assert.ok(parseSymbol('A/' + 'B/'.repeat(300000) + '1').ok);
    assert.ok(!parseSymbol('A/' + '1'.repeat(MB) + 'x(').ok);
    assert.ok(Date.now() - t0 < 15000);
  });

  it('never throws on odd strings', () => {
    const odd = ['', '号', '号决议', '第', '/', '//', 'A/', '-A/1', '\uD800号决议', '第\uDC00/1号决议', '(((((', ')))))号决议', '第 (1/1 号决议', 'resolution', 'resolution ', 'resolution /'];
    for (const s of odd) {
      assert.doesNotThrow(() => findReferences(s), s);
      assert.doesNotThrow(() => parseSymbol(s), s);
      assert.doesNotThrow(() => normaliseNumber(s), s);
    }
  });

  it('spans always lie inside the text, in order', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const alphabet = ['第', ' ', '1', '7', '/', '号', '决议', '决定', '、', '和', '年', '月', '日', 'A', 'E', 'RES', '.', '-', '(', 'III', ')', '题为', '“', '”', '的', '关于', 'resolution ', ' of ', 'September ', '2015', ', ', 'and '];
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = Math.floor(rand() * 40);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const refs = findReferences(s);
      let prev = -1;
      for (const r of refs) {
        assert.ok(r.span.start >= 0 && r.span.end <= s.length && r.span.start < r.span.end, JSON.stringify({ s, r }));
        assert.ok(r.span.start >= prev, 'sorted');
        prev = r.span.start;
        assert.strictEqual(r.raw, s.slice(r.span.start, r.span.end));
        for (const e of r.entries ?? []) assert.ok(e.span.start >= r.span.start && e.span.end <= r.span.end, JSON.stringify({ s, r }));
      }
    }
  });
});
