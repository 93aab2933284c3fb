/**
 * `--cache-dir` never touches the user's files (issue 7, item 3): the cache works in a
 * subfolder it made and marked, and deletes only its own files there.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { type CorpusOptions } from '../../server/src/service/corpus';
import { loadCorpus } from '../../server/src/node/loadCorpus';
import { run } from '../unit/cli/helpers';
import { snapshotFiles } from './cacheTools';
import { makeTempDir, removeTempDir } from '../support/tempDir';

const real = async (o: CorpusOptions) => loadCorpus(o);

/** Every file under `dir` with its bytes, for before/after comparisons. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else out[path.relative(dir, f)] = fs.readFileSync(f, 'latin1');
    }
  };
  walk(dir);
  return out;
}

describe('reliability: the cache folder holds the user\'s files too', function () {
  this.timeout(120_000);
  let tmp: string;
  beforeEach(() => (tmp = makeTempDir('rel-folder-')));
  afterEach(() => removeTempDir(tmp));

  it('`--cache-dir .` keeps the user\'s corpus-2019.bin … corpus-2022.bin and stale-looking .tmp files', async () => {
    const dir = path.join(tmp, 'd');
    fs.mkdirSync(dir);
    const old = new Date(Date.now() - 7_200_000);
    for (const y of [19, 20, 21, 22]) fs.writeFileSync(path.join(dir, `corpus-20${y}.bin`), 'x\n');
    for (const name of ['corpus-notes.tmp', 'corpus-0123456789abcdef.bin.1.2.tmp', 'corpus-0123456789abcdef.bin']) {
      fs.writeFileSync(path.join(dir, name), 'mine\n');
      fs.utimesSync(path.join(dir, name), old, old);
    }
    const mine = tree(dir);
    const draft = path.join(__dirname, '../fixtures/sample-draft.res.md');
    // Three different corpora (three snapshots), then again: pruning has every reason to run.
    for (const extra of [[], ['--no-default-corpus', '--corpus', draft], ['--corpus', draft], []]) {
      const r = await run(['--cache-dir', '.', ...extra, draft], { loadCorpus: real, cwd: dir });
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
    }
    const after = tree(dir);
    for (const [name, bytes] of Object.entries(mine)) assert.strictEqual(after[name], bytes, `${name} was changed or deleted`);
    const added = Object.keys(after).filter((n) => !(n in mine));
    assert.ok(added.length > 0 && added.every((n) => n.startsWith(`resolution-lint-cache${path.sep}`)), `written outside its folder: ${added}`);
    assert.ok(added.includes(path.join('resolution-lint-cache', 'CACHEDIR.TAG')));
    assert.match(after[path.join('resolution-lint-cache', 'CACHEDIR.TAG')], /^Signature: 8a477f597d28d172789f06886806bc55/);
  });

  it('a folder named like the cache\'s but not made by it is neither used nor touched', async () => {
    const dir = path.join(tmp, 'd');
    const own = path.join(dir, 'resolution-lint-cache');
    fs.mkdirSync(own, { recursive: true });
    fs.writeFileSync(path.join(own, 'corpus-0123456789abcdef.bin'), 'user data');
    fs.writeFileSync(path.join(own, 'corpus-0123456789abcdef.delta.bin'), 'user data');
    const mine = tree(dir);
    const c = await loadCorpus({ paths: [], cacheDir: dir });
    assert.ok(c.documents.length > 0);
    assert.ok(c.warnings.some((w) => w.code === 'cache-write-failed' && w.detail === 'not-owned'), JSON.stringify(c.warnings));
    assert.deepStrictEqual(tree(dir), mine);
  });

  it('the cache reads and writes its files in its own folder, and reuses them', async () => {
    const first = await loadCorpus({ paths: [], cacheDir: tmp });
    assert.deepStrictEqual(snapshotFiles(tmp).map((f) => path.relative(tmp, path.dirname(f))), ['resolution-lint-cache']);
    const second = await loadCorpus({ paths: [], cacheDir: tmp });
    assert.ok(second.stats.indexFromCache);
    assert.strictEqual(second.stats.parsed, 0);
    assert.strictEqual(second.documents.length, first.documents.length);
  });
});
