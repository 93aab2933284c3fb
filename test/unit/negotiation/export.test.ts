import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { type Corpus } from '../../../server/src/service/corpus';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import { REVISION_AUTHOR } from '../../../server/src/service/negotiation/docxWriter';
import { parseDocument } from '../../../server/src/service/parser';
import { REAL_EN_DIR, skipWithoutRealEn } from '../../support/realEn';
import { commentedParagraphs, expectedParagraphs, exportText } from './helpers';

const ROOT = path.join(__dirname, '../../..');
const SEEDS = path.join(ROOT, 'seeds');
const seedFile = (prefix: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);

describe('negotiation/export: the draft as a Word file with tracked changes against agreed language', function () {
  this.timeout(120000);
  let corpus76: Corpus;
  before(async () => {
    corpus76 = await loadCorpus({ paths: [seedFile('001_')], includeBuiltIn: false });
  });

  it('80/118 (zh) against 76/189: accepting all changes gives every paragraph of the draft, numbered, with its footnotes', async () => {
    const text = fs.readFileSync(seedFile('000_'), 'utf8');
    const { read, analysis } = await exportText(text, corpus76);
    const expected = expectedParagraphs(analysis.document);
    assert.strictEqual(expected.length, 135);
    const got = commentedParagraphs(read);
    assert.deepStrictEqual(got.map((p) => p.accepted), expected.map((e) => e.text));
    assert.deepStrictEqual(got.map((p) => p.footnotes), expected.map((e) => e.footnotes));
    // real Word footnotes, with the draft's texts
    assert.strictEqual(read.footnotes.size, 26);
    for (const d of analysis.document.footnoteDefs) assert.strictEqual(read.footnotes.get(d.number), d.text);
    assert.deepStrictEqual([...read.authors], [REVISION_AUTHOR]);
    assert.strictEqual(read.header, 'A/RES/80/118');
    // header lines and the organ come first, as in the draft
    assert.deepStrictEqual(read.paragraphs.slice(0, 2).map((p) => p.accepted), ['第八十届会议', '议程项目 15']);
    assert.ok(read.paragraphs.some((p) => p.accepted === '大会，'));
  });

  it('80/118 (zh): rejecting all changes gives the 76/189 paragraph; comments name the source; exact paragraphs carry no revision', async () => {
    const text = fs.readFileSync(seedFile('000_'), 'utf8');
    const { read, analysis, plan } = await exportText(text, corpus76);
    const got = commentedParagraphs(read);
    const byLabel = new Map(expectedParagraphs(analysis.document).map((e, i) => [e.label, got[i]]));
    // PP 1: 75/202 of 2020 → 79/194 of 2024, a technical update
    const pp1 = byLabel.get('PP 1')!;
    assert.match(pp1.rejected, /2020 年 12 月 21 日第 75\/202 号决议/);
    assert.match(pp1.accepted, /2024 年 12 月 19 日第 79\/194 号决议/);
    assert.match(read.comments.get(pp1.comments[0])!, /A\/RES\/76\/189, PP 1, 2021.*技术性更新/);
    // PP 4 is the same as 76/189 PP 4
    const pp4 = byLabel.get('PP 4')!;
    assert.strictEqual(pp4.ins + pp4.del, 0);
    assert.match(read.comments.get(pp4.comments[0])!, /A\/RES\/76\/189, PP 4, 2021（未改动）/);
    // PP 5 is new
    assert.strictEqual(read.comments.get(byLabel.get('PP 5')!.comments[0]), '新措辞');
    assert.ok(plan.summary.technical >= 2 && plan.summary.exact >= 10 && plan.summary.changed >= 10, JSON.stringify(plan.summary));
    assert.strictEqual(Object.values(plan.summary).reduce((a, b) => a + b, 0), 135);
  });

  it('options: no revisions, no comments, a chosen precedent', async () => {
    const text = fs.readFileSync(seedFile('000_'), 'utf8');
    const plain = await exportText(text, corpus76, { revisions: false, comments: false });
    assert.strictEqual(plain.read.comments.size, 0);
    assert.ok(plain.read.paragraphs.every((p) => p.ins === 0 && p.del === 0));
    const texts = plain.read.paragraphs.map((p) => p.accepted);
    for (const e of expectedParagraphs(plain.analysis.document)) assert.ok(texts.includes(e.text), e.label);
    const other = await exportText(text, corpus76, { precedent: 'A/RES/79/194' });
    assert.ok(commentedParagraphs(other.read).every((p) => p.ins === 0 && p.del === 0), 'no paragraph is agreed language from 79/194 in this corpus');
    assert.ok([...other.read.comments.values()].some((c) => /not in A\/RES\/79\/194|A\/RES\/79\/194 中没有/.test(c)));
    const same = await exportText(text, corpus76, { precedent: '76/189' });
    assert.ok(commentedParagraphs(same.read).some((p) => p.ins > 0));
  });

  it('English: the leading verbs are italic', async () => {
    const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/english/ict-draft.md'), 'utf8');
    const { read, analysis } = await exportText(text, undefined);
    const got = commentedParagraphs(read);
    const expected = expectedParagraphs(analysis.document);
    assert.deepStrictEqual(got.map((p) => p.accepted), expected.map((e) => e.text));
    const verbs = analysis.document.resolutions[0].preambular.filter((p) => p.verb).map((p) => p.verb!.verb);
    assert.ok(verbs.length > 0);
    got.slice(0, verbs.length).forEach((p, i) => assert.strictEqual(p.italic, verbs[i]));
  });

  it('a draft with parse problems still exports; what cannot be placed is a plain paragraph, with a warning', async () => {
    const text = '第八十届会议\n\n大会，\n\n回顾其决议，<sup>1</sup>\n\n1. 决定继续审议；\n\n这一行不属于任何段落 ### %%%\n\n3. 请秘书长报告。\n';
    const doc = parseDocument(text);
    const { read, plan } = await exportText(text, undefined);
    const all = read.paragraphs.map((p) => p.accepted).join('\n');
    // every line of the draft's text is in the export
    for (const line of text.split('\n').filter((l) => l.trim())) {
      const bare = line.replace(/<sup>1<\/sup>/, '');
      assert.ok(all.includes(bare.replace(/^\d+\. /, '')), `missing: ${line}\n${all}`);
    }
    assert.ok(plan.warnings.some((w) => /脚注 1/.test(w)), JSON.stringify(plan.warnings));
    assert.ok(doc.problems.length + plan.warnings.length > 0);
  });

  describe('real English series (read in place)', function () {
    before(function () {
      skipWithoutRealEn(this);
    });
    it('79/194 → L.17 → L.58 → 80/118: each exported against the earlier texts gives the draft back', async () => {
      const chain = ['A-RES-79-194', 'A-C.2-80-L.17', 'A-C.2-80-L.58', 'A-RES-80-118'].map((f) => path.join(REAL_EN_DIR, `${f}.en.txt`));
      for (let i = 1; i < chain.length; i++) {
        const corpus = await loadCorpus({ paths: chain.slice(0, i), includeBuiltIn: false });
        const text = fs.readFileSync(chain[i], 'utf8');
        const { read, analysis, plan } = await exportText(text, corpus);
        const expected = expectedParagraphs(analysis.document);
        assert.deepStrictEqual(commentedParagraphs(read).map((p) => p.accepted), expected.map((e) => e.text), chain[i]);
        assert.strictEqual(read.footnotes.size, analysis.document.footnoteDefs.length);
        assert.ok(plan.summary.exact + plan.summary.technical + plan.summary.changed > expected.length / 2, `${chain[i]}: ${JSON.stringify(plan.summary)}`);
      }
    });
  });
});
