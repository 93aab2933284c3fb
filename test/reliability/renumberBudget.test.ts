/**
 * Renumber on a large draft (issue 7, item 1: one huge document never stalls the others). The Renumber
 * action checks its edits by parsing the edited draft again, on the server's main thread, at the first
 * code-action request after each edit (VS Code asks at every cursor move): twelve parses of a 1 MB draft took
 * 4.7 s there and of a 20 MB one 93 s, most of it spent cutting the whole text again at each of thousands of
 * edits. The edits are now applied in one pass, and the checks may parse 2M characters in all: a larger
 * draft keeps its numbering findings but is offered no Renumber. Timings are in the benchmark
 * (test/bench/reliability.ts); here, what is offered.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createLanguageService } from '../../server/src/service/languageService';
import * as features from '../../server/src/service/features';
import { REAL_EN_DIR } from '../support/realEn';

const FILE = path.join(REAL_EN_DIR, 'A-RES-80-118.en.txt');

/** The real text with operative paragraph 2 numbered 3 (a gap), repeated `times` over as one draft. */
function slipped(times: number): string {
  const text = fs.readFileSync(FILE, 'utf8').replace('\n2. Welcomes', '\n3. Welcomes');
  return Array(times).fill(text).join('\n\n');
}

function renumberOffered(text: string): { offered: boolean; numberingFindings: number } {
  const svc = createLanguageService();
  const a = svc.analyze(text);
  const ctx = features.featureContext(a, undefined, svc.settings);
  const whole = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
  const actions = features.codeActions(ctx, whole, a.diagnostics);
  return { offered: actions.some((x) => /renumber/i.test(x.title)), numberingFindings: a.diagnostics.filter((d) => d.code === 'paragraph-numbering').length };
}

describe('reliability: Renumber on a large draft', function () {
  this.timeout(300_000);
  before(function () {
    if (!fs.existsSync(FILE)) {
      console.log(`      (skipped: ${REAL_EN_DIR} absent)`);
      this.skip();
    }
  });

  it('a real draft with a numbering slip is offered Renumber, and its edits give every number back', () => {
    const text = slipped(1);
    assert.deepStrictEqual(renumberOffered(text).offered, true);
    const svc = createLanguageService();
    const fixed = features.applyEdits(text, features.renumberEdits(svc.analyze(text).document));
    assert.strictEqual(fixed, fs.readFileSync(FILE, 'utf8'));
  });

  it('the same slip in a draft of 40 copies (2.6M characters) keeps its findings, without a Renumber checked by 12 parses', () => {
    const text = slipped(40);
    assert.ok(text.length > 2_000_000);
    const r = renumberOffered(text);
    assert.ok(r.numberingFindings > 0, 'the findings remain');
    assert.strictEqual(r.offered, false);
  });

  it('10 copies (650K characters): checked with the parses the budget allows, and offered', () => {
    const r = renumberOffered(slipped(10));
    assert.ok(r.numberingFindings > 0);
    assert.strictEqual(r.offered, true);
  });
});
