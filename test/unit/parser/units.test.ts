import * as assert from 'assert';
import { findBareRefs, scanMarkupRefs } from '../../../server/src/service/parser/footnotes';
import { splitLines } from '../../../server/src/service/parser/lines';
import { buildCleanText } from '../../../server/src/service/parser/cleanText';
import { mapTextSpan, textToSource, TextBuilder } from '../../../server/src/service/text/pieces';
import { mapReferences } from '../../../server/src/service/text/mapReferences';
import { LineIndex } from '../../../server/src/service/text/lineIndex';

function bare(text: string, defs: Record<number, number>): Array<[number, string]> {
  const lines = splitLines(text).filter((l) => l.kind === 'text');
  const map = new Map(Object.entries(defs).map(([k, v]) => [Number(k), v]));
  return findBareRefs(text, lines, map).map((r) => [r.number, text.slice(r.start - 2, r.end + 1)]);
}

describe('footnote reference detection', () => {
  const far = 1e9; // definitions after the text
  it('takes glued digits that are the next footnote number', () => {
    assert.deepStrictEqual(bare('会议通过1 并经大会认可2 的《原则宣言》', { 1: far, 2: far }).map((x) => x[0]), [1, 2]);
    assert.deepStrictEqual(bare('成果文件，6\n 其中评估了', { 6: far, 5: far, 4: far, 3: far, 2: far, 1: far }).map((x) => x[0]), []);
    assert.deepStrictEqual(bare('成果文件，1\n 其中评估了', { 1: far }).map((x) => x[0]), [1]);
    assert.deepStrictEqual(bare('又回顾《联合国气候变化框架公约》1 和《巴黎协定》，2', { 1: far, 2: far }).map((x) => x[0]), [1, 2]);
    assert.deepStrictEqual(bare('秘书长的报告 1\n 所述', { 1: far }).map((x) => x[0]), [1]);
  });

  it('leaves years, counts, symbols, percentages and paragraph numbers alone', () => {
    const defs = { 1: far, 2: far, 17: far, 20: far };
    assert.deepStrictEqual(bare('到 2030 年可持续发展议程', defs), []);
    assert.deepStrictEqual(bare('所有 1 个目标', defs), []);
    assert.deepStrictEqual(bare('第 1 次会议', defs), []);
    assert.deepStrictEqual(bare('全球有 1%的人口', defs), []);
    assert.deepStrictEqual(bare('议程项目 1', { 1: far }).length, 1, 'at a line end a next number is taken');
    assert.deepStrictEqual(bare('第 70/1 号决议', defs), []);
    assert.deepStrictEqual(bare('Partner 2 Connect', defs), []);
    assert.deepStrictEqual(bare('1. 决定', defs), []);
  });

  it('takes glued digits in English PDF text', () => {
    const defs = { 1: far, 2: far, 3: far };
    assert.deepStrictEqual(
      bare('the 2030 Agenda for Sustainable Development1 and resolution 70/1,2 and\nthe Addis Ababa Action Agenda3', defs).map((x) => x[0]),
      [1, 2, 3],
    );
    assert.deepStrictEqual(bare('in 2015 the G20 and Goal 1, about 1,000 people', defs), []);
    assert.deepStrictEqual(bare('see A/67/65/Corr.1 and ICT4D', defs), []);
  });

  it('needs a definition after the reference', () => {
    assert.deepStrictEqual(bare('会议通过1 并经', {}), []);
    assert.deepStrictEqual(bare('会议通过1 并经', { 1: 0 }), []);
  });

  it('takes repeats only at a line end or right after a closing bracket', () => {
    const defs = { 1: far, 2: far, 3: far };
    assert.deepStrictEqual(bare('通过1 认可2 通过3\n《突尼斯议程》3第 72 段 目标 1，', defs).map((x) => x[0]), [1, 2, 3, 3]);
  });

  it('scans <sup>, [^n] and superscripts, and reports unterminated <sup>', () => {
    const t = '回顾¹⁰ 决议<sup>3</sup>，[^4] <sup>a</sup> <sup>5';
    const s = scanMarkupRefs(t, 0, t.length);
    assert.deepStrictEqual(s.refs.map((r) => [r.number, r.form]), [[10, 'unicode'], [3, 'sup'], [4, 'markdown']]);
    assert.strictEqual(s.drops.length, 1);
    assert.deepStrictEqual(s.unterminatedSup, [t.lastIndexOf('<sup>')]);
  });
});

describe('clean text and piece maps', () => {
  it('joins CJK lines without a space and Latin words with one', () => {
    const src = '促进可持续\n发展的 2030\n年议程 and the\nAgenda';
    const lines = splitLines(src);
    const ct = buildCleanText(src, lines.map((l) => ({ start: l.trimStart, end: l.trimEnd })), []);
    assert.strictEqual(ct.text, '促进可持续发展的 2030年议程 and the Agenda');
    for (const p of ct.pieces) assert.strictEqual(ct.text.substr(p.textStart, p.length), src.substr(p.sourceStart, p.length));
  });

  it('in PDF text joins Latin fragments with the source space only where the line had one', () => {
    const src = '见https://unctad.org/publication/2024-report-secr\n\netary-general。注：所有 \n\nlinks';
    const lines = splitLines(src).filter((l) => l.kind === 'text');
    const ct = buildCleanText(src, lines.map((l) => ({ start: l.trimStart, end: l.trimEnd, lineEnd: l.end })), [], true);
    assert.strictEqual(ct.text, '见https://unctad.org/publication/2024-report-secretary-general。注：所有links');
  });

  it('drops emphasis, link syntax and footnote markers with the spaces that only separated them from CJK', () => {
    const src = '**确认**《议程》<sup>12</sup> 《纲领》和 [A/75/982](#)。';
    const sup = src.indexOf('<sup>');
    const ct = buildCleanText(src, [{ start: 0, end: src.length }], [{ start: sup, end: sup + 13, kind: 'fn' }]);
    assert.strictEqual(ct.text, '确认《议程》《纲领》和 A/75/982。');
    assert.deepStrictEqual(ct.emphasisStarts, [0]);
  });

  it('maps text offsets and spans back to the source', () => {
    const src = 'ab**cd**ef';
    const b = new TextBuilder(src);
    b.appendSource(0, 2);
    b.appendSource(4, 6);
    b.appendSynthetic(' ');
    b.appendSource(8, 10);
    assert.strictEqual(b.toString(), 'abcd ef');
    assert.strictEqual(textToSource(b.pieces, 2), 4);
    assert.strictEqual(textToSource(b.pieces, 4, true), 6);
    assert.deepStrictEqual(mapTextSpan(b.pieces, { start: 1, end: 4 }), { start: 1, end: 6 });
    assert.deepStrictEqual(mapTextSpan(b.pieces, { start: 5, end: 7 }), { start: 8, end: 10 });
    assert.strictEqual(mapTextSpan([], { start: 0, end: 1 }), undefined);
  });

  it('mapReferences moves local spans and entry spans to the source and adds ranges', () => {
    const src = '前言\n回顾第 70/1 号\n决议';
    const pieces = [{ textStart: 0, sourceStart: 3, length: 10 }, { textStart: 10, sourceStart: 14, length: 2 }];
    const refs = mapReferences(
      [{ kind: 'resolution', raw: '第 70/1 号决议', span: { start: 2, end: 12 }, entries: [{ number: '70/1', span: { start: 4, end: 8 } }] }],
      pieces,
      new LineIndex(src),
    );
    assert.deepStrictEqual(refs[0].span, { start: 5, end: 16 });
    assert.strictEqual(src.slice(refs[0].entries![0].span.start, refs[0].entries![0].span.end), '70/1');
    assert.deepStrictEqual(refs[0].range.end, { line: 2, character: 2 });
  });
});
