import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Corpus } from '../../../server/src/service/corpus';
import * as F from '../../../server/src/service/features';
import { builtInCorpus, ctxOf, pos, seed } from './helpers';

describe('features: outline, folding, navigation', () => {
  it('outlines a report with embedded draft resolutions (E/2025/31) as one module per resolution, then its draft decisions', () => {
    const ctx = ctxOf(seed('003'));
    const syms = F.documentSymbols(ctx);
    const modules = syms.filter((s) => s.kind === 2 && s.name.startsWith('决议草案'));
    assert.equal(modules.length, ctx.analysis.document.resolutions.length);
    assert.ok(modules.length >= 2);
    const decisions = syms.filter((s) => s.kind === 2 && s.name.startsWith('决定草案'));
    assert.deepEqual(decisions.map((d) => d.name), ['决定草案一', '决定草案二', '决定草案三', '决定草案四', '决定草案五']);
    assert.ok(decisions[0].detail?.startsWith('延长科学和技术促进发展委员会性别平等问题咨询委员会的任务期限'), decisions[0].detail);
    // decision II: the chapeau with its sub-paragraphs (a), (b)…
    assert.deepEqual(decisions[1].children![0].children!.slice(0, 2).map((c) => c.name.split(' ')[0]), ['(a)', '(b)']);
    // the decisions fold as regions
    const folds = F.foldingRanges(ctx);
    for (const d of ctx.analysis.document.decisions!) assert.ok(folds.some((f) => f.startLine === d.range.start.line && f.kind === 'region'), d.label);
    for (const m of modules) {
      const ops = m.children?.find((c) => c.name === '执行部分');
      assert.ok(ops && ops.children!.length > 0, `${m.name} has operative paragraphs`);
    }
    // Every symbol's selection range lies inside its range.
    const inside = (s: F.OutlineSymbol): void => {
      const r = s.range;
      const sel = s.selectionRange;
      const le = (a: typeof r.start, b: typeof r.start) => a.line < b.line || (a.line === b.line && a.character <= b.character);
      assert.ok(le(r.start, sel.start) && le(sel.end, r.end), `${s.name}: selection outside range`);
      s.children?.forEach(inside);
    };
    syms.forEach(inside);
  });

  it('folds multi-line paragraphs of a hard-wrapped PDF text (A/80/62)', () => {
    const ctx = ctxOf(seed('002'));
    const folds = F.foldingRanges(ctx);
    const paras = ctx.analysis.document.reportParagraphs.filter((p) => p.range.end.line > p.range.start.line);
    assert.ok(paras.length > 10);
    for (const p of paras.slice(0, 10)) assert.ok(folds.some((f) => f.startLine === p.range.start.line), `paragraph ${p.label} folds`);
    for (const f of folds) assert.ok(f.endLine > f.startLine);
  });

  it('footnote definition and references with Unicode superscripts (76/189)', () => {
    const text = seed('001');
    const ctx = ctxOf(text);
    const at = pos(text, '各项决议，¹', 5);
    const defs = F.definition(ctx, at);
    assert.equal(defs.length, 1);
    assert.equal(defs[0].start.line, pos(text, '¹ 第 56/183').line);
    assert.deepEqual(F.references(ctx, defs[0].start, false).map((r) => r.start.line), [at.line]);
  });
});

describe('features: with the built-in corpus', function () {
  this.timeout(30_000);
  let corpus: Corpus;
  before(async () => {
    corpus = await builtInCorpus();
  });

  it('hover on a document symbol the corpus holds: its title and date', () => {
    const text = '大会，\n\n表示注意到秘书长的报告 A/80/62-E/2025/12，\n';
    const ctx = ctxOf(text, corpus);
    const h = F.hover(ctx, pos(text, 'A/80/62', 3));
    assert.ok(h);
    assert.match(h.contents, /A\/80\/62-E\/2025\/12/);
    assert.match(h.contents, /信息社会世界峰会成果在区域和国际两级落实/);
  });

  it('hover in English for an English client', () => {
    const text = seed('000');
    const ctx = ctxOf(text, corpus, 'en');
    const h = F.hover(ctx, pos(text, '<sup>5</sup>', 6));
    assert.ok(h);
    assert.match(h.contents, /^\*\*Footnote 5\*\*/);
  });

  it('completion falls back to the usual verbs without a corpus, and ranks by corpus use with one', () => {
    const text = '大会，\n\n\n';
    const noCorpus = F.completion(ctxOf(text), { line: 2, character: 0 });
    assert.ok(noCorpus.some((c) => c.label === '回顾'));
    const withCorpus = F.completion(ctxOf(text, corpus), { line: 2, character: 0 });
    const top = withCorpus.slice(0, 5).map((c) => c.label);
    assert.ok(top.includes('回顾') || top.includes('又回顾') || top.includes('认识到'), top.join(','));
    const n = (label: string) => Number(/([0-9]+)/.exec(withCorpus.find((c) => c.label === label)!.detail!)![1]);
    for (let i = 1; i < withCorpus.length; i++) assert.ok(n(withCorpus[i - 1].label) >= n(withCorpus[i].label));
  });

  it('footnote completion after [^ offers the next number and closes the bracket', () => {
    const text = 'The General Assembly,\n\n*Recalling* its resolution 70/1,[^1]\n\n*Noting* the report[^\n\n[^1]: Resolution 70/1.\n';
    const ctx = ctxOf(text, corpus, 'en');
    const items = F.completion(ctx, pos(text, 'report[^', 8));
    assert.equal(items[0].label, '2');
    assert.equal(items[0].textEdit.newText, '2]');
  });

  it('findPrecedents ranks the paragraph that contains the text first', () => {
    const found = F.findPrecedents(corpus, '量子技术有可能以现有技术无法实现的方式解决问题', 'zh');
    assert.ok(found.length >= 1);
    assert.equal(found[0].symbol, 'A/RES/80/118');
    assert.equal(found[0].paragraph, 'OP 71');
    assert.ok(found[0].similarity >= 0.95);
    assert.deepEqual(F.findPrecedents(corpus, '', 'zh'), []);
    // Large corpora compare only the index's candidates: the same best answer.
    const viaIndex = F.findPrecedents(corpus, '量子技术有可能以现有技术无法实现的方式解决问题', 'zh', { exhaustiveMax: 0 });
    assert.equal(`${viaIndex[0].symbol} ${viaIndex[0].paragraph}`, 'A/RES/80/118 OP 71');
    const clause = F.findPrecedents(corpus, '其对信息社会世界峰会在《日内瓦原则宣言》中所述愿景的共同向往和承诺', 'zh', { exhaustiveMax: 0 });
    assert.ok(clause.some((p) => p.symbol === 'A/RES/76/189'), clause.map((p) => p.symbol).join(','));
  });

  it('the report counts every paragraph once and matches the share used for the status', () => {
    const ctx = ctxOf(seed('004'), corpus);
    const r = F.agreementReport(ctx);
    assert.equal(r.counts.agreed + r.counts.near + r.counts.partial + r.counts.new, r.paragraphs.length);
    assert.ok(Math.abs(F.agreedShare(ctx) - r.agreedShare) < 1e-9);
    assert.match(r.markdown, /\| PP 1 \|/);
  });

  it('never throws on arbitrary text, at any position (bounded time)', () => {
    const alphabet = ['<sup>', '</sup>', '**', '1. ', '(a) ', '¹', '[^', ']:', '第 70/1 号决议', 'A/RES/', '，', '；', '。', '\n', '\n\n', '回顾', 'Decides', '---', '______', ' ', '又'];
    const started = Date.now();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), fc.nat(), (parts, k) => {
        const text = parts.join('');
        const ctx = ctxOf(text, corpus);
        const lines = text.split('\n');
        const line = k % lines.length;
        const p = { line, character: k % (lines[line].length + 1) };
        F.hover(ctx, p);
        F.completion(ctx, p);
        F.definition(ctx, p);
        F.references(ctx, p, true);
        const acts = F.codeActions(ctx, { start: { line: 0, character: 0 }, end: p });
        for (const a of acts) {
          if (!a.edits) continue;
          // LSP requires the edits of one change not to overlap.
          const offs = a.edits.map((e) => [ctx.lines.offsetAt(e.range.start), ctx.lines.offsetAt(e.range.end)]).sort((x, y) => x[0] - y[0]);
          for (let i = 1; i < offs.length; i++) assert.ok(offs[i][0] >= offs[i - 1][1], `${a.title}: overlapping edits`);
          F.applyEdits(text, a.edits);
        }
        F.documentSymbols(ctx);
        F.foldingRanges(ctx);
        F.documentLinks(ctx);
        F.agreementReport(ctx);
      }),
      { numRuns: 150 },
    );
    assert.ok(Date.now() - started < 20_000);
  });
});

describe('features: document links', function () {
  this.timeout(30_000);
  it('links resolution citations and un.org URLs to the corpus copy', async () => {
    const corpus = await builtInCorpus();
    const text = seed('004');
    const ctx = ctxOf(text, corpus);
    const links = F.documentLinks(ctx);
    const url = pos(text, 'https://undocs.org/ch/A/RES/69/313');
    // 69/313 is not in the built-in corpus: no link for it.
    assert.ok(!links.some((l) => l.range.start.line === url.line));
    const to80 = F.documentLinks(ctxOf('大会，\n\n回顾第 80/118 号决议，\n\nhttps://undocs.org/ch/A/RES/76/189\n', corpus));
    assert.deepEqual(
      to80.map((l) => [l.range.start.line, l.symbol]),
      [
        [2, 'A/RES/80/118'],
        [4, 'A/RES/76/189'],
      ],
    );
  });
});

describe('features: English completion', () => {
  it('offers italic operative verbs after a number and closes the emphasis', () => {
    const text = 'The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Decides* to act;\n\n2. *Req\n';
    const ctx = ctxOf(text, undefined, 'en');
    const items = F.completion(ctx, { line: 6, character: 7 });
    const req = items.find((i) => i.label === 'Requests');
    assert.ok(req, items.map((i) => i.label).join(','));
    assert.equal(req.textEdit.newText, 'Requests*');
    assert.deepEqual(req.textEdit.range, { start: { line: 6, character: 4 }, end: { line: 6, character: 7 } });
    assert.match(req.detail!, /operative verb/);
  });
});
