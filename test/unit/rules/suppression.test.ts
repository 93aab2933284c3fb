/**
 * Suppression comments: the parser skips them (same structure with comments inserted, on the seeds
 * and the real English texts), what each form suppresses, unused ones reported only when their
 * checks ran, and the quick fix that marks a deviation as negotiated.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as F from '../../../server/src/service/features';
import { createLanguageService } from '../../../server/src/service/languageService';
import type { ResolutionDocument } from '../../../server/src/service/model';
import { defaultSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';
import { parseDirectives } from '../../../server/src/service/rules/suppression';
import { realEnFiles, skipWithoutRealEn } from '../../support/realEn';
import { builtInCorpus } from '../features/helpers';
import { allParagraphs, seedText } from '../parser/helpers';

const SEEDS = path.join(__dirname, '..', '..', '..', 'seeds');

/** What the parser made of a text, as comparable data: paragraphs (kind, number, text), footnotes, headers. */
function shape(doc: ResolutionDocument) {
  return {
    resolutions: doc.resolutions.map((r) => [r.preambular.length, r.operative.length]),
    paragraphs: allParagraphs(doc).map((p) => `${p.kind} ${p.number ?? ''} ${p.text}`),
    footnoteDefs: doc.footnoteDefs.map((d) => `${d.number} ${d.text}`),
    footnoteRefs: doc.footnoteRefs.map((r) => r.number),
    report: doc.reportParagraphs.length,
  };
}

/**
 * The text with a comment line before every third paragraph start (a line with text after a blank
 * line: where a drafter puts one), both forms alternating.
 */
function withComments(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let n = 0;
  lines.forEach((l, i) => {
    if (l.trim() && i > 0 && !lines[i - 1].trim() && n++ % 3 === 0) {
      out.push(n % 2 ? '<!-- resolution-disable-next-line paragraph-punctuation -- 已协商 -->' : '% resolution-disable-next-line footnote-order, paragraph-numbering -- negotiated');
    }
    out.push(l);
  });
  return out.join('\n');
}

describe('suppression comments', function () {
  this.timeout(120000);

  describe('are no text: the parser skips them', () => {
    const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    for (const f of seeds) {
      it(`seed ${f}: the same paragraphs, footnotes and counts with comment lines inserted`, () => {
        const text = seedText(f.slice(0, 3));
        const commented = withComments(text);
        assert.ok(parseDirectives(commented).length > 10);
        assert.deepEqual(shape(parseDocument(commented)), shape(parseDocument(text)));
      });
    }

    describe('the real English texts', () => {
      before(function () {
        skipWithoutRealEn(this);
      });
      it('the same paragraphs, footnotes and counts with comment lines inserted (every text)', () => {
        const files = realEnFiles();
        assert.ok(files.length >= 40, `${files.length} texts`);
        for (const file of files) {
          const text = fs.readFileSync(file, 'utf8');
          assert.deepEqual(shape(parseDocument(withComments(text))), shape(parseDocument(text)), path.basename(file));
        }
      });
    });
  });

  describe('on the real English texts', () => {
    before(function () {
      skipWithoutRealEn(this);
    });
    it('a comment before each paragraph with a finding silences exactly those findings, and none is unused', () => {
      let silenced = 0;
      for (const file of realEnFiles()) {
        const text = fs.readFileSync(file, 'utf8');
        const service = createLanguageService({ settings: defaultSettings('en') });
        const before = service.analyze(text).diagnostics;
        const doc = parseDocument(text);
        const lines = text.split('\n');
        // Every paragraph-punctuation finding: a comment before the first line of its paragraph.
        const targets = new Set<number>();
        for (const d of before.filter((x) => x.code === 'paragraph-punctuation')) {
          const offset = d.span!.start;
          const p = allParagraphs(doc).filter((q) => q.span.start <= offset && offset <= q.span.end).sort((a, b) => b.span.start - a.span.start)[0];
          targets.add(text.slice(0, p ? p.span.start : offset).split('\n').length - 1);
        }
        if (!targets.size) continue;
        const out: string[] = [];
        lines.forEach((l, i) => {
          if (targets.has(i)) out.push('% resolution-disable-next-line paragraph-punctuation -- agreed');
          out.push(l);
        });
        const after = service.analyze(out.join('\n')).diagnostics;
        const file1 = path.basename(file);
        assert.equal(after.filter((d) => d.code === 'paragraph-punctuation').length, 0, file1);
        assert.equal(after.filter((d) => d.code === 'unused-suppression').length, 0, file1);
        const others = (ds: typeof before) => ds.filter((d) => d.code !== 'paragraph-punctuation' && d.code !== 'unused-suppression').map((d) => `${d.code} ${d.message}`);
        assert.deepEqual(others(after), others(before), file1);
        silenced += before.filter((d) => d.code === 'paragraph-punctuation').length;
      }
      assert.ok(silenced > 0, 'the real texts have punctuation findings to silence');
      console.log(`      (${silenced} paragraph-punctuation findings silenced in the real English texts)`);
    });
  });

  describe('what they suppress', () => {
    // Seed 000 with two slips: PP 2 ends with a full stop, OP 3 and OP 4 end with a full stop.
    const base = seedText('000');
    const slip = base
      .replace('的各项决议，<sup>2</sup>', '的各项决议。<sup>2</sup>')
      .replace('工作计划；', '工作计划。')
      .replace('重要手段；', '重要手段。');
    const analyse = (text: string) => createLanguageService({ settings: defaultSettings('en') }).analyze(text).diagnostics;
    const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;
    const punctuationLines = (text: string) => analyse(text).filter((d) => d.code === 'paragraph-punctuation').map((d) => d.range.start.line);
    const before = (text: string, needle: string, line: string) => text.replace(needle, `${line}\n${needle}`);

    it('the seed with the slips has them (the test texts are what they claim)', () => {
      assert.equal(punctuationLines(slip).length, 3);
    });

    it('disable-next-line: the next paragraph only, the codes named only', () => {
      const text = before(slip, '3. **确认**信息和通信技术及数字化转型', '<!-- resolution-disable-next-line paragraph-punctuation -- 经协商保留 -->');
      const lines = punctuationLines(text);
      assert.equal(lines.length, 2);
      assert.ok(!lines.includes(lineOf(text, '3. **确认**信息和通信技术及数字化转型')));
      const other = before(slip, '3. **确认**信息和通信技术及数字化转型', '<!-- resolution-disable-next-line footnote-order -->');
      assert.equal(punctuationLines(other).length, 3);
      assert.ok(analyse(other).some((d) => d.code === 'unused-suppression'));
    });

    it('several codes, all codes, and the plain-text form', () => {
      for (const comment of [
        '<!-- resolution-disable-next-line footnote-order, paragraph-punctuation -->',
        '<!-- resolution-disable-next-line -->',
        '% resolution-disable-next-line paragraph-punctuation -- negotiated',
        '%resolution-disable-next-line paragraph-punctuation',
      ]) {
        const text = before(slip, '3. **确认**信息和通信技术及数字化转型', comment);
        assert.equal(punctuationLines(text).length, 2, comment);
        assert.ok(!analyse(text).some((d) => d.code === 'unused-suppression'), comment);
      }
    });

    it('disable … enable: the lines between, then the checks again', () => {
      const text = before(
        before(slip, '3. **确认**信息和通信技术及数字化转型', '<!-- resolution-disable paragraph-punctuation -->'),
        '5. 在这方面**强调**',
        '<!-- resolution-enable paragraph-punctuation -->',
      );
      assert.deepEqual(punctuationLines(text), [lineOf(text, '又回顾经济及社会理事会关于评估')]);
      // Without an enable, to the end of the text.
      const open = before(slip, '3. **确认**信息和通信技术及数字化转型', '<!-- resolution-disable -->');
      assert.deepEqual(punctuationLines(open), [lineOf(open, '又回顾经济及社会理事会关于评估')]);
    });

    it('reports a suppression left after the text was fixed, a misspelt code and a stray enable', () => {
      const fixed = before(base, '3. **确认**信息和通信技术及数字化转型', '<!-- resolution-disable-next-line paragraph-punctuation -->');
      const unused = analyse(fixed).filter((d) => d.code === 'unused-suppression');
      assert.equal(unused.length, 1);
      assert.equal(unused[0].range.start.line, lineOf(fixed, '<!-- resolution-disable-next-line'));
      assert.equal(unused[0].severity, 3);
      const misspelt = analyse(before(slip, '3. **确认**信息和通信技术及数字化转型', '<!-- resolution-disable-next-line paragraph-punctuaton -->'));
      assert.ok(misspelt.some((d) => d.code === 'unused-suppression' && d.message.includes('“paragraph-punctuaton” in this suppression comment is not a rule code')));
      const stray = analyse(before(base, '3. **确认**', '<!-- resolution-enable -->'));
      assert.ok(stray.some((d) => d.code === 'unused-suppression' && d.message.includes('no resolution-disable')));
    });

    it('a deviation comment is not unused while no corpus is loaded; the setting can turn the report off', () => {
      const text = before(base, '1. **确认**信息和通信技术具有潜力', '<!-- resolution-disable-next-line agreed-language-deviation -- negotiated -->');
      assert.ok(!analyse(text).some((d) => d.code === 'unused-suppression'));
      const fixed = before(base, '3. **确认**信息和通信技术及数字化转型', '<!-- resolution-disable-next-line paragraph-punctuation -->');
      const off = createLanguageService({ settings: { ...defaultSettings('en'), severities: { 'unused-suppression': 'off' } } }).analyze(fixed);
      assert.ok(!off.diagnostics.some((d) => d.code === 'unused-suppression'));
    });
  });

  describe('Mark this deviation as negotiated', () => {
    it('inserts the comment (the % form in a plain-text draft) and nothing else; the deviation is then silent and the comment used', async () => {
      const corpus = await builtInCorpus();
      // Seed 000's OP 1 with a word added, as plain text (no Markdown).
      const plain = [
        '大会，',
        '',
        '回顾其关于信息和通信技术促进可持续发展的 2024 年 12 月 19 日第 79/194 号决议以及以往关于这一议题的各项决议，',
        '',
        seedText('000').split('\n').find((l) => l.startsWith('1. **确认**'))!.replace('**确认**', '确认').replace('提高竞争力', '大幅提高竞争力'),
        '',
      ].join('\n');
      const settings = defaultSettings('en');
      const analysis = createLanguageService({ corpus, settings }).analyze(plain);
      const d = analysis.diagnostics.find((x) => x.code === 'agreed-language-deviation');
      assert.ok(d, analysis.diagnostics.map((x) => x.code).join(', '));
      const actions = F.codeActions(F.featureContext(analysis, corpus, settings), d.range, [d]);
      const mark = actions.find((a) => a.title === 'Mark this deviation as negotiated');
      assert.ok(mark?.edits, actions.map((a) => a.title).join(' | '));
      assert.equal(mark.edits.length, 1);
      const after = F.applyEdits(plain, mark.edits);
      assert.equal(after, plain.replace('1. 确认', '% resolution-disable-next-line agreed-language-deviation -- negotiated: (give the reason)\n1. 确认'));
      const again = createLanguageService({ corpus, settings }).analyze(after);
      assert.ok(!again.diagnostics.some((x) => x.code === 'agreed-language-deviation' || x.code === 'unused-suppression'), again.diagnostics.map((x) => x.code).join(', '));
    });
  });
});
