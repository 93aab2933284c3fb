/** The facade: reuse of an unchanged analysis, self-exclusion, and a failing stage costing only its own findings. */
import * as assert from 'node:assert/strict';
import type { Corpus } from '../../../server/src/service/corpus';
import { createLanguageService } from '../../../server/src/service/languageService';
import { parseDocument } from '../../../server/src/service/parser';
import { checkReferences, type ReferenceTable } from '../../../server/src/service/references';
import { ReferenceMemo } from '../../../server/src/service/referenceMemo';
import { builtInCorpus, seed } from './helpers';

describe('languageService facade', function () {
  this.timeout(30_000);

  it('returns the previous analysis for an unchanged text, and a new one after an edit', async () => {
    const corpus = await builtInCorpus();
    const service = createLanguageService({ corpus });
    const text = seed('001');
    const first = service.analyze(text);
    assert.equal(service.analyze(text, first), first);
    const edited = service.analyze(text.replace('又确认科学和技术', '又确认科学与技术'), first);
    assert.notEqual(edited, first);
    assert.equal(edited.agreements.length, first.agreements.length);
    // JSON of an analysis is unchanged by the bookkeeping properties.
    assert.deepEqual(Object.keys(first).sort(), ['agreements', 'diagnostics', 'document']);
  });

  it('excludes a document from the sources (a corpus file is not its own precedent)', async () => {
    const corpus = await builtInCorpus();
    const service = createLanguageService({ corpus });
    const text = seed('001');
    const self = corpus.documents.find((d) => d.meta.symbol === 'A/RES/76/189')!;
    const all = service.analyze(text);
    const without = service.analyze(text, all, { excludeDocIds: [self.meta.id] });
    assert.ok(all.agreements.some((a) => a.sources.some((s) => s.docId === self.meta.id)));
    assert.ok(!without.agreements.some((a) => a.sources.some((s) => s.docId === self.meta.id)));
    // Paragraphs only 76/189 has (none other) become new; the others keep their other sources.
    assert.ok(without.agreements.some((a) => a.status === 'new'));
    assert.ok(without.agreements.some((a) => a.status !== 'new' && a.sources.some((s) => s.symbol === 'A/RES/80/118')));
  });

  it('keeps the structure findings when the agreed-language stage throws', () => {
    const broken = {
      documents: [],
      references: undefined,
      index: {
        // the service matches paragraph by paragraph, in steps: the stage fails at its first step
        analyzeInSteps: function* () {
          yield;
          throw new Error('index exploded');
        },
        diagnostics: () => [],
      },
    } as unknown as Corpus;
    const service = createLanguageService({ corpus: broken });
    const draft = seed('000').replace('\n5. 在这方面**强调**', '\n6. 在这方面**强调**');
    const a = service.analyze(draft);
    assert.ok(a.diagnostics.some((d) => d.code === 'paragraph-numbering'));
    assert.equal(a.failures?.length, 1);
    assert.match(a.failures![0], /^matching: .*index exploded/);
  });
});

describe('languageService facade: remembered reference findings', function () {
  this.timeout(60_000);
  const refCodes = <T extends { code: string }>(ds: T[]): T[] => ds.filter((d) => d.code.startsWith('reference-'));

  it('give the same diagnostics as a full check, after edits that move, change and add references', async () => {
    const corpus = await builtInCorpus();
    const service = createLanguageService({ corpus });
    const full = (text: string) => refCodes(checkReferences(parseDocument(text), corpus.references, service.settings));
    let checked = 0;
    for (const name of ['000', '001', '002', '003', '004']) {
      const text = seed(name);
      const variants = [
        text,
        '新的第一行\n\n' + text,
        text.replace('2015 年 9 月 25 日第 70/1 号决议', '2015 年 9 月 26 日第 70/1 号决议'),
        text.replace(/第 ?70\/1 ?号决议/, '第 70//1 号决议，A//80/62'),
        text + '\n\n回顾 2015 年 9 月 24 日第 70/1 号决议和 A/RES/80/',
      ];
      let previous;
      for (const v of variants) {
        const a = service.analyze(v, previous);
        previous = a;
        const mine = refCodes(a.diagnostics).map(({ span: _s, ...d }) => d);
        const expected = full(v).map(({ span: _s, ...d }) => d);
        const order = (x: { range: { start: { line: number; character: number } }; message: string }, y: typeof x) =>
          x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character || x.message.localeCompare(y.message);
        assert.deepEqual([...mine].sort(order), [...expected].sort(order), `seed ${name}`);
        checked += expected.length;
      }
    }
    assert.ok(checked > 5, `only ${checked} reference findings compared`);
  });
});

describe('ReferenceMemo', () => {
  it('looks each reference up once; an edit elsewhere costs no look-ups', () => {
    let calls = 0;
    const table = { get: () => (calls++, undefined), size: 1 } as unknown as ReferenceTable;
    const memo = new ReferenceMemo();
    const settings = createLanguageService().settings;
    const text = seed('000');
    memo.check(parseDocument(text), table, settings);
    const first = calls;
    assert.ok(first > 20, `${first} look-ups`);
    memo.check(parseDocument(text.replace('信息和通信技术带来新的机遇', '信息和通信技术带来许多新的机遇')), table, settings);
    assert.equal(calls, first);
    memo.check(parseDocument(text.replace('2015 年 9 月 25 日第 70/1 号决议', '2015 年 9 月 26 日第 70/1 号决议')), table, settings);
    assert.equal(calls, first + 1);
  });
});
