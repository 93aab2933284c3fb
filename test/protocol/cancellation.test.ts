/**
 * Cancelled negotiation and source-text requests (`resolution/exportDocx`, `resolution/compareCandidates`,
 * `resolution/compare`, `resolution/sourceText`) answer RequestCancelled (-32800), as the editor requests do;
 * the same requests not cancelled answer as before, and the server keeps serving.
 *
 * A request and its `$/cancelRequest` are written to the server in one write, so the server reads the
 * cancellation before it runs the request: the answer does not depend on timing. A second case cancels an
 * export of a large draft while the server works on it (its analysis, or the export itself).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CancellationTokenSource, LSPErrorCodes, Trace, TraceFormat } from 'vscode-languageserver/node';
import { skipWithoutRealEn } from '../support/realEn';
import { draftWithSlips } from '../support/slippedDraft';
import { FIXTURE_DIR } from '../support/wordFixtures';
import { seed, TestClient } from './lspClient';

interface RawResponse {
  id: string;
  result?: unknown;
  error?: { code: number; message: string };
}

/**
 * Sends a request and its cancellation in one write to the server's stdin (no other message is being
 * written: the caller has awaited its own), and resolves with the server's response to it.
 */
function requestCancelledAtOnce(client: TestClient, responses: Map<string, (r: RawResponse) => void>, method: string, params: unknown): Promise<RawResponse> {
  const id = `cancelled-${responses.size + 1}-${Date.now()}`;
  const frame = (m: object) => {
    const body = Buffer.from(JSON.stringify(m), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
  };
  const answer = new Promise<RawResponse>((resolve) => responses.set(id, resolve));
  client.proc.stdin!.write(Buffer.concat([frame({ jsonrpc: '2.0', id, method, params }), frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } })]));
  return answer;
}

describe('protocol: cancelled negotiation and source-text requests answer RequestCancelled', function () {
  this.timeout(120_000);
  let client: TestClient;
  let dir: string;
  let pdf: string;
  /** Responses to the raw requests (ids the connection did not send), read from its JSON trace. */
  const responses = new Map<string, (r: RawResponse) => void>();
  const draftUri = 'file:///drafts/cancel-000.md';

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'res-cancel-'));
    fs.copyFileSync(path.join(FIXTURE_DIR, 'en-draft.pdf'), path.join(dir, 'en-draft.pdf'));
    pdf = path.join(fs.realpathSync(dir), 'en-draft.pdf');
    // the built-in corpus (the seeds' precedents) and one PDF, for "open source"
    client = await TestClient.start({ locale: 'zh-cn', settings: { corpus: { folders: [dir], includeBuiltIn: true } } });
    await client.connection.trace(
      Trace.Verbose,
      {
        log: (m: unknown) => {
          const msg = (m as { type?: string; message?: RawResponse }).type === 'receive-response' ? (m as { message: RawResponse }).message : undefined;
          if (msg && typeof msg.id === 'string') responses.get(msg.id)?.(msg);
        },
      },
      { sendNotification: false, traceFormat: TraceFormat.JSON },
    );
    await client.waitFor('the corpus with the PDF', () => client.statuses.find((s) => s.indexing === false && (s.corpusDocuments as number) > 1), 60_000);
    await client.open(draftUri, seed('000'));
    await client.diagnosticsFor(draftUri, 1);
  });
  after(async () => {
    await client?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exportDocx, compareCandidates and compare cancelled: -32800; not cancelled: the answer', async () => {
    const cands = await client.request<Array<{ docId: string; label: string; paragraphs: number }>>('resolution/compareCandidates', { uri: draftUri });
    const c76 = cands.find((c) => c.label === 'A/RES/76/189');
    assert.ok(c76, JSON.stringify(cands.slice(0, 3)));
    for (const [method, params] of [
      ['resolution/exportDocx', { uri: draftUri }],
      ['resolution/compareCandidates', { uri: draftUri }],
      ['resolution/compare', { uri: draftUri, docId: c76.docId }],
    ] as const) {
      const r = await requestCancelledAtOnce(client, responses, method, params);
      assert.equal(r.error?.code, LSPErrorCodes.RequestCancelled, `${method}: ${JSON.stringify(r).slice(0, 200)}`);
      assert.equal(r.result, undefined);
    }
    // the same requests not cancelled
    const exported = await client.request<{ data: string; summary: Record<string, number> }>('resolution/exportDocx', { uri: draftUri });
    assert.ok(Buffer.from(exported.data, 'base64').subarray(0, 2).toString('latin1') === 'PK', 'a .docx (zip) file');
    assert.deepEqual(await client.request('resolution/compareCandidates', { uri: draftUri }), cands);
    const cmp = await client.request<{ summary: Record<string, number>; precedent: string }>('resolution/compare', { uri: draftUri, docId: c76.docId });
    assert.equal(cmp.precedent, 'A/RES/76/189');
    assert.equal(cmp.summary.unchanged + cmp.summary.technical + cmp.summary.changed + cmp.summary.new, 135);
  });

  it('sourceText cancelled: -32800; not cancelled: the text', async () => {
    const r = await requestCancelledAtOnce(client, responses, 'resolution/sourceText', { path: pdf, paragraph: 0 });
    assert.equal(r.error?.code, LSPErrorCodes.RequestCancelled, JSON.stringify(r).slice(0, 200));
    const ok = await client.request<{ text: string; found: string }>('resolution/sourceText', { path: pdf, paragraph: 0 });
    assert.ok(ok.text.length > 1000, `${ok.text.length} characters`);
    assert.notEqual(ok.found, 'none');
    // refused before anything is read, cancelled or not
    await assert.rejects(client.request('resolution/sourceText', { path: '/etc/passwd' }), /not a corpus file/);
  });

  it('an export of a large draft cancelled while the server works on it: -32800, and the server keeps serving', async function () {
    skipWithoutRealEn(this);
    const uri = 'file:///drafts/cancel-large.md';
    await client.open(uri, draftWithSlips(1500));
    const source = new CancellationTokenSource();
    const exported = client.connection.sendRequest('resolution/exportDocx', { uri }, source.token);
    source.cancel();
    await assert.rejects(exported, (e: { code?: number }) => e.code === LSPErrorCodes.RequestCancelled);
    // its findings come, and a request not cancelled is answered
    await client.diagnosticsFor(uri, 1, 60_000);
    const cands = await client.request<unknown[]>('resolution/compareCandidates', { uri });
    assert.ok(cands.length > 0);
  });
});
