/** The facade: reuse of an unchanged analysis, self-exclusion, and a failing stage costing only its own findings. */
import * as assert from 'node:assert/strict';
import type { Corpus } from '../../../server/src/service/corpus';
import { createLanguageService } from '../../../server/src/service/languageService';
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
        analyze: () => {
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
