/**
 * The project configuration file in the language server: the drafts under it are analysed with its
 * settings, its mistakes are diagnostics on it, a change applies when the client reports it, and
 * in an untrusted workspace its corpus folders are not read. Diagnostics link to their rule page.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestClient } from './lspClient';
import { makeTempDir, removeTempDir } from '../support/tempDir';

const SLIP = '大会，\n\n回顾其第 79/194 号决议，\n\n1. 决定继续审议该项目。\n\n2. 请秘书长提交报告。\n';
const WATCH = { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } };

describe('protocol: project configuration file (.resolutionrc.json)', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient | undefined;
  beforeEach(() => {
    dir = makeTempDir('resolutionrc-lsp-');
    fs.mkdirSync(path.join(dir, 'drafts'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    removeTempDir(dir);
  });
  const uriOf = (f: string) => pathToFileURL(f).href;
  const punctuation = (ds: Array<{ code?: unknown; severity?: number }>) => ds.filter((d) => d.code === 'paragraph-punctuation');

  it('applies the settings of the nearest file, reports its mistakes on it, and follows its changes', async () => {
    const config = path.join(dir, '.resolutionrc.json');
    fs.writeFileSync(config, '{\n  "severity": { "paragraph-punctuation": "error" },\n  "rules": { "no-such-rule": false }\n}\n');
    client = await TestClient.start({ locale: 'en', rootPath: dir, settings: { corpus: { includeBuiltIn: false } }, capabilities: WATCH });
    const draft = path.join(dir, 'drafts', 'a.res.md');
    const u = uriOf(draft);
    client.open(u, SLIP);
    const ds = await client.diagnosticsFor(u, 1);
    assert.equal(punctuation(ds).length, 1);
    assert.equal(punctuation(ds)[0].severity, 1);
    const link = (ds[0] as { codeDescription?: { href: string } }).codeDescription;
    assert.match(link?.href ?? '', /\/blob\/main\/docs\/rules\/paragraph-punctuation\.md$/);

    const onConfig = await client.waitFor('diagnostics on the configuration file', () => client!.diagnostics.get(uriOf(config))?.diagnostics);
    assert.equal(onConfig.length, 1);
    assert.equal(onConfig[0].code, 'config-problem');
    assert.equal(onConfig[0].range.start.line, 2);
    await client.waitFor('the configuration files watched', () =>
      client!.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.registerOptions).includes('.resolutionrc.json')),
    );

    // The file changes: the client reports it; the draft is analysed again with the new settings.
    fs.writeFileSync(config, '{ "rules": { "paragraph-punctuation": false } }');
    const t = Date.now();
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
    await client.waitFor('punctuation off', () => {
      const d = client!.diagnostics.get(u);
      return d && d.at >= t && punctuation(d.diagnostics).length === 0 ? true : undefined;
    });
    await client.waitFor('the configuration file clean', () => client!.diagnostics.get(uriOf(config))?.diagnostics.length === 0 || undefined);
  });

  it('a setting the user set in the editor wins over the file', async () => {
    fs.writeFileSync(path.join(dir, '.resolutionrc.json'), '{ "severity": { "paragraph-punctuation": "error" } }');
    client = await TestClient.start({ locale: 'en', rootPath: dir, settings: { corpus: { includeBuiltIn: false }, severity: { 'paragraph-punctuation': 'hint' } } });
    const u = uriOf(path.join(dir, 'drafts', 'b.res.md'));
    client.open(u, SLIP);
    // (Diagnostics made before the first workspace/configuration answer have the file's severity.)
    await client.waitFor('the user’s severity', () => {
      const d = client!.diagnostics.get(u);
      return d && punctuation(d.diagnostics)[0]?.severity === 4 ? true : undefined;
    });
  });

  it('bad JSON: a diagnostic on the file, the defaults for the draft, the server keeps serving', async () => {
    const config = path.join(dir, 'resolution.config.json');
    fs.writeFileSync(config, '{ "severity": ');
    client = await TestClient.start({ locale: 'en', rootPath: dir, settings: { corpus: { includeBuiltIn: false } } });
    const u = uriOf(path.join(dir, 'drafts', 'c.res.md'));
    client.open(u, SLIP);
    const ds = await client.diagnosticsFor(u, 1);
    assert.equal(punctuation(ds)[0].severity, 2);
    const onConfig = await client.waitFor('diagnostics on the configuration file', () => client!.diagnostics.get(uriOf(config))?.diagnostics);
    assert.match(onConfig[0].message, /not valid JSON/);
  });

  it('untrusted workspace: the file’s corpus folders are not read, and the file says so', async () => {
    const precedents = path.join(dir, 'precedents');
    fs.mkdirSync(precedents);
    fs.writeFileSync(path.join(precedents, 'p.txt'), SLIP);
    const config = path.join(dir, '.resolutionrc.json');
    fs.writeFileSync(config, JSON.stringify({ corpus: { folders: ['precedents'] } }));
    client = await TestClient.start({ locale: 'en', rootPath: dir, settings: { corpus: { includeBuiltIn: false } }, initializationOptions: { workspaceTrusted: false } });
    const u = uriOf(path.join(dir, 'drafts', 'd.res.md'));
    client.open(u, SLIP);
    await client.diagnosticsFor(u, 1);
    const onConfig = await client.waitFor('the untrusted note', () => client!.diagnostics.get(uriOf(config))?.diagnostics);
    assert.match(onConfig[0].message, /not trusted/);
    await new Promise((r) => setTimeout(r, 500));
    const last = client.statuses[client.statuses.length - 1];
    assert.equal(last?.corpusDocuments ?? 0, 0, 'no corpus document was read');
    // Trusted later: the folder is read.
    void client.connection.sendNotification('resolution/workspaceTrusted');
    await client.waitFor('the configuration’s corpus folder read', () => client!.statuses.some((st) => (st.corpusDocuments as number) >= 1) || undefined);
  });
});
