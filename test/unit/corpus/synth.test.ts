import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import { editText, prng, seedParagraphPool, writeSynthCorpus } from '../../bench/synth';
import { makeTempDir, removeTempDir } from '../../support/tempDir';

const SEEDS = path.join(__dirname, '../../../seeds');

describe('bench: synthetic corpus', () => {
  let root: string;
  before(() => (root = makeTempDir('corpus-synth-')));
  after(() => removeTempDir(root));

  it('is deterministic: same seed, same files', async () => {
    const { pool } = await seedParagraphPool(SEEDS);
    const a = writeSynthCorpus(path.join(root, 'a'), pool, { count: 3, charsPerResolution: 3000 });
    const b = writeSynthCorpus(path.join(root, 'b'), pool, { count: 3, charsPerResolution: 3000 });
    assert.strictEqual(a.files.length, 3);
    for (let i = 0; i < 3; i++) assert.ok(fs.readFileSync(a.files[i]).equals(fs.readFileSync(b.files[i])));
    const c = writeSynthCorpus(path.join(root, 'c'), pool, { count: 3, charsPerResolution: 3000, seed: 1 });
    assert.ok(!fs.readFileSync(a.files[0]).equals(fs.readFileSync(c.files[0])));
  });

  it('makes resolutions the parser and the corpus read as such: symbol, date, PPs then numbered OPs', async () => {
    const corpus = await loadCorpus({ paths: [path.join(root, 'a')], includeBuiltIn: false });
    assert.strictEqual(corpus.documents.length, 3);
    for (const d of corpus.documents) {
      assert.match(d.meta.symbol ?? '', /^A\/RES\/\d{2}\/\d+$/);
      assert.match(d.meta.date ?? '', /^\d{4}-\d{2}-\d{2}$/);
      assert.strictEqual(d.meta.status, 'adopted');
      const labels = d.paragraphs.map((p) => p.label);
      const firstOp = labels.indexOf('OP 1');
      assert.ok(firstOp > 0, labels.join());
      assert.ok(labels.slice(0, firstOp).every((l, i) => l === `PP ${i + 1}`), labels.join());
      assert.ok(labels.slice(firstOp).every((l, i) => l === `OP ${i + 1}`), labels.join());
    }
  });

  it('edits change the text a little', () => {
    const rand = prng(3);
    const text = '重申其题为“变革我们的世界：2030 年可持续发展议程”的 2015 年 9 月 25 日第 70/1 号决议，其中大会通过了一套全面、意义深远和以人为中心的可持续发展目标';
    let changed = 0;
    for (let i = 0; i < 50; i++) {
      const e = editText(text, rand, '在巩固实施千年发展目标成果的基础上，争取完成它们尚未完成的事业');
      if (e !== text) changed++;
      assert.ok(Math.abs(e.length - text.length) <= 20, e);
    }
    assert.ok(changed >= 30, String(changed)); // a clause swapped with itself or an absent term leaves it as it was
  });
});
