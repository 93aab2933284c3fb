/**
 * Issue 7, item 8: exit status 1 means "errors found"; a crash or an output that cannot be
 * written exits 2, with one line saying why rather than a stack trace.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../server/src/cli/resolution-lint';
import { Corpus } from '../../server/src/service/corpus';
import { runLintChild } from './support/child';
import { tempDir } from '../support/tempDir';

const CLEAN = '大会，\n\n1. 决定继续审议这一问题。\n';

describe('reliability: exit codes', function () {
  this.timeout(60_000);
  let tmp: ReturnType<typeof tempDir>;
  before(() => {
    tmp = tempDir('reliability-exit-');
    fs.writeFileSync(path.join(tmp.dir, 'clean.md'), CLEAN);
  });
  after(() => tmp.remove());

  it('a full disk on standard output (> /dev/full) exits 2 with a one-line message, no stack', function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    const fd = fs.openSync('/dev/full', 'w');
    try {
      for (const format of ['text', 'json']) {
        const r = runLintChild(['--no-default-corpus', '--no-cache', '--format', format, 'clean.md'], { cwd: tmp.dir, stdoutFd: fd });
        assert.strictEqual(r.code, 2, `${format}: ${r.stderr}`);
        assert.match(r.stderr, /ENOSPC/);
        assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
      }
    } finally {
      fs.closeSync(fd);
    }
  });

  it('an internal failure exits 2, never 1, naming the failure', async () => {
    let stderr = '';
    const code = await main(['--no-default-corpus', path.join(tmp.dir, 'clean.md')], {
      env: { LANG: 'en_US.UTF-8' },
      cwd: tmp.dir,
      stdout: () => {},
      stderr: (t) => void (stderr += t),
      loadCorpus: async () => {
        throw new Error('simulated crash');
      },
    }).catch((e) => `rejected: ${String(e)}`);
    assert.strictEqual(code, 2, String(code));
    assert.match(stderr, /simulated crash/);
  });

  it('a clean file still exits 0 (the crash guard does not change a normal run)', async () => {
    const code = await main(['--no-default-corpus', '--no-cache', path.join(tmp.dir, 'clean.md')], {
      env: { LANG: 'en_US.UTF-8' },
      cwd: tmp.dir,
      stdout: () => {},
      stderr: () => {},
      loadCorpus: async () => Corpus.empty(),
    });
    assert.strictEqual(code, 0);
  });
});
