import * as assert from 'assert';
import { parseDocument } from '../../../server/src/service/parser';
import { LineIndex } from '../../../server/src/service/text/lineIndex';
import { readMarker } from '../../../server/src/service/parser/numbering';
import { getProfile } from '../../../server/src/service/language';
import { allParagraphs, byLabel, fixtureText, invariantViolations, seedText } from './helpers';

describe('parser: English resolutions', () => {
  const doc = parseDocument(fixtureText('english/ict-draft.md'));
  const res = doc.resolutions[0];
  const paras = allParagraphs(doc);

  it('detects English and the organ line', () => {
    assert.strictEqual(doc.language, 'en');
    assert.strictEqual(res.organ?.text, 'The General Assembly,');
    assert.strictEqual(res.organ?.organ, 'General Assembly');
    assert.deepStrictEqual(doc.header.map((h) => h.kind), ['session', 'committee', 'agendaItem', 'title', 'draftMarker']);
  });

  it('reads italic preambular participles (* and _) and plain ones, multi-word verbs', () => {
    assert.strictEqual(res.preambular.length, 4);
    assert.deepStrictEqual(res.preambular.map((p) => p.verb?.verb), ['Recalling', 'Reaffirming', 'Noting with concern', 'Recognizing']);
    assert.deepStrictEqual(res.preambular.map((p) => p.verb?.emphasised), [true, true, true, false]);
    assert.ok(res.preambular[0].text.startsWith('Recalling its resolution 79/194'));
    assert.ok(!res.preambular[1].text.includes('_'));
  });

  it('reads the header of an adopted English resolution', () => {
    const text = [
      'Eightieth session',
      'Agenda item 15',
      'Resolution adopted by the General Assembly on 15 December 2025',
      '[on the report of the Second Committee (A/80/555, para. 7)]',
      '80/118. Information and communications technologies for sustainable development',
      '',
      'The General Assembly,',
      '',
      '*Recalling* its resolution 79/194,',
      '',
      '1. *Decides* to include the item in its provisional agenda.',
      '',
      '15 December 2025',
      '64th plenary meeting',
      '',
    ].join('\n');
    const d = parseDocument(text);
    assert.deepStrictEqual(d.header.map((h) => h.kind), ['session', 'agendaItem', 'adoption', 'origin', 'symbol']);
    assert.strictEqual(d.header[2].date, '2025-12-15');
    assert.strictEqual(d.kind, 'resolution');
    const r = d.resolutions[0];
    assert.strictEqual(r.number, '80/118');
    assert.strictEqual(r.title, 'Information and communications technologies for sustainable development');
    assert.deepStrictEqual(r.closing?.map((c) => c.text), ['15 December 2025', '64th plenary meeting']);
    assert.strictEqual(r.operative.length, 1);
  });

  it('joins a hard-wrapped English line with a space', () => {
    assert.strictEqual(res.preambular[3].text, 'Recognizing that the digital divide also exists between women and men,');
    const synthetic = res.preambular[3].text.length - res.preambular[3].pieces.reduce((n, p) => n + p.length, 0);
    assert.strictEqual(synthetic, 1, 'one joining space not taken from the source');
  });

  it('reads operative verbs, sub-paragraphs (a)(b) and (i)(ii), labels and end punctuation', () => {
    assert.deepStrictEqual(res.operative.map((p) => p.verb?.verb), ['Decides', 'Calls upon', 'Requests']);
    assert.deepStrictEqual(paras.filter((p) => p.kind === 'subparagraph').map((p) => p.label), ['OP 2(a)', 'OP 2(b)', 'OP 2(b)(i)', 'OP 2(b)(ii)']);
    assert.strictEqual(byLabel(paras, 'OP 2(b)(ii)').number!.style, 'roman');
    assert.strictEqual(byLabel(paras, 'OP 2(b)(ii)').number!.value, 2);
    assert.deepStrictEqual(res.operative.map((p) => p.endPunctuation.char), [';', ':', '.']);
  });

  it('finds the footnote and keeps the space before the next English word', () => {
    assert.deepStrictEqual(doc.footnoteRefs.map((r) => r.number), [1]);
    assert.deepStrictEqual(doc.footnoteDefs.map((d) => d.number), [1]);
    assert.strictEqual(doc.footnoteDefs[0].text, 'Resolutions 56/183, 57/238 and 78/132.');
    assert.ok(res.preambular[0].text.endsWith('on the subject,'));
    assert.deepStrictEqual(invariantViolations(doc), []);
  });
});

describe('parser: English PDF-extracted draft', () => {
  const doc = parseDocument(fixtureText('english/pdf-draft.txt'));
  const res = doc.resolutions[0];

  it('reads header, organ, paragraphs joined with the source spaces, footnote and URL', () => {
    assert.strictEqual(doc.language, 'en');
    assert.strictEqual(doc.header.find((h) => h.kind === 'sponsor')?.text, 'Ecuador:*');
    assert.strictEqual(res.organ?.text, 'The General Assembly,');
    assert.deepStrictEqual(res.preambular.map((p) => p.verb?.verb), ['Recalling', 'Reaffirming', 'Recalling']);
    assert.strictEqual(res.preambular[0].text, 'Recalling its resolutions 56/183 of 21 December 2001 and 57/238 of 20 December 2002,');
    assert.ok(res.preambular[1].text.endsWith('in which it adopted a comprehensive set of universal Sustainable Development Goals and targets,'));
    assert.strictEqual(res.preambular[1].parts.length, 2, 'cut by the footnote rule and the * note');
    assert.deepStrictEqual(res.operative.map((p) => p.verb?.verb), ['Recognizes', 'Requests']);
    assert.deepStrictEqual(doc.footnoteRefs.map((r) => r.number), [1]);
    assert.deepStrictEqual(res.preambular[2].footnoteRefs, [1]);
    assert.strictEqual(doc.footnoteDefs[0].text, 'See A/C.2/59/3, annex.');
    assert.strictEqual(doc.urls.length, 1);
    assert.deepStrictEqual(invariantViolations(doc), []);
  });
});

describe('parser: edge cases', () => {
  it('parses empty text', () => {
    const d = parseDocument('');
    assert.deepStrictEqual(d.segments, []);
    assert.deepStrictEqual(d.resolutions, []);
    assert.strictEqual(d.kind, 'unknown');
  });

  it('parses whitespace and a lone newline', () => {
    for (const t of [' ', '\n', '\r\n', '\r', '   \n\n  ']) {
      const d = parseDocument(t);
      assert.deepStrictEqual(invariantViolations(d), [], JSON.stringify(t));
      assert.ok(d.segments.every((s) => s.kind === 'blank'));
    }
  });

  it('parses CRLF text like LF text (seed 000)', () => {
    const lf = parseDocument(seedText('000'));
    const crlf = parseDocument(seedText('000').replace(/\n/g, '\r\n'));
    assert.strictEqual(crlf.resolutions[0].preambular.length, lf.resolutions[0].preambular.length);
    assert.strictEqual(crlf.resolutions[0].operative.length, lf.resolutions[0].operative.length);
    assert.deepStrictEqual(
      allParagraphs(crlf).map((p) => p.text),
      allParagraphs(lf).map((p) => p.text),
    );
    assert.deepStrictEqual(crlf.footnoteDefs.map((d) => d.text), lf.footnoteDefs.map((d) => d.text));
    assert.deepStrictEqual(invariantViolations(crlf), []);
    const op1 = crlf.resolutions[0].operative[0];
    assert.strictEqual(op1.range.start.line, lf.resolutions[0].operative[0].range.start.line);
    assert.ok(!op1.text.includes('\r'));
  });

  it('labels segments by what they hold', () => {
    const d = parseDocument(seedText('000'));
    const kindAt = (needle: string) => {
      const at = d.text.indexOf(needle);
      return d.segments.find((s) => s.span.start <= at && at < s.span.end)!.kind;
    };
    assert.strictEqual(kindAt('第八十届会议'), 'header');
    assert.strictEqual(kindAt('大会，'), 'organ');
    assert.strictEqual(kindAt('回顾其关于'), 'paragraph');
    assert.strictEqual(kindAt('<sup>3</sup> 大会第69/313号决议'), 'footnoteDef');
    assert.strictEqual(kindAt('---'), 'pageBreak');
    assert.strictEqual(kindAt('第 64 次全体会议'), 'other');
    const d4 = parseDocument(seedText('004'));
    const at4 = d4.text.indexOf('__________________');
    assert.strictEqual(d4.segments.find((s) => s.span.start <= at4 && at4 < s.span.end)!.kind, 'footnoteRule');
    const u4 = d4.text.indexOf('https://undocs.org');
    assert.strictEqual(d4.segments.find((s) => s.span.start <= u4 && u4 < s.span.end)!.kind, 'url');
  });

  it('parses a text with only a header', () => {
    const d = parseDocument('## 第八十届会议\n\n## 议程项目 15\n\n## 信息和通信技术促进可持续发展\n');
    assert.deepStrictEqual(d.header.map((h) => h.kind), ['session', 'agendaItem', 'title']);
    assert.strictEqual(d.header[1].text, '议程项目 15');
    assert.strictEqual(d.resolutions.length, 0);
    assert.ok(d.segments.some((s) => s.kind === 'header'));
  });

  it('keeps a paragraph without a verb, with verb undefined', () => {
    const d = parseDocument('大会，\n\n这是一个没有动词的序言段落，\n\n1. **决定**继续审议该问题。\n');
    const r = d.resolutions[0];
    assert.strictEqual(r.preambular.length, 1);
    assert.strictEqual(r.preambular[0].verb, undefined);
    assert.strictEqual(r.operative[0].verb?.verb, '决定');
  });

  it('reads a lead before a bold verb: 在这方面**强调**', () => {
    const text = '大会，\n\n**回顾**其决议，\n\n1. 在这方面**强调**必须加强合作；\n\n2. **决定**继续审议。\n';
    const d = parseDocument(text);
    const op = d.resolutions[0].operative[0];
    assert.strictEqual(op.verb?.verb, '强调');
    assert.strictEqual(op.verb?.lead, '在这方面');
    assert.strictEqual(op.verb?.emphasised, true);
    assert.strictEqual(text.slice(op.verb!.verbSpan.start, op.verb!.verbSpan.end), '强调');
    assert.strictEqual(op.text, '在这方面强调必须加强合作；');
  });

  it('reads full-width numbers １．and ２．', () => {
    const d = parseDocument('大会，\n\n回顾其决议，\n\n１．决定将该项目列入议程；\n\n２．请秘书长提交报告。\n');
    const ops = d.resolutions[0].operative;
    assert.deepStrictEqual(ops.map((p) => p.number?.value), [1, 2]);
    assert.strictEqual(ops[0].number?.text, '１．');
    assert.strictEqual(ops[0].text, '决定将该项目列入议程；');
  });

  it('does not merge an OP that lacks end punctuation into the next numbered one', () => {
    const d = parseDocument('大会，\n\n1. **决定**继续审议\n\n2. **请**秘书长提交报告。\n');
    const ops = d.resolutions[0].operative;
    assert.strictEqual(ops.length, 2);
    assert.strictEqual(ops[0].endPunctuation.char, '议');
  });

  it('reports unterminated <sup> and keeps going', () => {
    const d = parseDocument('大会，\n\n回顾其决议，<sup>1\n\n1. 决定继续审议。\n');
    assert.ok(d.problems.some((p) => p.code === 'parse-unterminated-sup'));
    assert.strictEqual(d.resolutions[0].operative.length, 1);
  });

  it('flags binary-looking text', () => {
    const d = parseDocument('\u0000\u0001\u0002PK\u0003\u0004' + 'x'.repeat(10));
    assert.ok(d.problems.some((p) => p.code === 'parse-binary-text'));
  });

  it('keeps the closing date and meeting of an adopted text apart from the last OP', () => {
    const d = parseDocument(seedText('000'));
    const r = d.resolutions[0];
    assert.deepStrictEqual(r.closing?.map((c) => c.text), ['2025 年 12 月 15 日', '第 64 次全体会议']);
    assert.strictEqual(r.closing?.[0].date, '2025-12-15');
    assert.ok(r.operative[73].text.endsWith('除非另有商定。'));
    const d1 = parseDocument(seedText('001'));
    assert.strictEqual(d1.resolutions[0].closing?.[0].date, '2021-12-17');
  });

  it('labels CJK parenthesised numerals under an OP as roman-level items', () => {
    const d = parseDocument('大会，\n\n回顾其决议，\n\n1. **决定**如下：\n\n㈠ 设立工作组；\n\n㈡ 请秘书长提交报告。\n');
    const op = d.resolutions[0].operative[0];
    assert.deepStrictEqual(op.subparagraphs.map((p) => [p.label, p.number?.style, p.number?.value]), [
      ['OP 1(i)', 'cjk', 1],
      ['OP 1(ii)', 'cjk', 2],
    ]);
    assert.strictEqual(op.subparagraphs[1].text, '请秘书长提交报告。');
  });

  it('reads a letter out of sequence as a letter, not as a roman numeral nested under the one before', () => {
    // (c) after (a) is a lettering slip (b is missing), not roman 100 under (a); (l) likewise
    const d = parseDocument('大会，\n\n回顾其决议，\n\n1. **决定**：\n\n(a) 设立工作组；\n\n(c) 请秘书长提交报告；\n\n(l) 邀请会员国。\n');
    const op = d.resolutions[0].operative[0];
    assert.deepStrictEqual(op.subparagraphs.map((p) => [p.number?.text, p.number?.style, p.number?.value]), [
      ['(a)', 'alpha', 1],
      ['(c)', 'alpha', 3],
      ['(l)', 'alpha', 12],
    ]);
    assert.ok(op.subparagraphs.every((p) => p.subparagraphs.length === 0));
  });

  it('still nests (i), (ii), (v) under a lettered item that announces or has begun a roman list', () => {
    const d = parseDocument('大会，\n\n回顾其决议，\n\n1. **决定**：\n\n(a) 包括：\n\n(i) 甲；\n\n(ii) 乙；\n\n(iii) 丙；\n\n(iv) 丁；\n\n(v) 戊；\n\n(b) 己。\n');
    const op = d.resolutions[0].operative[0];
    assert.deepStrictEqual(op.subparagraphs.map((p) => p.number?.text), ['(a)', '(b)']);
    assert.deepStrictEqual(op.subparagraphs[0].subparagraphs.map((p) => [p.number?.style, p.number?.value]), [
      ['roman', 1], ['roman', 2], ['roman', 3], ['roman', 4], ['roman', 5],
    ]);
  });

  it('strips emphasis around a bold number (**1.**)', () => {
    const d = parseDocument('大会，\n\n回顾其决议，\n\n**1.** **决定**继续审议。\n');
    const op = d.resolutions[0].operative[0];
    assert.strictEqual(op.number?.value, 1);
    assert.strictEqual(op.text, '决定继续审议。');
    assert.strictEqual(op.verb?.emphasised, true);
  });

  it('starts a new paragraph at a verb after a blank line even when the previous one lacks its comma', () => {
    const d = parseDocument('大会，\n\n回顾其第 70/1 号决议\n\n又回顾其第 79/1 号决议，\n\n1. 决定继续审议。\n');
    const pps = d.resolutions[0].preambular;
    assert.strictEqual(pps.length, 2);
    assert.strictEqual(pps[0].endPunctuation.char, '议');
    assert.strictEqual(pps[1].verb?.verb, '又回顾');
  });

  it('reads an English lead before a lower-case verb', () => {
    const d = parseDocument('The General Assembly,\n\n*Recalling* resolution 70/1,\n\n1. In this regard, *stresses* the need for cooperation.\n');
    const op = d.resolutions[0].operative[0];
    assert.strictEqual(op.verb?.verb, 'stresses');
    assert.strictEqual(op.verb?.lead, 'In this regard,');
    assert.strictEqual(op.verb?.emphasised, true);
  });

  it('takes a number alone on a line after text for a footnote reference (PDF text)', () => {
    const text = [' 大会， ', '', ' 回顾大会高级别会议成果文件，', '1', ' 其中评估了进展， ', '', ' 1. 决定继续审议。 ', '', '__________________ ', '', ' 1 见第 70/125 号决议。 ', ''].join('\n');
    const d = parseDocument(text, { layout: 'pdf' });
    const pp = d.resolutions[0].preambular[0];
    assert.deepStrictEqual(d.footnoteRefs.map((r) => r.number), [1]);
    assert.deepStrictEqual(pp.footnoteRefs, [1]);
    assert.strictEqual(pp.text, '回顾大会高级别会议成果文件，其中评估了进展，');
    assert.deepStrictEqual(invariantViolations(d), []);
  });

  it('reads Markdown footnotes [^n] and [^n]:', () => {
    const d = parseDocument('The General Assembly,\n\n*Recalling* resolution 70/1,[^1]\n\n1. *Decides* to continue.\n\n[^1]: Adopted on 25 September 2015.\n');
    assert.deepStrictEqual(d.footnoteRefs.map((r) => [r.number, r.form]), [[1, 'markdown']]);
    assert.deepStrictEqual(d.footnoteDefs.map((r) => [r.number, r.text]), [[1, 'Adopted on 25 September 2015.']]);
    assert.strictEqual(d.resolutions[0].preambular[0].text, 'Recalling resolution 70/1,');
  });

  it('recognises other organs', () => {
    for (const [line, organ] of [
      ['安全理事会，', 'Security Council'],
      ['人权理事会，', 'Human Rights Council'],
      ['经济及社会理事会，', 'Economic and Social Council'],
      ['The Economic and Social Council,', 'Economic and Social Council'],
    ]) {
      const d = parseDocument(`${line}\n\n回顾其决议，\n\n1. 决定继续处理此案。\n`);
      assert.strictEqual(d.resolutions[0]?.organ?.organ, organ, line);
    }
  });

  it('does not take numbers in ordinary text for footnotes', () => {
    const d = parseDocument(seedText('004'));
    const numbers = new Set(d.footnoteRefs.map((r) => r.number));
    assert.ok(![2030, 2016, 17, 20, 72].some((n) => numbers.has(n)));
  });

  it('maps references found in clean text back to the source', () => {
    const d = parseDocument(seedText('000'));
    assert.ok(d.references.length > 0);
    for (const r of d.references) {
      assert.ok(r.span.start < r.span.end && r.span.end <= d.text.length);
      assert.deepStrictEqual(r.range, new LineIndex(d.text).range(r.span));
    }
    const sym = d.references.find((r) => r.kind === 'symbol' && r.symbol === 'A/80/555');
    assert.ok(sym, 'symbol in the origin line');
    assert.strictEqual(d.text.slice(sym!.span.start, sym!.span.end), 'A/80/555');
    for (let i = 1; i < d.references.length; i++) assert.ok(d.references[i - 1].span.start <= d.references[i].span.start, 'document order');
  });
});

describe('parser building blocks', () => {
  it('readMarker: arabic, full-width, alpha, roman, CJK, Chinese numerals', () => {
    assert.deepStrictEqual(readMarker('1. 确认')?.value, 1);
    assert.deepStrictEqual(readMarker('133.  认识到')?.value, 133);
    assert.strictEqual(readMarker('2030 年'), undefined);
    assert.strictEqual(readMarker('9.c 是'), undefined);
    assert.deepStrictEqual([readMarker('(a) 增强')?.style, readMarker('(a) 增强')?.value], ['alpha', 1]);
    assert.deepStrictEqual([readMarker('(iv) x')?.style, readMarker('(iv) x')?.value], ['roman', 4]);
    assert.deepStrictEqual([readMarker('㈣ 支持')?.style, readMarker('㈣ 支持')?.value], ['cjk', 4]);
    assert.deepStrictEqual([readMarker('(二十八) 支持')?.style, readMarker('(二十八) 支持')?.value], ['cjk', 28]);
    assert.strictEqual(readMarker('(COVID-19)疫情'), undefined);
    assert.strictEqual(readMarker('(人居三大会)'), undefined);
  });

  it('matchLeadingVerb: compound Chinese verbs and English phrases', () => {
    const v = (t: string, l: 'zh' | 'en' = 'zh') => {
      const m = getProfile(l).matchLeadingVerb(t);
      return m ? t.slice(m.verbStart, m.verbEnd) : undefined;
    };
    assert.strictEqual(v('严重关切地注意到在妇女获取'), '严重关切地注意到');
    assert.strictEqual(v('表示满意地注意到秘书长'), '表示满意地注意到');
    assert.strictEqual(v('又重申其关于'), '又重申');
    assert.strictEqual(v('还回顾大会'), '还回顾');
    assert.strictEqual(v('再次呼吁支持'), '再次呼吁');
    assert.strictEqual(v('表示注意到秘书长'), '表示注意到');
    assert.strictEqual(v('Calls upon Member States', 'en'), 'Calls upon');
    assert.strictEqual(v('Noting with concern that', 'en'), 'Noting with concern');
    assert.strictEqual(v('Also requests the Secretary-General', 'en'), 'Also requests');
    assert.strictEqual(v('委员会主席关于', 'zh'), undefined);
  });
});
