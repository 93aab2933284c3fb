/**
 * "Open source" over LSP: a hover on agreed language whose source is a PDF of the corpus carries a
 * `resolution.openSource` link; `resolution/sourceText` with the link's arguments answers the text
 * read from that PDF and the cited paragraph's range (and its page); files outside the corpus are
 * refused.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { FIXTURE_DIR } from '../support/wordFixtures';
import { TestClient } from './lspClient';
import { makeTempDir, removeTempDir } from '../support/tempDir';

interface SourceText {
  text: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  page?: number;
  found: string;
  warnings: unknown[];
}

describe('protocol: open source (resolution/sourceText)', function () {
  this.timeout(90_000);
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = makeTempDir('res-source-');
    fs.copyFileSync(path.join(FIXTURE_DIR, 'en-draft.pdf'), path.join(dir, 'en-draft.pdf'));
    client = await TestClient.start({ locale: 'en', settings: { corpus: { folders: [dir], includeBuiltIn: false } } });
    await client.waitForCorpus(60_000);
  });
  after(async () => {
    await client?.stop();
    removeTempDir(dir);
  });

  it('a hover on agreed language from a PDF links to its text, which opens at the paragraph', async () => {
    const op = 'Invites the relevant entities of the United Nations system, within their respective mandates and existing resources, to assist developing countries, upon request, in building the capacity of local authorities for the operation and maintenance of rural water systems;';
    const draft = ['The General Assembly,', '', '1. Decides to hold a meeting on water in rural areas at its next session;', '', `2. ${op}`, ''].join('\n');
    const uri = 'untitled:/drafts/water.resolution';
    client.open(uri, draft);
    await client.waitFor('agreed language from the PDF', () => client.diagnostics.get(uri)?.diagnostics.find((d) => d.code === 'agreed-language'), 30_000);
    const hover = await client.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 4, character: 20 },
    });
    const md = hover?.contents.value ?? '';
    assert.match(md, /A\/C\.2\/99\/L\.7, OP 3 \(p\. 2\)/, md);
    const link = /\[Open source[^\]]*\]\(command:resolution\.openSource\?([^)]+)\)/.exec(md);
    assert.ok(link, md);
    const [args] = JSON.parse(decodeURIComponent(link[1])) as [{ path: string; paragraph: number }];
    assert.equal(args.path, path.join(fs.realpathSync(dir), 'en-draft.pdf'));

    const r = await client.connection.sendRequest<SourceText>('resolution/sourceText', args);
    const extracted = await client.connection.sendRequest<{ text: string }>('resolution/extractDocument', { uri: `file://${args.path}` });
    assert.equal(r.text, extracted.text);
    assert.equal(r.found, 'text');
    assert.equal(r.page, 2);
    const lines = r.text.split('\n');
    assert.equal(r.range.start.line, r.range.end.line);
    assert.equal(lines[r.range.start.line], `3. ${op}⁶`);
    assert.deepEqual(r.range.start, { line: r.range.start.line, character: 0 });
    assert.equal(r.range.end.character, lines[r.range.start.line].length);
  });

  it('refuses files that are not corpus documents, and bad parameters', async () => {
    await assert.rejects(client.connection.sendRequest('resolution/sourceText', { path: '/etc/passwd' }), /not a corpus file/);
    await assert.rejects(client.connection.sendRequest('resolution/sourceText', {}), /expected \{path/);
  });
});
