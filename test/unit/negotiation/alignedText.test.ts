/**
 * The comparison as two texts aligned paragraph by paragraph (the diff editor's input): line i of
 * both sides is row i; the precedent's side holds every precedent paragraph once, the draft's side
 * every draft paragraph in order; renumbering alone makes no difference between the sides (each side
 * keeps its own spacing, which is no deviation).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import type { CorpusDocument } from '../../../server/src/service/corpus/types';
import { labelledParagraphs } from '../../../server/src/service/matching';
import type { ResolutionDocument } from '../../../server/src/service/model';
import { alignedTexts, rowKey } from '../../../server/src/service/negotiation/alignedText';
import { compareWithPrecedent } from '../../../server/src/service/negotiation/compare';
import { defaultSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';
import { REAL_EN_DIR, skipWithoutRealEn } from '../../support/realEn';

const SEEDS = path.join(__dirname, '../../../seeds');
const seedFile = (prefix: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);

async function precedentOf(file: string): Promise<CorpusDocument> {
  const c = await loadCorpus({ paths: [file], includeBuiltIn: false });
  return c.documents[0];
}

/** Checks the alignment's invariants and returns the comparison and the two sides' lines. */
function checkAligned(draft: ResolutionDocument, precedent: CorpusDocument, lang: 'zh' | 'en') {
  const cmp = compareWithPrecedent(draft, precedent, defaultSettings(lang));
  const { precedent: left, draft: right } = alignedTexts(cmp);
  const L = left.split('\n').slice(0, -1);
  const R = right.split('\n').slice(0, -1);
  assert.strictEqual(L.length, cmp.rows.length);
  assert.strictEqual(R.length, cmp.rows.length);
  const body = (line: string, key: string) => {
    assert.ok(line.startsWith(key), `${line.slice(0, 40)} does not begin with ${key}`);
    return line.slice(key.length).replace(/^ {2}/, '');
  };
  const leftBodies: string[] = [];
  const rightBodies: string[] = [];
  cmp.rows.forEach((r, i) => {
    const key = rowKey(r);
    const l = body(L[i], key);
    const rt = body(R[i], key);
    // unchanged: the same words (spacing and width are no deviation; each side keeps its own)
    const fold = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');
    if (r.kind === 'unchanged') assert.strictEqual(fold(L[i]), fold(R[i]), `unchanged row ${key} differs`);
    if (r.kind === 'new') assert.strictEqual(l, '');
    if (r.kind === 'deleted') assert.strictEqual(rt, '');
    if (l) leftBodies.push(l);
    if (rt) rightBodies.push(rt);
  });
  // the draft's side is the draft, paragraph by paragraph, in order
  assert.deepStrictEqual(rightBodies, labelledParagraphs(draft).map((x) => x.paragraph.text.replace(/\s*[\r\n]+\s*/g, ' ')));
  // the precedent's side holds each paragraph the comparison paired or deleted, once (a split paragraph on each of its rows)
  const paired = new Set(cmp.rows.filter((r) => r.precedentText !== undefined && !r.split).map((r) => r.precedentLabel));
  for (const p of precedent.paragraphs) if (paired.has(p.label)) assert.ok(leftBodies.includes(p.text.replace(/\s*[\r\n]+\s*/g, ' ')), `precedent ${p.label} missing`);
  return { cmp, L, R };
}

describe('negotiation/alignedText: the comparison as two paragraph-aligned texts for the diff editor', function () {
  this.timeout(120000);

  it('80/118 with two OPs swapped and one dropped and renumbered: moves keyed on both sides, renumbered paragraphs identical lines', async () => {
    const file = seedFile('000_');
    const precedent = await precedentOf(file);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const at = (n: number) => lines.findIndex((l) => l.startsWith(`${n}. `));
    const a = at(3);
    const b = at(10);
    const body = (i: number) => lines[i].replace(/^\d+\. /, '');
    [lines[a], lines[b]] = [`3. ${body(b)}`, `10. ${body(a)}`];
    const gone = at(21);
    lines.splice(gone, 1);
    for (let i = gone; i < lines.length; i++) lines[i] = lines[i].replace(/^(\d+)\. /, (_, n: string) => `${Number(n) - 1}. `);
    const { cmp, L, R } = checkAligned(parseDocument(lines.join('\n')), precedent, 'zh');
    const i3 = cmp.rows.findIndex((r) => r.draftLabel === 'OP 3');
    assert.ok(L[i3].startsWith('OP 3 ⇐ OP 10  ') && R[i3].startsWith('OP 3 ⇐ OP 10  '), L[i3].slice(0, 30));
    assert.strictEqual(L[i3], R[i3], 'a moved paragraph of the same text');
    const del = cmp.rows.findIndex((r) => r.kind === 'deleted');
    assert.strictEqual(R[del], '(OP 21)');
    // OP 22 of the precedent is OP 21 of the draft: renumbering alone, the same line on both sides
    const i21 = cmp.rows.findIndex((r) => r.draftLabel === 'OP 21');
    assert.strictEqual(cmp.rows[i21].precedentLabel, 'OP 22');
    assert.strictEqual(L[i21], R[i21]);
  });

  it('80/118 (zh) against 76/189: new paragraphs face an empty line, the technical update of PP 1 is on one line each side', async () => {
    const { cmp, L, R } = checkAligned(parseDocument(fs.readFileSync(seedFile('000_'), 'utf8')), await precedentOf(seedFile('001_')), 'zh');
    assert.ok(cmp.summary.new > 10 && cmp.summary.deleted > 0, JSON.stringify(cmp.summary));
    const pp1 = cmp.rows.findIndex((r) => r.draftLabel === 'PP 1');
    assert.match(L[pp1], /^PP 1 {2}.*75\/202/);
    assert.match(R[pp1], /^PP 1 {2}.*79\/194/);
  });

  describe('real English series', function () {
    before(function () {
      skipWithoutRealEn(this);
    });
    for (const [from, to] of [
      ['A-RES-79-194', 'A-C.2-80-L.17'],
      ['A-C.2-80-L.58', 'A-RES-80-118'],
    ]) {
      it(`${to} against ${from}`, async () => {
        const draft = parseDocument(fs.readFileSync(path.join(REAL_EN_DIR, `${to}.en.txt`), 'utf8'));
        const { cmp } = checkAligned(draft, await precedentOf(path.join(REAL_EN_DIR, `${from}.en.txt`)), 'en');
        assert.ok(cmp.summary.unchanged + cmp.summary.technical + cmp.summary.changed > labelledParagraphs(draft).length / 2, JSON.stringify(cmp.summary));
      });
    }
  });
});
