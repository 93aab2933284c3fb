import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { toCorpusDocument, type CorpusDocument, type DocumentMeta } from '../../../server/src/service/corpus';
import { AgreedLanguageIndex, labelledParagraphs, type ParagraphAgreement } from '../../../server/src/service/matching';
import { defaultSettings, type ServiceSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';
import { normalize } from '../../../server/src/service/matching/normalize';

const SEEDS = path.join(__dirname, '../../../seeds');
const read = (f: string) => fs.readFileSync(path.join(SEEDS, f), 'utf8');
const DRAFT = '000_1ed030a242e859ae.txt';
const PRECEDENT = '001_8d8e352413f896fa.txt';

function meta(id: string, symbol: string | undefined, date: string, status: DocumentMeta['status'] = 'adopted'): DocumentMeta {
  return { id, path: `mem:${id}`, symbol, citation: { zh: symbol ?? id, en: symbol ?? id }, kind: 'resolution', status, date, language: 'zh', builtIn: false };
}

function corpusDoc(text: string, m: DocumentMeta): CorpusDocument {
  return toCorpusDocument(parseDocument(text), m);
}

const res76189 = () => corpusDoc(read(PRECEDENT), meta('76/189', 'A/RES/76/189', '2021-12-17'));

function byLabel(ag: ParagraphAgreement[]): Map<string, ParagraphAgreement> {
  return new Map(ag.map((a) => [a.label, a]));
}

/** A small draft in the Markdown form of seed 000. */
function draftText(pps: string[], ops: string[]): string {
  const lines = ['大会，', ''];
  for (const p of pps) lines.push(p, '');
  ops.forEach((o, i) => lines.push(`${i + 1}. ${o}`, ''));
  return lines.join('\n');
}

describe('matching/AgreedLanguageIndex', () => {
  const zh = defaultSettings('zh');
  const en = defaultSettings('en');
  let index: AgreedLanguageIndex;
  const draft = parseDocument(read(DRAFT));

  before(() => {
    index = new AgreedLanguageIndex();
    index.addDocument(res76189());
  });

  it('analyses every paragraph of the draft, sub-paragraphs included', () => {
    const ag = index.analyze(draft, zh);
    assert.strictEqual(ag.length, labelledParagraphs(draft).length);
    assert.ok(ag.some((a) => a.label === 'OP 70(a)'));
  });

  it('separates the leading verb: 认识到X against 确认X is exact agreed language with a verb change', () => {
    const a = byLabel(index.analyze(draft, zh)).get('PP 7')!;
    assert.strictEqual(a.status, 'exact');
    assert.strictEqual(a.sources[0].paragraph, 'PP 6');
    assert.deepStrictEqual(a.sources[0].changes, [{ kind: 'verb', from: '确认', to: '认识到' }]);
    const d = index.diagnostics(draft, [a], zh)[0];
    assert.strictEqual(d.code, 'agreed-language');
    assert.strictEqual(d.severity, 3);
    assert.strictEqual(d.source, 'resolution');
    assert.strictEqual(d.message, '与 A/RES/76/189 序言部分第 6 段一致；引导动词不同：“确认” → “认识到”');
    // the span is the body, in the source text
    assert.ok(draft.text.slice(d.span!.start, d.span!.end).startsWith('科学和技术促进发展委员会作为'));
  });

  it('reports a term change as a deviation, naming what changed, in both languages', () => {
    const a = byLabel(index.analyze(draft, zh)).get('PP 47')!;
    assert.strictEqual(a.status, 'near');
    const [dz] = index.diagnostics(draft, [a], zh);
    assert.strictEqual(dz.code, 'agreed-language-deviation');
    assert.strictEqual(dz.severity, 2);
    assert.strictEqual(dz.message, '与 A/RES/76/189 序言部分第 33 段相近：“因特网” → “互联网”；“因特网” → “互联网”');
    const [de] = index.diagnostics(draft, [a], en);
    assert.strictEqual(de.message, 'Deviates from agreed language (A/RES/76/189, PP 33, 2021): “因特网” → “互联网”; “因特网” → “互联网”');
    const data = dz.data as { sources: Array<{ symbol: string; paragraph: string; date?: string; similarity: number; text: string; changes: unknown[] }> };
    assert.strictEqual(data.sources[0].symbol, 'A/RES/76/189');
    assert.strictEqual(data.sources[0].date, '2021-12-17');
    assert.ok(data.sources[0].similarity > 0.9 && data.sources[0].similarity < 1);
    assert.ok(data.sources[0].text.startsWith('又重申因特网治理'));
  });

  it('exact agreed language in English message form', () => {
    const a = byLabel(index.analyze(draft, en)).get('OP 8')!;
    assert.strictEqual(a.status, 'exact');
    assert.strictEqual(index.diagnostics(draft, [a], en)[0].message, 'Agreed language: A/RES/76/189, OP 6 (2021)');
  });

  it('places partial reuse on the reused span of the source text', () => {
    const a = byLabel(index.analyze(draft, zh)).get('OP 73')!;
    assert.strictEqual(a.status, 'partial');
    const span = a.spans[0];
    const reused = draft.text.slice(span.start, span.end);
    assert.ok(reused.includes('创新促进可持续发展目标多利益攸关方论坛共同主席'), reused);
    assert.ok(reused.length <= 40, reused);
    const [d] = index.diagnostics(draft, [a], zh);
    assert.strictEqual(d.code, 'agreed-language');
    assert.strictEqual((d.data as { partial: boolean }).partial, true);
    assert.ok(d.message.startsWith('部分沿用 A/RES/76/189 '), d.message);
    // the forum's name occurs in several 76/189 paragraphs: all are listed for the span, best first
    const listed = (d.data as { sources: Array<{ paragraph: string; similarity: number }> }).sources;
    assert.ok(listed.length >= 2, JSON.stringify(listed));
    assert.ok(listed.every((s, i) => i === 0 || s.similarity <= listed[i - 1].similarity));
    assert.strictEqual(a.spanSources![0][0], a.sources[0]);
  });

  it('analyses reports: report paragraphs and embedded draft resolutions, in document order', () => {
    const report = parseDocument(read('003_10c262350bcf095e.txt'));
    const ag = index.analyze(report, zh);
    assert.strictEqual(ag.length, labelledParagraphs(report).length);
    assert.ok(ag.some((a) => a.label.startsWith('para. ')));
    assert.ok(ag.some((a) => a.label.startsWith('draft resolution I, OP ')));
    const starts = ag.map((a, i) => labelledParagraphs(report)[i].paragraph.span.start);
    assert.ok(starts.every((s, i) => i === 0 || s >= starts[i - 1]), 'document order');
    // the ECOSOC draft reuses 76/189 OP 11 (e-trade initiative) with small changes
    const op40 = ag.find((a) => a.label === 'draft resolution I, OP 40')!;
    assert.strictEqual(op40.status, 'near');
    assert.strictEqual(op40.sources[0].paragraph, 'OP 11');
    for (const d of index.diagnostics(report, ag, zh)) assert.ok(d.span!.end > d.span!.start && d.span!.end <= report.text.length);
  });

  it('finds every seed paragraph as exact agreed language against its own document (draft and corpus split verbs alike)', () => {
    for (const f of [DRAFT, PRECEDENT, '002_c6d456420a6e3b58.txt', '003_10c262350bcf095e.txt', '004_4510d16fedc8d16d.txt']) {
      const doc = parseDocument(read(f));
      const ix = new AgreedLanguageIndex();
      ix.addDocument(toCorpusDocument(doc, meta(f, f, '2020-01-01')));
      const lps = labelledParagraphs(doc);
      ix.analyze(doc, zh).forEach((a, i) => {
        const p = lps[i].paragraph;
        if (normalize(p.text).text.length < 12) return; // too short to be matched
        assert.strictEqual(a.status, 'exact', `${f} ${a.label}`);
        assert.deepStrictEqual(a.sources[0].changes, [], `${f} ${a.label}`);
      });
    }
  });

  it('leaves new paragraphs alone', () => {
    const ag = byLabel(index.analyze(draft, zh));
    for (const l of ['PP 5', 'PP 12', 'OP 13', 'OP 71']) assert.strictEqual(ag.get(l)!.status, 'new', l);
  });

  it('ranks sources: closest first, then adopted over drafts, then the most recent', () => {
    const para = '确认宽带连接对农村和边远地区用户的重要性，在这方面注意到小型和非营利社区运营商等可酌情提供这些服务；';
    const ix = new AgreedLanguageIndex();
    ix.addDocument(corpusDoc(draftText([], [para]), meta('old', 'A/RES/70/1', '2015-09-25')));
    ix.addDocument(corpusDoc(draftText([], [para]), meta('draft', undefined, '2024-01-01', 'draft')));
    ix.addDocument(corpusDoc(draftText([], [para]), meta('new', 'A/RES/78/1', '2023-12-01')));
    ix.addDocument(corpusDoc(draftText([], [para.replace('小型', '大型')]), meta('near', 'A/RES/79/1', '2024-12-01')));
    const d = parseDocument(draftText([], [para]));
    const [a] = ix.analyze(d, zh);
    assert.strictEqual(a.status, 'exact');
    assert.deepStrictEqual(
      a.sources.map((s) => s.docId),
      ['new', 'old', 'draft', 'near'],
    );
    assert.strictEqual(a.totalSources, 4);
  });

  it('re-analyses only the edited paragraph (memoised by paragraph text)', () => {
    const ix = new AgreedLanguageIndex();
    ix.addDocument(res76189());
    const before = ix.computed;
    ix.analyze(draft, zh);
    const first = ix.computed - before;
    assert.strictEqual(first, labelledParagraphs(draft).length);
    ix.analyze(draft, zh);
    assert.strictEqual(ix.computed - before, first, 'second analysis of the same text computes nothing');
    const edited = parseDocument(draft.text.replace('互联网治理，包括加强合作的进程和举办互联网治理论坛', '因特网治理，包括加强合作的进程和举办因特网治理论坛'));
    assert.notStrictEqual(edited.text, draft.text);
    const ag = byLabel(ix.analyze(edited, zh));
    assert.strictEqual(ix.computed - before, first + 1, 'one edited paragraph costs one paragraph');
    assert.strictEqual(ag.get('PP 47')!.status, 'exact');
  });

  it('analyzeParagraph works on plain paragraph input', () => {
    const text = '认识到信息和通信技术是经济发展和投资的关键推进手段，降低了经济参与障碍，从而为就业和社会福祉带来巨大惠益，并确认信息和通信技术在社会中日趋普及对政府提供服务、企业与消费者建立联系以及公民参与公共和私人生活的方式已产生深刻影响，';
    const r = index.analyzeParagraph({ text, verb: '认识到', bodyStart: 3 }, zh);
    assert.strictEqual(r.status, 'near');
    assert.strictEqual(r.sources[0].paragraph, 'PP 22');
    assert.deepStrictEqual(r.sources[0].changes, [
      { kind: 'verb', from: '确认', to: '认识到' },
      { kind: 'changed', from: '深远', to: '深刻' },
    ]);
    assert.strictEqual(r.ranges[0].start, 3);
    // the first half alone is partial reuse, located at the start of the body
    const half = index.analyzeParagraph({ text: text.slice(0, 51), verb: '认识到', bodyStart: 3 }, zh);
    assert.strictEqual(half.status, 'partial');
    assert.strictEqual(half.ranges[0].start, 3);
  });

  it('removes documents and adds them back', () => {
    const ix = new AgreedLanguageIndex();
    const doc = res76189();
    ix.addDocument(doc);
    ix.removeDocument(doc.meta.id);
    assert.ok(ix.analyze(draft, zh).every((a) => a.status === 'new'));
    ix.addDocument(doc);
    assert.strictEqual(byLabel(ix.analyze(draft, zh)).get('PP 4')!.status, 'exact');
  });

  it('stays correct when many documents are removed and re-added (compaction)', () => {
    const ix = new AgreedLanguageIndex();
    const doc = res76189();
    for (let k = 0; k < 60; k++) {
      ix.addDocument({ ...doc, meta: { ...doc.meta, id: `copy${k}` } });
      if (k >= 1) ix.removeDocument(`copy${k - 1}`);
    }
    const ag = byLabel(ix.analyze(draft, zh));
    assert.strictEqual(ag.get('PP 4')!.status, 'exact');
    assert.deepStrictEqual(ag.get('PP 4')!.sources.map((s) => s.docId), ['copy59']);
    assert.strictEqual(ag.get('PP 47')!.sources[0].paragraph, 'PP 33');
    assert.strictEqual(ix.stats().paragraphs, doc.paragraphs.length);
  });

  it('survives toJSON/fromJSON (through a JSON string) with the same results', () => {
    const ix = new AgreedLanguageIndex();
    ix.addDocument(corpusDoc(draftText(['回顾宽带促进可持续发展委员会的报告，'], ['确认宽带连接对农村和边远地区用户的重要性；']), meta('x', 'A/RES/1/1', '2000-01-01')));
    ix.addDocument(res76189());
    ix.removeDocument('x');
    const restored = AgreedLanguageIndex.fromJSON(JSON.parse(JSON.stringify(ix.toJSON())));
    assert.deepStrictEqual(restored.analyze(draft, zh), ix.analyze(draft, zh));
    assert.strictEqual(restored.documentCount, 1);
    assert.throws(() => AgreedLanguageIndex.fromJSON({ ...ix.toJSON(), version: 999 }));
    // without the documents, given back by the caller
    const lean = JSON.parse(JSON.stringify(ix.toJSON({ documents: false })));
    assert.deepStrictEqual(lean.documents, []);
    const docs = ix.toJSON().documents;
    assert.deepStrictEqual(AgreedLanguageIndex.fromJSON(lean, docs).analyze(draft, zh), ix.analyze(draft, zh));
    assert.throws(() => AgreedLanguageIndex.fromJSON(lean, []), /not given/);
  });

  it('follows the severity settings', () => {
    const off: ServiceSettings = { ...zh, severities: { 'agreed-language': 'off', 'agreed-language-deviation': 1 } };
    const ag = index.analyze(draft, off);
    const ds = index.diagnostics(draft, ag, off);
    assert.ok(ds.length > 0);
    assert.ok(ds.every((d) => d.code === 'agreed-language-deviation' && d.severity === 1));
  });

  it('falls back to the default thresholds when settings give none or nonsense', () => {
    const odd = { ...zh, thresholds: { near: Number.NaN } } as unknown as ServiceSettings;
    const a = byLabel(index.analyze(draft, odd));
    assert.strictEqual(a.get('PP 47')!.status, 'near');
    assert.strictEqual(a.get('OP 73')!.status, 'partial');
    assert.strictEqual(a.get('PP 5')!.status, 'new');
  });

  it('honours the near threshold', () => {
    const strict: ServiceSettings = { ...zh, thresholds: { near: 0.99, partialMinChars: 20 } };
    const a = byLabel(index.analyze(draft, strict)).get('PP 47')!;
    assert.notStrictEqual(a.status, 'near');
  });

  it('matches English resolutions, with the verb separated', () => {
    const corpusText = [
      'The General Assembly,',
      '',
      'Recalling its resolution 70/1 of 25 September 2015, entitled "Transforming our world: the 2030 Agenda for Sustainable Development",',
      '',
      '1. Recognizes the need to harness the potential of information and communications technologies as critical enablers of sustainable development and to overcome the digital divide;',
      '',
    ].join('\n');
    const ix = new AgreedLanguageIndex();
    ix.addDocument(toCorpusDocument(parseDocument(corpusText), { ...meta('en', 'A/RES/76/189', '2021-12-17'), language: 'en' }));
    const draftEn = parseDocument(
      [
        'The General Assembly,',
        '',
        'Reaffirming its resolution 70/1 of 25 September 2015, entitled "Transforming our world: the 2030 Agenda for Sustainable Development",',
        '',
        '1. Recognizes the need to harness the potential of information and communications technologies as key enablers of sustainable development and to overcome the digital divide;',
        '',
      ].join('\n'),
    );
    const ag = ix.analyze(draftEn, en);
    assert.strictEqual(ag[0].status, 'exact');
    assert.deepStrictEqual(ag[0].sources[0].changes, [{ kind: 'verb', from: 'Recalling', to: 'Reaffirming' }]);
    assert.strictEqual(ag[1].status, 'near');
    assert.deepStrictEqual(ag[1].sources[0].changes, [{ kind: 'changed', from: 'critical', to: 'key' }]);
  });

  it('does not hang or crash on adversarial paragraphs', () => {
    const t = Date.now();
    const inputs = ['的'.repeat(100_000), '数字鸿沟'.repeat(20_000), 'a '.repeat(50_000), '<sup>'.repeat(10_000), '[x]('.repeat(10_000), ''];
    for (const text of inputs) index.analyzeParagraph({ text, bodyStart: 0 }, zh);
    const big = draftText([], [read(PRECEDENT).replace(/\n+/g, '')]);
    index.analyze(parseDocument(big), zh);
    // repetitive corpus paragraphs too
    const ix = new AgreedLanguageIndex();
    const rep = (n: number) => '信息和通信技术'.repeat(n);
    ix.addDocument({
      meta: meta('rep', 'A/RES/1/1', '2000-01-01'),
      paragraphs: ['的'.repeat(50_000), rep(5000), rep(2000) + '数字鸿沟'].map((text, index) => ({ index, kind: 'operative' as const, label: `OP ${index + 1}`, labelText: { zh: `执行部分第 ${index + 1} 段`, en: `OP ${index + 1}` }, text, bodyStart: 0 })),
    });
    for (const text of ['的'.repeat(60_000), rep(4000) + '新', rep(3000).split('').reverse().join('')]) ix.analyzeParagraph({ text, bodyStart: 0 }, zh);
    assert.ok(Date.now() - t < 5000, `${Date.now() - t} ms`);
  });
});
