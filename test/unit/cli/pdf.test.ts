/**
 * `resolution-lint draft.pdf` checks the document itself: each finding names the page and the
 * paragraph, in text, JSON and SARIF; a PDF that cannot be read is said so, never a crash.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REAL_EN_PDF_DIR, skipWithoutRealEn } from '../../support/realEn';
import { minimalPdf } from '../documents/minimalPdf';
import { run } from './helpers';
import { withTempDir } from '../../support/tempDir';

describe('CLI: PDF input', function () {
  this.timeout(60_000);
  const pdf = () => path.join(REAL_EN_PDF_DIR, 'S-2018-257.pdf');

  it('JSON: findings carry the page and paragraph label', async function () {
    skipWithoutRealEn(this);
    const r = await run(['--format', 'json', pdf()]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { files: Array<{ diagnostics: Array<{ code: string; page?: number; paragraph?: string; range: { start: { line: number } } }> }> };
    const ds = out.files[0].diagnostics;
    assert.ok(ds.length > 0, 'the real S/2018/257 has findings (its PP 18 ends with “;”)');
    for (const d of ds) {
      assert.equal(typeof d.page, 'number', JSON.stringify(d));
      assert.match(d.paragraph ?? '', /^(PP|OP) \d+/);
    }
    const pp18 = ds.find((d) => d.paragraph === 'PP 18');
    assert.ok(pp18, JSON.stringify(ds));
    assert.equal(pp18.page, 3);
  });

  it('SARIF: page and paragraph in the result properties; text: [p. 3, PP 18]', async function () {
    skipWithoutRealEn(this);
    const sarif = await run(['--format', 'sarif', pdf()]);
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ properties?: { page?: number; paragraph?: string } }> }> };
    const results = log.runs[0].results;
    assert.ok(results.length > 0);
    assert.ok(results.every((x) => typeof x.properties?.page === 'number' && typeof x.properties?.paragraph === 'string'));
    const text = await run(['--format', 'text', pdf()]);
    assert.match(text.stdout, /\[p\. 3, PP 18\]/);
  });

  it('an unreadable PDF: said on stderr, exit 2, no crash', async function () {
    await withTempDir('cli-pdf-', async (dir) => {
      const scan = path.join(dir, 'scan.pdf');
      fs.writeFileSync(scan, minimalPdf([]));
      const r = await run(['--format', 'json', scan]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /scan\.pdf: cannot be read \(no text could be read \(no-text-layer/);
    });
  });
});
