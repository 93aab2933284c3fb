/**
 * Editor features over LSP on the seeds and on drafts made from them with
 * known defects: code actions are applied to the text and the result checked
 * exactly.
 */
import * as assert from 'node:assert/strict';
import { diffChars } from 'diff';
import { applyEdits, find, seed, TestClient, type Diagnostic, type Range, type TextEdit } from './lspClient';

interface CodeAction {
  title: string;
  kind?: string;
  edit?: { changes?: Record<string, TextEdit[]> };
  command?: { command: string; arguments?: unknown[] };
  diagnostics?: Diagnostic[];
}

const ORIGINAL = seed('000');
const LINES = ORIGINAL.split('\n');

/** 80/118 without OP 5 (which has no footnote): a numbering gap from "6." on. */
function draftWithGap(): { draft: string; expected: string } {
  const i5 = LINES.findIndex((l) => l.startsWith('5. '));
  const kept = LINES.filter((_, k) => k !== i5 && k !== i5 + 1);
  const expected = kept.map((l) => l.replace(/^([0-9]+)\. /, (m, n: string) => (Number(n) > 5 ? `${Number(n) - 1}. ` : m))).join('\n');
  // Also a sub-paragraph letter out of sequence in OP 70.
  return { draft: kept.join('\n').replace('\n(b) 营造', '\n(e) 营造'), expected };
}

/** Every difference between two texts is a changed number (digits or a sub-paragraph letter). */
function onlyNumbersChanged(before: string, after: string): string[] {
  const bad: string[] = [];
  for (const part of diffChars(before, after)) {
    if ((part.added || part.removed) && !/^[0-9a-z⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.test(part.value)) bad.push(`${part.added ? '+' : '-'}${JSON.stringify(part.value)}`);
  }
  return bad;
}

describe('protocol: editor features', function () {
  this.timeout(60_000);
  let client: TestClient;
  let n = 0;

  before(async () => {
    client = await TestClient.start({ locale: 'zh-cn' });
    await client.waitForCorpus();
  });
  after(async () => {
    await client?.stop();
  });

  async function openDoc(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = `file:///drafts/f${++n}.md`;
    client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    return { uri, diagnostics };
  }

  async function actions(uri: string, range: Range, diagnostics: Diagnostic[] = []): Promise<CodeAction[]> {
    return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  }

  function apply(uri: string, text: string, action: CodeAction): string {
    const edits = action.edit?.changes?.[uri];
    assert.ok(edits && edits.length, `action ${action.title} has no edits`);
    return applyEdits(text, edits);
  }

  async function hover(uri: string, pos: { line: number; character: number }): Promise<string> {
    const h = await client.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: pos });
    assert.ok(h, 'no hover');
    assert.equal(h.contents.kind, 'markdown');
    return h.contents.value;
  }

  describe('hover', () => {
    let uri: string;
    before(async () => {
      ({ uri } = await openDoc(ORIGINAL));
    });

    it('on a footnote reference: the footnote text', async () => {
      const md = await hover(uri, find(ORIGINAL, '<sup>3</sup>的基础上', 6));
      assert.match(md, /脚注 3/);
      assert.match(md, /大会第69\/313号决议，附件。/);
    });

    it('on a resolution citation: dates and the precedent paragraphs that cite it', async () => {
      const md = await hover(uri, find(ORIGINAL, '第69/313号决议', 3));
      assert.match(md, /69\/313/);
      assert.match(md, /2015-07-27/);
      assert.match(md, /A\/RES\/76\/189, PP 4/);
    });

    it('on a leading verb: how often the corpus opens PPs and OPs with it', async () => {
      const md = await hover(uri, find(ORIGINAL, '**回顾**2003年', 3));
      const m = /序言部分段落开头 ([0-9]+) 次，用作执行部分段落开头 ([0-9]+) 次/.exec(md);
      assert.ok(m, md);
      assert.ok(Number(m[1]) >= 4, `回顾 opens ${m[1]} PPs`);
    });

    it('on a deviating paragraph: the sources with the differences marked', async () => {
      const draft = ORIGINAL.replace('其中评估了在执行世界峰会成果方面取得的进展', '其中审查了在执行世界峰会成果方面取得的进展');
      const { uri: u } = await openDoc(draft);
      const md = await hover(u, find(draft, '其中审查了', 3));
      assert.match(md, /A\/RES\/76\/189，PP 11/);
      assert.match(md, /~~评估~~\*\*审查\*\*/);
    });
  });

  describe('code actions', () => {
    it('renumber fixes exactly the numbers of operative paragraphs and sub-paragraphs', async () => {
      const { draft, expected } = draftWithGap();
      const { uri, diagnostics } = await openDoc(draft);
      const numbering = diagnostics.filter((d) => d.code === 'paragraph-numbering');
      assert.equal(numbering.length, 2, JSON.stringify(numbering.map((d) => d.message)));
      const acts = await actions(uri, numbering[0].range, numbering);
      const renumber = acts.find((a) => a.title === '重新编号段落和脚注');
      assert.ok(renumber, acts.map((a) => a.title).join(' | '));
      assert.equal(renumber.kind, 'quickfix');
      const fixed = apply(uri, draft, renumber);
      assert.deepEqual(onlyNumbersChanged(draft, fixed), []);
      assert.equal(fixed, expected);
    });

    it('renumber puts footnotes back in order of first reference, definitions following their references', async () => {
      // Swap the references to footnotes 3 and 4 (definitions stay).
      const draft = ORIGINAL.replace('<sup>3</sup>的基础上', '<sup>X</sup>的基础上').replace('融资缺口，<sup>4</sup>', '融资缺口，<sup>3</sup>').replace('<sup>X</sup>', '<sup>4</sup>');
      const { uri, diagnostics } = await openDoc(draft);
      const order = diagnostics.filter((d) => d.code === 'footnote-order');
      assert.ok(order.length >= 1);
      const renumber = (await actions(uri, order[0].range, order)).find((a) => a.title === '重新编号段落和脚注')!;
      const fixed = apply(uri, draft, renumber);
      assert.deepEqual(onlyNumbersChanged(draft, fixed), []);
      const expected = ORIGINAL.replace('<sup>3</sup> 大会第69/313号决议', '<sup>X</sup> 大会第69/313号决议')
        .replace('<sup>4</sup> 《2024年', '<sup>3</sup> 《2024年')
        .replace('<sup>X</sup>', '<sup>4</sup>');
      assert.equal(fixed, expected);
    });

    it('adds a missing footnote definition next to its neighbours', async () => {
      const def5 = '<sup>5</sup> 第71/256号决议，附件。\n\n';
      assert.ok(ORIGINAL.includes(def5));
      const draft = ORIGINAL.replace(def5, '');
      const { uri, diagnostics } = await openDoc(draft);
      const undef = diagnostics.filter((d) => d.code === 'footnote-undefined');
      assert.equal(undef.length, 1);
      const add = (await actions(uri, undef[0].range, undef)).find((a) => a.title === '添加脚注 5 的定义');
      assert.ok(add);
      assert.equal(apply(uri, draft, add), ORIGINAL.replace(def5, '<sup>5</sup> （脚注内容）\n\n'));
    });

    it('removes an unused footnote definition and nothing else', async () => {
      const def26 = '<sup>26</sup> E/HLPF/2025/6。\n\n';
      assert.ok(ORIGINAL.includes(def26));
      const draft = ORIGINAL.replace(def26, `${def26}<sup>27</sup> 多余的脚注。\n\n`);
      const { uri, diagnostics } = await openDoc(draft);
      const unused = diagnostics.filter((d) => d.code === 'footnote-unused');
      assert.equal(unused.length, 1);
      const remove = (await actions(uri, unused[0].range, unused)).find((a) => a.title === '删除未使用的脚注 27');
      assert.ok(remove);
      assert.equal(apply(uri, draft, remove), ORIGINAL);
    });

    it('fixes the ending punctuation of an operative paragraph', async () => {
      const draft = ORIGINAL.replace('为这一新的状况做好准备；', '为这一新的状况做好准备。');
      const { uri, diagnostics } = await openDoc(draft);
      const punct = diagnostics.filter((d) => d.code === 'paragraph-punctuation');
      assert.equal(punct.length, 1);
      const fix = (await actions(uri, punct[0].range, punct)).find((a) => a.title === '将段尾标点改为“；”');
      assert.ok(fix);
      assert.equal(apply(uri, draft, fix), ORIGINAL);
    });

    it('replaces a deviating span with the agreed text of a chosen source, and offers to copy its citation', async () => {
      const draft = ORIGINAL.replace('其中评估了在执行世界峰会成果方面取得的进展', '其中审查了在执行世界峰会成果方面取得的重大进展');
      const { uri } = await openDoc(draft);
      await client.waitFor('deviation diagnostic', () => client.diagnostics.get(uri)?.diagnostics.find((d) => d.code === 'agreed-language-deviation'));
      const at = find(draft, '其中审查了', 3);
      const acts = await actions(uri, { start: at, end: at });
      const use76 = acts.find((a) => a.title.startsWith('改用 A/RES/76/189，PP 11'));
      assert.ok(use76, acts.map((a) => a.title).join(' | '));
      // 76/189 writes "2015年12月15日" without spaces; spacing is not a deviation, so it is kept.
      assert.equal(apply(uri, draft, use76), ORIGINAL);
      const copy = acts.find((a) => a.command?.command === 'resolution.copyCitation' && String(a.command.arguments?.[0]).startsWith('A/RES/76/189，PP 11'));
      assert.ok(copy, acts.map((a) => a.title).join(' | '));
      assert.equal(copy.command!.arguments![0], 'A/RES/76/189，PP 11（2021-12-17）');
    });
  });

  describe('outline, folding, navigation, links', () => {
    let uri: string;
    before(async () => {
      ({ uri } = await openDoc(ORIGINAL));
    });

    it('document symbols: header, preamble, operative paragraphs with verb and number, sub-paragraphs, footnotes', async () => {
      type Sym = { name: string; children?: Sym[]; range: Range };
      const syms = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const names = syms.map((s) => s.name);
      assert.deepEqual(names, ['标题部分', '序言部分', '执行部分', '脚注']);
      const ops = syms[2].children!;
      assert.equal(ops.length, 74);
      assert.equal(ops[0].name, '1. 确认');
      assert.equal(ops[73].name, '74. 决定');
      const op70 = ops[69];
      assert.deepEqual(op70.children?.map((c) => c.name), ['(a)', '(b)']);
      assert.equal(syms[3].children!.length, 26);
      assert.ok(syms[1].children!.length >= 40);
    });

    it('folding ranges cover the preamble, the operative part and footnote blocks', async () => {
      const folds = await client.request<Array<{ startLine: number; endLine: number; kind?: string }>>('textDocument/foldingRange', { textDocument: { uri } });
      const op1 = find(ORIGINAL, '1. **确认**信息和通信技术具有潜力').line;
      const op74 = find(ORIGINAL, '74. **决定**').line;
      assert.ok(folds.some((f) => f.startLine === op1 && f.endLine === op74), 'operative part');
      const fn1 = find(ORIGINAL, '<sup>1</sup> 第 56/183').line;
      const fn2 = find(ORIGINAL, '<sup>2</sup> 经济及社会理事会').line;
      assert.ok(folds.some((f) => f.startLine === fn1 && f.endLine === fn2 && f.kind === 'comment'), 'footnote block');
    });

    it('definition and references of a footnote', async () => {
      const ref = find(ORIGINAL, '<sup>3</sup>的基础上', 5);
      const defs = await client.request<Array<{ uri: string; range: Range }>>('textDocument/definition', { textDocument: { uri }, position: ref });
      assert.equal(defs.length, 1);
      assert.equal(defs[0].range.start.line, find(ORIGINAL, '<sup>3</sup> 大会第69/313号决议').line);
      const refs = await client.request<Array<{ range: Range }>>('textDocument/references', { textDocument: { uri }, position: ref, context: { includeDeclaration: true } });
      assert.deepEqual(refs.map((r) => r.range.start.line), [ref.line, defs[0].range.start.line]);
      const refsOnly = await client.request<Array<{ range: Range }>>('textDocument/references', { textDocument: { uri }, position: defs[0].range.start, context: { includeDeclaration: false } });
      assert.deepEqual(refsOnly.map((r) => r.range.start.line), [ref.line]);
    });

    it('document links from cited resolutions to corpus files', async () => {
      const links = await client.request<Array<{ range: Range; target: string; tooltip?: string }>>('textDocument/documentLink', { textDocument: { uri } });
      const to76 = links.filter((l) => l.target.includes('001_8d8e352413f896fa.txt'));
      assert.ok(to76.length >= 1, JSON.stringify(links.slice(0, 3)));
      // The link points at the line of "76/189." in the precedent.
      const line76 = seed('001').split('\n').findIndex((l) => l.startsWith('76/189.'));
      assert.ok(to76[0].target.endsWith(`#L${line76 + 1}`), to76[0].target);
      assert.ok(to76[0].target.startsWith('file:///'));
      const fn1Line = find(ORIGINAL, '<sup>1</sup> 第 56/183').line;
      assert.ok(to76.some((l) => l.range.start.line === fn1Line));
    });
  });

  describe('completion', () => {
    type Item = { label: string; detail?: string; sortText?: string; textEdit?: TextEdit };
    async function complete(uri: string, pos: { line: number; character: number }): Promise<Item[]> {
      const r = await client.request<Item[] | { items: Item[] }>('textDocument/completion', { textDocument: { uri }, position: pos });
      const items = Array.isArray(r) ? r : r.items;
      return items.sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    }

    it('preambular verbs in the preamble, operative verbs after a number, ranked by corpus use', async () => {
      const anchor = '**承认**我们的数字合作基于国际法';
      const pp = find(ORIGINAL, anchor).line;
      const draft = ORIGINAL.replace(anchor, `又\n\n${anchor}`);
      const { uri } = await openDoc(draft);
      const items = await complete(uri, { line: pp, character: 1 });
      const labels = items.map((i) => i.label);
      assert.ok(labels.includes('又回顾') && labels.includes('又重申'), labels.slice(0, 20).join(','));
      assert.match(items.find((i) => i.label === '又回顾')!.detail!, /序言部分动词/);
      const opAnchor = '74. **决定**';
      const draft2 = ORIGINAL.replace(opAnchor, `75. \n\n${opAnchor}`);
      const { uri: u2 } = await openDoc(draft2);
      const opItems = await complete(u2, { line: find(draft2, '75. ').line, character: 4 });
      const opLabels = opItems.map((i) => i.label);
      assert.match(opItems[0].detail!, /执行部分动词/);
      assert.ok(opLabels.indexOf('鼓励') >= 0 && opLabels.indexOf('鼓励') < opLabels.indexOf('回顾'), opLabels.slice(0, 15).join(','));
    });

    it('footnote numbers after <sup>', async () => {
      const anchor = '其中评估了在执行世界峰会成果方面';
      const draft = ORIGINAL.replace(anchor, `<sup>${anchor}`);
      const { uri } = await openDoc(draft);
      const pos = find(draft, `<sup>${anchor}`, 5);
      const items = await complete(uri, pos);
      // Footnote 10 is referenced just before (…成果文件，<sup>10</sup>), so the next number is 11.
      assert.equal(items[0].label, '11');
      assert.equal(items[0].textEdit?.newText, '11</sup>');
      assert.ok(items.some((i) => i.label === '3' && /69\/313/.test(i.detail ?? '')));
    });

    it('agreed continuations of a clause, with their source', async () => {
      const typed = '重申其对信息社会世界峰会';
      const anchor = '**承认**我们的数字合作基于国际法';
      const draft = ORIGINAL.replace(anchor, `${typed}\n\n${anchor}`);
      const { uri } = await openDoc(draft);
      const pos = find(draft, typed, typed.length);
      const items = await complete(uri, pos);
      const cont = items.filter((i) => i.textEdit?.newText.startsWith(typed + '在《日内瓦原则宣言》中所述愿景'));
      assert.ok(cont.length >= 1, items.map((i) => i.label).slice(0, 10).join(' | '));
      assert.ok(cont.some((i) => /A\/RES\/76\/189/.test(i.detail ?? '')), cont.map((i) => i.detail).join(' | '));
      assert.deepEqual(cont[0].textEdit!.range, { start: { line: pos.line, character: 0 }, end: pos });
    });
  });

  describe('custom requests', () => {
    it('resolution/findPrecedent by text and by range', async () => {
      type P = { symbol: string; paragraph: string; date?: string; similarity: number; text: string; docPath: string; line?: number };
      const byText = await client.request<P[]>('resolution/findPrecedent', { text: '其对信息社会世界峰会在《日内瓦原则宣言》中所述愿景的共同向往和承诺' });
      const symbols = byText.map((p) => `${p.symbol} ${p.paragraph}`);
      assert.ok(symbols.includes('A/RES/76/189 PP 14') || symbols.some((s) => s.startsWith('A/RES/76/189 PP')), symbols.join(', '));
      const hit76 = byText.find((p) => p.symbol === 'A/RES/76/189')!;
      assert.equal(hit76.date, '2021-12-17');
      assert.ok(hit76.similarity > 0.9);
      assert.ok(hit76.docPath.includes('001_8d8e352413f896fa.txt'));
      assert.equal(seed('001').split('\n')[hit76.line!].includes('重申其对信息社会世界峰会'), true);
      const { uri } = await openDoc(ORIGINAL);
      const at = find(ORIGINAL, '又重申** 信息社会世界峰会成果执行情况', 10);
      const byRange = await client.request<P[]>('resolution/findPrecedent', { uri, range: { start: at, end: at } });
      assert.ok(byRange.length >= 2);
      assert.ok(byRange.slice(0, 3).some((p) => p.symbol === 'A/RES/76/189'), byRange.map((p) => p.symbol).join(','));
      for (let i = 1; i < byRange.length; i++) assert.ok(byRange[i - 1].similarity >= byRange[i].similarity);
    });

    it('resolution/report: per paragraph status with sources, and Markdown', async () => {
      const { uri } = await openDoc(seed('001'));
      const r = await client.request<{ paragraphs: Array<{ label: string; status: string; sources: Array<{ symbol: string }> }>; counts: Record<string, number>; agreedShare: number; markdown: string }>('resolution/report', { uri });
      const total = r.counts.agreed + r.counts.near + r.counts.partial + r.counts.new;
      assert.equal(total, r.paragraphs.length);
      assert.ok(r.paragraphs.length > 50);
      const pp4 = r.paragraphs.find((p) => p.label === 'PP 4')!;
      assert.equal(pp4.status, 'agreed');
      assert.ok(pp4.sources.some((s) => s.symbol === 'A/RES/80/118'));
      assert.match(r.markdown, /^# 商定语言报告/);
      assert.match(r.markdown, /\| PP 4 \| 商定 \|/);
    });
  });
});
