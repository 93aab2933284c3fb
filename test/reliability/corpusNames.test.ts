/**
 * Issue 7, item 8: corpus files whose names are not UTF-8 (Latin-1 or GBK names from old
 * archives) are read, never silently dropped.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus } from '../../server/src/node/loadCorpus';
import { tempDir } from '../support/tempDir';
import { smallResolution } from './support/tree';

describe('reliability: corpus file names that are not UTF-8', function () {
  this.timeout(60_000);
  let tmp: ReturnType<typeof tempDir>;
  const names = [
    Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('.txt')]), // Latin-1 "café.txt"
    Buffer.concat([Buffer.from([0xbe, 0xf6, 0xd2, 0xe9]), Buffer.from('.txt')]), // GBK "决议.txt"
  ];
  before(function () {
    tmp = tempDir('reliability-names-');
    try {
      names.forEach((name, i) => fs.writeFileSync(Buffer.concat([Buffer.from(tmp.dir + path.sep), name]), smallResolution(500 + i)));
      fs.writeFileSync(path.join(tmp.dir, 'plain.txt'), smallResolution(600));
    } catch {
      this.skip(); // a file system that only takes UTF-8 names
    }
    if (fs.readdirSync(tmp.dir, { encoding: 'buffer' }).length !== 3) this.skip();
  });
  after(() => tmp?.remove());

  it('reads every file, naming the odd ones with their bytes escaped', async () => {
    const corpus = await loadCorpus({ paths: [tmp.dir], includeBuiltIn: false });
    assert.strictEqual(corpus.documents.length, 3, JSON.stringify(corpus.warnings));
    const paths = corpus.documents.map((d) => d.meta.path).sort();
    assert.ok(paths.some((p) => p.includes('caf\\xe9.txt')), paths.join(', '));
    assert.ok(paths.some((p) => p.includes('\\xbe\\xf6\\xd2\\xe9.txt')), paths.join(', '));
    assert.ok(!paths.some((p) => p.includes('\ufffd')), 'no replacement characters: two names must not collide');
  });
});
