/**
 * Cancellation inside the features' loops (service/facade.ts with service/cancellation.ts's `cancellationCheck`):
 * on a large draft built from a real English text (A/RES/80/118's operative paragraphs repeated and renumbered,
 * each ending with a seeded punctuation slip), a flag that turns cancelled after K reads stops the heavy features
 * at the very next read, and the facade gives its empty result. The flag is read every few items, so the reads
 * of a full run grow with the work (a bounded amount of work between two reads).
 */
import * as assert from 'node:assert/strict';
import { CHECK_EVERY, cancellationCheck, isCancelled, type CancellationFlag } from '../../../server/src/service/cancellation';
import type { Corpus } from '../../../server/src/service/corpus';
import { createResolutionLanguageService, type ResolutionLanguageService } from '../../../server/src/service/facade';
import { createLanguageService, type Analysis } from '../../../server/src/service/languageService';
import type { Range } from '../../../server/src/service/model';
import { defaultSettings } from '../../../server/src/service/options';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import { realEnFiles, skipWithoutRealEn } from '../../support/realEn';
import { draftWithSlips } from '../../support/slippedDraft';

/** Operative paragraphs in the large draft (each one a slip: `,` where `;` is due). */
const OPERATIVE = 2000;
const SMALL = 300;

/** A flag that counts its reads and answers "cancelled" from read `after + 1` on (never, without `after`). */
function countingFlag(after = Infinity): CancellationFlag & { reads: number } {
  return {
    reads: 0,
    get isCancellationRequested() {
      return ++this.reads > after;
    },
  };
}

interface Heavy {
  name: string;
  call: (f: ResolutionLanguageService, a: Analysis, token: CancellationFlag) => unknown;
  empty: unknown;
  /** The items the feature loops over (the reads of a full run grow with them). */
  items: (a: Analysis) => number;
  /** The smaller draft (300 paragraphs), for a feature whose matching (not cancellable inside) is slow on the large one. */
  small?: boolean;
}

describe('service facade: a cancelled request stops inside the features’ loops', function () {
  this.timeout(120_000);
  let corpus: Corpus;
  let analysis: Analysis;
  let small: Analysis;
  let facade: ResolutionLanguageService;
  let whole: Range;
  let draft: string;

  before(async function () {
    skipWithoutRealEn(this);
    draft = draftWithSlips(OPERATIVE);
    // the 46 real texts as the corpus (4,000 paragraphs), for the precedent search
    corpus = await loadCorpus({ paths: realEnFiles(), includeBuiltIn: false });
    // Without a corpus for the analysis: the structure findings are what the code actions work on.
    const service = createLanguageService({ settings: defaultSettings('en') });
    analysis = service.analyze(draft);
    small = service.analyze(draftWithSlips(SMALL));
    service.corpus = corpus;
    facade = createResolutionLanguageService(service);
    const lines = draft.split('\n');
    whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
  });

  it('cancellationCheck reads the flag on the first call and then every CHECK_EVERY calls, and throws CancelledError once it is set', () => {
    const flag = countingFlag(2);
    const check = cancellationCheck(flag);
    for (let i = 0; i < 2 * CHECK_EVERY; i++) check();
    assert.equal(flag.reads, 2);
    assert.throws(check, (e: unknown) => isCancelled(e));
    assert.equal(flag.reads, 3);
    // without a flag: nothing to read, never throws
    const none = cancellationCheck(undefined);
    for (let i = 0; i < 3 * CHECK_EVERY; i++) none();
  });

  it('the draft has a finding for each seeded slip (up to the per-code limit)', () => {
    const slips = analysis.diagnostics.filter((d) => d.code === 'paragraph-punctuation');
    assert.ok(slips.length >= 1000, `${slips.length} punctuation findings`);
  });

  const heavy: Heavy[] = [
    {
      name: 'whole-document code actions (every finding sent back by the client)',
      call: (f, a, t) => f.codeActions(a, whole, a.diagnostics, t),
      empty: [],
      items: (a) => a.diagnostics.length,
    },
    { name: 'agreement report', call: (f, a, t) => f.agreementReport(a, t), empty: undefined, items: (a) => a.agreements.length + OPERATIVE },
    {
      name: 'references to a footnote cited throughout',
      call: (f, a, t) => f.references(a, a.document.footnoteRefs[0].range.start, true, t),
      empty: [],
      items: (a) => a.document.footnoteRefs.length,
    },
    {
      name: 'precedents of an operative paragraph (every corpus paragraph compared)',
      call: (f, a, t) => f.findPrecedents(f.cleanTextOfRange(a, a.document.resolutions[0].operative[0].range), { exhaustiveMax: Infinity }, t),
      empty: [],
      items: () => corpus.documents.reduce((n, d) => n + d.paragraphs.length, 0),
    },
    {
      name: 'comparison with the precedent the paragraphs come from',
      call: (f, a, t) => f.compare(a, corpus.documents.find((d) => d.meta.symbol === 'A/RES/80/118')!.meta.id, t),
      empty: undefined,
      items: () => SMALL,
      small: true,
    },
  ];

  for (const h of heavy) {
    it(`${h.name}: cancelled after K reads, it stops at the next read and gives the empty result`, () => {
      const subject = h.small ? small : analysis;
      const stopsAt = (k: number, of: string) => {
        const flag = countingFlag(k);
        assert.deepEqual(h.call(facade, subject, flag), h.empty, `cancelled after ${k} reads${of}: not the empty result`);
        // stopped at the first read that saw the cancellation: no work after it
        assert.equal(flag.reads, k + 1, `cancelled after ${k} reads${of}`);
      };
      // Cancelled while the loops run (a facade that reads the flag only before and after the call runs to the end here).
      stopsAt(3, '');
      const full = countingFlag();
      const result = h.call(facade, subject, full);
      assert.notDeepEqual(result, h.empty, 'the uncancelled call has a result');
      // Read in the loops, every CHECK_EVERY items at least: the work between two reads is bounded.
      const items = h.items(subject);
      assert.ok(full.reads >= items / CHECK_EVERY, `${full.reads} reads for ${items} items`);
      assert.ok(full.reads >= 6, `${full.reads} reads`);
      for (const k of [1, Math.floor(full.reads / 2), full.reads - 2, full.reads - 1]) stopsAt(k, ` of ${full.reads}`);
    });
  }

  it('Word export (async): cancelled after K reads, it stops at the next read and gives undefined', async () => {
    const cancelledAfter3 = countingFlag(3);
    assert.equal(await facade.exportDocx(analysis, {}, cancelledAfter3), undefined);
    assert.equal(cancelledAfter3.reads, 4);
    const full = countingFlag();
    const r = await facade.exportDocx(analysis, {}, full);
    assert.ok(r && r.bytes.length > 0);
    // the plan's paragraphs and the writer's blocks, every CHECK_EVERY at least
    assert.ok(full.reads >= (2 * OPERATIVE) / CHECK_EVERY, `${full.reads} reads`);
    const half = countingFlag(Math.floor(full.reads / 2));
    assert.equal(await facade.exportDocx(analysis, {}, half), undefined);
    assert.equal(half.reads, Math.floor(full.reads / 2) + 1);
  });
});
