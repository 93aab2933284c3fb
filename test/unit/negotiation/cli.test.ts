import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../../server/src/cli/export';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import { readDocx } from './docxReader';
import { makeTempDir, removeTempDir } from '../../support/tempDir';

const ROOT = path.join(__dirname, '../../..');
const SEEDS = path.join(ROOT, 'seeds');
const seedFile = (prefix: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), env: {}, cwd, loadCorpus });
  return { code, out, err };
}

describe('resolution-export (CLI)', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('resolution-export-');
  });
  afterEach(() => removeTempDir(dir));
  const base = ['--no-cache', '--no-default-corpus', '--corpus', seedFile('001_')];

  it('writes the .docx and prints the summary', async () => {
    const r = await run([...base, '-o', 'out.docx', seedFile('000_')], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /out\.docx: \d+ unchanged, \d+ technical updates, \d+ changed/);
    const read = await readDocx(fs.readFileSync(path.join(dir, 'out.docx')));
    assert.ok(read.paragraphs.some((p) => p.ins > 0));
  });

  it('refuses to overwrite an existing file without --force, and leaves it untouched', async () => {
    fs.writeFileSync(path.join(dir, 'out.docx'), 'mine');
    const r = await run([...base, '-o', 'out.docx', seedFile('000_')], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /exists; use --force/);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'out.docx'), 'utf8'), 'mine');
    const f = await run([...base, '--force', '-o', 'out.docx', seedFile('000_')], dir);
    assert.strictEqual(f.code, 0, f.err);
    assert.notStrictEqual(fs.readFileSync(path.join(dir, 'out.docx'), 'utf8'), 'mine');
  });

  it('says clearly when the output cannot be written or the input read', async () => {
    const w = await run([...base, '-o', path.join(dir, 'no-such-folder', 'out.docx'), seedFile('000_')], dir);
    assert.strictEqual(w.code, 2);
    assert.match(w.err, /cannot write .*out\.docx: ENOENT/);
    const i = await run([...base, '-o', 'out.docx', 'missing.txt'], dir);
    assert.strictEqual(i.code, 2);
    assert.match(i.err, /cannot read missing\.txt: ENOENT/);
    assert.ok(!fs.existsSync(path.join(dir, 'out.docx')));
    const u = await run(['--bogus'], dir);
    assert.strictEqual(u.code, 2);
  });

  it('a precedent that is not in the corpus is said, and the export is still written', async () => {
    const r = await run([...base, '--precedent', 'A/RES/12/345', '-o', 'out.docx', seedFile('000_')], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.err, /precedent A\/RES\/12\/345 is not in the corpus/);
    assert.match(r.out, /0 unchanged, 0 technical updates, 0 changed/);
  });
});

describe('resolution-export --compare (CLI)', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('resolution-compare-');
  });
  afterEach(() => removeTempDir(dir));
  const base = ['--no-cache', '--no-default-corpus'];

  it('compares with a precedent file: summary and aligned rows on stdout, HTML and .docx when asked', async () => {
    const r = await run([...base, '--compare', seedFile('001_'), '--html', 'cmp.html', '-o', 'cmp.docx', seedFile('000_')], dir);
    assert.strictEqual(r.code, 0, r.err);
    const m = /Compared with A\/RES\/76\/189 \(2021-12-17\): (\d+) unchanged, (\d+) technical updates, (\d+) changed, (\d+) new, (\d+) deleted, (\d+) moved/.exec(r.out);
    assert.ok(m, r.out.slice(0, 300));
    const [unchanged, technical, changed, added] = m.slice(1, 5).map(Number);
    assert.strictEqual(unchanged + technical + changed + added, 135);
    assert.ok(technical >= 2);
    assert.match(r.out, /^PP 1 +PP 1 +technical: “2020” → “2024”; “21” → “19”; “75\/202” → “79\/194”$/m);
    const html = fs.readFileSync(path.join(dir, 'cmp.html'), 'utf8');
    assert.match(html, /<del>[^<]*75\/202<\/del><ins>[^<]*79\/194<\/ins>/);
    const read = await readDocx(fs.readFileSync(path.join(dir, 'cmp.docx')));
    assert.ok(read.paragraphs.some((p) => p.ins > 0));
  });

  it('compares with a corpus symbol; a precedent that is missing says so', async () => {
    const ok = await run([...base, '--corpus', seedFile('001_'), '--compare', 'A/RES/76/189', seedFile('000_')], dir);
    assert.strictEqual(ok.code, 0, ok.err);
    assert.match(ok.out, /Compared with A\/RES\/76\/189/);
    const missing = await run([...base, '--corpus', seedFile('001_'), '--compare', 'A/RES/12/345', seedFile('000_')], dir);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.err, /precedent A\/RES\/12\/345 not found/);
  });
});
