/**
 * Past 125,000 findings (issue 7, item 4): 130,000 `<sup>` markers made the CLI exit 2 ("failed while
 * checking") and every server request on the document fail, from a stack overflow. Now the findings of one
 * code are capped per document, with a summary finding saying how many more there are.
 */
import * as assert from 'assert';
import { createLanguageService } from '../../server/src/service/languageService';
import { MAX_FINDINGS_PER_CODE } from '../../server/src/service/findingLimit';
import * as features from '../../server/src/service/features';
import { cleanup, manyMarkers, MB, runCli, tempFile } from './measure';
import { ensureBuilt } from '../protocol/lspClient';

const N = 130_000;

describe('reliability: 130,000 findings in one document', function () {
  this.timeout(120_000);
  after(cleanup);
  const text = manyMarkers(N);
  const svc = createLanguageService();
  let a: ReturnType<typeof svc.analyze>;
  before(() => {
    a = svc.analyze(text);
  });

  it('the service keeps the first findings of a code and sums up the rest in one more', () => {
    const undef = a.diagnostics.filter((d) => d.code === 'footnote-undefined');
    assert.strictEqual(a.failures, undefined, String(a.failures));
    assert.strictEqual(undef.length, MAX_FINDINGS_PER_CODE + 1);
    const summary = undef[undef.length - 1];
    assert.match(summary.message, new RegExp(`^${N - MAX_FINDINGS_PER_CODE} more findings of this kind \\(footnote-undefined\\)`));
    assert.strictEqual(summary.severity, undef[0].severity);
    // the summary sits where the first finding left out would have been: after the last one listed
    assert.ok(summary.range.start.character > undef[MAX_FINDINGS_PER_CODE - 1].range.start.character);
    assert.strictEqual(a.document.footnoteRefs.length, N);
  });

  it('Chinese messages for the summary', () => {
    const zh = createLanguageService({ settings: { locale: 'zh' } }).analyze(manyMarkers(MAX_FINDINGS_PER_CODE + 5));
    assert.ok(zh.diagnostics.some((d) => /^另有 5 条同类问题（footnote-undefined）未列出/.test(d.message)));
  });

  it('the features answer on that document (symbols, a whole-document code action)', () => {
    const ctx = features.featureContext(a, undefined, svc.settings);
    assert.ok(features.documentSymbols(ctx).length > 0);
    const whole = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    const actions = features.codeActions(ctx, whole, a.diagnostics);
    assert.ok(actions.some((x) => x.kind === "quickfix"));
    assert.ok(actions.length <= 60, `${actions.length} actions`);
  });

  it('the CLI reports errors (exit 1), not a failure (exit 2), in bounded memory', async () => {
    ensureBuilt();
    const r = await runCli(['--no-default-corpus', '--no-cache', tempFile('markers.md', text)]);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stdout, /129000 more findings of this kind \(footnote-undefined\)/);
    assert.ok(r.maxRss < 600 * MB, `peak RSS ${(r.maxRss / MB).toFixed(0)} MB`);
  });
});
