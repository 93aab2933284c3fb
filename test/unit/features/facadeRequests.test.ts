/**
 * The facade's negotiation and source-text methods (what `resolution/compareCandidates`, `resolution/compare`,
 * `resolution/exportDocx` and `resolution/sourceText` answer): on seed 000 (zh) against 76/189 (seed 001) and on
 * a PDF precedent, each gives what the service's functions give called directly, and the empty result when the
 * flag is set before or during the work.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import type { CancellationFlag } from '../../../server/src/service/cancellation';
import type { Corpus } from '../../../server/src/service/corpus';
import { extractDocument } from '../../../server/src/service/documents';
import { locateParagraph } from '../../../server/src/service/documents/sourceView';
import { createResolutionLanguageService, type ResolutionLanguageService } from '../../../server/src/service/facade';
import { createLanguageService, type Analysis } from '../../../server/src/service/languageService';
import { alignedTexts } from '../../../server/src/service/negotiation/alignedText';
import { compareWithPrecedent } from '../../../server/src/service/negotiation/compare';
import { compareHtml, summaryLine } from '../../../server/src/service/negotiation/compareReport';
import { buildExportPlan } from '../../../server/src/service/negotiation/exportPlan';
import { defaultSettings } from '../../../server/src/service/options';
import { FIXTURE_DIR } from '../../support/wordFixtures';
import { readDocx } from '../negotiation/docxReader';
import { commentedParagraphs, expectedParagraphs } from '../negotiation/helpers';
import { SEEDS, seed } from './helpers';

/** Set from the second read on: cancelled while the work runs. */
function cancelledDuring(): CancellationFlag {
  let reads = 0;
  return {
    get isCancellationRequested() {
      return reads++ > 0;
    },
  };
}
const cancelled: CancellationFlag = { isCancellationRequested: true };

describe('service facade: negotiation and source-text methods', function () {
  this.timeout(120_000);

  describe('seed 000 (zh) against 76/189 (seed 001)', () => {
    let corpus: Corpus;
    let analysis: Analysis;
    let facade: ResolutionLanguageService;
    let docId: string;

    before(async () => {
      corpus = await loadCorpus({ paths: [path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith('001_'))!)], includeBuiltIn: false });
      const service = createLanguageService({ corpus, settings: defaultSettings('zh') });
      analysis = service.analyze(seed('000'));
      facade = createResolutionLanguageService(service);
      docId = corpus.documents[0].meta.id;
    });

    it('compareCandidates: 76/189 with the draft paragraphs that have a source in it; [] when cancelled', () => {
      const cands = facade.compareCandidates(analysis);
      assert.equal(cands.length, 1);
      assert.equal(cands[0].docId, docId);
      assert.equal(cands[0].label, 'A/RES/76/189');
      assert.equal(cands[0].paragraphs, analysis.agreements.filter((a) => a.sources.some((s) => s.docId === docId)).length);
      assert.ok(cands[0].paragraphs > 30, `${cands[0].paragraphs}`);
      assert.deepEqual(facade.compareCandidates(analysis, cancelled), []);
      assert.deepEqual(facade.compareCandidates(analysis, cancelledDuring()), []);
    });

    it('compare: what the comparison functions give; undefined for a document not in the corpus or when cancelled', () => {
      const cmp = compareWithPrecedent(analysis.document, corpus.documents[0], defaultSettings('zh'));
      const expected = { summary: cmp.summary, summaryText: summaryLine(cmp), html: compareHtml(cmp, cmp.precedent.citation), aligned: alignedTexts(cmp), precedent: cmp.precedent.citation };
      assert.deepEqual(facade.compare(analysis, docId), expected);
      assert.equal(expected.summary.unchanged + expected.summary.technical + expected.summary.changed + expected.summary.new, 135);
      assert.equal(facade.compare(analysis, 'not-in-the-corpus'), undefined);
      assert.equal(facade.compare(analysis, docId, cancelled), undefined);
      assert.equal(facade.compare(analysis, docId, cancelledDuring()), undefined);
    });

    it('exportDocx: the draft as a .docx that reads back as the draft, with the plan’s summary; undefined when cancelled', async () => {
      const r = await facade.exportDocx(analysis);
      assert.ok(r);
      const plan = buildExportPlan(analysis.document, analysis.agreements, { revisions: true, comments: true, locale: 'zh' });
      assert.deepEqual(r.summary, plan.summary);
      assert.deepEqual(r.warnings, plan.warnings);
      const read = await readDocx(Buffer.from(r.bytes));
      assert.deepEqual(
        commentedParagraphs(read).map((p) => p.accepted),
        expectedParagraphs(analysis.document).map((e) => e.text),
      );
      assert.equal(await facade.exportDocx(analysis, {}, cancelled), undefined);
      assert.equal(await facade.exportDocx(analysis, {}, cancelledDuring()), undefined);
    });
  });

  describe('a PDF precedent (open source)', () => {
    let corpus: Corpus;
    let facade: ResolutionLanguageService;
    let file: string;

    before(async () => {
      file = path.join(FIXTURE_DIR, 'en-draft.pdf');
      corpus = await loadCorpus({ paths: [file], includeBuiltIn: true });
      const service = createLanguageService({ corpus, settings: defaultSettings('en') });
      facade = createResolutionLanguageService(service);
    });

    it('corpusSourceFile: the PDF’s path; undefined for a built-in text or a file the corpus does not hold', () => {
      const doc = corpus.documentForPath(file)!;
      assert.ok(doc, 'the PDF is in the corpus');
      assert.equal(facade.corpusSourceFile(file), doc.meta.path);
      const builtIn = corpus.documents.find((d) => d.meta.builtIn)!;
      assert.equal(facade.corpusSourceFile(builtIn.meta.path), undefined);
      assert.equal(facade.corpusSourceFile('/etc/passwd'), undefined);
    });

    it('sourceText: the text read from the PDF with the paragraph’s lines, as extraction and locateParagraph give; undefined when cancelled', async () => {
      const doc = corpus.documentForPath(file)!;
      const bytes = fs.readFileSync(file);
      const k = doc.paragraphs.findIndex((p) => p.page === 2);
      assert.ok(k >= 0, 'a paragraph on page 2');
      const r = await facade.sourceText(file, bytes, k);
      assert.ok(r);
      const extracted = await extractDocument(bytes, 'en-draft.pdf');
      assert.equal(r.text, extracted.text);
      const at = locateParagraph(extracted.text, extracted.linePages, doc.paragraphs[k].text, 2);
      assert.equal(r.found, 'text');
      assert.equal(r.page, 2);
      assert.deepEqual([r.range.start.line, r.range.end.line], [at.startLine, at.endLine]);
      assert.equal(r.range.end.character, extracted.text.split('\n')[at.endLine].length);
      // no paragraph: the top
      assert.deepEqual((await facade.sourceText(file, bytes))?.range.start, { line: 0, character: 0 });
      assert.equal(await facade.sourceText('/etc/passwd', bytes, 0), undefined);
      assert.equal(await facade.sourceText(file, bytes, k, cancelled), undefined);
      assert.equal(await facade.sourceText(file, bytes, k, cancelledDuring()), undefined);
    });
  });
});
