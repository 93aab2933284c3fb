/**
 * The built server over stdio, driven as an editor drives it: lifecycle,
 * diagnostics (before and after the corpus), incremental edits, settings,
 * progress, status, corpus folders and robustness.
 */
import * as assert from 'node:assert/strict';
import { fork, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { ensureBuilt, find, ROOT, seed, SEEDS, SERVER, TestClient, type Diagnostic } from './lspClient';
import { SMALL_PRECEDENT_EN } from '../support/smallPrecedent';
import { makeTempDir, removeTempDir } from '../support/tempDir';

const STRUCTURE = ['paragraph-numbering', 'paragraph-punctuation', 'footnote-undefined', 'footnote-unused', 'footnote-duplicate', 'footnote-order'];

function sourcesOf(d: Diagnostic): string[] {
  const data = d.data as { sources?: Array<{ symbol?: string }> } | undefined;
  return (data?.sources ?? []).map((s) => s.symbol ?? '');
}

describe('protocol: server over stdio', function () {
  this.timeout(60_000);
  let client: TestClient;
  const uri = 'file:///drafts/80-118.md';
  const text = seed('000');

  before(async () => {
    client = await TestClient.start({ locale: 'zh-cn' });
    client.open(uri, text);
  });
  after(async () => {
    await client?.stop();
  });

  it('publishes the first diagnostics of 80/118 with no structure problems', async () => {
    const diags = await client.diagnosticsFor(uri, 1);
    const structural = diags.filter((d) => STRUCTURE.includes(String(d.code)));
    assert.deepEqual(structural.map((d) => `${d.code}@${d.range.start.line}: ${d.message}`), []);
  });

  it('loads the built-in corpus with work-done progress and then reports agreed language from A/RES/76/189', async () => {
    const status = await client.waitForCorpus();
    assert.equal(status.corpusDocuments, 5);
    const kinds = client.progress.map((p) => p.value.kind);
    assert.ok(kinds.includes('begin') && kinds.includes('end'), `progress kinds: ${kinds.join(',')}`);
    const diags = await client.waitFor('agreed-language diagnostics', () => {
      const d = client.diagnostics.get(uri)?.diagnostics.filter((x) => String(x.code).startsWith('agreed-language'));
      return d && d.length ? d : undefined;
    });
    const from76 = diags.filter((d) => sourcesOf(d).includes('A/RES/76/189') || d.message.includes('A/RES/76/189'));
    assert.ok(from76.length >= 10, `only ${from76.length} diagnostics cite A/RES/76/189`);
    // PP 4 (又重申…第69/313号决议) is agreed language in 76/189.
    const pp4Line = find(text, '**又重申**其关于《第三次发展筹资问题').line;
    assert.ok(from76.some((d) => d.range.start.line === pp4Line), 'PP 4 not reported as agreed with 76/189');
    // The diagnostic data carries every source in full, as the command line's JSON does.
    const pp4 = from76.find((d) => d.range.start.line === pp4Line)!;
    const src = (pp4.data as { sources: Array<Record<string, unknown>> }).sources.find((s) => s.symbol === 'A/RES/76/189')!;
    assert.equal(src.paragraph, 'PP 4');
    assert.equal(src.date, '2021-12-17');
    assert.equal(typeof src.similarity, 'number');
    assert.ok(String(src.text).startsWith('又重申其关于《第三次发展筹资问题'), String(src.text).slice(0, 40));
    assert.ok(Array.isArray(src.changes));
  });

  it('does not cite a corpus file as a precedent of itself when it is opened', async () => {
    const file = path.join(SEEDS, '001_8d8e352413f896fa.txt');
    const u = `file://${file}`;
    client.open(u, fs.readFileSync(file, 'utf8'));
    const diags = await client.waitFor('agreed-language diagnostics of 76/189', () => {
      const d = client.diagnostics.get(u)?.diagnostics.filter((x) => String(x.code).startsWith('agreed-language'));
      return d && d.length ? d : undefined;
    });
    const cited = new Set(diags.flatMap(sourcesOf));
    assert.ok(!cited.has('A/RES/76/189'), 'cites itself');
    assert.ok(cited.has('A/RES/80/118'));
    // Nor in the precedents for one of its paragraphs, nor among the paragraphs citing a resolution it cites.
    const own = fs.readFileSync(file, 'utf8');
    const at = find(own, '重申其对信息社会世界峰会', 4);
    const precedents = await client.request<Array<{ symbol: string }>>('resolution/findPrecedent', { uri: u, range: { start: at, end: at } });
    assert.equal(precedents[0]?.symbol, 'A/RES/80/118');
    assert.ok(!precedents.some((p) => p.symbol === 'A/RES/76/189'));
    const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: u }, position: find(own, '第69/313号决议', 3) });
    assert.match(h.contents.value, /A\/RES\/80\/118, PP 4/);
    assert.doesNotMatch(h.contents.value, /A\/RES\/76\/189, PP/);
    client.close(u);
  });

  it('sends resolution/status with the agreed share, problems and corpus size', async () => {
    const s = await client.waitFor('status with share', () => client.statuses.filter((x) => x.uri === uri && (x.corpusDocuments as number) > 0).pop());
    assert.equal(typeof s.agreedShare, 'number');
    assert.ok((s.agreedShare as number) > 0.3 && (s.agreedShare as number) <= 1, `agreedShare ${s.agreedShare}`);
    assert.equal(s.problems, client.diagnostics.get(uri)!.diagnostics.filter((d) => (d.severity ?? 1) <= 2).length);
    assert.equal(s.indexing, false);
  });

  it('re-analyses after incremental edits: a numbering gap appears and disappears', async () => {
    const u = 'file:///drafts/gap.md';
    client.open(u, text);
    await client.diagnosticsFor(u, 1);
    const op5 = find(text, '5. 在这方面**强调**');
    const op5Line = text.split('\n')[op5.line];
    // Delete OP 5 and its blank line.
    client.change(u, { start: { line: op5.line, character: 0 }, end: { line: op5.line + 2, character: 0 } }, '');
    const v2 = await client.diagnosticsFor(u, 2);
    const gap = v2.filter((d) => d.code === 'paragraph-numbering');
    assert.equal(gap.length, 1, JSON.stringify(gap));
    assert.equal(gap[0].range.start.line, op5.line, 'the gap is reported on the paragraph now numbered 6');
    assert.match(gap[0].message, /[\u4e00-\u9fff]/, 'Chinese message for a zh-cn client');
    // Put it back.
    client.change(u, { start: { line: op5.line, character: 0 }, end: { line: op5.line, character: 0 } }, `${op5Line}\n\n`);
    const v3 = await client.diagnosticsFor(u, 3);
    assert.equal(client.text(u), text);
    assert.deepEqual(v3.filter((d) => d.code === 'paragraph-numbering'), []);
    client.close(u);
  });

  it('applies settings without a restart: checks off, severities, locale', async () => {
    const u = 'file:///drafts/settings.md';
    const draft = text.replace('\n5. 在这方面**强调**', '\n6. 在这方面**强调**');
    client.open(u, draft);
    const first = await client.diagnosticsFor(u, 1);
    assert.ok(first.some((d) => d.code === 'paragraph-numbering' && d.severity === 1));
    const before = client.configurationRequests;

    let t = Date.now();
    await client.changeSettings({ severity: { 'paragraph-numbering': 'hint' }, locale: 'en' });
    const changed = await client.waitFor('republished diagnostics', () => {
      const d = client.diagnostics.get(u);
      return d && d.at >= t && d.diagnostics.some((x) => x.code === 'paragraph-numbering' && x.severity === 4) ? d.diagnostics : undefined;
    });
    assert.ok(client.configurationRequests > before, 'settings were pulled with workspace/configuration');
    const numbering = changed.find((d) => d.code === 'paragraph-numbering')!;
    assert.doesNotMatch(numbering.message, /[\u4e00-\u9fff]{2}/, `English message expected: ${numbering.message}`);

    t = Date.now();
    await client.changeSettings({ checks: { 'paragraph-numbering': false } });
    await client.waitFor('numbering check off', () => {
      const d = client.diagnostics.get(u);
      return d && d.at >= t && !d.diagnostics.some((x) => x.code === 'paragraph-numbering') ? true : undefined;
    });

    t = Date.now();
    await client.changeSettings({});
    await client.waitFor('defaults back', () => {
      const d = client.diagnostics.get(u);
      return d && d.at >= t && d.diagnostics.some((x) => x.code === 'paragraph-numbering' && x.severity === 1 && /[\u4e00-\u9fff]/.test(x.message)) ? true : undefined;
    });
    client.close(u);
  });

  it('answers resolution/rebuildIndex with the corpus size', async () => {
    const r = await client.request<{ corpusDocuments: number; paragraphs: number }>('resolution/rebuildIndex', {});
    assert.equal(r.corpusDocuments, 5);
    assert.ok(r.paragraphs > 200, `paragraphs ${r.paragraphs}`);
  });

  it('survives bad input and bad requests', async () => {
    const u = 'file:///drafts/bad.md';
    const garbage = ['<sup>', '**', '1.', '(a)', '\u0000', '\ud800', '¹²³', '[^', '第//号决议', 'A//80/62', '\r', '\n', '，', '---', '______'];
    let bad = '';
    for (let i = 0; i < 4000; i++) bad += garbage[(i * 7 + (i >> 3)) % garbage.length];
    bad += '\n' + '回顾'.repeat(20000) + '\n' + '1. '.repeat(5000);
    const started = Date.now();
    client.open(u, bad);
    await client.diagnosticsFor(u, 1, 15_000);
    assert.ok(Date.now() - started < 15_000);
    for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/definition']) {
      await client.request(method, { textDocument: { uri: u }, position: { line: 0, character: 10 } });
      await client.request(method, { textDocument: { uri: u }, position: { line: 9999, character: 9999 } });
    }
    await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, context: { diagnostics: [] } });
    await client.request('textDocument/documentSymbol', { textDocument: { uri: u } });
    // Unknown document: empty answers, not errors.
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nope.md' }, position: { line: 0, character: 0 } }), null);
    // Malformed custom request: an error response, and the server keeps going.
    await assert.rejects(client.request('resolution/report', { uri: 42 }));
    await assert.rejects(client.request('resolution/findPrecedent', { nonsense: true }));
    const r = await client.request<{ paragraphs: unknown[] }>('resolution/report', { uri });
    assert.ok(r.paragraphs.length > 100);
    client.close(u);
  });
});

describe('protocol: requests made while the corpus loads', function () {
  this.timeout(60_000);
  it('resolution/report and findPrecedent wait for the corpus instead of answering without it', async () => {
    const client = await TestClient.start({ locale: 'en' });
    try {
      const uri = 'file:///drafts/early.md';
      client.open(uri, seed('001'));
      const [report, precedents] = await Promise.all([
        client.request<{ counts: Record<string, number> }>('resolution/report', { uri }),
        client.request<Array<{ symbol: string }>>('resolution/findPrecedent', { text: '量子技术有可能以现有技术无法实现的方式解决问题' }),
      ]);
      assert.ok(report.counts.agreed > 10, JSON.stringify(report.counts));
      assert.equal(precedents[0]?.symbol, 'A/RES/80/118');
    } finally {
      await client.stop();
    }
  });
});

describe('protocol: corpus folders from settings, watched', function () {
  this.timeout(60_000);
  let client: TestClient;
  let dir: string;

  before(async () => {
    dir = makeTempDir('res-corpus-');
    client = await TestClient.start({ locale: 'en', settings: { corpus: { folders: [dir], includeBuiltIn: false } } });
  });
  after(async () => {
    await client?.stop();
    removeTempDir(dir);
  });

  it('indexes the folder, then re-indexes when a file is added (fs.watch without client watching)', async () => {
    await client.waitFor('empty corpus loaded', () => client.statuses.find((s) => s.indexing === false));
    const english = SMALL_PRECEDENT_EN;
    fs.writeFileSync(path.join(dir, 'one.txt'), english);
    const s = await client.waitFor('corpus with the new file', () => client.statuses.find((x) => x.indexing === false && x.corpusDocuments === 1), 20_000);
    assert.equal(s.corpusDocuments, 1);
    const u = 'file:///drafts/en.md';
    client.open(u, english.replace('99/1. Test resolution', '99/2. Another'));
    const diags = await client.waitFor('agreed language from the folder', () => {
      const d = client.diagnostics.get(u)?.diagnostics.filter((x) => String(x.code).startsWith('agreed-language'));
      return d && d.length ? d : undefined;
    });
    assert.ok(diags.length >= 2, JSON.stringify(diags.map((d) => d.message)));
    const precedents = await client.request<Array<{ symbol: string; paragraph: string; docPath: string; line?: number }>>('resolution/findPrecedent', {
      text: 'Requests the Secretary-General to report on the implementation of the present resolution',
    });
    assert.ok(precedents.length >= 1);
    assert.equal(precedents[0].paragraph, 'OP 2');
    assert.equal(precedents[0].docPath, path.join(dir, 'one.txt'));
    assert.equal(precedents[0].line, 10);
  });
});

describe('protocol: corpus folder added in settings, watched by the client', function () {
  this.timeout(60_000);
  let client: TestClient;
  let dir: string;
  const doc = (n: number) =>
    ['The General Assembly,', '', `*Recalling* its resolution ${n}/1 on the subject of this test number ${n},`, '', `1. *Decides* to consider test number ${n} at its next session.`, ''].join('\n');

  before(async () => {
    dir = makeTempDir('res-watch-');
    fs.writeFileSync(path.join(dir, 'a.txt'), doc(1));
    client = await TestClient.start({
      locale: 'en',
      settings: { corpus: { includeBuiltIn: false } },
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } },
    });
  });
  after(async () => {
    await client?.stop();
    removeTempDir(dir);
  });

  it('reloads the corpus when corpus.folders changes, registers a watcher, and re-indexes on workspace/didChangeWatchedFiles', async () => {
    await client.waitFor('empty corpus', () => client.statuses.find((s) => s.indexing === false && s.corpusDocuments === 0));
    await client.changeSettings({ corpus: { includeBuiltIn: false, folders: [dir] } });
    await client.waitFor('corpus of one', () => client.statuses.find((s) => s.indexing === false && s.corpusDocuments === 1));
    // (The configuration files' watchers are registered too, on their own: this is the corpus folder's.)
    const reg = await client.waitFor('watcher registration', () =>
      client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.registerOptions).includes('baseUri')),
    );
    const watchers = (reg.registerOptions as { watchers: Array<{ globPattern: { baseUri: string; pattern: string } }> }).watchers;
    assert.equal(watchers[0].globPattern.baseUri, `file://${dir}`);
    fs.writeFileSync(path.join(dir, 'b.txt'), doc(2));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${path.join(dir, 'b.txt')}`, type: 1 }] });
    await client.waitFor('corpus of two', () => client.statuses.find((s) => s.indexing === false && s.corpusDocuments === 2));
    fs.rmSync(path.join(dir, 'a.txt'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${path.join(dir, 'a.txt')}`, type: 3 }] });
    const t = client.statuses.length;
    await client.waitFor('corpus of one again', () => client.statuses.slice(t).find((s) => s.indexing === false && s.corpusDocuments === 1));
  });
});

describe('protocol: server over node IPC', function () {
  this.timeout(30_000);
  it('the npm bin talks stdio when started without a transport flag', async () => {
    ensureBuilt();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/resolution-language-server.js')], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    try {
      connection.listen();
      const init = await connection.sendRequest<{ serverInfo?: { name: string } }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(init.serverInfo?.name, 'resolution-language-server');
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('initializes and publishes diagnostics over --node-ipc (as the VS Code client starts it)', async () => {
    ensureBuilt();
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    try {
      let diags: unknown[] | undefined;
      connection.onNotification('textDocument/publishDiagnostics', (p: { diagnostics: unknown[] }) => {
        diags = p.diagnostics;
      });
      connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ corpus: { includeBuiltIn: false } })));
      connection.listen();
      const init = await connection.sendRequest<{ capabilities: { hoverProvider?: boolean; textDocumentSync?: { change?: number } } }>('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: { workspace: { configuration: true } },
      });
      assert.equal(init.capabilities.hoverProvider, true);
      assert.equal(init.capabilities.textDocumentSync?.change, 2, 'incremental sync');
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: 'file:///x.md', languageId: 'resolution', version: 1, text: seed('001') },
      });
      const deadline = Date.now() + 10_000;
      while (!diags && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.ok(Array.isArray(diags));
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
