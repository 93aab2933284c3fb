/**
 * `resolution/extractDocument` over LSP, as the VS Code command uses it: a
 * Word file in, resolution text out, and the text opened as a document gets
 * the same checks as any draft.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ENGLISH_DRAFT, expectedText, FIXTURE_DIR, fixtureDocuments } from '../support/wordFixtures';
import { TestClient } from './lspClient';

interface Result {
  format: string;
  text: string;
  warnings: Array<{ code: string; detail?: string }>;
  meta?: { title?: string };
}

const fileUri = (name: string) => pathToFileURL(path.join(FIXTURE_DIR, name)).toString();

describe('protocol: resolution/extractDocument', function () {
  this.timeout(60_000);
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ settings: { corpus: { includeBuiltIn: false } } });
  });
  after(async () => {
    await client?.stop();
  });
  const request = (params: unknown) => client.connection.sendRequest<Result>('resolution/extractDocument', params);

  it('reads a .docx by file URI: numbering written out, footnotes after the rule', async () => {
    const r = await request({ uri: fileUri('zh-80-118.docx') });
    assert.equal(r.format, 'docx');
    assert.deepEqual(r.warnings, []);
    assert.equal(r.text, expectedText(fixtureDocuments()['zh-80-118']));
  });

  it('reads bytes the client sends (files the server cannot reach)', async () => {
    const base64 = fs.readFileSync(path.join(FIXTURE_DIR, 'en-draft.docx')).toString('base64');
    const r = await request({ uri: 'vscode-remote://host/drafts/en-draft.docx', base64 });
    assert.equal(r.text, expectedText(ENGLISH_DRAFT));
    assert.equal(r.meta?.title, ENGLISH_DRAFT.title);
  });

  it('reads a .doc in the bundled server with its footnote marks and list numbers in place', async () => {
    const r = await request({ uri: fileUri('en-draft.doc') });
    assert.equal(r.format, 'doc');
    assert.match(r.text, /Sustainable Development",¹\n/);
    assert.match(r.text, /\n__________________\n¹ Resolution 70\/1, annex\.\n/);
    // Word list numbers read from the .doc's list tables (the bundle patches word-extractor too).
    assert.match(r.text, /\n1\. Welcomes the efforts/);
    assert.match(r.text, /\n\(a\) To set national targets/);
    assert.deepEqual(r.warnings, []);
  });

  it('answers bad documents with warnings, and bad parameters with errors', async () => {
    const locked = await request({ uri: fileUri('password.docx') });
    assert.deepEqual(locked.warnings.map((w) => w.code), ['encrypted']);
    assert.equal(locked.text, '');
    const macros = await request({ uri: fileUri('en-draft-macros.docm') });
    assert.deepEqual(macros.warnings.map((w) => w.code), ['macros-ignored']);
    await assert.rejects(request({}), /expected \{uri/);
    await assert.rejects(request({ uri: fileUri('no-such-file.docx') }), /cannot read/);
    await assert.rejects(request({ uri: 'https://example.org/draft.docx' }), /only file: URIs/);
  });

  it('the text, opened as a resolution document, gets diagnostics and hovers like any draft', async () => {
    const r = await request({ uri: fileUri('en-draft.docx') });
    const uri = 'untitled:/drafts/en-draft.resolution';
    client.open(uri, r.text);
    const diagnostics = await client.diagnosticsFor(uri);
    const structural = diagnostics.filter((d) => /^(paragraph-numbering|footnote-)/.test(String(d.code)));
    assert.deepEqual(structural.map((d) => d.message), []);
    // A numbering slip made in the editor is found: OP 3 renumbered 4.
    const lines = r.text.split('\n');
    const op3 = lines.findIndex((l) => l.startsWith('3. '));
    client.change(uri, { start: { line: op3, character: 0 }, end: { line: op3, character: 1 } }, '4');
    const after = await client.diagnosticsFor(uri);
    assert.ok(after.some((d) => d.code === 'paragraph-numbering' && d.range.start.line === op3), JSON.stringify(after.map((d) => [d.code, d.range.start.line])));
    // A Word footnote became a footnote the editor knows: its hover shows the footnote's text.
    const refLine = lines.findIndex((l) => l.includes('Development",¹'));
    const hover = await client.connection.sendRequest<{ contents: unknown } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: refLine, character: lines[refLine].indexOf('¹') },
    });
    assert.match(JSON.stringify(hover?.contents), /Resolution 70\/1, annex\./);
  });
});
