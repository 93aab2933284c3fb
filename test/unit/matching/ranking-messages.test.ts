/**
 * Ranking of sources and the wording of deviation messages, on the seeds.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { toCorpusDocument, type DocumentMeta } from '../../../server/src/service/corpus';
import { AgreedLanguageIndex, abbreviate, labelledParagraphs, sourceMessage, type AgreedSource } from '../../../server/src/service/matching';
import { defaultSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';

const SEEDS = path.join(__dirname, '../../../seeds');
const read = (f: string) => fs.readFileSync(path.join(SEEDS, f), 'utf8');
interface ManifestEntry { file: string; symbol: string | null; citation?: string; citationEn?: string; kind: DocumentMeta['kind']; status: DocumentMeta['status']; date: string }
const manifest: { documents: ManifestEntry[] } = JSON.parse(read('manifest.json'));

function seedDoc(file: string) {
  const m = manifest.documents.find((d) => d.file === file)!;
  const symbol = m.symbol ?? undefined;
  const meta: DocumentMeta = {
    id: file,
    path: `builtin:${file}`,
    symbol,
    citation: { zh: symbol ?? m.citation ?? file, en: symbol ?? m.citationEn ?? file },
    kind: m.kind,
    status: m.status,
    date: m.date,
    language: 'zh',
    builtIn: true,
  };
  return toCorpusDocument(parseDocument(read(file)), meta);
}

const paragraphText = (file: string, label: string) => labelledParagraphs(parseDocument(read(file))).find((p) => p.label === label)!.paragraph.text;
const zh = defaultSettings('zh');

describe('matching: ranking of sources', () => {
  it('a paragraph of a new draft copied from 80/118 PP 3: A/RES/80/118, then A/RES/76/189, then the 72nd-session draft', () => {
    const ix = new AgreedLanguageIndex();
    // added in the "wrong" order on purpose: the order must come from closeness, status and date
    for (const f of ['004_4510d16fedc8d16d.txt', '001_8d8e352413f896fa.txt', '000_1ed030a242e859ae.txt']) ix.addDocument(seedDoc(f));
    const text = paragraphText('000_1ed030a242e859ae.txt', 'PP 3');
    const draft = parseDocument(`大会，\n\n${text}\n\n1. 决定继续审议这个问题。\n`);
    const a = ix.analyze(draft, zh).find((x) => x.label === 'PP 1')!;
    assert.strictEqual(a.status, 'exact');
    const ids = a.sources.map((s) => s.docId);
    assert.deepStrictEqual(ids.slice(0, 3), ['000_1ed030a242e859ae.txt', '001_8d8e352413f896fa.txt', '004_4510d16fedc8d16d.txt'], JSON.stringify(a.sources.map((s) => [s.symbol, s.paragraph, s.similarity])));
    assert.strictEqual(a.sources[0].similarity, 1);
    // closest first
    for (let i = 1; i < a.sources.length; i++) assert.ok(a.sources[i - 1].similarity >= a.sources[i].similarity);
  });

  it('equally close sources: adopted before drafts, then the most recent', () => {
    const ix = new AgreedLanguageIndex();
    const text = read('001_8d8e352413f896fa.txt');
    const doc = (id: string, status: DocumentMeta['status'], date: string) =>
      toCorpusDocument(parseDocument(text), { id, path: `mem:${id}`, symbol: id, citation: { zh: id, en: id }, kind: 'resolution', status, date, language: 'zh', builtIn: false });
    ix.addDocument(doc('draft-2024', 'draft', '2024'));
    ix.addDocument(doc('adopted-2019', 'adopted', '2019-12-19'));
    ix.addDocument(doc('adopted-2021', 'adopted', '2021-12-17'));
    const p = paragraphText('001_8d8e352413f896fa.txt', 'PP 4');
    const r = ix.analyzeParagraph({ text: p, bodyStart: 0 }, zh);
    assert.deepStrictEqual(r.sources.map((s) => s.docId), ['adopted-2021', 'adopted-2019', 'draft-2024']);
  });
});

describe('matching: deviation messages', () => {
  const src = (changes: AgreedSource['changes']): AgreedSource => ({
    symbol: 'A/RES/76/189',
    paragraph: 'OP 30',
    paragraphText: { zh: '执行部分第 30 段', en: 'OP 30' },
    citation: { zh: 'A/RES/76/189', en: 'A/RES/76/189' },
    date: '2021-12-17',
    similarity: 0.9,
    text: '',
    changes,
    docId: 'x',
    paragraphIndex: 0,
  });

  it('names the changes compactly and in order, in both languages', () => {
    const s = src([
      { kind: 'changed', from: '因特网', to: '互联网' },
      { kind: 'added', to: '以包容、公平的方式' },
    ]);
    assert.strictEqual(sourceMessage('zh', 'near', s, 0), '与 A/RES/76/189 执行部分第 30 段相近：“因特网” → “互联网”；新增“以包容、公平的方式”');
    assert.strictEqual(sourceMessage('en', 'near', s, 0), 'Deviates from agreed language (A/RES/76/189, OP 30, 2021): “因特网” → “互联网”; added “以包容、公平的方式”');
  });

  it('abbreviates long insertions with an ellipsis and lists at most three changes with “and N more”', () => {
    const long = '，并注意到妇女地位委员会第六十七届会议题为“创新和技术变革以及数字时代的教育”的结论';
    const s = src([
      { kind: 'added', to: long },
      { kind: 'removed', from: '及其' },
      { kind: 'changed', from: '各国', to: '国家' },
      { kind: 'removed', from: '建立' },
      { kind: 'removed', from: '实施' },
    ]);
    const zhMsg = sourceMessage('zh', 'near', s, 0);
    assert.ok(zhMsg.includes(`新增“${abbreviate(long)}”`), zhMsg);
    assert.ok(abbreviate(long).includes('…') && abbreviate(long).length < long.length);
    assert.ok(abbreviate(long).startsWith('，并注意到妇女地位') && abbreviate(long).endsWith('”的结论'));
    assert.ok(zhMsg.endsWith('；另有 2 处改动'), zhMsg);
    assert.ok(!zhMsg.includes('建立'));
    const enMsg = sourceMessage('en', 'near', s, 0);
    assert.ok(enMsg.endsWith('; and 2 more changes'), enMsg);
    // order kept: the first change first
    assert.ok(enMsg.indexOf('added') < enMsg.indexOf('dropped “及其”') && enMsg.indexOf('dropped “及其”') < enMsg.indexOf('“各国”'));
    // four changes are all listed (never “and 1 more”)
    assert.ok(!sourceMessage('en', 'near', src(s.changes.slice(0, 4)), 0).includes('more changes'));
  });

  it('abbreviates English at word boundaries', () => {
    const t = 'in an inclusive and equitable manner, taking into account national circumstances and priorities';
    const a = abbreviate(t);
    assert.ok(a.includes('…') && a.length < t.length, a);
    const [head, tail] = a.split('…');
    assert.ok(t.startsWith(head) && t.endsWith(tail));
    assert.ok(t.split(' ').includes(head.split(' ').pop()!) && t.split(' ').includes(tail.split(' ')[0]), a);
  });

  it('the 80/118 paragraphs that are 76/189 paragraphs with clauses added read as deviations naming the addition', () => {
    const ix = new AgreedLanguageIndex();
    ix.addDocument(seedDoc('001_8d8e352413f896fa.txt'));
    const ag = new Map(ix.analyze(parseDocument(read('000_1ed030a242e859ae.txt')), zh).map((a) => [a.label, a]));
    const op28 = ag.get('OP 28')!;
    assert.strictEqual(op28.status, 'near');
    assert.strictEqual(op28.sources[0].paragraph, 'OP 18');
    assert.ok((op28.sources[0].coverage ?? 0) >= 0.85);
    const ins = op28.sources[0].changes.find((c) => c.kind !== 'verb')!;
    assert.ok(ins.to!.includes('包括社区网络') && ins.to!.includes('商业模式'), JSON.stringify(ins));
    const op7 = ag.get('OP 7')!;
    assert.strictEqual(op7.status, 'near');
    assert.strictEqual(op7.sources[0].paragraph, 'OP 5');
    const ds = ix.diagnostics(parseDocument(read('000_1ed030a242e859ae.txt')), [op28], zh);
    assert.strictEqual(ds[0].code, 'agreed-language-deviation');
    assert.ok(/^与 A\/RES\/76\/189 执行部分第 18 段相近：“等” → “，包括社区网络.*….*商业模式”/.test(ds[0].message), ds[0].message);
  });
});
