/**
 * Workspace trust (issue 7, item 11): in an untrusted workspace (the client says `workspaceTrusted: false`)
 * the server reads no corpus folder named in the workspace's settings, only the user's own
 * (`userCorpusFolders`), and still checks structure; once the client says the workspace is trusted, it
 * reads them. A folder of a cloned repository must not make the server read paths its settings name.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TestClient } from '../protocol/lspClient';
import { SMALL_PRECEDENT_EN as PRECEDENT } from '../support/smallPrecedent';
import { makeTempDir, removeTempDir } from '../support/tempDir';

describe('reliability: workspace trust', function () {
  this.timeout(60_000);
  let dir: string;
  let userDir: string;
  const clients: TestClient[] = [];
  before(() => {
    dir = makeTempDir('res-trust-ws-');
    userDir = makeTempDir('res-trust-user-');
    fs.writeFileSync(path.join(dir, 'one.txt'), PRECEDENT);
    fs.writeFileSync(path.join(userDir, 'one.txt'), PRECEDENT);
    fs.writeFileSync(path.join(userDir, 'two.txt'), PRECEDENT.replace('99/1.', '99/2.'));
  });
  after(async () => {
    for (const c of clients) await c.stop();
    removeTempDir(dir);
    removeTempDir(userDir);
  });

  async function start(initializationOptions: Record<string, unknown>): Promise<TestClient> {
    const settings = { corpus: { folders: [dir], includeBuiltIn: false } };
    const c = await TestClient.start({ locale: 'en', settings, initializationOptions: { ...settings, ...initializationOptions } });
    clients.push(c);
    return c;
  }
  const draft = PRECEDENT.replace('99/1. Test resolution', '99/3. Another').replace('1. Decides', '3. Decides');

  it('untrusted: the workspace folder is not read, structure checks run; trusted later: it is', async () => {
    const c = await start({ workspaceTrusted: false });
    await c.waitFor('corpus settled', () => c.statuses.find((s) => s.indexing === false));
    const u = 'file:///drafts/trust.md';
    c.open(u, draft);
    const diags = await c.diagnosticsFor(u, 1);
    assert.ok(diags.some((d) => d.code === 'paragraph-numbering'), 'structure checks run');
    assert.ok(!diags.some((d) => String(d.code).startsWith('agreed-language')), 'no precedent from the workspace folder');
    assert.ok(c.statuses.every((s) => !s.corpusDocuments), JSON.stringify(c.statuses));

    void c.connection.sendNotification('resolution/workspaceTrusted');
    await c.waitFor('workspace folder read once trusted', () => c.statuses.find((s) => s.indexing === false && s.corpusDocuments === 1));
    await c.waitFor('agreed language from the folder', () => c.diagnostics.get(u)?.diagnostics.some((d) => String(d.code).startsWith('agreed-language')));
  });

  it("untrusted: the user's own corpus folders are still read", async () => {
    const c = await start({ workspaceTrusted: false, userCorpusFolders: [userDir] });
    const s = await c.waitFor('user folder read', () => c.statuses.find((x) => x.indexing === false && (x.corpusDocuments as number) > 0));
    assert.strictEqual(s.corpusDocuments, 2);
  });

  it('a client that says nothing about trust is trusted (other editors)', async () => {
    const c = await start({});
    const s = await c.waitFor('workspace folder read', () => c.statuses.find((x) => x.indexing === false && (x.corpusDocuments as number) > 0));
    assert.strictEqual(s.corpusDocuments, 1);
  });
});

describe('reliability: the manifest declares limited support in untrusted workspaces', () => {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
  it('supported: limited, with every path-like setting restricted', () => {
    const u = manifest.capabilities?.untrustedWorkspaces;
    assert.strictEqual(u?.supported, 'limited');
    const pathLike = Object.keys(manifest.contributes.configuration.properties).filter((k) => /folder|path|dir|database|cache/i.test(k));
    assert.ok(pathLike.includes('resolution.corpus.folders'));
    assert.deepStrictEqual(pathLike.filter((k) => !u.restrictedConfigurations.includes(k)), []);
    const nls = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.nls.json'), 'utf8'));
    assert.ok(nls[u.description.replace(/%/g, '')], 'description localised');
  });
});
