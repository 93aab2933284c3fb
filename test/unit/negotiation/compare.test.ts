import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import type { CorpusDocument } from '../../../server/src/service/corpus/types';
import { labelledParagraphs } from '../../../server/src/service/matching';
import { compareWithPrecedent, type Comparison } from '../../../server/src/service/negotiation/compare';
import { defaultSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';
import { REAL_EN_DIR, skipWithoutRealEn } from '../../support/realEn';

const SEEDS = path.join(__dirname, '../../../seeds');
const seedFile = (prefix: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);

async function precedentOf(file: string): Promise<CorpusDocument> {
  const c = await loadCorpus({ paths: [file], includeBuiltIn: false });
  assert.strictEqual(c.documents.length, 1);
  return c.documents[0];
}

/** Replaces the body of operative paragraph `n` (a line `n. …`) and returns the old body. */
function opLine(lines: string[], n: number): number {
  const i = lines.findIndex((l) => l.startsWith(`${n}. `));
  assert.ok(i >= 0, `no OP ${n}`);
  return i;
}

describe('negotiation/compare: a draft against one precedent, paragraph by paragraph', function () {
  this.timeout(120000);

  it('80/118 with two OPs swapped, one deleted, one date updated and one new: moves, deletion, technical update, new', async () => {
    const file = seedFile('000_');
    const precedent = await precedentOf(file);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const a = opLine(lines, 3);
    const b = opLine(lines, 10);
    const body = (i: number) => lines[i].replace(/^\d+\. /, '');
    [lines[a], lines[b]] = [`3. ${body(b)}`, `10. ${body(a)}`];
    const pp1 = lines.findIndex((l) => l.includes('2024 年 12 月 19 日第 79/194 号决议'));
    lines[pp1] = lines[pp1].replace('2024 年 12 月 19 日第 79/194 号决议', '2025 年 12 月 15 日第 80/118 号决议');
    const d = opLine(lines, 20);
    lines[d] = '20. 决定在第八十二届会议上审议一个全新的分项目，题为“测试用的全新段落内容”，并请秘书长就此提出报告；';
    const gone = opLine(lines, 21);
    lines.splice(gone, 1);
    // renumber what follows, as a drafter would
    for (let i = gone; i < lines.length; i++) lines[i] = lines[i].replace(/^(\d+)\. /, (_, n: string) => `${Number(n) - 1}. `);
    const draft = parseDocument(lines.join('\n'));
    const cmp = compareWithPrecedent(draft, precedent, defaultSettings('zh'));
    const moved = cmp.rows.filter((r) => r.moved).map((r) => `${r.draftLabel}←${r.precedentLabel}`);
    assert.deepStrictEqual(moved.sort(), ['OP 10←OP 3', 'OP 3←OP 10']);
    const deleted = cmp.rows.filter((r) => r.kind === 'deleted').map((r) => r.precedentLabel);
    // OP 20 was replaced by new text and OP 21 dropped: both deleted, listed where they stood
    assert.deepStrictEqual(deleted, ['OP 20', 'OP 21']);
    const at = cmp.rows.findIndex((r) => r.kind === 'deleted' && r.precedentLabel === 'OP 20');
    assert.strictEqual(cmp.rows[at - 1].precedentLabel, 'OP 19');
    assert.strictEqual(cmp.rows[at + 1].precedentLabel, 'OP 21');
    assert.strictEqual(cmp.rows.slice(at + 2).find((r) => r.precedentLabel)!.precedentLabel, 'OP 22');
    assert.strictEqual(cmp.rows.find((r) => r.draftLabel === 'PP 1')!.kind, 'technical');
    assert.strictEqual(cmp.rows.find((r) => r.draftLabel === 'OP 20')!.kind, 'new');
    // renumbering alone is not a change: OP 22 of the precedent is OP 21 of the draft, unchanged
    const renum = cmp.rows.find((r) => r.precedentLabel === 'OP 22')!;
    assert.strictEqual(renum.draftLabel, 'OP 21');
    assert.strictEqual(renum.kind, 'unchanged');
    assert.strictEqual(cmp.summary.technical, 1);
    assert.strictEqual(cmp.summary.new, 1);
    assert.strictEqual(cmp.summary.moved, 2);
    assert.strictEqual(cmp.summary.unchanged + cmp.summary.technical + cmp.summary.changed + cmp.summary.new, labelledParagraphs(draft).length);
  });

  describe('real English series: pairing against an all-pairs reference', function () {
    before(function () {
      skipWithoutRealEn(this);
    });

    /** Word-bag Dice similarity: the reference compares every later paragraph with every earlier one. */
    function dice(a: string, b: string): number {
      const bag = (s: string) => {
        const m = new Map<string, number>();
        for (const w of s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
        return m;
      };
      const x = bag(a);
      const y = bag(b);
      let common = 0;
      let nx = 0;
      let ny = 0;
      for (const [w, c] of x) {
        nx += c;
        common += Math.min(c, y.get(w) ?? 0);
      }
      for (const c of y.values()) ny += c;
      return nx + ny ? (2 * common) / (nx + ny) : 0;
    }

    function agreement(cmp: Comparison, laterText: string, earlier: CorpusDocument): { rate: number; n: number; wrong: string[] } {
      const later = labelledParagraphs(parseDocument(laterText));
      const rowOf = new Map(cmp.rows.filter((r) => r.draftLabel).map((r) => [r.draftLabel!, r]));
      let ok = 0;
      const wrong: string[] = [];
      for (const { paragraph: p, label } of later) {
        let best = -1;
        let bestSim = 0;
        earlier.paragraphs.forEach((q, j) => {
          const s = dice(p.text, q.text);
          if (s > bestSim) [best, bestSim] = [j, s];
        });
        const ref = bestSim >= 0.5 ? earlier.paragraphs[best].label : 'new';
        const row = rowOf.get(label);
        const ours = row?.precedentLabel ?? (row?.merged ? row.merged : 'new');
        const good = Array.isArray(ours) ? ours.includes(ref) : ours === ref || (ref !== 'new' && ours !== 'new' && earlier.paragraphs.find((q) => q.label === ours)?.text === earlier.paragraphs[best].text);
        if (good) ok++;
        else wrong.push(`${label}: ours ${String(ours)}, reference ${ref} (${bestSim.toFixed(2)})`);
      }
      return { rate: ok / later.length, n: later.length, wrong };
    }

    // Goal 0.95 (issue 11). The other series sit lower today while the parser reads an English
    // preamble as one paragraph (every later paragraph then reuses part of "PP 1").
    const pairs: Array<[string, string, number]> = [
      ['A-RES-79-194', 'A-C.2-80-L.17', 0.95],
      ['A-C.2-80-L.17', 'A-C.2-80-L.58', 0.95],
      ['A-C.2-80-L.58', 'A-RES-80-118', 0.95],
      ['A-RES-79-194', 'A-RES-80-118', 0.95],
      ['A-RES-78-160', 'A-RES-80-147', 0.9],
      ['A-RES-79-129', 'A-RES-80-171', 0.95],
    ];
    for (const [from, to, goal] of pairs) {
      it(`${from} → ${to}`, async () => {
        const earlier = await precedentOf(path.join(REAL_EN_DIR, `${from}.en.txt`));
        const text = fs.readFileSync(path.join(REAL_EN_DIR, `${to}.en.txt`), 'utf8');
        const cmp = compareWithPrecedent(parseDocument(text), earlier, defaultSettings('en'));
        const r = agreement(cmp, text, earlier);
        console.log(`      ${from} → ${to}: ${(r.rate * 100).toFixed(1)}% of ${r.n} paired as the all-pairs reference; ${JSON.stringify(cmp.summary)}`);
        if (r.wrong.length) console.log(`        e.g. ${r.wrong.slice(0, 3).join('; ')}`);
        assert.ok(r.rate >= goal, r.wrong.join('\n'));
      });
    }
  });
});
