/**
 * One large document never stalls the others (issue 7, item 1): the language server parses a large draft off
 * its main thread, cancels the analysis of a version that an edit has replaced, and honours LSP cancellation
 * of requests that wait for an analysis. Against the built server (dist/). Not timed: each test checks an
 * order of events. The drafts are the seed 000 repeated (about 740,000 characters, a few seconds of analysis
 * on a busy machine); the timed figures, with the 12 and 20 MB drafts, are in test/bench/reliability.ts.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CancellationTokenSource } from 'vscode-languageserver/node';
import { createLanguageService } from '../../server/src/service/languageService';
import { ROOT, TestClient, type Diagnostic } from '../protocol/lspClient';

const SEED = fs.readFileSync(path.join(ROOT, 'seeds', fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith('000'))!), 'utf8');
const LARGE = Array(40).fill(SEED).join('\n\n');
const SMALL = 'The General Assembly,\n\n1. Decides to remain seized of the matter.\n';
const small = 'file:///responsive/small.res.md';
const large = 'file:///responsive/large.res.md';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const key = (d: Diagnostic) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;

describe('reliability: one large document never stalls the others', function () {
  this.timeout(180_000);
  let client: TestClient;

  beforeEach(async () => {
    client = await TestClient.start({ initializationOptions: { corpus: { includeBuiltIn: false } }, settings: { corpus: { includeBuiltIn: false } } });
    client.open(small, SMALL);
    await client.diagnosticsFor(small, 1, 60_000);
    await client.waitFor('corpus settled', () => client.statuses.find((s) => s.indexing === false), 60_000);
  });
  afterEach(async () => {
    await client.stop();
  });

  it('answers a hover on a small document before the large one it is analysing has its diagnostics', async () => {
    // written in full, then a moment for the server to read it and start: a hover sent with the didOpen
    // could be read in the same batch and answered first even by a server that blocks
    await client.open(large, LARGE);
    await sleep(100);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: small }, position: { line: 2, character: 5 } });
    const largeDone = client.published.some((p) => p.uri === large);
    const diags = await client.diagnosticsFor(large, 1, 120_000);
    assert.ok(!largeDone, 'the hover on the small document waited for the large document’s analysis');
    assert.ok(hover && /Decides/i.test(JSON.stringify(hover)) || hover === null, 'a hover answer');
    assert.ok(diags.length > 0, 'the large document is analysed all the same');
  });

  it('cancels the analysis of a replaced version: only the latest version’s diagnostics are published, of its full text', async () => {
    await client.open(large, LARGE);
    await sleep(150);
    // two edits while version 1 is analysed: a new first paragraph, then a broken paragraph number
    client.change(large, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Note 1\n\n');
    await sleep(150);
    const v3 = client.change(large, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Note 2\n\n');
    const diags = await client.diagnosticsFor(large, v3, 120_000);
    const versions = client.published.filter((p) => p.uri === large).map((p) => p.version);
    assert.deepStrictEqual(versions, [v3], `published versions ${versions.join(', ')}`);
    // the text is never lost: the server's findings are those of the client's text, both edits applied
    const expected = createLanguageService().analyze(client.text(large)).diagnostics.map((d) => key(d as unknown as Diagnostic));
    assert.ok(client.text(large).startsWith('Note 2\n\nNote 1\n\n'));
    assert.deepStrictEqual(diags.map(key), expected);
  });

  it('a request cancelled while it waits for the analysis gets RequestCancelled, and the server goes on', async () => {
    await client.open(large, LARGE);
    await sleep(100);
    const source = new CancellationTokenSource();
    const symbols = client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: large } }, source.token);
    await sleep(100);
    source.cancel();
    const outcome = await symbols.then(
      (r) => ({ result: r }),
      (e: { code?: number }) => ({ code: e.code }),
    );
    assert.deepStrictEqual(outcome, { code: -32800 }, `expected RequestCancelled, got ${JSON.stringify(outcome).slice(0, 200)}`);
    const diags = await client.diagnosticsFor(large, 1, 120_000);
    assert.ok(diags.length > 0);
    const again = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: large } });
    assert.ok(Array.isArray(again) && again.length > 0, 'the server answers the same request afterwards');
    assert.ok(!client.logs.some((l) => /failed|Error:/.test(l) && !/cancel/i.test(l)), client.logs.filter((l) => /failed|Error:/.test(l)).join('\n'));
  });
});
