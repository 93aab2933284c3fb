import * as assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/service/parser';
import { readDocx } from '../unit/negotiation/docxReader';
import { commentedParagraphs, expectedParagraphs } from '../unit/negotiation/helpers';
import { seed, TestClient } from './lspClient';

describe('protocol: resolution/exportDocx', function () {
  this.timeout(60_000);
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ locale: 'zh-cn' });
    await client.waitForCorpus();
  });
  after(async () => {
    await client?.stop();
  });

  it('returns the open draft as a .docx whose text with all changes accepted is the draft', async () => {
    const text = seed('000');
    const uri = 'file:///drafts/export-000.md';
    client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    const r = await client.request<{ data: string; summary: Record<string, number>; warnings: string[] }>('resolution/exportDocx', { uri });
    const read = await readDocx(Buffer.from(r.data, 'base64'));
    const expected = expectedParagraphs(parseDocument(text));
    assert.deepEqual(commentedParagraphs(read).map((p) => p.accepted), expected.map((e) => e.text));
    assert.equal(Object.values(r.summary).reduce((a, b) => a + b, 0), expected.length);
    assert.ok(r.summary.exact + r.summary.technical + r.summary.changed > 0, JSON.stringify(r.summary));
    // the built-in corpus holds 80/118 itself (at another path): its paragraphs are agreed language
    assert.ok([...read.comments.values()].some((c) => /A\/RES\/80\/118, PP 4, 2025/.test(c)), [...read.comments.values()].slice(0, 5).join("\n"));
  });

  it('resolution/compareCandidates ranks the corpus by the draft’s agreed language; resolution/compare gives the summary and the aligned table', async () => {
    const uri = 'file:///drafts/compare-000.md';
    client.open(uri, seed('000'));
    await client.diagnosticsFor(uri, 1);
    const cands = await client.request<Array<{ docId: string; label: string; paragraphs: number }>>('resolution/compareCandidates', { uri });
    assert.ok(cands.length >= 2);
    for (let i = 1; i < cands.length; i++) assert.ok(cands[i - 1].paragraphs >= cands[i].paragraphs);
    const c76 = cands.find((c) => c.label === 'A/RES/76/189');
    assert.ok(c76 && c76.paragraphs > 30, JSON.stringify(cands.slice(0, 3)));
    const r = await client.request<{ summary: Record<string, number>; summaryText: string; html: string }>('resolution/compare', { uri, docId: c76.docId });
    assert.equal(r.summary.unchanged + r.summary.technical + r.summary.changed + r.summary.new, 135);
    assert.ok(r.summary.technical >= 2);
    assert.match(r.summaryText, /\d+ unchanged, \d+ technical updates, \d+ changed, \d+ new, \d+ deleted, \d+ moved/);
    assert.match(r.html, /<del>[^<]*75\/202<\/del><ins>[^<]*79\/194<\/ins>/);
    await assert.rejects(client.request('resolution/compare', { uri, docId: 'nope' }));
  });

  it('resolution/compare gives the precedent and the draft as paragraph-aligned texts for the diff editor', async () => {
    const uri = 'file:///drafts/compare-aligned-000.md';
    const text = seed('000');
    client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    const cands = await client.request<Array<{ docId: string; label: string }>>('resolution/compareCandidates', { uri });
    const c76 = cands.find((c) => c.label === 'A/RES/76/189')!;
    const r = await client.request<{ summary: Record<string, number>; aligned: { precedent: string; draft: string }; precedent: string }>('resolution/compare', { uri, docId: c76.docId });
    assert.equal(r.precedent, 'A/RES/76/189');
    const left = r.aligned.precedent.split('\n').slice(0, -1);
    const right = r.aligned.draft.split('\n').slice(0, -1);
    const rows = r.summary.unchanged + r.summary.technical + r.summary.changed + r.summary.new + r.summary.deleted;
    // one line a row on each side
    assert.equal(left.length, rows);
    assert.equal(right.length, rows);
    // the draft's side is the draft's paragraphs in order, each after its label
    const drafted = right.filter((l) => !/^\(/.test(l));
    const expected = expectedParagraphs(parseDocument(text));
    assert.equal(drafted.length, expected.length);
    drafted.forEach((l, i) => assert.ok(l.startsWith(expected[i].label) && l.endsWith(expected[i].text.replace(/^[^\t]*\t/, '')), `${l.slice(0, 40)} ≠ ${expected[i].label}`));
    // PP 1 faces 76/189's PP 1: the technical update on one line each side
    const pp1 = right.findIndex((l) => l.startsWith('PP 1  '));
    assert.match(left[pp1], /^PP 1 {2}.*2020 年 12 月 21 日第 75\/202 号决议/);
    assert.match(right[pp1], /^PP 1 {2}.*2024 年 12 月 19 日第 79\/194 号决议/);
    // new paragraphs (and merged ones, whose sources are several) face their label alone; deleted ones are keyed by the precedent's label
    const alone = left.filter((l, i) => l === right[i].split('  ')[0]);
    assert.ok(alone.length >= r.summary.new && alone.length <= r.summary.new + 3, `${alone.length} lines alone, ${r.summary.new} new`);
    assert.equal(right.filter((l) => /^\((PP|OP) \d+\)$/.test(l)).length, r.summary.deleted);
  });

  it('answers a document that is not open with an error, and keeps serving', async () => {
    await assert.rejects(client.request('resolution/exportDocx', { uri: 'file:///nope.md' }));
    await assert.rejects(client.request('resolution/exportDocx', null));
  });
});
