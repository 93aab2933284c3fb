/**
 * Measures renumbering on damaged copies (not a test): how many runs change the parse, need a
 * second pass, or keep numbering findings. `npx tsx test/reliability/renumber/measure.ts [runs] [seed prefixes…]`
 */
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from '../../../server/src/service/parser';
import { realEnFiles } from '../../support/realEn';
import { damage, damagesArb, renumberOnce } from './damage';

const runs = Number(process.argv[2] ?? 100);
const which = process.argv.slice(3);
const SEEDS = path.join(__dirname, '../../../seeds');
let files = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => path.join(SEEDS, f));
if (which.includes('real-en')) files = realEnFiles();
else if (which.length) files = files.filter((f) => which.some((w) => path.basename(f).startsWith(w)));
const total = { runs: 0, changed: 0, second: 0, remaining: 0, paraLeft: 0, footLeft: 0, claimed: 0, nonNumeral: 0, noop: 0 };
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  const doc = parseDocument(text);
  const base = renumberOnce(text);
  const row = { runs: 0, changed: 0, second: 0, remaining: 0, paraLeft: 0, footLeft: 0, claimed: 0, nonNumeral: 0, noop: 0 };
  const samples = fc.sample(damagesArb, { seed: 42, numRuns: runs });
  for (const ds of samples) {
    const damaged = damage(text, doc, ds);
    if (damaged === text) { row.noop++; continue; }
    const o = renumberOnce(damaged);
    row.runs++;
    if (o.parseChanged) row.changed++;
    if (o.secondPass) row.second++;
    if (o.remaining.length > base.remaining.length) row.remaining++;
    if (o.claimedRemaining.length) row.claimed++;
    if (o.remaining.some((r) => r.startsWith('paragraph'))) row.paraLeft++;
    if (o.remaining.some((r) => r.startsWith('footnote'))) row.footLeft++;
    if (o.nonNumeral.length) row.nonNumeral++;
    if (process.env.VERBOSE && (o.parseChanged || o.secondPass || o.remaining.length > base.remaining.length)) console.log(path.basename(f), JSON.stringify(ds), o.parseChanged, o.secondPass, o.remaining.slice(0, 3));
  }
  console.log(`${path.basename(f)}: base edits ${base.edits} base findings ${base.remaining.length} | ${JSON.stringify(row)}`);
  for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += row[k];
}
console.log('total', JSON.stringify(total));
