/**
 * Results do not depend on the cache (issue 7, item 6): sources that tie on similarity are
 * ranked by a total order on content and metadata, not by internal paragraph ids, so the same
 * corpus gives the same answer cached, uncached, or loaded in another file order.
 *
 * The corpus: versions of one resolution (same symbol, date and paragraphs, each with a
 * paragraph of its own), so most draft paragraphs have many equally good sources.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus } from '../../server/src/node/loadCorpus';
import { createLanguageService } from '../../server/src/service/languageService';
import { defaultSettings } from '../../server/src/service/options';
import { SAMPLE_DRAFT } from './cacheTools';
import { makeTempDir, removeTempDir } from '../support/tempDir';

const SEEDS = path.join(__dirname, '../../seeds');
const BASE = fs.readFileSync(path.join(SEEDS, '000_1ed030a242e859ae.txt'), 'utf8');
const OTHERS = ['001_8d8e352413f896fa.txt', '003_10c262350bcf095e.txt'];

/** Version `i` (edition `e`) of the resolution: its own last operative paragraph. */
function version(i: number, e: number): string {
  const at = BASE.lastIndexOf('2025 年 12 月 15 日');
  return `${BASE.slice(0, at)}75. **决定**在第 ${81 + i} 届会议上继续审议第 ${e} 版问题。\n\n${BASE.slice(at)}`;
}

/** Findings (JSON) of the sample draft against the corpus of these files, in this order. */
async function findings(files: string[], cacheDir?: string): Promise<{ json: string; indexFromCache: boolean }> {
  const corpus = await loadCorpus({ paths: files, includeBuiltIn: false, cacheDir });
  const service = createLanguageService({ corpus, settings: defaultSettings('zh') });
  const analysis = service.analyze(fs.readFileSync(SAMPLE_DRAFT, 'utf8'));
  assert.deepStrictEqual(analysis.failures ?? [], []);
  return { json: JSON.stringify(analysis.diagnostics), indexFromCache: corpus.stats.indexFromCache };
}

describe('reliability: findings do not depend on the cache or the load order', function () {
  this.timeout(300_000);
  let tmp: string;
  let docs: string;
  beforeEach(() => {
    tmp = makeTempDir('rel-rank-');
    docs = path.join(tmp, 'docs');
    fs.mkdirSync(docs);
  });
  afterEach(() => removeTempDir(tmp));

  const write = (n: number, edition: (i: number) => number): string[] => {
    const files: string[] = [];
    for (let i = 0; i < n; i++) {
      const f = path.join(docs, `v${String(i).padStart(2, '0')}.md`);
      fs.writeFileSync(f, version(i, edition(i)));
      files.push(f);
    }
    for (const o of OTHERS) {
      fs.copyFileSync(path.join(SEEDS, o), path.join(docs, o));
      files.push(path.join(docs, o));
    }
    return files;
  };

  it('after 21 of 30 files change, the cached run cites the same first sources as --no-cache', async () => {
    const files = write(30, () => 1);
    const cacheDir = path.join(tmp, 'cache');
    await findings(files, cacheDir);
    write(30, (i) => (i % 10 < 7 ? 2 : 1)); // 21 changed
    const cached = await findings(files, cacheDir);
    assert.ok(cached.indexFromCache, 'the index was restored and patched');
    const fresh = await findings(files);
    const first = (json: string) => JSON.parse(json).map((d: { data?: { sources?: Array<{ docId: string; paragraph: string }> } }) => d.data?.sources?.[0]);
    const differ = first(cached.json).filter((s: unknown, i: number) => JSON.stringify(s) !== JSON.stringify(first(fresh.json)[i])).length;
    assert.strictEqual(differ, 0, `${differ} findings cite another first source with the cache`);
    assert.strictEqual(cached.json, fresh.json);
  });

  it('property: cached, uncached and loaded in another file order give identical JSON', async () => {
    const n = 12;
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([...Array(n + OTHERS.length).keys()], { minLength: n + OTHERS.length }),
        fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }),
        async (order, changed) => {
          removeTempDir(tmp);
          fs.mkdirSync(docs, { recursive: true });
          const cacheDir = path.join(tmp, 'cache');
          const files = write(n, () => 1);
          await findings(files, cacheDir);
          write(n, (i) => (changed.includes(i) ? 2 : 1));
          const cached = await findings(files, cacheDir);
          const reordered = await findings(order.map((k) => files[k]));
          const inOrder = await findings(files);
          assert.strictEqual(reordered.json, inOrder.json, 'another load order, other findings');
          assert.strictEqual(cached.json, inOrder.json, 'with the cache, other findings');
        },
      ),
      { numRuns: 4, seed: 20261201 },
    );
  });
});
