/**
 * A corpus folder holding PDFs: each becomes the same paragraphs as its text file, with citable
 * labels and the page each paragraph starts on, kept through the persisted snapshot; a PDF that
 * cannot be read is a warning naming it, and the rest loads.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import { paragraphCitation } from '../../../server/src/service/features/agreements';
import { REAL_EN_DIR, REAL_EN_PDF_DIR, realEnIndex, skipWithoutRealEn } from '../../support/realEn';
import { minimalPdf } from '../documents/minimalPdf';
import { makeTempDir, removeTempDir } from '../../support/tempDir';

describe('corpus: folders of PDFs', function () {
  this.timeout(120_000);
  let dir: string;
  let cacheDir: string;

  before(function () {
    skipWithoutRealEn(this);
    dir = makeTempDir('corpus-pdf-');
    cacheDir = makeTempDir('corpus-pdf-cache-');
    // Copied at run time into a temporary folder (never into the project).
    fs.copyFileSync(path.join(REAL_EN_PDF_DIR, 'A-RES-79-194.pdf'), path.join(dir, 'A-RES-79-194.pdf'));
    fs.copyFileSync(path.join(REAL_EN_PDF_DIR, 'S-2018-257.pdf'), path.join(dir, 'S-2018-257.pdf'));
    fs.writeFileSync(path.join(dir, 'noise.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x5a)]));
    fs.writeFileSync(path.join(dir, 'scan.pdf'), minimalPdf([]));
  });

  after(function () {
    removeTempDir(dir);
    removeTempDir(cacheDir);
  });

  it('reads the PDFs as their text files: same labels, same paragraphs, each with its page', async function () {
    const fromPdf = await loadCorpus({ paths: [dir], includeBuiltIn: false, cacheDir });
    const fromText = await loadCorpus({ paths: [path.join(REAL_EN_DIR, 'A-RES-79-194.en.txt')], includeBuiltIn: false });
    const pdfDoc = fromPdf.documents.find((d) => d.meta.symbol === 'A/RES/79/194');
    const textDoc = fromText.documents[0];
    assert.ok(pdfDoc, 'A/RES/79/194 read from its PDF');
    assert.equal(pdfDoc.meta.date, textDoc.meta.date);
    assert.equal(pdfDoc.paragraphs.length, textDoc.paragraphs.length);
    const same = pdfDoc.paragraphs.filter((p, i) => p.label === textDoc.paragraphs[i].label && p.text === textDoc.paragraphs[i].text).length;
    assert.ok(same / textDoc.paragraphs.length >= 0.98, `${same} of ${textDoc.paragraphs.length} paragraphs as in the text file`);
    // Pages: every paragraph has one, in reading order, from page 1 to the last page.
    const pages = pdfDoc.paragraphs.map((p) => p.page);
    assert.ok(pages.every((p) => typeof p === 'number'));
    for (let i = 1; i < pages.length; i++) assert.ok(pages[i]! >= pages[i - 1]!, `page order at ${pdfDoc.paragraphs[i].label}`);
    assert.equal(pages[0], 1);
    assert.equal(pages[pages.length - 1], realEnIndex().find((r) => r.symbol === 'A/RES/79/194')!.pages);
    assert.ok(textDoc.paragraphs.every((p) => p.page === undefined), 'text files have no pages');
    // The citation a hover shows.
    const op12 = pdfDoc.paragraphs.find((p) => p.label === 'OP 12')!;
    assert.equal(paragraphCitation('en', 'A/RES/79/194', op12.label, undefined, op12.page), `A/RES/79/194, OP 12 (p. ${op12.page})`);
    assert.equal(paragraphCitation('zh', 'A/RES/79/194', op12.label, undefined, op12.page), `A/RES/79/194，OP 12（第 ${op12.page} 页）`);
    assert.ok(fromPdf.documents.some((d) => d.meta.symbol === 'S/2018/257'));
  });

  it('names each unreadable PDF and why; the rest loads', async function () {
    const corpus = await loadCorpus({ paths: [dir], includeBuiltIn: false });
    const noise = corpus.warnings.filter((w) => w.path === path.join(dir, 'noise.pdf'));
    const scan = corpus.warnings.filter((w) => w.path === path.join(dir, 'scan.pdf'));
    assert.deepEqual(
      noise.map((w) => w.code),
      ['document-unreadable'],
    );
    assert.match(noise[0].detail ?? '', /^damaged/);
    assert.deepEqual(
      scan.map((w) => w.code),
      ['document-unreadable'],
    );
    assert.match(scan[0].detail ?? '', /^no-text-layer/);
    assert.equal(corpus.documents.length, 2);
  });

  it('an unchanged PDF is never read twice: the next load takes it from the snapshot, pages and all', async function () {
    const first = await loadCorpus({ paths: [dir], includeBuiltIn: false, cacheDir });
    const again = await loadCorpus({ paths: [dir], includeBuiltIn: false, cacheDir });
    assert.equal(again.stats.parsed, 0, JSON.stringify(again.stats));
    assert.equal(again.stats.fromCache, 4);
    const a = first.documents.find((d) => d.meta.symbol === 'A/RES/79/194')!;
    const b = again.documents.find((d) => d.meta.symbol === 'A/RES/79/194')!;
    assert.deepEqual(
      b.paragraphs.map((p) => [p.label, p.page]),
      a.paragraphs.map((p) => [p.label, p.page]),
    );
  });

  it('re-reads one changed PDF alone (updateFile)', async function () {
    const corpus = await loadCorpus({ paths: [dir], includeBuiltIn: false });
    const target = path.join(dir, 'S-2018-257.pdf');
    fs.copyFileSync(path.join(REAL_EN_PDF_DIR, 'S-2019-266.pdf'), target);
    const warnings = await corpus.updateFile(target);
    assert.deepEqual(warnings, []);
    assert.ok(corpus.documents.some((d) => d.meta.symbol === 'S/2019/266'));
    assert.ok(!corpus.documents.some((d) => d.meta.symbol === 'S/2018/257'));
    fs.copyFileSync(path.join(REAL_EN_PDF_DIR, 'S-2018-257.pdf'), target);
  });
});
