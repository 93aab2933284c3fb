/**
 * What `resolution-lint` and `resolution-export` share (server/src/cli/locale.ts, command.ts,
 * readInput.ts): the --locale value, the cache folder, and the bounded read of an input file,
 * which export now does as lint does (`resolution-export /dev/zero` used to read without end).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cacheDirOf } from '../../../server/src/cli/command';
import { main as exportMain } from '../../../server/src/cli/export';
import { localeOption } from '../../../server/src/cli/locale';
import { readInputFile } from '../../../server/src/cli/readInput';
import { Corpus } from '../../../server/src/service/corpus';
import { DEFAULT_MAX_BYTES } from '../../../server/src/service/text/encoding';
import { makeTempDir, removeTempDir } from '../../support/tempDir';

const hasDevZero = fs.existsSync('/dev/zero');

describe('cli: what the commands share', () => {
  let tmp: string;
  before(() => {
    tmp = makeTempDir('cli-shared-');
  });
  after(() => removeTempDir(tmp));

  it('--locale: the language part of a tag names the locale, in any case; anything else names none', () => {
    const cases: Array<[string, string | undefined]> = [
      ['zh', 'zh'],
      ['EN', 'en'],
      ['fr-CA', 'fr'],
      ['es_419', 'es'],
      ['ar-EG', 'ar'],
      ['ru', 'ru'],
      ['de', undefined],
      ['french', undefined],
      ['zhx', undefined],
      ['e', undefined],
      ['', undefined],
    ];
    for (const [value, locale] of cases) assert.strictEqual(localeOption(value), locale, value);
  });

  it('the cache folder: none with --no-cache, --cache-dir from the working folder, else XDG_CACHE_HOME or HOME', () => {
    const io = { cwd: '/work/here', env: { XDG_CACHE_HOME: '/xdg', HOME: '/home/u' } };
    assert.strictEqual(cacheDirOf({ cache: false, cacheDir: 'c' }, io), undefined);
    assert.strictEqual(cacheDirOf({ cache: true, cacheDir: 'c' }, io), path.resolve('/work/here', 'c'));
    assert.strictEqual(cacheDirOf({ cache: true }, io), path.join('/xdg', 'resolution-lint'));
    assert.strictEqual(cacheDirOf({ cache: true }, { cwd: '/', env: { HOME: '/home/u' } }), path.join('/home/u', '.cache', 'resolution-lint'));
    assert.strictEqual(cacheDirOf({ cache: true }, { cwd: '/', env: {} }), undefined);
  });

  it('reads a file whole, and says why not for a folder, a missing file or one over the limit', async () => {
    const file = path.join(tmp, 'draft.txt');
    fs.writeFileSync(file, 'Recalling its resolution 76/189,\n');
    const ok = await readInputFile(file);
    assert.ok('bytes' in ok);
    assert.strictEqual(ok.bytes.toString('utf8'), 'Recalling its resolution 76/189,\n');

    assert.deepStrictEqual(await readInputFile(tmp), { failure: 'directory' });

    const missing = await readInputFile(path.join(tmp, 'missing.txt'));
    assert.ok('failure' in missing && missing.failure === 'unreadable');
    assert.strictEqual(missing.error.code, 'ENOENT');

    // A sparse file one byte over the limit: refused by its size, before reading.
    const big = path.join(tmp, 'big.txt');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, DEFAULT_MAX_BYTES + 1);
    assert.deepStrictEqual(await readInputFile(big), { failure: 'too-large', detail: { size: '8 MB', limit: '8 MB' } });
    fs.truncateSync(big, DEFAULT_MAX_BYTES);
    const atLimit = await readInputFile(big);
    assert.ok('bytes' in atLimit && atLimit.bytes.length === DEFAULT_MAX_BYTES);
  });

  it('an input that never ends (/dev/zero) stops at the limit, its size unknown', async function () {
    if (!hasDevZero) this.skip();
    assert.deepStrictEqual(await readInputFile('/dev/zero'), { failure: 'too-large', detail: { limit: '8 MB' } });
  });

  describe('resolution-export reads its input as resolution-lint does', () => {
    const run = async (argv: string[], env: Record<string, string> = {}) => {
      let out = '';
      let err = '';
      const code = await exportMain(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), env, cwd: tmp, loadCorpus: async () => Corpus.empty() });
      return { code, out, err };
    };

    it('refuses /dev/zero at the limit, in the chosen locale (a tag such as zh-CN names it), and writes nothing', async function () {
      if (!hasDevZero) this.skip();
      const en = await run(['--no-cache', '-o', 'out.docx', '/dev/zero']);
      assert.strictEqual(en.code, 2);
      assert.strictEqual(en.err, 'resolution-export: /dev/zero: the input is larger than the limit of 8 MB\n');
      const zh = await run(['--no-cache', '--locale', 'zh-CN', '-o', 'out.docx', '/dev/zero']);
      assert.strictEqual(zh.code, 2);
      assert.match(zh.err, /^resolution-export: \/dev\/zero.*输入超过上限 8 MB\n$/);
      assert.ok(!fs.existsSync(path.join(tmp, 'out.docx')));
    });

    it('a folder, a missing file: "cannot read" with the system error, as before', async () => {
      fs.mkdirSync(path.join(tmp, 'folder'), { recursive: true });
      const folder = await run(['--no-cache', '-o', 'out.docx', 'folder']);
      assert.strictEqual(folder.code, 2);
      assert.strictEqual(folder.err, 'resolution-export: cannot read folder: EISDIR\n');
      const missing = await run(['--no-cache', '-o', 'out.docx', 'missing.txt']);
      assert.strictEqual(missing.code, 2);
      assert.strictEqual(missing.err, 'resolution-export: cannot read missing.txt: ENOENT\n');
      const badLocale = await run(['--locale', 'de', '-o', 'out.docx', 'missing.txt']);
      assert.strictEqual(badLocale.code, 2);
      assert.strictEqual(badLocale.err, 'resolution-export: --locale takes zh, en, fr, es, ru, ar\nresolution-export: see resolution-export --help\n');
    });
  });
});
