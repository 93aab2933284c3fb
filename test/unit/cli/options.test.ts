/**
 * resolution-lint: arguments, locale, exit codes for bad usage and unreadable
 * input, corpus options and warnings. Output formats are tested in
 * formats.test.ts; real checks on real text in seeds.test.ts.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { localeFromEnv } from '../../../server/src/cli/resolution-lint';
import { Corpus } from '../../../server/src/service/corpus';
import { root, run } from './helpers';
import { makeTempDir, removeTempDir } from '../../support/tempDir';

const SEED = 'seeds/001_8d8e352413f896fa.txt';

describe('resolution-lint: usage and input', () => {
  let tmp: string;
  before(() => {
    tmp = makeTempDir('resolution-lint-');
  });
  after(() => removeTempDir(tmp));

  it('--help prints usage and exits 0, in the chosen language', async () => {
    const en = await run(['--help']);
    assert.strictEqual(en.code, 0);
    assert.match(en.stdout, /^Usage: resolution-lint \[options\] FILE\.\.\./);
    assert.match(en.stdout, /--no-default-corpus/);
    const zh = await run(['-h', '--locale', 'zh']);
    assert.match(zh.stdout, /^用法：resolution-lint/);
  });

  it('exits 2 with a message on stderr for bad usage', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--bogus', SEED], /^resolution-lint: unknown option: --bogus\n/],
      [[], /^resolution-lint: no files to check\n/],
      [['--format', 'xml', SEED], /^resolution-lint: unknown format "xml": use text, json or sarif\n/],
      [['--format'], /^resolution-lint: option --format needs a value\n/],
      [['--locale', 'de', SEED], /^resolution-lint: unknown locale "de": use zh, en, fr, es, ru or ar\n/],
      [['--locale', 'french', SEED], /^resolution-lint: unknown locale "french": use zh, en, fr, es, ru or ar\n/],
      [['--corpus'], /^resolution-lint: option --corpus needs a value\n/],
    ];
    for (const [argv, pattern] of cases) {
      const r = await run(argv);
      assert.strictEqual(r.code, 2, argv.join(' '));
      assert.match(r.stderr, pattern);
      assert.match(r.stderr, /run resolution-lint --help for usage/);
      assert.strictEqual(r.stdout, '');
    }
  });

  it('takes the locale from --locale, else LC_ALL, LC_MESSAGES, LANG', async () => {
    assert.strictEqual(localeFromEnv({ LANG: 'zh_CN.UTF-8' }), 'zh');
    assert.strictEqual(localeFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }), 'en');
    assert.strictEqual(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'zh_TW', LANG: 'C' }), 'zh');
    assert.strictEqual(localeFromEnv({}), 'en');
    const zh = await run(['missing.txt'], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.strictEqual(zh.stderr, 'resolution-lint: missing.txt：找不到文件\n');
    const forced = await run(['--locale=en', 'missing.txt'], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.strictEqual(forced.stderr, 'resolution-lint: missing.txt: no such file\n');
  });

  it('speaks French, Spanish, Russian and Arabic, from --locale or the environment', async () => {
    assert.strictEqual(localeFromEnv({ LANG: 'fr_CA.UTF-8' }), 'fr');
    assert.strictEqual(localeFromEnv({ LC_MESSAGES: 'es_419.UTF-8', LANG: 'en_US.UTF-8' }), 'es');
    assert.strictEqual(localeFromEnv({ LC_ALL: 'ru_RU.UTF-8' }), 'ru');
    assert.strictEqual(localeFromEnv({ LANG: 'ar_EG.UTF-8' }), 'ar');
    const missing = async (env: Record<string, string>, argv: string[] = []) => (await run([...argv, 'missing.txt'], { env })).stderr;
    assert.strictEqual(await missing({ LANG: 'fr_FR.UTF-8' }), 'resolution-lint: missing.txt\u00a0: fichier introuvable\n');
    assert.strictEqual(await missing({ LANG: 'es_ES.UTF-8' }), 'resolution-lint: missing.txt: no existe el archivo\n');
    assert.strictEqual(await missing({ LANG: 'ru_RU.UTF-8' }), 'resolution-lint: missing.txt: файл не найден\n');
    assert.strictEqual(await missing({ LANG: 'en_US.UTF-8' }, ['--locale', 'ar_SA']), 'resolution-lint: missing.txt: الملف غير موجود\n');
    const help = await run(['--help', '--locale=ru-RU']);
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /^Использование: resolution-lint/);
    assert.match(help.stdout, /--locale zh\|en\|fr\|es\|ru\|ar/);
  });

  it('exits 2 naming the file when an input is missing, a folder, binary or too large, and still checks the others', async () => {
    const bin = path.join(tmp, 'logo.png');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const big = path.join(tmp, 'big.txt');
    fs.writeFileSync(big, Buffer.alloc(20 * 1024 * 1024, 0x41));
    const t0 = Date.now();
    const r = await run(['--format', 'json', 'missing.txt', tmp, bin, big, SEED]);
    assert.ok(Date.now() - t0 < 5000, 'a 20 MB file is refused without delay');
    assert.strictEqual(r.code, 2);
    const lines = r.stderr.trim().split('\n');
    assert.deepStrictEqual(lines, [
      'resolution-lint: missing.txt: no such file',
      `resolution-lint: ${tmp}: is a folder, not a file (use --corpus for a folder of prior texts)`,
      `resolution-lint: ${bin}: this is a binary file, not text (it contains NUL bytes); it cannot be checked`,
      `resolution-lint: ${big}: the file is too large (20 MB); the limit is 8 MB`,
    ]);
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(out.files.map((f: { path: string }) => f.path), [SEED]);
  });

  it('reads a GBK-encoded file, saying so on stderr', async () => {
    const r = await run(['--format', 'json', 'test/fixtures/defects/gbk-encoded.txt']);
    assert.strictEqual(r.stderr, 'resolution-lint: test/fixtures/defects/gbk-encoded.txt: not UTF-8; decoded as GB18030/GBK\n');
    assert.notStrictEqual(r.code, 2);
    assert.strictEqual(JSON.parse(r.stdout).files.length, 1);
  });

  it('reads standard input for "-", naming it <stdin>', async () => {
    const gap = fs.readFileSync(path.join(root, 'test/fixtures/defects/numbering-gap.txt'));
    const r = await run(['--no-default-corpus', '--format', 'json', '-'], { readStdin: async () => gap });
    assert.strictEqual(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.files[0].path, '<stdin>');
    assert.ok(out.files[0].diagnostics.some((d: { code: string }) => d.code === 'paragraph-numbering'));
    const bin = await run(['-'], { readStdin: async () => Buffer.from([0, 1, 2, 3]) });
    assert.strictEqual(bin.code, 2);
    assert.match(bin.stderr, /^resolution-lint: <stdin>: this is a binary file/);
  });

  it('CRLF line ends and UTF-16 give the same findings at the same places', async () => {
    const utf8 = fs.readFileSync(path.join(root, 'test/fixtures/defects/numbering-gap.txt'), 'utf8');
    const crlf = path.join(tmp, 'crlf.txt');
    fs.writeFileSync(crlf, utf8.replace(/\n/g, '\r\n'));
    const u16 = path.join(tmp, 'utf16.txt');
    fs.writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]));
    const runs = await Promise.all(['test/fixtures/defects/numbering-gap.txt', crlf, u16].map((f) => run(['--no-default-corpus', '--format', 'json', f])));
    const shapes = runs.map((r) => JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: string; range: unknown; message: string }) => [d.code, d.range, d.message]));
    assert.ok(shapes[0].length > 0);
    assert.deepStrictEqual(shapes[1], shapes[0]);
    assert.deepStrictEqual(shapes[2], shapes[0]);
  });

  it('passes --corpus paths (resolved) and --no-default-corpus to the corpus loader', async () => {
    const a = await run(['--corpus', 'seeds', '--corpus=test/fixtures', SEED]);
    // the test environment has no HOME or XDG_CACHE_HOME: no default cache folder
    assert.deepStrictEqual(a.corpusOptions, [
      { paths: [path.join(root, 'seeds'), path.join(root, 'test/fixtures')], includeBuiltIn: true, cacheDir: undefined },
    ]);
    const b = await run(['--no-default-corpus', '--cache-dir', 'tmp-cache', SEED]);
    assert.deepStrictEqual(b.corpusOptions, [{ paths: [], includeBuiltIn: false, cacheDir: path.join(root, 'tmp-cache') }]);
  });

  it('writes corpus warnings to stderr without changing the exit code', async () => {
    const corpus = Corpus.empty();
    corpus.warnings.push({ code: 'missing-path', path: '/nowhere/precedents' });
    const r = await run(['--corpus', '/nowhere/precedents', SEED], { loadCorpus: async () => corpus });
    assert.strictEqual(r.code, 0);
    assert.match(r.stderr, /^resolution-lint: corpus: .*\/nowhere\/precedents/);
  });

  it('does not warn that the corpus is empty when no corpus was asked for', async () => {
    const empty = () => {
      const c = Corpus.empty();
      c.warnings.push({ code: 'empty-corpus', path: '' });
      return c;
    };
    const asked = await run(['--no-default-corpus', SEED], { loadCorpus: async () => empty() });
    assert.strictEqual(asked.stderr, '');
    const surprised = await run([SEED], { loadCorpus: async () => empty() });
    assert.match(surprised.stderr, /^resolution-lint: corpus: /);
  });
});
