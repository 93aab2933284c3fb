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

  it('answers a document that is not open with an error, and keeps serving', async () => {
    await assert.rejects(client.request('resolution/exportDocx', { uri: 'file:///nope.md' }));
    await assert.rejects(client.request('resolution/exportDocx', null));
  });
});
