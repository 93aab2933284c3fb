/**
 * The PDF reader on the 45 official PDFs of ../shared/real-en/pdf: the paragraphs and footnotes it
 * reads must be those of the text file made from the same PDF (≥ 98 % of each, in every file);
 * the ones that differ are printed. Then bad input: never a throw, always a warning saying why.
 */
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { extractDocument } from '../../../server/src/service/documents';
import { extractPdf } from '../../../server/src/service/documents/pdf';
import { agreement } from '../../support/paragraphAgreement';
import { hasRealEn, REAL_EN_DIR, REAL_EN_PDF_DIR, skipWithoutRealEn } from '../../support/realEn';
import { minimalPdf } from './minimalPdf';
import { withTempDir } from '../../support/tempDir';

const MIN_AGREEMENT = 0.98;

function pdfFiles(): string[] {
  if (!hasRealEn() || !fs.existsSync(REAL_EN_PDF_DIR)) return [];
  return fs
    .readdirSync(REAL_EN_PDF_DIR)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
}

describe('PDF reader: the 45 real PDFs read as their text files', function () {
  this.timeout(120_000);
  before(function () {
    skipWithoutRealEn(this);
  });

  it('finds all 45 PDFs, each with its text file', function () {
    const files = pdfFiles();
    assert.equal(files.length, 45);
    for (const f of files) assert.ok(fs.existsSync(path.join(REAL_EN_DIR, f.replace(/\.pdf$/, '.en.txt'))), f);
  });

  for (const f of pdfFiles()) {
    it(`${f}: ≥ 98 % of paragraphs and of footnotes as in the text file`, async function () {
      const expected = fs.readFileSync(path.join(REAL_EN_DIR, f.replace(/\.pdf$/, '.en.txt')), 'utf8');
      const doc = await extractPdf(fs.readFileSync(path.join(REAL_EN_PDF_DIR, f)));
      assert.deepEqual(doc.warnings, []);
      assert.equal(doc.linePages?.length, doc.text.split('\n').length, 'one page per line');
      const a = agreement(expected, doc.text);
      const share = (x: { total: number; same: number }) => (x.total ? x.same / x.total : 1);
      const pct = (x: { total: number; same: number }) => `${x.same}/${x.total} (${(100 * share(x)).toFixed(1)} %)`;
      const differ = [...a.paragraphs.missing.map((m) => `  text file: ${m.slice(0, 160)}`), ...a.paragraphs.extra.map((m) => `  from PDF:  ${m.slice(0, 160)}`)];
      const fnDiffer = [...a.footnotes.missing.map((m) => `  text file fn: ${m.slice(0, 160)}`), ...a.footnotes.extra.map((m) => `  from PDF fn:  ${m.slice(0, 160)}`)];
      console.log(`      ${f}: paragraphs ${pct(a.paragraphs)}, footnotes ${pct(a.footnotes)}`);
      for (const line of [...differ, ...fnDiffer]) console.log(`      ${line}`);
      assert.ok(share(a.paragraphs) >= MIN_AGREEMENT, `paragraphs ${pct(a.paragraphs)}`);
      assert.ok(share(a.footnotes) >= MIN_AGREEMENT, `footnotes ${pct(a.footnotes)}`);
      // The masthead gives the symbol, as the text file's front matter has it.
      const symbol = /^symbol: (.+)$/m.exec(expected)?.[1];
      assert.equal(doc.meta?.symbol, symbol);
    });
  }
});

describe('PDF reader: layout details on a real PDF', function () {
  this.timeout(60_000);
  before(function () {
    skipWithoutRealEn(this);
  });

  it('drops the furniture, keeps pages, footnote marks as superscripts and footnotes after the rule', async function () {
    const doc = await extractPdf(fs.readFileSync(path.join(REAL_EN_PDF_DIR, 'A-C.2-80-L.9.pdf')));
    const lines = doc.text.split('\n');
    // No masthead, job number, barcode or page number lines.
    for (const l of lines) {
      assert.doesNotMatch(l, /^(United Nations|Distr\.|Original:|\d\d-\d{5}|\*\d{7}\*|\d+\/\d+$|A\/C\.2\/80\/L\.9$)/, l);
    }
    // A footnote reference as a superscript after the word; the footnote after the rule, on its page.
    const ref = lines.findIndex((l) => l.includes('Addis Ababa Action Agenda,¹ to close'));
    assert.ok(ref >= 0);
    const rule = lines.indexOf('__________________', ref);
    assert.ok(rule > ref);
    assert.equal(lines[rule + 2], '¹ General Assembly resolution 69/313, annex.');
    assert.equal(doc.linePages![ref], 1);
    // The paragraph cut by the page break is whole, on the page it starts on.
    const cut = lines.findIndex((l) => l.startsWith('Reaffirming its resolution 69/313'));
    assert.match(lines[cut], /strong political commitment to address the challenge of financing/);
    assert.equal(doc.linePages![cut], 1);
    assert.equal(doc.linePages![lines.length - 1], 4);
  });
});

describe('PDF reader: bad input gives a warning, never a throw', function () {
  this.timeout(60_000);

  it('random bytes behind a %PDF header: damaged', async function () {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256))]);
    const doc = await extractDocument(bytes, 'noise.pdf');
    assert.equal(doc.format, 'pdf');
    assert.equal(doc.text, '');
    assert.deepEqual(
      doc.warnings.map((w) => w.code),
      ['damaged'],
    );
  });

  it('a page with no text (a scan): no-text-layer', async function () {
    const doc = await extractPdf(minimalPdf([]));
    assert.equal(doc.text, '');
    assert.deepEqual(
      doc.warnings.map((w) => w.code),
      ['no-text-layer'],
    );
  });

  it('a small PDF written here reads back (the test PDF writer works)', async function () {
    const doc = await extractPdf(minimalPdf(['The General Assembly,', '1. Decides to remain seized of the matter.']));
    assert.deepEqual(doc.warnings, []);
    assert.match(doc.text, /The General Assembly,/);
    assert.match(doc.text, /1\. Decides to remain seized of the matter\./);
  });

  it('a truncated PDF: a warning, and no throw', async function () {
    skipWithoutRealEn(this);
    const whole = fs.readFileSync(path.join(REAL_EN_PDF_DIR, 'A-RES-79-194.pdf'));
    for (const share of [0.02, 0.3, 0.7]) {
      const doc = await extractPdf(whole.subarray(0, Math.floor(whole.length * share)));
      assert.ok(doc.warnings.length > 0 || doc.text.length > 0, `${share}: neither text nor warning`);
      if (doc.text === '') assert.ok(['damaged', 'no-text-layer'].includes(doc.warnings[0].code), JSON.stringify(doc.warnings));
    }
  });

  it('a file that takes too long is abandoned: timeout', async function () {
    skipWithoutRealEn(this);
    const doc = await extractPdf(fs.readFileSync(path.join(REAL_EN_PDF_DIR, 'A-RES-80-110.pdf')), { timeoutMs: 1 });
    assert.equal(doc.text, '');
    assert.deepEqual(
      doc.warnings.map((w) => w.code),
      ['timeout'],
    );
  });

  it('an encrypted PDF (made with qpdf, where installed): encrypted', async function () {
    let qpdf = true;
    try {
      execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
    } catch {
      qpdf = false;
    }
    if (!qpdf) {
      console.log('      (skipped: qpdf is not installed; `apt-get install qpdf` makes the encrypted PDF)');
      this.skip();
    }
    await withTempDir('pdf-enc-', async (dir) => {
      const plain = path.join(dir, 'plain.pdf');
      const locked = path.join(dir, 'locked.pdf');
      fs.writeFileSync(plain, minimalPdf(['The General Assembly,']));
      execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', plain, locked]);
      const doc = await extractPdf(fs.readFileSync(locked));
      assert.equal(doc.text, '');
      assert.deepEqual(
        doc.warnings.map((w) => w.code),
        ['encrypted'],
      );
    });
  });
});
