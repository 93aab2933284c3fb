/**
 * The document analyses of the language server (server/src/lsp/scheduler.ts), in process. The worker
 * cases run dist/analysisWorker.js (`npm run build`) and are skipped without it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisWorker, DocumentAnalyses } from '../../../server/src/lsp/scheduler';
import { CancelledError } from '../../../server/src/service/cancellation';
import { createLanguageService } from '../../../server/src/service/languageService';
import { loadCorpus } from '../../../server/src/node/loadCorpus';

const ROOT = path.resolve(__dirname, '../../..');
const WORKER = path.join(ROOT, 'dist/analysisWorker.js');
const SEED = fs.readFileSync(path.join(ROOT, 'seeds', fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith('000'))!), 'utf8');
const codes = (ds: Array<{ code: string; range: { start: { line: number } } }>) => ds.map((d) => `${d.code}@${d.range.start.line}`);

function setup(file: string | undefined, minChars = 1000) {
  const service = createLanguageService();
  const errors: string[] = [];
  const analyses = new DocumentAnalyses({ service: () => service, stamp: () => 0, excludeDocIds: () => [], logError: (w, e) => errors.push(`${w}: ${String(e)}`) }, new AnalysisWorker(file), minChars);
  return { service, analyses, errors };
}

/** The corpus passes of an analysis run in steps: the event loop turns between the paragraphs matched. */
async function assertCorpusPassesInSteps(worker: string | undefined): Promise<void> {
  // the five seeds, each paragraph matched against the seeds' corpus: hundreds of paragraphs
  const corpus = await loadCorpus({ paths: [], includeBuiltIn: true });
  const service = createLanguageService({ corpus });
  const analyses = new DocumentAnalyses({ service: () => service, stamp: () => 0, excludeDocIds: () => [], logError: () => undefined }, new AnalysisWorker(worker), 1000, 0);
  const text = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8')).join('\n\n');
  // other work: a tick counted on every turn of the event loop
  let ticks = 0;
  let ticking = true;
  const tick = () => {
    ticks++;
    if (ticking) setImmediate(tick);
  };
  tick();
  // the tick count seen by each paragraph the matching computes
  const seen: number[] = [];
  const index = corpus.index;
  const original = index.analyzeParagraph.bind(index);
  index.analyzeParagraph = ((p: Parameters<typeof original>[0], st: Parameters<typeof original>[1]) => {
    seen.push(ticks);
    return original(p, st);
  }) as typeof original;
  try {
    const a = await analyses.analysis(TextDocument.create('file:///seeds.res.md', 'resolution', 1, text));
    assert.ok(seen.length > 100, `${seen.length} paragraphs matched`);
    const turns = new Set(seen).size;
    assert.ok(turns > seen.length / 2, `the event loop ran between the paragraphs: ${seen.length} paragraphs matched in ${turns} turns`);
    assert.deepStrictEqual(codes(a.diagnostics), codes(createLanguageService({ corpus }).analyze(text).diagnostics), 'the findings the service gives in one go');
    assert.ok(a.agreements.some((g) => g.status === 'exact'), 'the seeds are agreed language of themselves');
  } finally {
    ticking = false;
    analyses.dispose();
  }
}

describe('lsp: document analyses off the main thread', function () {
  this.timeout(120_000);

  it('without the worker bundle, analyses on the main thread, as the service does', async () => {
    const { analyses, errors } = setup(undefined);
    const doc = TextDocument.create('file:///a.res.md', 'resolution', 1, SEED);
    const a = await analyses.analysis(doc);
    assert.deepStrictEqual(codes(a.diagnostics), codes(createLanguageService().analyze(SEED).diagnostics));
    assert.strictEqual(await analyses.analysis(doc), a, 'the same version is analysed once');
    assert.deepStrictEqual(errors, []);
    analyses.dispose();
  });

  it('without the worker, a text from 64K characters has its corpus passes run in steps all the same', async () => {
    await assertCorpusPassesInSteps(undefined);
  });

  describe('with the worker', () => {
    before(function () {
      if (!fs.existsSync(WORKER)) {
        console.log('      (skipped: dist/analysisWorker.js is not built; npm run build)');
        this.skip();
      }
    });

    it('gives the findings the service gives, under and past the size limit', async () => {
      const { analyses, errors } = setup(WORKER);
      const doc = TextDocument.create('file:///a.res.md', 'resolution', 1, SEED);
      const a = await analyses.analysis(doc);
      assert.deepStrictEqual(codes(a.diagnostics), codes(createLanguageService().analyze(SEED).diagnostics));
      assert.strictEqual(a.document.text, SEED);
      const big = SEED + '\n\n' + ('中'.repeat(999) + '\n').repeat(2900); // past 8 MB of UTF-8, quick to parse
      const bigDoc = TextDocument.create('file:///big.res.md', 'resolution', 1, big);
      const b = await analyses.analysis(bigDoc);
      assert.ok(b.diagnostics.some((d) => d.code === 'input-problem' && /limit/.test(d.message)), 'the size-limit finding');
      assert.deepStrictEqual(codes(b.diagnostics), codes(createLanguageService().analyze(big).diagnostics));
      assert.deepStrictEqual(errors, []);
      analyses.dispose();
    });

    it('a newer version cancels the analysis of the older one; a cancelled request stops waiting', async () => {
      const { analyses, errors } = setup(WORKER);
      const text = Array(10).fill(SEED).join('\n\n');
      const v1 = TextDocument.create('file:///a.res.md', 'resolution', 1, text);
      const first = analyses.analysis(v1);
      const v2 = TextDocument.update(TextDocument.create(v1.uri, 'resolution', 1, text), [{ text: 'Note\n\n' + text }], 2);
      analyses.cancelStale(v1.uri, 2);
      await assert.rejects(first, (e: unknown) => e instanceof CancelledError);
      // a request token (an LSP CancellationToken calls back): cancelling it rejects the wait, not the analysis
      let cancelRequest = () => {};
      const token = {
        isCancellationRequested: false,
        onCancellationRequested(listener: () => void) {
          cancelRequest = () => {
            token.isCancellationRequested = true;
            listener();
          };
          return { dispose() {} };
        },
      };
      const waiting = analyses.analysis(v2, token);
      cancelRequest();
      await assert.rejects(waiting, (e: unknown) => e instanceof CancelledError);
      const second = await analyses.analysis(v2);
      assert.ok(second.document.text.startsWith('Note\n\n'));
      assert.strictEqual(analyses.current(v2), second);
      assert.deepStrictEqual(codes(second.diagnostics), codes(createLanguageService().analyze(v2.getText()).diagnostics));
      assert.deepStrictEqual(errors, []);
      analyses.dispose();
    });


    it('runs the corpus passes after the worker’s parse in steps, the event loop free between them', async () => {
      await assertCorpusPassesInSteps(WORKER);
    });
  });
});
