import * as assert from 'node:assert/strict';
import { diffChars } from 'diff';
import * as F from '../../../server/src/service/features';
import { toSuperscript } from '../../../server/src/service/features/numbering';
import { ALL, ctxOf, seed } from './helpers';

function changedParts(before: string, after: string): string[] {
  return diffChars(before, after)
    .filter((p) => p.added || p.removed)
    .map((p) => `${p.added ? '+' : '-'}${p.value}`);
}

const EN = [
  'The General Assembly,',
  '',
  '*Recalling* its resolution 70/1 of 25 September 2015,<sup>1</sup>',
  '',
  '*Noting* the report of the Secretary-General,<sup>2</sup>',
  '',
  '<sup>1</sup> Resolution 70/1.',
  '',
  '<sup>2</sup> A/80/62.',
  '',
  '1. *Decides* to keep the item under review;',
  '',
  '2. *Calls upon* Member States to take action, including by:',
  '',
  '(a) Enhancing the capacities of developing countries;',
  '',
  '(b) Fostering an international environment, in particular:',
  '',
  '(i) Data and computing resources;',
  '',
  '(ii) Procurement capacity;',
  '',
  '3. *Encourages* Member States to implement paragraph 2 above;',
  '',
  '4. *Requests* the Secretary-General to report on the implementation of the present resolution.',
  '',
].join('\n');

describe('features/numbering and code actions', () => {
  it('number renderings', () => {
    assert.equal(toSuperscript(26), '²⁶');
  });

  it('renumbers Chinese numbering in the style written: full-width digits and ㈠㈡, changing only the numerals', () => {
    const original = seed('003');
    const subs = ['㈠ 将科学', '㈡ 在科学'];
    assert.ok(subs.every((s) => original.includes(s)), 'the report has ㈠ ㈡ sub-paragraphs');
    const draft = original.replace('㈡ 在科学', '㈣ 在科学');
    const fixed = F.applyEdits(draft, F.renumberEdits(ctxOf(draft).analysis.document));
    assert.deepEqual(changedParts(draft, fixed), ['-㈣', '+㈡']);
    assert.equal(fixed, original);
    // A full-width operative number keeps its width.
    const zh = ['大会，', '', '回顾其各项决议，', '', '１． **确认**甲；', '', '３． **决定**乙。', ''].join('\n');
    assert.equal(F.applyEdits(zh, F.renumberEdits(ctxOf(zh).analysis.document)), zh.replace('３．', '２．'));
  });

  it('a clean text needs no renumbering: 80/118 and 76/189', () => {
    assert.deepEqual(F.renumberEdits(ctxOf(seed('000')).analysis.document), []);
    assert.deepEqual(F.renumberEdits(ctxOf(seed('001')).analysis.document), []);
  });

  it('renumbers Unicode superscript footnotes (76/189) by first reference, changing only the digits', () => {
    const original = seed('001');
    // Swap the references ¹ and ² (their definitions stay).
    const draft = original.replace('各项决议，¹', '各项决议，@').replace('各项决议，²', '各项决议，¹').replace('各项决议，@', '各项决议，²');
    assert.notEqual(draft, original);
    const ctx = ctxOf(draft);
    const edits = F.renumberEdits(ctx.analysis.document);
    const fixed = F.applyEdits(draft, edits);
    for (const p of changedParts(draft, fixed)) assert.match(p, /^[+-][¹²]$/);
    // References back in order; each definition follows its reference, so the two definitions swap numbers.
    const expected = original.replace('¹ 第 56/183', '@ 第 56/183').replace('² 经济及社会理事会第 2006/46', '¹ 经济及社会理事会第 2006/46').replace('@ 第 56/183', '² 第 56/183');
    assert.notEqual(expected, original);
    assert.equal(fixed, expected);
  });

  it('renumbers an English draft: operative gap, roman and letter sub-paragraphs, and "paragraph N above"', () => {
    const draft = EN.replace('2. *Calls upon*', '3. *Calls upon*')
      .replace('3. *Encourages*', '4. *Encourages*')
      .replace('4. *Requests*', '5. *Requests*')
      .replace('paragraph 2 above', 'paragraph 3 above')
      .replace('(b) Fostering', '(e) Fostering')
      .replace('(ii) Procurement', '(iii) Procurement');
    const ctx = ctxOf(draft, undefined, 'en');
    const fixed = F.applyEdits(draft, F.renumberEdits(ctx.analysis.document));
    assert.equal(fixed, EN);
  });

  it('offers the punctuation fix with the expected mark for the place of the paragraph', () => {
    const draft = EN.replace('to keep the item under review;', 'to keep the item under review.');
    const ctx = ctxOf(draft, undefined, 'en');
    const d = ctx.analysis.diagnostics.filter((x) => x.code === 'paragraph-punctuation');
    assert.equal(d.length, 1);
    const fix = F.codeActions(ctx, d[0].range, d).find((a) => a.title === 'Change the ending punctuation to “;”');
    assert.ok(fix, F.codeActions(ctx, d[0].range, d).map((a) => a.title).join(' | '));
    assert.equal(F.applyEdits(draft, fix.edits!), EN);
    const op1 = ctx.analysis.document.resolutions[0].operative;
    assert.equal(F.expectedEnding(ctx.analysis.document, op1[op1.length - 1]), '.');
    assert.equal(F.expectedEnding(ctx.analysis.document, op1[1]), ':');
    assert.equal(F.expectedEnding(ctx.analysis.document, ctx.analysis.document.resolutions[0].preambular[0]), ',');
  });

  it('adds a missing definition in the form the document uses, and removes an unused one at the end of the file', () => {
    const noDef2 = EN.replace('<sup>2</sup> A/80/62.\n\n', '');
    const ctx = ctxOf(noDef2, undefined, 'en');
    const ref2 = ctx.analysis.document.footnoteRefs.find((r) => r.number === 2)!;
    const add = F.codeActions(ctx, ref2.range).find((a) => a.title === 'Add a definition for footnote 2');
    assert.ok(add);
    assert.equal(F.applyEdits(noDef2, add.edits!), EN.replace('<sup>2</sup> A/80/62.', '<sup>2</sup> (footnote text)'));

    const extra = `${EN}\n<sup>3</sup> Unused.\n`;
    const c2 = ctxOf(extra, undefined, 'en');
    const def3 = c2.analysis.document.footnoteDefs.find((d) => d.number === 3)!;
    const remove = F.codeActions(c2, def3.range).find((a) => a.title === 'Remove unused footnote 3');
    assert.ok(remove);
    assert.equal(F.applyEdits(extra, remove.edits!), EN.replace(/\n+$/, ''));
  });

  it('offers no edits that are not asked for on a clean text', () => {
    const ctx = ctxOf(EN, undefined, 'en');
    const acts = F.codeActions(ctx, ALL);
    assert.deepEqual(acts.filter((a) => a.edits?.length), []);
  });
});
