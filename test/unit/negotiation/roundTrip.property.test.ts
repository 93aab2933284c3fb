/**
 * Whole-draft round trip, property-based (issue 11 §3): a real draft edited at random (words
 * inserted, deleted and replaced inside paragraphs — Chinese, Latin, figures, years, symbols,
 * Arabic — paragraphs deleted and duplicated) is exported with every revision and comment against
 * the unedited text and its precedent, then read back with the project's own Word reader
 * (documents/word.ts `extractDocx`: tracked insertions kept, deletions dropped, i.e. every change
 * accepted, footnotes as superscripts and a footnote block). Parsing what it reads gives the edited
 * draft's paragraphs exactly: each number, text and footnote references, in order, and the
 * footnotes' texts (Word numbers footnotes itself, in order of reference: see contentOf; the reader
 * writes a run of spaces as one, so texts are compared up to that — the file's own XML, read with
 * every revision accepted, is compared exactly, white space included).
 *
 * Bases: seed 000 (80/118, Chinese: 135 paragraphs, sub-paragraphs, 26 footnotes) against itself
 * and 76/189, and the real English 80/118 against itself and 79/194 (../shared/real-en, read in
 * place). Runs per base: ROUNDTRIP_RUNS (default 4, about 2 s each: a run exports and reads a whole draft).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import type { Corpus } from '../../../server/src/service/corpus';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import { extractDocx } from '../../../server/src/service/documents/word';
import { labelledParagraphs } from '../../../server/src/service/matching';
import type { Paragraph, ResolutionDocument } from '../../../server/src/service/model';
import { parseDocument } from '../../../server/src/service/parser';
import { REAL_EN_DIR, hasRealEn } from '../../support/realEn';
import { commentedParagraphs, expectedParagraphs, exportText } from './helpers';

const ROOT = path.join(__dirname, '../../..');
const SEEDS = path.join(ROOT, 'seeds');
const seedFile = (prefix: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);
const RUNS = Number(process.env.ROUNDTRIP_RUNS ?? 4);

/** Words an edit inserts: never a digit first (a line could turn into a number), no markup characters. */
const WORD = fc.constantFrom(
  '大会', '决定', '回顾', '可持续发展', '信息和通信技术', '，', '、', '第八十一届', '2026 年', '第 80/118 号',
  ' the', ' General Assembly', ' decides', ' sustainable', ',', ';', ' 2026', ' A/RES/80/118', ' eighty-first',
  ' الجمعية العامة', ' إن', '“数字鸿沟”', ' (including', ')',
);
const INSERT = fc.array(WORD, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(''));

type Edit =
  | { kind: 'insert'; p: number; at: number; text: string }
  | { kind: 'delete'; p: number; at: number; len: number }
  | { kind: 'replace'; p: number; at: number; len: number; text: string }
  | { kind: 'dropParagraph'; p: number }
  | { kind: 'duplicateParagraph'; p: number };

const EDIT: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), p: fc.nat(), at: fc.nat(), text: INSERT }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), p: fc.nat(), at: fc.nat(), len: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), p: fc.nat(), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }), text: INSERT }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropParagraph' as const), p: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateParagraph' as const), p: fc.nat() }) },
);

/** Source ranges inside a paragraph's own text (no number, emphasis or footnote markup), at least 2 characters long. */
function editableRanges(p: Paragraph): Array<{ start: number; end: number }> {
  return p.pieces.filter((x) => x.length >= 2).map((x) => ({ start: x.sourceStart, end: x.sourceStart + x.length }));
}

/** Applies the edits to the draft's source text, each on the text the earlier ones left (the draft reparsed). */
function applyEdits(base: string, edits: readonly Edit[]): string {
  let text = base;
  for (const e of edits) {
    const paragraphs = labelledParagraphs(parseDocument(text)).map((x) => x.paragraph);
    if (paragraphs.length < 3) break;
    const p = paragraphs[e.p % paragraphs.length];
    if (e.kind === 'dropParagraph' || e.kind === 'duplicateParagraph') {
      // whole source lines: the paragraph's number and text, its footnote markers; never its sub-paragraphs' lines
      const start = text.lastIndexOf('\n', p.span.start - 1) + 1;
      const nl = text.indexOf('\n', p.parts[p.parts.length - 1].end);
      const end = nl < 0 ? text.length : nl;
      const lines = text.slice(start, end);
      text = e.kind === 'dropParagraph' ? text.slice(0, start) + text.slice(end + 1) : text.slice(0, end) + '\n\n' + lines + text.slice(end);
      continue;
    }
    const ranges = editableRanges(p);
    if (!ranges.length) continue;
    const r = ranges[e.at % ranges.length];
    // from the second character on: a paragraph's first character stays (its number or verb is left alone)
    const at = r.start + 1 + ((e.at >> 3) % (r.end - r.start - 1));
    if (e.kind === 'insert') text = text.slice(0, at) + e.text + text.slice(at);
    else {
      const end = Math.min(r.end, at + e.len);
      text = text.slice(0, at) + (e.kind === 'replace' ? e.text : '') + text.slice(end);
    }
  }
  return text;
}

/**
 * What must survive the round trip: each paragraph's number, text and footnote references, in
 * order, and the referenced footnotes' texts. Word numbers footnotes itself, 1, 2, 3… in order of
 * reference: a draft whose references skip a number (a paragraph holding footnote 1 deleted) comes
 * back renumbered, so references are compared by their rank of first appearance.
 */
function contentOf(doc: ResolutionDocument, fold: (s: string) => string = (s) => s): { paragraphs: Array<{ label: string; number?: string; text: string; footnotes: number[] }>; footnotes: string[] } {
  const labelled = labelledParagraphs(doc);
  const rank = new Map<number, number>();
  for (const { paragraph: p } of labelled) for (const n of p.footnoteRefs) if (!rank.has(n)) rank.set(n, rank.size + 1);
  const defs = new Map(doc.footnoteDefs.map((d) => [d.number, d.text]));
  return {
    paragraphs: labelled.map(({ paragraph: p, label }) => ({ label, ...(p.number ? { number: p.number.text } : {}), text: fold(p.text), footnotes: p.footnoteRefs.map((n) => rank.get(n)!) })),
    footnotes: [...rank.keys()].map((n) => fold(defs.get(n) ?? '')),
  };
}

interface Base {
  name: string;
  text: () => string;
  corpus: () => string[];
}

const BASES: Base[] = [
  { name: 'seed 000 (80/118, zh) against itself and 76/189', text: () => fs.readFileSync(seedFile('000_'), 'utf8'), corpus: () => [seedFile('000_'), seedFile('001_')] },
  ...(hasRealEn()
    ? [
        {
          name: 'real-en A/RES/80/118 against itself and 79/194',
          text: () => fs.readFileSync(path.join(REAL_EN_DIR, 'A-RES-80-118.en.txt'), 'utf8'),
          corpus: () => [path.join(REAL_EN_DIR, 'A-RES-80-118.en.txt'), path.join(REAL_EN_DIR, 'A-RES-79-194.en.txt')],
        },
      ]
    : []),
];

describe('negotiation/export round trip (fast-check): edited drafts → .docx with revisions → accept all (the project’s Word reader) → the draft’s paragraphs', function () {
  this.timeout(600_000);
  for (const base of BASES) {
    it(`${base.name}: ${RUNS} random edit sequences`, async () => {
      const corpus: Corpus = await loadCorpus({ paths: base.corpus(), includeBuiltIn: false });
      const original = base.text();
      let revised = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(EDIT, { minLength: 1, maxLength: 8 }), async (edits) => {
          const draft = applyEdits(original, edits);
          const { bytes, analysis, plan, read: xml } = await exportText(draft, corpus);
          // the file itself, read as XML with every revision accepted: the draft's paragraphs exactly, white space included
          assert.deepEqual(commentedParagraphs(xml).map((p) => p.accepted), expectedParagraphs(analysis.document).map((e) => e.text));
          revised += plan.blocks.some((b) => b.runs.some((r) => r.revision)) ? 1 : 0;
          const read = await extractDocx(bytes);
          assert.deepEqual(read.warnings, []);
          // the project's reader writes a run of spaces as one (as it reads any Word file): compared up to that
          const spaces = (t: string) => t.replace(/[ \t\u00a0]{2,}/g, ' ');
          assert.deepEqual(contentOf(parseDocument(read.text), spaces), contentOf(analysis.document, spaces));
        }),
        { numRuns: RUNS, seed: process.env.ROUNDTRIP_SEED ? Number(process.env.ROUNDTRIP_SEED) : undefined },
      );
      // the property is about revisions: the edited drafts carry them
      assert.ok(revised >= Math.ceil(RUNS / 2), `${revised} of ${RUNS} exports carried revisions`);
    });
  }
});
