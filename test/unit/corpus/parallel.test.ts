import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import { defaultSettings } from '../../../server/src/service/options';
import { MIN_PARALLEL_FILES } from '../../../server/src/service/corpus/parseJob';
import { makeTempDir, removeTempDir } from '../../support/tempDir';

const ROOT = path.join(__dirname, '../../..');
const SEEDS = path.join(ROOT, 'seeds');
const WORKER = path.join(ROOT, 'dist/corpusWorker.js');

/**
 * A cold load with many files parses them in worker threads (dist/corpusWorker.js, built by
 * `npm run build`, which `npm test` runs first); the result must be the one of a load in
 * this thread: same documents in the same order, same reference table, same warnings.
 */
describe('corpus: parsing in worker threads', function () {
  this.timeout(120000);
  let root: string;

  before(function () {
    if (!fs.existsSync(WORKER)) this.skip();
    root = makeTempDir('corpus-parallel-');
    const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    let k = 0;
    // The seeds several times over (duplicates are found across workers), plus small resolutions, an empty and a binary file.
    for (let round = 0; k < MIN_PARALLEL_FILES + 8; round++) {
      for (const f of seeds) {
        const text = fs.readFileSync(path.join(SEEDS, f), 'utf8');
        fs.writeFileSync(path.join(root, `${String(k++).padStart(3, '0')}-${f}`), round % 2 ? text : `${text}\n第 ${round} 次补充。\n`);
      }
      fs.writeFileSync(path.join(root, `${String(k++).padStart(3, '0')}-r.md`), `80/${100 + round}. 第 ${round} 号测试决议\n\n大会，\n\n回顾其第 70/1 号决议，\n\n1. 决定继续审议这一问题。\n`);
    }
    fs.writeFileSync(path.join(root, 'empty.md'), '');
    fs.writeFileSync(path.join(root, 'binary.md'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  });
  after(() => {
    removeTempDir(root);
    delete process.env.RESOLUTION_CORPUS_WORKER;
    delete process.env.RESOLUTION_CORPUS_WORKERS;
  });

  const view = (c: Awaited<ReturnType<typeof loadCorpus>>) => ({
    documents: c.documents.map((d) => ({ meta: d.meta, paragraphs: d.paragraphs })),
    references: c.references.all(),
    warnings: c.warnings,
    files: c.files(),
    stats: { files: c.stats.files, parsed: c.stats.parsed, fromCache: c.stats.fromCache },
  });

  it('gives the same corpus as parsing in this thread', async () => {
    process.env.RESOLUTION_CORPUS_WORKERS = '0';
    const here = await loadCorpus({ paths: [root], includeBuiltIn: false });
    delete process.env.RESOLUTION_CORPUS_WORKERS;
    process.env.RESOLUTION_CORPUS_WORKER = WORKER;
    const there = await loadCorpus({ paths: [root], includeBuiltIn: false });
    assert.ok('files+index' in there.stats.phases, `workers used: ${JSON.stringify(there.stats.phases)}`);
    assert.ok(!('files+index' in here.stats.phases));
    assert.ok(here.documents.length > MIN_PARALLEL_FILES / 2);
    assert.ok(here.warnings.some((w) => w.code === 'duplicate'));
    assert.deepStrictEqual(view(there), view(here));
    // and the indexes answer alike
    const probe = here.documents[0].paragraphs.find((p) => p.text.length > 40)!;
    const a = here.index.analyzeParagraph({ text: probe.text, bodyStart: probe.bodyStart, verb: probe.verb }, defaultSettings('zh'));
    const b = there.index.analyzeParagraph({ text: probe.text, bodyStart: probe.bodyStart, verb: probe.verb }, defaultSettings('zh'));
    assert.deepStrictEqual(b, a);
  });

  it('falls back to this thread when the worker file is missing', async () => {
    process.env.RESOLUTION_CORPUS_WORKER = path.join(root, 'no-such-worker.js');
    const c = await loadCorpus({ paths: [root], includeBuiltIn: false });
    assert.ok(!('files+index' in c.stats.phases));
    assert.ok(c.documents.length > MIN_PARALLEL_FILES / 2);
  });
});
