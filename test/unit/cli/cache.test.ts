/**
 * `resolution-lint` keeps the precedent index between runs (--cache-dir, default under the user's cache
 * folder), so a second run over an unchanged corpus reads the index instead of parsing every file.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultCacheDir } from '../../../server/src/cli/resolution-lint';
import { type Corpus, type CorpusOptions } from '../../../server/src/service/corpus';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import { run } from './helpers';
import { makeTempDir, removeTempDir } from '../../support/tempDir';

describe('resolution-lint: persisted precedent index', function () {
  this.timeout(120_000);
  let tmp: string;
  const loaded: Corpus[] = [];
  const realCorpus = async (o: CorpusOptions) => {
    const c = await loadCorpus(o);
    loaded.push(c);
    return c;
  };
  beforeEach(() => {
    tmp = makeTempDir('lint-cache-');
    loaded.length = 0;
  });
  afterEach(() => removeTempDir(tmp));

  it('writes the index under --cache-dir and reads it back on the next run, with the same findings', async () => {
    const dir = path.join(tmp, 'cache');
    const args = ['--cache-dir', dir, '--format', 'json', 'test/fixtures/sample-draft.res.md'];
    const first = await run(args, { loadCorpus: realCorpus });
    assert.strictEqual(first.code, 1, first.stderr);
    assert.ok(fs.readdirSync(path.join(dir, 'resolution-lint-cache')).some((f) => f.startsWith('corpus-')), `nothing written in ${dir}`);
    assert.strictEqual(loaded[0].stats.indexFromCache, false);
    const second = await run(args, { loadCorpus: realCorpus });
    assert.strictEqual(loaded[1].stats.indexFromCache, true);
    assert.strictEqual(loaded[1].stats.parsed, 0, 'an unchanged corpus is not parsed again');
    assert.strictEqual(second.stdout, first.stdout);
  });

  it('uses $XDG_CACHE_HOME/resolution-lint, else ~/.cache/resolution-lint, and nothing with --no-cache', async () => {
    assert.strictEqual(defaultCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' }), path.join('/x', 'resolution-lint'));
    assert.strictEqual(defaultCacheDir({ HOME: '/h' }), path.join('/h', '.cache', 'resolution-lint'));
    assert.strictEqual(defaultCacheDir({}), undefined);
    const seen: CorpusOptions[] = [];
    const spy = async (o: CorpusOptions) => {
      seen.push(o);
      return realCorpus(o);
    };
    await run(['test/fixtures/sample-draft.res.md'], { loadCorpus: spy, env: { LANG: 'en_US.UTF-8', XDG_CACHE_HOME: tmp } });
    assert.strictEqual(seen[0].cacheDir, path.join(tmp, 'resolution-lint'));
    assert.ok(fs.existsSync(path.join(tmp, 'resolution-lint')));
    await run(['--no-cache', 'test/fixtures/sample-draft.res.md'], { loadCorpus: spy, env: { LANG: 'en_US.UTF-8', XDG_CACHE_HOME: tmp } });
    assert.strictEqual(seen[1].cacheDir, undefined);
  });

  it('says what is wrong with --cache-dir without a value and --no-cache=x', async () => {
    const a = await run(['--cache-dir']);
    assert.strictEqual(a.code, 2);
    assert.match(a.stderr, /--cache-dir needs a value/);
    const b = await run(['--no-cache=1', 'x.txt']);
    assert.strictEqual(b.code, 2);
    assert.match(b.stderr, /unknown option: --no-cache=1/);
  });
});
