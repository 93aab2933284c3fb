/**
 * A check that fails is reported (issue 7, item 2): the CLI prints each failed stage on stderr
 * and exits with 2, since its report is missing that stage's findings.
 */
import * as assert from 'assert';
import { type Corpus } from '../../server/src/service/corpus';
import { loadCorpus } from '../../server/src/node/loadCorpus';
import { run } from '../unit/cli/helpers';

describe('reliability: the CLI reports analysis failures', function () {
  this.timeout(60_000);

  it('a matching stage that throws: stderr names the file and the failure, exit status 2, the other findings kept', async () => {
    const broken = async (): Promise<Corpus> => {
      const c = await loadCorpus({ paths: [] });
      // An index that fails on every draft (as a corrupt one did before it was checked on load).
      // (the service matches in steps, paragraph by paragraph: it fails at the first one)
      c.index.analyzeInSteps = function* () {
        yield;
        throw new TypeError("Cannot read properties of undefined (reading 'verb')");
      };
      return c;
    };
    const r = await run(['--format', 'json', 'test/fixtures/sample-draft.res.md'], { loadCorpus: broken });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /sample-draft\.res\.md: failed while checking: matching: TypeError: Cannot read properties of undefined/);
    const codes = JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    assert.ok(codes.includes('paragraph-numbering') && !codes.includes('agreed-language'), codes.join());
  });

  it('no failure: no message, the usual exit status', async () => {
    const r = await run(['--format', 'json', 'test/fixtures/sample-draft.res.md'], { loadCorpus: (o) => loadCorpus({ ...o, cacheDir: undefined }) });
    assert.strictEqual(r.code, 1, r.stderr);
    assert.strictEqual(r.stderr, '');
  });
});
