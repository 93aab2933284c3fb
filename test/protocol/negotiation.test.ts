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

  it('answers a document that is not open with an error, and keeps serving', async () => {
    await assert.rejects(client.request('resolution/exportDocx', { uri: 'file:///nope.md' }));
    await assert.rejects(client.request('resolution/exportDocx', null));
  });
});
