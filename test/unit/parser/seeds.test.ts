import * as assert from 'assert';
import { allParagraphs, byLabel, invariantViolations, seed, seedText } from './helpers';

const range1 = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const uniqSorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);

describe('parser on seed 000 (A/RES/80/118, Markdown-like)', () => {
  const doc = seed('000');
  const res = doc.resolutions[0];
  const paras = allParagraphs(doc);

  it('reads the header: session, agenda item, adoption date, origin and symbol line', () => {
    assert.strictEqual(doc.language, 'zh');
    assert.strictEqual(doc.kind, 'resolution');
    const kinds = doc.header.map((h) => h.kind);
    assert.deepStrictEqual(kinds, ['session', 'agendaItem', 'title', 'adoption', 'origin', 'symbol']);
    assert.strictEqual(doc.header.find((h) => h.kind === 'adoption')!.date, '2025-12-15');
    assert.strictEqual(doc.header.find((h) => h.kind === 'agendaItem')!.item, '15');
    const sym = doc.header.find((h) => h.kind === 'symbol')!;
    assert.strictEqual(sym.number, '80/118');
    assert.strictEqual(sym.text, '80/118. 信息和通信技术促进可持续发展', 'heading marks stripped');
    assert.strictEqual(doc.text.slice(sym.span.start, sym.span.end), sym.text);
    assert.strictEqual(sym.range.start.line, 14);
  });

  it('finds one stand-alone resolution with organ 大会， and the true paragraph counts', () => {
    assert.strictEqual(doc.resolutions.length, 1);
    assert.strictEqual(res.embeddedLabel, undefined);
    assert.strictEqual(res.number, '80/118');
    assert.strictEqual(res.title, '信息和通信技术促进可持续发展');
    assert.strictEqual(res.organ?.text, '大会，');
    assert.strictEqual(res.organ?.organ, 'General Assembly');
    assert.strictEqual(res.organ?.range.start.line, 16);
    // 63 unnumbered body lines after the organ: 3 of them continue the paragraph before them
    // (after the footnote block 10–13, after page break + footnote 17, and after a plain blank line).
    assert.strictEqual(res.preambular.length, 59);
    assert.strictEqual(res.operative.length, 74);
    assert.deepStrictEqual(res.operative.map((p) => p.number!.value), range1(74));
    assert.deepStrictEqual(res.preambular.map((p) => p.label), range1(59).map((n) => `PP ${n}`));
  });

  it('has exactly two sub-paragraphs, OP 70(a) and OP 70(b)', () => {
    const subs = paras.filter((p) => p.kind === 'subparagraph');
    assert.deepStrictEqual(subs.map((p) => p.label), ['OP 70(a)', 'OP 70(b)']);
    const op70 = byLabel(paras, 'OP 70');
    assert.strictEqual(op70.endPunctuation.char, '：');
    assert.strictEqual(op70.subparagraphs[0].number!.style, 'alpha');
    assert.strictEqual(op70.subparagraphs[1].parentLabel, 'OP 70');
    assert.ok(op70.span.end >= op70.subparagraphs[1].span.end, 'OP span covers its sub-paragraphs');
  });

  it('references and defines footnotes 1–26, each once, in order', () => {
    assert.deepStrictEqual(doc.footnoteRefs.map((r) => r.number), range1(26));
    assert.ok(doc.footnoteRefs.every((r) => r.form === 'sup'));
    assert.deepStrictEqual(doc.footnoteDefs.map((d) => d.number), range1(26));
    const d3 = doc.footnoteDefs.find((d) => d.number === 3)!;
    assert.strictEqual(d3.text, '大会第69/313号决议，附件。');
    assert.strictEqual(doc.text.slice(d3.markerSpan.start, d3.markerSpan.end), '<sup>3</sup>');
    assert.deepStrictEqual(byLabel(paras, 'PP 9').footnoteRefs, [6, 7, 8, 9]);
  });

  it('reads leading verbs: plain, bold, compound, with lead, bold running past the verb', () => {
    assert.strictEqual(res.preambular[0].verb?.verb, '回顾');
    assert.strictEqual(res.preambular[0].verb?.emphasised, false);
    assert.strictEqual(res.preambular[3].verb?.verb, '又重申');
    assert.strictEqual(res.preambular[3].verb?.emphasised, true);
    const op4 = byLabel(paras, 'OP 4');
    assert.strictEqual(op4.verb?.verb, '重申');
    assert.strictEqual(op4.verb?.emphasised, true);
    const op5 = byLabel(paras, 'OP 5');
    assert.strictEqual(op5.verb?.verb, '强调');
    assert.strictEqual(op5.verb?.lead, '在这方面');
    assert.strictEqual(doc.text.slice(op5.verb!.verbSpan.start, op5.verb!.verbSpan.end), '强调');
    assert.strictEqual(doc.text.slice(op5.verb!.span.start, op5.verb!.span.end), '在这方面**强调');
    assert.strictEqual(byLabel(paras, 'PP 38').verb?.verb, '严重关切地注意到');
    assert.strictEqual(byLabel(paras, 'PP 58').verb?.verb, '十分关切地注意到');
    assert.strictEqual(byLabel(paras, 'OP 10').verb?.verb, '再次呼吁');
    assert.strictEqual(byLabel(paras, 'PP 17').verb?.verb, '表示注意到');
    assert.ok(paras.filter((p) => p.kind !== 'subparagraph').every((p) => p.verb), 'every PP/OP has a verb');
  });

  it('joins the PP cut by footnotes 10–13 exactly across the page break', () => {
    const pp = res.preambular.find((p) => p.text.includes('小岛屿发展中国家议程：'))!;
    assert.strictEqual(pp.label, 'PP 19');
    assert.ok(pp.text.includes('《安提瓜和巴布达小岛屿发展中国家议程：实现韧性繁荣的新宣言》旨在利用科学、技术和创新的潜力'));
    assert.ok(pp.text.includes('多哈行动纲领》、《内陆发展中国家'), 'footnote marker and its space removed');
    assert.deepStrictEqual(pp.footnoteRefs, [12, 13, 14]);
    assert.strictEqual(pp.parts.length, 2);
    assert.ok(doc.text.slice(pp.parts[0].start, pp.parts[0].end).endsWith('小岛屿发展中国家议程：'));
    assert.ok(doc.text.slice(pp.parts[1].start, pp.parts[1].end).startsWith('实现韧性繁荣的新宣言》'));
    assert.strictEqual(pp.endPunctuation.char, '，');
    // other cuts: page break inside PP 38 and OP 8, footnote blocks inside OP 44 and OP 67
    assert.ok(byLabel(paras, 'PP 38').text.includes('性别数字鸿沟依然存在，在这方面欢迎许多倡议'));
    assert.ok(byLabel(paras, 'OP 8').text.includes('日内瓦阶段和突尼斯阶段的成果'));
    assert.ok(byLabel(paras, 'OP 44').text.includes('降低信息和通信技术及宽带接入的价格，同时铭记'));
    assert.ok(byLabel(paras, 'PP 49').text.includes('按照科学和技术促进发展委员会主席'));
    for (const l of ['PP 38', 'OP 8', 'OP 44', 'OP 67']) assert.strictEqual(byLabel(paras, l).parts.length, 2, l);
  });

  it('ends OPs with ； and the last with 。; PPs with ，', () => {
    assert.ok(res.preambular.every((p) => p.endPunctuation.char === '，'));
    assert.ok(res.operative.slice(0, 73).every((p) => p.endPunctuation.char === '；' || p.endPunctuation.char === '：'));
    assert.strictEqual(res.operative[73].endPunctuation.char, '。');
    const e = res.operative[73].endPunctuation;
    assert.strictEqual(doc.text.slice(e.span.start, e.span.end), '。');
  });

  it('removes number prefixes and emphasis from the clean text', () => {
    assert.ok(res.operative[0].text.startsWith('确认信息和通信技术具有潜力'));
    assert.ok(!paras.some((p) => p.text.includes('**') || p.text.includes('<sup>')));
    assert.strictEqual(res.operative[0].number!.text, '1.');
  });

  it('keeps the structural invariants', () => {
    assert.deepStrictEqual(invariantViolations(doc), []);
    assert.ok(doc.segments.some((s) => s.kind === 'pageBreak'));
    assert.ok(doc.segments.some((s) => s.kind === 'footnoteDef'));
    assert.strictEqual(seedText('000').length, doc.text.length);
  });
});

describe('parser on seed 001 (A/RES/76/189, Unicode superscripts)', () => {
  const doc = seed('001');
  const res = doc.resolutions[0];
  const paras = allParagraphs(doc);

  it('reads header and organ', () => {
    assert.strictEqual(res.number, '76/189');
    assert.strictEqual(doc.header.find((h) => h.kind === 'adoption')!.date, '2021-12-17');
    assert.strictEqual(res.organ?.text, '大会，');
  });

  it('has 43 preambular and 47 operative paragraphs', () => {
    // 44 unnumbered paragraph lines; the one after footnote ⁹ continues the PP before it.
    assert.strictEqual(res.preambular.length, 43);
    assert.strictEqual(res.operative.length, 47);
    assert.deepStrictEqual(res.operative.map((p) => p.number!.value), range1(47));
  });

  it('references and defines footnotes 1–17 (Unicode superscripts, multi-digit too)', () => {
    assert.deepStrictEqual(doc.footnoteRefs.map((r) => r.number), range1(17));
    assert.ok(doc.footnoteRefs.every((r) => r.form === 'unicode'));
    assert.deepStrictEqual(doc.footnoteDefs.map((d) => d.number), range1(17));
    const d16 = doc.footnoteDefs.find((d) => d.number === 16)!;
    assert.strictEqual(d16.text, 'A/75/982。', 'link syntax removed');
    assert.strictEqual(doc.text.slice(d16.markerSpan.start, d16.markerSpan.end), '¹⁶');
    const r10 = doc.footnoteRefs.find((r) => r.number === 10)!;
    assert.strictEqual(doc.text.slice(r10.span.start, r10.span.end), '¹⁰');
  });

  it('continues paragraphs after footnotes ⁹, ¹⁰ and ¹⁵', () => {
    const pp = res.preambular.find((p) => p.text.includes('解决数字不平等问题：十年行动》'));
    assert.ok(pp, 'PP continued after ⁹');
    assert.strictEqual(pp!.parts.length, 2);
    assert.ok(byLabel(paras, 'OP 6').text.includes('日内瓦阶段和突尼斯阶段的成果'));
    assert.strictEqual(byLabel(paras, 'OP 6').parts.length, 2);
    assert.ok(byLabel(paras, 'OP 44').text.includes('弥合发达国家与发展中国家内部及其之间的数字鸿沟'));
    assert.strictEqual(byLabel(paras, 'OP 44').parts.length, 2);
  });

  it('reads plain preambular verbs and the lead of OP 12', () => {
    assert.strictEqual(res.preambular[0].verb?.verb, '回顾');
    assert.strictEqual(byLabel(paras, 'PP 29').verb?.verb, '非常关切地注意到');
    assert.strictEqual(byLabel(paras, 'PP 42').verb?.verb, '极为关切地注意到');
    assert.strictEqual(byLabel(paras, 'OP 12').verb?.lead, '在这方面');
    assert.strictEqual(byLabel(paras, 'OP 12').verb?.verb, '确认');
    assert.ok(res.preambular.every((p) => p.verb && !p.verb.emphasised));
  });

  it('keeps the structural invariants', () => {
    assert.deepStrictEqual(invariantViolations(doc), []);
  });
});

describe('parser on seed 004 (72nd-session draft, PDF text)', () => {
  const doc = seed('004');
  const res = doc.resolutions[0];
  const paras = allParagraphs(doc);

  it('reads the draft header with sponsor and draft marker', () => {
    assert.strictEqual(doc.kind, 'draft');
    const kinds = doc.header.map((h) => h.kind);
    assert.ok(kinds.includes('session') && kinds.includes('committee') && kinds.includes('sponsor') && kinds.includes('draftMarker'));
    assert.strictEqual(doc.header.find((h) => h.kind === 'agendaItem')!.item, '16');
    assert.strictEqual(res.title, '信息和通信技术促进可持续发展');
  });

  it('finds the organ line with surrounding spaces', () => {
    assert.strictEqual(res.organ?.text, '大会，');
    assert.strictEqual(res.organ?.range.start.line, 14);
    assert.strictEqual(res.organ?.range.start.character, 1);
  });

  it('has 27 preambular and 29 operative paragraphs joined across hard wraps', () => {
    assert.strictEqual(res.preambular.length, 27);
    assert.strictEqual(res.operative.length, 29);
    assert.deepStrictEqual(res.operative.map((p) => p.number!.value), range1(29));
    assert.ok(res.preambular[0].text.startsWith('回顾其 2001 年 12 月 21 日第 56/183 号、2002 年'));
    assert.ok(res.preambular[0].text.endsWith('第 71/212 号决议，'));
    assert.ok(!res.preambular[0].text.includes('\n'));
    const pp3 = res.preambular[2];
    assert.ok(pp3.text.includes('使该议程在 2030年前得到全面执行'), 'continues after the footnote rule and * note');
    assert.strictEqual(pp3.parts.length, 2);
    assert.strictEqual(byLabel(paras, 'PP 17').verb?.lead, '不过，');
    assert.strictEqual(byLabel(paras, 'PP 17').verb?.verb, '强调指出');
  });

  it('finds the 11 footnotes: bare-digit references (with repeats) and definitions', () => {
    assert.deepStrictEqual(doc.footnoteDefs.map((d) => d.number), range1(11));
    assert.ok(doc.footnoteRefs.every((r) => r.form === 'bare'));
    assert.deepStrictEqual(uniqSorted(doc.footnoteRefs.map((r) => r.number)), range1(11));
    assert.deepStrictEqual(doc.footnoteRefs.map((r) => r.number), [1, 2, 3, 4, 5, 6, 7, 8, 1, 3, 7, 3, 9, 10, 11]);
    assert.deepStrictEqual(byLabel(paras, 'PP 5').footnoteRefs, [1, 2, 3, 4]);
    assert.deepStrictEqual(byLabel(paras, 'OP 5').footnoteRefs, [1, 3]);
    assert.deepStrictEqual(byLabel(paras, 'OP 13').footnoteRefs, [3, 9]);
    assert.strictEqual(doc.footnoteDefs[8].text, 'A/67/65-E/2012/48 和 Corr.1。');
    assert.ok(byLabel(paras, 'PP 5').text.includes('会议通过并经大会认可的《原则宣言》'));
    assert.ok(byLabel(paras, 'OP 11').text.includes('进展报告所述在区域委员会协助下'));
  });

  it('does not take years, counts or resolution numbers for footnotes', () => {
    for (const r of doc.footnoteRefs) {
      const after = doc.text.slice(r.span.end, r.span.end + 2).trim();
      assert.ok(!/^[年月日号项个]/.test(after), `ref ${r.number} followed by ${after}`);
    }
    assert.ok(byLabel(paras, 'OP 10').text.includes('低 12%'));
    assert.ok(byLabel(paras, 'OP 2').text.includes('所有 17 个可持续发展目标'));
  });

  it('keeps URLs out of paragraph text', () => {
    assert.strictEqual(doc.urls.length, 4);
    assert.ok(!paras.some((p) => p.text.includes('http')));
    assert.ok(doc.segments.filter((s) => s.kind === 'url').length >= 4);
  });

  it('keeps the structural invariants', () => {
    assert.deepStrictEqual(invariantViolations(doc), []);
  });
});

describe('parser on seed 003 (E/2025/31, report with two embedded draft resolutions)', () => {
  const doc = seed('003');
  const paras = allParagraphs(doc);

  it('finds exactly two embedded draft resolutions; the five draft decisions are not resolutions', () => {
    assert.strictEqual(doc.kind, 'report');
    assert.strictEqual(doc.resolutions.length, 2);
    assert.deepStrictEqual(doc.resolutions.map((r) => r.embeddedLabel), ['决议草案一', '决议草案二']);
    assert.deepStrictEqual(doc.resolutions.map((r) => r.embeddedIndex), [1, 2]);
    for (const r of doc.resolutions) {
      assert.strictEqual(r.organ?.text, '经济及社会理事会，');
      assert.strictEqual(r.organ?.organ, 'Economic and Social Council');
    }
    assert.strictEqual(doc.resolutions[0].title, '评估信息社会世界峰会成果落实和后续工作方面取得的进展');
    assert.strictEqual(doc.resolutions[1].title, '科学、技术和创新促进发展');
  });

  it('draft resolution I: 10 PPs, 138 OPs ending with 。, sub-paragraphs (a)–(d) in OP 116, five headings', () => {
    const r = doc.resolutions[0];
    assert.strictEqual(r.preambular.length, 10);
    assert.strictEqual(r.operative.length, 138);
    assert.deepStrictEqual(r.operative.map((p) => p.number!.value), range1(138));
    assert.strictEqual(r.operative[137].endPunctuation.char, '。');
    const op116 = r.operative[115];
    assert.deepStrictEqual(op116.subparagraphs.map((s) => s.label), ['OP 116(a)', 'OP 116(b)', 'OP 116(c)', 'OP 116(d)']);
    assert.deepStrictEqual(r.headings.map((h) => h.text), ['总结：审查信息社会世界峰会成果落实情况', '互联网治理', '加强合作', '互联网治理论坛', '前进的道路']);
    assert.strictEqual(r.operative[107].number!.text, '108.');
    assert.strictEqual(r.operative[136].verb?.lead, '在上述方面，');
    assert.ok(r.operative[43].text.includes('建立有利环境，特别是通过国家宽带计划'), 'OP 44 continues across a page seam');
  });

  it('draft resolution II: 42 PPs, 2 OPs; OP 1 has (a)(b)(c) with ㈠ … (三十) roman-level items', () => {
    const r = doc.resolutions[1];
    assert.strictEqual(r.preambular.length, 42);
    assert.strictEqual(r.operative.length, 2);
    const op1 = r.operative[0];
    assert.deepStrictEqual(op1.subparagraphs.map((s) => s.label), ['OP 1(a)', 'OP 1(b)', 'OP 1(c)']);
    assert.deepStrictEqual(op1.subparagraphs.map((s) => s.subparagraphs.length), [30, 21, 8]);
    const a = op1.subparagraphs[0];
    assert.strictEqual(a.subparagraphs[0].number!.text, '㈠');
    assert.strictEqual(a.subparagraphs[0].number!.style, 'cjk');
    assert.strictEqual(a.subparagraphs[3].number!.value, 4);
    assert.strictEqual(a.subparagraphs[16].number!.text, '(十七)');
    assert.strictEqual(a.subparagraphs[16].number!.value, 17);
    assert.strictEqual(a.subparagraphs[29].label, 'OP 1(a)(xxx)');
    assert.strictEqual(r.operative[1].endPunctuation.char, '。');
  });

  it('has 21 report paragraphs outside the resolutions (para. 1–21)', () => {
    assert.deepStrictEqual(doc.reportParagraphs.map((p) => p.label), range1(21).map((n) => `para. ${n}`));
    assert.ok(doc.reportParagraphs.every((p) => p.kind === 'report'));
    assert.ok(doc.reportParagraphs[2].text.startsWith('在 2025年 4月 9日第 5和第 6次会议上'));
  });

  it('still finds document references in the draft decisions (outside any paragraph)', () => {
    const firstDecision = doc.text.indexOf('决定草案一');
    const inDecisions = doc.references.filter((r) => r.span.start > firstDecision && r.range.start.line < 1996);
    assert.ok(inDecisions.some((r) => doc.text.slice(r.span.start, r.span.end).includes('2006/46')));
  });

  it('finds footnotes 1–25 across both resolutions and decisions', () => {
    assert.deepStrictEqual(doc.footnoteRefs.map((r) => r.number), range1(25));
    assert.deepStrictEqual(doc.footnoteDefs.map((d) => d.number), range1(25));
    assert.ok(!paras.some((p) => p.text.includes('https://docs.un.org')));
  });

  it('keeps the structural invariants', () => {
    assert.deepStrictEqual(invariantViolations(doc), []);
  });
});

describe('parser on seed 002 (A/80/62-E/2025/12, report without footnote rules)', () => {
  const doc = seed('002');

  it('has 87 report paragraphs and no resolution', () => {
    assert.strictEqual(doc.kind, 'report');
    assert.strictEqual(doc.resolutions.length, 0);
    assert.deepStrictEqual(doc.reportParagraphs.map((p) => p.number!.value), range1(87));
    assert.ok(doc.reportParagraphs.every((p) => p.endPunctuation.char === '。'));
  });

  it('finds footnote blocks after whitespace lines: 82 definitions, each referenced in order', () => {
    assert.deepStrictEqual(doc.footnoteDefs.map((d) => d.number), range1(82));
    assert.deepStrictEqual(doc.footnoteRefs.map((r) => r.number), range1(82));
    const wrapped = doc.urls.find((u) => u.url === 'https://unctad.org/publication/2024-report-secretary-general-progress-made-implementation-and-follow-outcomes-world' && doc.text.slice(u.span.start, u.span.end).includes('\n'));
    assert.ok(wrapped, 'a URL wrapped inside a definition is one URL with its joined text');
    const d7 = doc.footnoteDefs[6];
    assert.ok(d7.text.includes('可查阅https://www.un.org/en/ai-advisory-body'), 'URL wrapped inside a definition joined without a space');
  });

  it('continues paragraphs after footnote blocks, URL lines and page furniture', () => {
    const p3 = doc.reportParagraphs[2];
    assert.ok(p3.text.includes('为全球数字合作提供平台方面所发挥的重要作用'));
    assert.strictEqual(p3.parts.length, 2);
    const p30 = doc.reportParagraphs[29];
    assert.ok(p30.text.includes('获取公共和科学信息的立法的实施情况'));
    assert.ok(!doc.reportParagraphs.some((p) => /GE\.25|A\/80\/62 /.test(p.text)));
  });

  it('puts lettered and titled section lines into headings, not paragraphs', () => {
    const hs = (doc.headings ?? []).map((h) => h.text);
    assert.ok(hs.includes('B. 负担得起和有意义的连通'));
    assert.ok(hs.includes('电子政务'));
    assert.ok(hs.includes('(a) 公共治理当局和所有利益攸关方在推动信息和通信技术促进发展方面的作用 (C1)'), 'wrapped heading joined');
    assert.ok(!doc.reportParagraphs.some((p) => p.text.startsWith('(a)')));
  });

  it('keeps the structural invariants', () => {
    assert.deepStrictEqual(invariantViolations(doc), []);
  });
});
