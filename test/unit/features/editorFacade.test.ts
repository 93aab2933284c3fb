/** The service facade (service/facade.ts): each method gives what the feature gives on a context built by hand; a cancelled flag gives the empty result. */
import * as assert from 'node:assert/strict';
import type { CancellationFlag } from '../../../server/src/service/cancellation';
import { CancellationSource } from '../../../server/src/service/cancellation';
import type { Corpus } from '../../../server/src/service/corpus';
import { createResolutionLanguageService, type ResolutionLanguageService } from '../../../server/src/service/facade';
import * as F from '../../../server/src/service/features';
import { createLanguageService, type Analysis } from '../../../server/src/service/languageService';
import type { Position, Range } from '../../../server/src/service/model';
import { defaultSettings } from '../../../server/src/service/options';
import { builtInCorpus, pos, seed } from './helpers';

interface Case {
  name: string;
  direct: (ctx: F.FeatureContext) => unknown;
  facade: (f: ResolutionLanguageService, a: Analysis, token?: CancellationFlag) => unknown;
  empty: unknown;
}

describe('service facade (editor features as methods)', function () {
  this.timeout(60_000);
  let corpus: Corpus;
  before(async () => {
    corpus = await builtInCorpus();
  });

  for (const [locale, prefix] of [
    ['en', '000'],
    ['zh', '001'],
  ] as const) {
    describe(`on seed ${prefix} (${locale})`, () => {
      let text: string;
      let analysis: Analysis;
      let facade: ResolutionLanguageService;
      let ctx: F.FeatureContext;
      let whole: Range;
      let footnoteRef: Position;
      let paragraph: Position;

      before(() => {
        text = seed(prefix);
        const settings = defaultSettings(locale);
        const service = createLanguageService({ corpus, settings });
        analysis = service.analyze(text);
        facade = createResolutionLanguageService(service);
        ctx = F.featureContext(analysis, corpus, settings);
        whole = { start: { line: 0, character: 0 }, end: ctx.lines.positionAt(text.length) };
        footnoteRef = analysis.document.footnoteRefs[0].range.start;
        const op = analysis.document.resolutions[0].operative[0];
        paragraph = op.range.start;
      });

      const cases: Case[] = [
        { name: 'hover', direct: (c) => F.hover(c, footnoteRef), facade: (f, a, t) => f.hover(a, footnoteRef, t), empty: undefined },
        {
          name: 'codeActions',
          direct: (c) => F.codeActions(c, whole, analysis.diagnostics),
          facade: (f, a, t) => f.codeActions(a, whole, analysis.diagnostics, t),
          empty: [],
        },
        { name: 'documentSymbols', direct: (c) => F.documentSymbols(c), facade: (f, a, t) => f.documentSymbols(a, t), empty: [] },
        { name: 'foldingRanges', direct: (c) => F.foldingRanges(c), facade: (f, a, t) => f.foldingRanges(a, t), empty: [] },
        { name: 'definition', direct: (c) => F.definition(c, footnoteRef), facade: (f, a, t) => f.definition(a, footnoteRef, t), empty: [] },
        {
          name: 'references',
          direct: (c) => F.references(c, footnoteRef, true),
          facade: (f, a, t) => f.references(a, footnoteRef, true, t),
          empty: [],
        },
        { name: 'completion', direct: (c) => F.completion(c, paragraph), facade: (f, a, t) => f.completion(a, paragraph, t), empty: [] },
        {
          name: 'cleanTextOfRange',
          direct: (c) => F.cleanTextOfRange(c, whole),
          facade: (f, a, t) => f.cleanTextOfRange(a, whole, t),
          empty: '',
        },
        { name: 'agreementReport', direct: (c) => F.agreementReport(c), facade: (f, a, t) => f.agreementReport(a, t), empty: undefined },
        { name: 'agreedShare', direct: (c) => F.agreedShare(c), facade: (f, a, t) => f.agreedShare(a, t), empty: 0 },
        {
          name: 'findPrecedents',
          direct: (c) => F.findPrecedents(corpus, F.cleanTextOfRange(c, analysis.document.resolutions[0].operative[0].range), locale, { limit: 5 }),
          facade: (f, a, t) => f.findPrecedents(f.cleanTextOfRange(a, a.document.resolutions[0].operative[0].range), { limit: 5 }, t),
          empty: [],
        },
      ];

      for (const c of cases) {
        it(`${c.name}: the same result as the feature on a hand-built context, and the empty one when cancelled`, () => {
          const expected = c.direct(ctx);
          // Not trivially empty: the comparison below says something.
          assert.notDeepEqual(expected, c.empty, `${c.name} gives its empty result on seed ${prefix}`);
          assert.deepEqual(c.facade(facade, analysis), expected);
          assert.deepEqual(c.facade(facade, analysis, { isCancellationRequested: false }), expected);
          const cancelled = new CancellationSource();
          cancelled.cancel();
          assert.deepEqual(c.facade(facade, analysis, cancelled), c.empty);
          // Cancelled while the work runs (the flag is read before, in the features' loops and after): the result is dropped.
          let reads = 0;
          const during: CancellationFlag = {
            get isCancellationRequested() {
              return reads++ > 0;
            },
          };
          assert.deepEqual(c.facade(facade, analysis, during), c.empty);
        });
      }

      it('documentLinks: the same result as the feature', () => {
        assert.deepEqual(facade.documentLinks(analysis), F.documentLinks(ctx));
        assert.deepEqual(facade.documentLinks(analysis, { isCancellationRequested: true }), []);
      });
    });
  }

  it('reads the corpus at each call (a reloaded corpus is used without a new facade)', () => {
    const text = seed('001');
    const service = createLanguageService({ settings: defaultSettings('zh') });
    const facade = createResolutionLanguageService(service);
    assert.deepEqual(facade.findPrecedents(text.slice(0, 200)), []);
    service.corpus = corpus;
    const analysis = service.analyze(text);
    const op = analysis.document.resolutions[0].operative[0];
    assert.ok(facade.findPrecedents(facade.cleanTextOfRange(analysis, op.range)).length > 0);
  });
});
