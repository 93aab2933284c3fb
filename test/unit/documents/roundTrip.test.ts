/**
 * Property: text → generated document → read back → the same paragraphs.
 * DOCX: random resolutions (Chinese and English words from the seeds and the fixture draft, bold and
 * italic runs, list-numbered paragraphs and sub-paragraphs, footnotes anywhere, XML-special
 * characters) written by the `docx` package and read by extractDocument.
 * PDF: the committed PDFs (LibreOffice's rendering of the fixture .docx files: masthead, running
 * header and footer, page-foot footnotes, paragraphs broken across pages) read by extractDocument.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { extractDocument } from '../../../server/src/service/documents';
import { ENGLISH_DRAFT, expectedText, FIXTURE_DIR, fixtureDocuments, toDocx, type FixtureDocument, type FixtureParagraph, type FixtureRun } from '../../support/wordFixtures';

/** A small deterministic PRNG (mulberry32), so a failure names its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seedText = fs.readFileSync(path.resolve(__dirname, '../../../seeds/001_8d8e352413f896fa.txt'), 'utf8');
const ZH_WORDS = [...new Set(seedText.replace(/[^\u4e00-\u9fff]+/g, ' ').split(' ').filter((w) => w.length >= 2))].slice(0, 400);
const EN_WORDS = [...new Set(ENGLISH_DRAFT.paragraphs.flatMap((p) => p.runs.flatMap((r) => ('text' in r ? r.text.split(/\s+/) : []))).filter(Boolean))];
const SPECIAL = ['&', '<b>', '"quoted"', "it's", 'A/RES/70/1', '2030 年', 'x > y', '—', '“引号”'];

function randomDocument(seed: number): FixtureDocument {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const zh = r() < 0.5;
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, () => (r() < 0.08 ? pick(SPECIAL) : pick(zh ? ZH_WORDS : EN_WORDS)));
    return zh ? words.join('') : words.join(' ');
  };
  const paragraphs: FixtureParagraph[] = [];
  const count = 3 + Math.floor(r() * 12);
  for (let k = 0; k < count; k++) {
    const prev = paragraphs[paragraphs.length - 1];
    const kind = prev && prev.kind !== 'plain' && r() < 0.3 ? 'sub' : r() < 0.5 ? 'op' : 'plain';
    const runs: FixtureRun[] = [];
    const pieces = 1 + Math.floor(r() * 4);
    for (let j = 0; j < pieces; j++) {
      const text = (j && !zh ? ' ' : '') + sentence(1 + Math.floor(r() * 10));
      runs.push({ text, bold: r() < 0.2, italic: r() < 0.2 });
      if (r() < 0.25) runs.push({ footnote: sentence(2 + Math.floor(r() * 6)) });
    }
    runs.push({ text: pick(zh ? ['，', '；', '。', '：'] : [',', ';', '.', ':']) });
    paragraphs.push({ kind: kind === 'sub' && prev?.kind === 'plain' ? 'op' : kind, runs });
  }
  return { language: zh ? 'zh' : 'en', symbol: 'A/99/L.1', title: 'Property', date: '1 January 2099', job: '99-00001 (X)', paragraphs };
}

describe('documents: text → DOCX → text (property)', function () {
  this.timeout(120_000);
  const SEEDS = Array.from({ length: 16 }, (_, i) => 1000 + i);
  for (const seed of SEEDS) {
    it(`random resolution #${seed} reads back as the same paragraphs`, async () => {
      const doc = randomDocument(seed);
      const r = await extractDocument(await toDocx(doc), `random-${seed}.docx`);
      assert.deepStrictEqual(r.warnings, []);
      assert.strictEqual(r.text, expectedText(doc));
    });
  }
});

/**
 * White space beside a CJK character dropped, as the matcher's normalisation does (`2030 年` =
 * `2030年`): LibreOffice sets a space between Chinese and Latin text whether or not the source has
 * one (its "space between Asian and non-Asian text"), so a PDF cannot tell them apart.
 */
const CJK = '\\u3000-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’';
const cjkSpacing = (s: string) => s.replace(new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'gu'), '');

/** Body paragraphs and footnotes (number → text) of a resolution text, wherever the footnote blocks are. */
function split(text: string): { body: string[]; notes: string[] } {
  const body: string[] = [];
  const notes: string[] = [];
  let inNotes = false;
  for (const raw of text.split('\n')) {
    const l = cjkSpacing(raw.trim());
    if (/^_{5,}$/.test(l)) {
      inNotes = true;
      continue;
    }
    if (!l) {
      inNotes = false;
      continue;
    }
    if (inNotes) notes.push(l);
    else body.push(l);
  }
  return { body, notes };
}

describe('documents: text → PDF → text (committed fixtures)', function () {
  this.timeout(120_000);
  const docs = fixtureDocuments();
  for (const name of ['en-draft', 'zh-80-118'] as const) {
    it(`${name}.pdf reads back as the paragraphs and footnotes it was made from`, async function () {
      const r = await extractDocument(fs.readFileSync(path.join(FIXTURE_DIR, `${name}.pdf`)), `${name}.pdf`);
      if (r.warnings.some((w) => w.code === 'unsupported')) {
        console.log(`      (skipped: extractDocument has no PDF reader yet: ${r.warnings[0].detail})`);
        this.skip();
      }
      assert.strictEqual(r.format, 'pdf');
      const got = split(r.text);
      const want = split(expectedText(docs[name]));
      assert.deepStrictEqual(got.body, want.body);
      assert.deepStrictEqual(got.notes, want.notes);
    });
  }
});
