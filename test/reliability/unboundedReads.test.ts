/**
 * Issue 7, item 5: every read is bounded. `resolution-lint /dev/zero` used to read 9 GB
 * (the size check only worked on regular files); standard input over the limit was
 * reported with a wrong size. Memory is judged by the child's peak resident size.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { readBounded, readBoundedSync } from '../../server/src/node/boundedRead';
import { DEFAULT_MAX_BYTES } from '../../server/src/service/text/encoding';
import { lineOf } from '../../server/src/lsp/corpusFiles';
import { runLintChild } from './support/child';
import { tempDir } from '../support/tempDir';

/** Peak resident size allowed for a run that refuses its input (a bare run takes about 80–150 MB with tsx). */
const MAX_RSS_MB = 400;

const hasDevZero = fs.existsSync('/dev/zero');

/** Every "N MB" figure in a text. */
const sizes = (text: string) => [...text.matchAll(/(\d+(?:\.\d+)?) MB/g)].map((m) => m[1]);

describe('reliability: bounded reads (drafts, corpus files, stdin)', function () {
  this.timeout(60_000);

  it('refuses a draft that never ends (/dev/zero) at the limit, with bounded memory', function () {
    if (!hasDevZero) this.skip();
    const r = runLintChild(['--no-default-corpus', '--no-cache', '/dev/zero'], { timeoutMs: 30_000 });
    assert.strictEqual(r.signal, null, `killed (${r.signal}): the read did not stop`);
    assert.strictEqual(r.code, 2, r.stderr);
    assert.match(r.stderr, /\/dev\/zero: .*8 MB/);
    assert.deepStrictEqual(sizes(r.stderr), ['8'], `only the limit is named, not a size: ${r.stderr}`);
    assert.ok(r.maxRssMB !== undefined && r.maxRssMB < MAX_RSS_MB, `peak RSS ${r.maxRssMB} MB ≥ ${MAX_RSS_MB} MB`);
  });

  it('reports standard input over the limit with the limit, not a wrong size', function () {
    const input = Buffer.alloc(DEFAULT_MAX_BYTES + 3 * 1024 * 1024, 'a\n');
    const r = runLintChild(['--no-default-corpus', '--no-cache', '-'], { input });
    assert.strictEqual(r.code, 2, r.stderr);
    assert.match(r.stderr, /<stdin>: .*8 MB/);
    assert.deepStrictEqual(sizes(r.stderr), ['8'], `only the limit is named: ${r.stderr}`);
  });

  it('readBounded / readBoundedSync stop one byte past the limit on an endless device', async function () {
    if (!hasDevZero) this.skip();
    const limit = 1024 * 1024;
    const a = await readBounded('/dev/zero', limit);
    assert.ok(a.overLimit);
    assert.ok(a.bytes.length <= limit + 1);
    const b = readBoundedSync('/dev/zero', limit);
    assert.ok(b.overLimit);
    assert.ok(b.bytes.length <= limit + 1);
  });

  it('readBounded reads a regular file whole, and a file that reports size 0 to its end', async function () {
    const seed = `${__dirname}/../../seeds/004_4510d16fedc8d16d.txt`;
    const whole = fs.readFileSync(seed);
    const r = readBoundedSync(seed, whole.length);
    assert.ok(!r.overLimit);
    assert.ok(r.bytes.equals(whole));
    assert.ok((await readBounded(seed, whole.length - 1)).overLimit);
    if (fs.existsSync('/proc/self/status')) {
      // A regular file whose stat size is 0 but which has content: the size is not trusted.
      const proc = readBoundedSync('/proc/self/status', 1024 * 1024);
      assert.ok(proc.bytes.toString('utf8').includes('Name:'));
    }
  });
});

describe('reliability: the language server reads corpus files for links with a bound', function () {
  this.timeout(60_000);
  it('lineOf gives up on a corpus file that grew past the corpus limit, instead of reading it whole', () => {
    const tmp = tempDir('reliability-lineof-');
    try {
      const file = `${tmp.dir}/grown.txt`;
      fs.writeFileSync(file, '1. 决定继续审议这一问题。\n');
      assert.strictEqual(lineOf(file, '决定继续审议这一问题'), 0);
      fs.writeFileSync(file, Buffer.concat([Buffer.from('1. 决定继续审议这一问题。\n'), Buffer.alloc(17 * 1024 * 1024, 0x20)]));
      assert.strictEqual(lineOf(file, '决定继续审议这一问题'), undefined);
    } finally {
      tmp.remove();
    }
  });
});
