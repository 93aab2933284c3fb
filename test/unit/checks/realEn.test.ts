/**
 * The structure checks on the 46 real English texts (`../shared/real-en`): adopted resolutions and drafts
 * draw no structure finding except the real slips of the printed texts, named here; section headings
 * (`I Implementation of the Convention…`) draw no punctuation or numbering finding.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkStructure } from '../../../server/src/service/checks';
import type { Paragraph, ResolutionDocument, ServiceDiagnostic } from '../../../server/src/service/model';
import { defaultSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';
import { REAL_EN_DIR, realEnIndex, skipWithoutRealEn } from '../../support/realEn';

/** The slips the texts really have (checked against the official PDFs), as `code label`. */
const REAL_DEFECTS: Record<string, string[]> = {
  // OP 14 ends "…digitalization for development”," (the hand-copied English text; the Chinese 76/189 has "；")
  'A-RES-76-189.en.txt': ['paragraph-punctuation OP 14'],
  // PP 9 ends "…in Addis Ababa;" in the PDF
  'A-RES-80-133.en.txt': ['paragraph-punctuation PP 9'],
  // PP 18 ends with ";" and OP 19 with "." before OP 20, as printed
  'S-2018-257.en.txt': ['paragraph-punctuation PP 18', 'paragraph-punctuation OP 19'],
  // PP 6 and PP 14 end with ";", as printed
  'S-2019-266.en.txt': ['paragraph-punctuation PP 6', 'paragraph-punctuation PP 14'],
  // OP 2's chapeau ends "…(S/2020/448), shall" with no colon before its (a)–(f), as printed
  'S-2020-449.en.txt': ['paragraph-punctuation OP 2'],
};

function labelAt(doc: ResolutionDocument, d: ServiceDiagnostic): string {
  const all: Paragraph[] = [];
  const walk = (p: Paragraph) => {
    all.push(p);
    p.subparagraphs.forEach(walk);
  };
  for (const r of doc.resolutions) [...r.preambular, ...r.operative].forEach(walk);
  const at = d.span?.start ?? -1;
  const owners = all.filter((p) => p.span.start <= at && at <= p.span.end);
  return owners.length ? owners[owners.length - 1].label : `line ${d.range.start.line + 1}`;
}

describe('checks on the 46 real English texts (../shared/real-en)', function () {
  before(function () {
    skipWithoutRealEn(this);
  });

  for (const row of realEnIndex()) {
    const expected = REAL_DEFECTS[row.file] ?? [];
    it(`${row.symbol} (${row.kind}) draws ${expected.length ? expected.join(', ') : 'no structure finding'}`, () => {
      const doc = parseDocument(fs.readFileSync(path.join(REAL_EN_DIR, row.file), 'utf8'));
      // the model is really there: otherwise "no finding" would prove nothing
      assert.strictEqual(doc.resolutions[0]?.operative.length, row.op);
      for (const locale of ['en', 'zh'] as const) {
        const diags = checkStructure(doc, defaultSettings(locale));
        assert.deepStrictEqual(diags.map((d) => `${d.code} ${labelAt(doc, d)}`), expected);
      }
    });
  }

  it('reports the real slips of adopted resolutions only where the printed text has them', () => {
    const adopted = realEnIndex().filter((r) => r.kind === 'resolution');
    assert.strictEqual(adopted.length, 26);
    assert.deepStrictEqual(adopted.filter((r) => REAL_DEFECTS[r.file]).map((r) => r.symbol), ['A/RES/76/189', 'A/RES/80/133']);
  });

  it('leaves section headings alone: no finding on the sixteen headings of each oceans text', () => {
    for (const file of ['A-RES-79-144.en.txt', 'A-80-L.22.en.txt', 'A-RES-80-110.en.txt', 'S-2018-257.en.txt']) {
      const doc = parseDocument(fs.readFileSync(path.join(REAL_EN_DIR, file), 'utf8'));
      const headings = doc.resolutions[0].headings;
      assert.ok(headings.length >= 2, file);
      const headingLines = new Set(headings.map((h) => h.range.start.line));
      const onHeadings = checkStructure(doc, defaultSettings('en')).filter((d) => headingLines.has(d.range.start.line));
      assert.deepStrictEqual(onHeadings, [], file);
    }
  });
});
