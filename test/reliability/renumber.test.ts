/**
 * Renumbering on damaged copies of the seeds and the real English texts: paragraph and footnote
 * numbers swapped, skipped, duplicated, shifted; renumbered once. RENUMBER_RUNS raises the number
 * of copies (the default keeps this file near ten seconds on an idle machine; measure.ts beside
 * it counts outcomes over many more).
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import type { ResolutionDocument } from '../../server/src/service/model';
import { parseDocument } from '../../server/src/service/parser';
import { realEnFiles } from '../support/realEn';
import { damage, damageArb, damagesArb, renumberOnce, type Damage, type RenumberOutcome } from './renumber/damage';

const SEEDS = path.join(__dirname, '../../seeds');
const RUNS = Number(process.env.RENUMBER_RUNS ?? 30);

const seedFiles = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(SEEDS, f));

const originals = new Map<string, { text: string; doc: ResolutionDocument }>();
function original(file: string): { text: string; doc: ResolutionDocument } {
  let o = originals.get(file);
  if (!o) {
    const text = fs.readFileSync(file, 'utf8');
    originals.set(file, (o = { text, doc: parseDocument(text) }));
  }
  return o;
}

/** Renumbers a damaged copy once and asserts the four promises, saying what broke them; undefined when the damage changes nothing. */
function assertRenumbersOnce(file: string, damages: Damage[]): RenumberOutcome | undefined {
  const { text, doc } = original(file);
  const damaged = damage(text, doc, damages);
  if (damaged === text) return undefined;
  const o = renumberOnce(damaged);
  const where = `${path.basename(file)} ${JSON.stringify(damages)}`;
  assert.equal(o.parseChanged, false, `the parse changed beyond the numbers: ${where}`);
  assert.deepEqual(o.claimedRemaining, [], `findings renumbering claimed to fix are left: ${where}`);
  assert.equal(o.secondPass, false, `a second renumbering has edits: ${where}`);
  assert.deepEqual(o.nonNumeral, [], `edits beyond numerals: ${where}`);
  return o;
}

describe('reliability: renumbering damaged copies reaches a fixed point in one pass and keeps the parse', function () {
  const files = [...seedFiles, ...realEnFiles()];

  it(`${RUNS} damaged copies of the five seeds and the real English texts`, function () {
    fc.assert(
      fc.property(fc.nat(files.length - 1), damagesArb, (k, damages) => {
        fc.pre(assertRenumbersOnce(files[k], damages) !== undefined);
      }),
      { numRuns: RUNS },
    );
  });

  it('the PDF seeds 002–004: paragraph numbers mended in (nearly) every copy, not only left alone', function () {
    // Paragraph damage only: renumbering is no use if it refuses everything. Measured (fast-check
    // seed 7, 8 copies a seed): every copy mended; one copy in a hundred of 002 is refused (its
    // first report paragraph renumbered 1 parses differently), hence the margin.
    const paragraphOnly = fc.array(damageArb.map((d) => ({ ...d, target: 'paragraph' as const })), { minLength: 1, maxLength: 2 });
    let runs = 0;
    let mended = 0;
    for (const file of seedFiles.filter((f) => /\/00[234]_/.test(f))) {
      for (const damages of fc.sample(paragraphOnly, { seed: 7, numRuns: 8 })) {
        const o = assertRenumbersOnce(file, damages);
        if (!o) continue;
        runs++;
        if (!o.remaining.some((r) => r.startsWith('paragraph-numbering'))) mended++;
      }
    }
    assert.ok(runs >= 20, `only ${runs} damaged copies`);
    console.log(`      (${mended} of ${runs} copies mended)`);
    assert.ok(mended >= runs - 1, `${mended} of ${runs} copies mended`);
  });
});
