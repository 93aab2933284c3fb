import * as assert from 'assert';
import type { ResolutionDocument } from '../../../server/src/service/model';
import { parseDocument } from '../../../server/src/service/parser';
import { findReferences } from '../../../server/src/service/references';
import { decisionParagraphs, invariantViolations, seed, seedText } from './helpers';

/**
 * Citation entries found on the whole text joined line by line (lines trimmed, joined with nothing in
 * between, as CJK hard wraps are joined; URL-only lines left out, as the parser keeps them out of
 * paragraphs), each as `number@sourceOffset@date`.
 */
function joinedEntries(source: string): string[] {
  let text = '';
  const offsets: number[] = [];
  let pos = 0;
  for (const line of source.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const t = line.trim();
    if (t && !/^https?:\/\/\S+$/.test(t)) {
      for (let k = 0; k < t.length; k++) {
        text += t[k];
        offsets.push(pos + lead + k);
      }
    }
    pos += line.length + 1;
  }
  return findReferences(text).flatMap((r) => (r.entries ?? []).map((e) => `${e.number}@${offsets[e.span.start]}@${e.date ?? ''}`));
}

function parserEntries(doc: ResolutionDocument): string[] {
  return doc.references.flatMap((r) => (r.entries ?? []).map((e) => `${e.number}@${e.span.start}@${e.date ?? ''}`));
}

describe('parser: draft decisions of seed 003 (E/2025/31)', () => {
  const doc = seed('003');
  const decisions = doc.decisions ?? [];
  const lineOf = (needle: string, from = 0) => {
    const at = doc.text.indexOf(needle, from);
    assert.ok(at >= 0, needle);
    return doc.text.slice(0, at).split('\n').length - 1;
  };

  it('finds the five draft decisions with their labels, indexes and titles (wrapped titles joined)', () => {
    assert.deepStrictEqual(
      decisions.map((d) => d.label),
      ['决定草案一', '决定草案二', '决定草案三', '决定草案四', '决定草案五'],
    );
    assert.deepStrictEqual(decisions.map((d) => d.index), [1, 2, 3, 4, 5]);
    assert.deepStrictEqual(decisions.map((d) => d.title), [
      '延长科学和技术促进发展委员会性别平等问题咨询委员会的任务期限',
      '非政府组织和民间社会实体参与科学和技术促进发展委员会的工作',
      '学术和技术实体参与科学和技术促进发展委员会的工作',
      '包括私营部门在内的企业界实体参与科学和技术促进发展委员会的工作',
      '科学和技术促进发展委员会第二十八届会议报告及第二十九届会议临时议程和文件',
    ]);
    for (const d of decisions) {
      assert.strictEqual(d.header[0].kind, 'draftMarker');
      assert.strictEqual(doc.text.slice(d.header[0].span.start, d.header[0].span.end), d.label);
      assert.ok(d.header.slice(1).every((h) => h.kind === 'title'));
    }
    assert.strictEqual(decisions[0].header[0].range.start.line, lineOf('决定草案一'));
    assert.strictEqual(decisions[3].header.length, 3, 'decision IV: marker and a title wrapped over two lines');
  });

  it('reads each decision as paragraphs: clean text joined across wraps, sub-paragraphs (a)… in order', () => {
    const [d1, d2, d3, d4, d5] = decisions;
    assert.deepStrictEqual(decisions.map((d) => d.paragraphs.length), [1, 1, 1, 1, 1]);
    assert.ok(decisions.every((d) => d.paragraphs[0].kind === 'decision' && d.paragraphs[0].label === d.label));
    assert.strictEqual(d1.paragraphs[0].text, '经济及社会理事会决定将科学和技术促进发展委员会性别平等问题咨询委员会的任务期限再延长五年，自 2026 年 1 月 1 日起，以使其能够在为此目的分配的预算外资源范围内完成其工作方案。');
    assert.strictEqual(d1.paragraphs[0].endPunctuation.char, '。');
    const p2 = d2.paragraphs[0];
    assert.ok(p2.text.startsWith('经济及社会理事会，回顾其 2006年 7月 28日第 2006/46号决议以及 2008年7 月 18 日第 2008/217 号、'), p2.text.slice(0, 60));
    assert.ok(p2.text.includes('第 2021/255号决定，并确认需要最大限度地使民间社会'));
    assert.ok(!p2.text.includes('\n'));
    assert.strictEqual(p2.endPunctuation.char, '：');
    assert.deepStrictEqual(p2.subparagraphs.map((s) => s.label), ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `决定草案二(${x})`));
    assert.ok(p2.subparagraphs.every((s) => s.kind === 'subparagraph' && s.parentLabel === '决定草案二'));
    assert.strictEqual(p2.subparagraphs[0].text, '承认科学和技术促进发展委员会得益于非政府组织和民间社会实体参与其工作；');
    assert.strictEqual(p2.subparagraphs[1].number?.text, '(b)');
    assert.strictEqual(p2.subparagraphs[1].verb?.verb, '决定');
    assert.strictEqual(p2.subparagraphs[5].endPunctuation.char, '。');
    // decision III: the URL lines between `2021/256号` and `决定` stay out of the text
    assert.ok(d3.paragraphs[0].text.includes('第 2021/256号决定，确认需要'));
    assert.ok(!decisionParagraphs(doc).some((p) => p.text.includes('http')));
    assert.strictEqual(d3.paragraphs[0].parts.length, 2, 'cut by the URL lines');
    assert.strictEqual(d3.paragraphs[0].subparagraphs.length, 4);
    assert.strictEqual(d4.paragraphs[0].subparagraphs.length, 4);
    // decision V: (a) carries footnote 25, continued after the footnote block by (b); the agenda items stay in (b)
    const p5 = d5.paragraphs[0];
    assert.strictEqual(p5.text, '经济及社会理事会：');
    assert.deepStrictEqual(p5.subparagraphs.map((s) => s.label), ['决定草案五(a)', '决定草案五(b)']);
    assert.deepStrictEqual(p5.subparagraphs[0].footnoteRefs, [25]);
    assert.strictEqual(p5.subparagraphs[0].text, '表示注意到科学和技术促进发展委员会第二十八届会议的报告；');
    const b = p5.subparagraphs[1];
    assert.ok(b.text.startsWith('核可委员会第二十九届会议临时议程和文件如下：1. 通过议程和其他组织事项。'));
    assert.ok(b.text.endsWith('8. 通过委员会第二十九届会议的报告。'));
    assert.strictEqual(b.subparagraphs.length, 0, 'the agenda’s own (a), (b) are not sub-paragraphs of the decision');
    // spans: each decision ends before the next begins
    for (let i = 1; i < decisions.length; i++) assert.ok(decisions[i - 1].span.end <= decisions[i].span.start);
    assert.ok(decisions[4].span.end < doc.text.indexOf('第二章'));
  });

  it('finds the citations wrapped across lines, with numbers and dates, inside the decision text', () => {
    const entries = doc.references.flatMap((r) => (r.entries ?? []).map((e) => ({ ref: r, e })));
    const get = (n: string) => entries.filter((x) => x.e.number === n);
    // decision II: 2006年 7月 28日第 2006/46号决议以及 2008年⏎7 月 18 日第 2008/217 号、2010 年 7 月 19 日第 2010/226 号、…
    const expected: Array<[string, string]> = [
      ['2008/217', '2008-07-18'],
      ['2010/226', '2010-07-19'],
      ['2011/236', '2011-07-26'],
      ['2015/243', '2015-07-22'],
      ['2021/255', '2021-07-22'],
      // decision III (cut by two URL lines before 决定)
      ['2008/218', '2008-07-18'],
      ['2021/256', '2021-07-22'],
      // decision IV: 2007年⏎4 月 26 日第 2007/216 号
      ['2007/216', '2007-04-26'],
      ['2011/238', '2011-07-26'],
    ];
    for (const [n, date] of expected) {
      const hits = get(n);
      assert.strictEqual(hits.length, 1, n);
      assert.strictEqual(hits[0].e.date, date, n);
      assert.strictEqual(hits[0].ref.kind, 'decision', n);
      const written = doc.text.slice(hits[0].e.span.start, hits[0].e.span.end);
      assert.ok(written.includes(n) && written.startsWith(date.slice(0, 4)), `${n}: ${JSON.stringify(written)}`);
      assert.strictEqual(hits[0].e.range.end.line, lineOf(n));
    }
    // the entries dated across the hard wrap span it: `2008年⏎⏎7 月 18 日第 2008/217 号`, `2007年⏎⏎4 月 26 日第 2007/216 号`
    for (const n of ['2008/217', '2008/218', '2007/216']) {
      const e = get(n)[0].e;
      assert.strictEqual(e.range.start.line + 2, e.range.end.line, n);
    }
    // each decision citation lies inside its decision's paragraph
    for (const [n] of expected) {
      const e = get(n)[0].e;
      const d = decisions.find((x) => x.paragraphs[0].span.start <= e.span.start && e.span.end <= x.paragraphs[0].span.end);
      assert.ok(d, n);
    }
    assert.ok(get('2006/46').filter((x) => x.e.date === '2006-07-28' && x.e.span.start > decisions[0].span.start).length === 3, 'decisions II–IV each cite 2006/46');
  });

  it('keeps references in document order', () => {
    const starts = doc.references.map((r) => r.span.start);
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('finds through the parser the same citation entries (number, place, date) as on the joined text', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const viaParser = parserEntries(seed(id));
      const joined = joinedEntries(seedText(id));
      assert.deepStrictEqual(viaParser, joined, id);
    }
    assert.ok(parserEntries(doc).length > 0);
  });

  it('gives the decision lines paragraph and header segments (none left as other), and keeps the invariants', () => {
    const from = decisions[0].span.start;
    const to = decisions[4].span.end;
    const inside = doc.segments.filter((s) => s.span.end > from && s.span.start < to);
    const kinds = new Set(inside.map((s) => s.kind));
    assert.ok(kinds.has('paragraph') && kinds.has('header'));
    const others = inside.filter((s) => s.kind === 'other').map((s) => doc.text.slice(s.span.start, s.span.end).trim());
    // only the footnote block inside decision V (its definition line) may be other
    assert.ok(others.every((t) => t === '' || /^25 /.test(t) || /^_+$/.test(t)), JSON.stringify(others));
    const at = (needle: string) => doc.segments.find((s) => s.span.start <= doc.text.indexOf(needle) && doc.text.indexOf(needle) < s.span.end)!.kind;
    assert.strictEqual(at('决定草案二'), 'header');
    assert.strictEqual(at('非政府组织和民间社会实体参与科学和技术促进发展委员会的工作'), 'header');
    assert.strictEqual(at('7 月 18 日第 2008/217 号'), 'paragraph');
    assert.strictEqual(at('(f) 又决定委员会'), 'paragraph');
    assert.deepStrictEqual(invariantViolations(doc), []);
  });

  it('leaves the resolutions, report paragraphs and footnotes as they were', () => {
    assert.deepStrictEqual(doc.resolutions.map((r) => [r.preambular.length, r.operative.length]), [[10, 138], [42, 2]]);
    assert.strictEqual(doc.reportParagraphs.length, 21);
    assert.strictEqual(doc.footnoteDefs.length, 25);
    for (const id of ['000', '001', '002', '004']) assert.strictEqual(seed(id).decisions, undefined, id);
  });
});

describe('parser: draft decisions in English and with numbered paragraphs', () => {
  // PDF text: lines end with a space where a word ends (as in the seeds)
  const text = [
    'Report of the Commission ',
    '',
    'Draft decision I ',
    '',
    'Participation of non-governmental organizations in the work of the ',
    'Commission ',
    '',
    'The Economic and Social Council, recalling its resolution 2006/46 of ',
    '28 July 2006 and its decisions 2008/217 of 18 July 2008 and 2010/226 of ',
    '19 July 2010: ',
    '',
    '(a) Decides to extend the arrangements until 2030; ',
    '',
    '(b) Requests the Secretary-General to report thereon. ',
    '',
    'Draft decision II ',
    '',
    'Provisional agenda ',
    '',
    '1. The Economic and Social Council decides to hold the session in ',
    'Geneva. ',
    '',
    '2. The Council also decides to review the matter in 2030. ',
    '',
    'Chapter II ',
    '',
  ].join('\n');
  const doc = parseDocument(text, { layout: 'pdf' });
  const ds = doc.decisions ?? [];

  it('reads labels, titles, paragraphs and sub-paragraphs', () => {
    assert.deepStrictEqual(ds.map((d) => [d.label, d.index, d.title]), [
      ['Draft decision I', 1, 'Participation of non-governmental organizations in the work of the Commission'],
      ['Draft decision II', 2, 'Provisional agenda'],
    ]);
    const p = ds[0].paragraphs[0];
    assert.strictEqual(p.text, 'The Economic and Social Council, recalling its resolution 2006/46 of 28 July 2006 and its decisions 2008/217 of 18 July 2008 and 2010/226 of 19 July 2010:');
    assert.deepStrictEqual(p.subparagraphs.map((s) => s.label), ['Draft decision I(a)', 'Draft decision I(b)']);
    assert.deepStrictEqual(ds[1].paragraphs.map((x) => [x.label, x.number?.value]), [
      ['Draft decision II para. 1', 1],
      ['Draft decision II para. 2', 2],
    ]);
    assert.strictEqual(ds[1].paragraphs[0].text, 'The Economic and Social Council decides to hold the session in Geneva.');
    assert.deepStrictEqual(invariantViolations(doc), []);
  });

  it('finds the wrapped citations with their dates', () => {
    const entries = doc.references.flatMap((r) => r.entries ?? []).map((e) => [e.number, e.date]);
    assert.deepStrictEqual(entries, [
      ['2006/46', '2006-07-28'],
      ['2008/217', '2008-07-18'],
      ['2010/226', '2010-07-19'],
    ]);
  });
});
