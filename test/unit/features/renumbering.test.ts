import * as assert from 'node:assert/strict';
import * as F from '../../../server/src/service/features';
import { renumberPlan } from '../../../server/src/service/features/numbering';
import { offsetsBefore, sameShape } from '../../../server/src/service/features/parseShape';
import { parseDocument } from '../../../server/src/service/parser';
import { LineIndex } from '../../../server/src/service/text/lineIndex';
import { ALL, ctxOf, seed } from './helpers';

/** Renumbers once; returns the text after and whether it parses like the text before apart from the numbers. */
function renumber(text: string): { after: string; sameParse: boolean; edits: number } {
  const before = parseDocument(text);
  const lines = new LineIndex(text);
  const edits = F.renumberEdits(before);
  const offsets = edits.map((e) => ({ span: { start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }, newText: e.newText }));
  const after = F.applyEdits(text, edits);
  return { after, sameParse: sameShape(before, parseDocument(after), offsets), edits: edits.length };
}

function replaceOnce(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `exactly one ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** Seed 004 (PDF text, bare footnote references) with footnotes 7 and 8 swapped: references and definitions. */
function seed004Swapped78(): string {
  let t = seed('004');
  t = replaceOnce(t, '会议成果的进展报告，7', '会议成果的进展报告，@8');
  t = replaceOnce(t, '会议成果进展报告 7', '会议成果进展报告 @8');
  t = replaceOnce(t, '可持续发展议程8\n', '可持续发展议程@7\n');
  t = replaceOnce(t, ' 7 A/72/64-E/2017/12', ' @8 A/72/64-E/2017/12');
  t = replaceOnce(t, ' 8 第 70/1 号决议', ' @7 第 70/1 号决议');
  return t.replace(/@/g, '');
}

describe('features/numbering: renumbering keeps the parse and reaches a fixed point', () => {
  it('parse shape: digits read as one, spans mapped back through the edits', () => {
    const map = offsetsBefore([{ span: { start: 2, end: 3 }, newText: '10' }]);
    assert.deepEqual([0, 2, 3, 4, 5].map(map), [0, 2, 3, 3, 4]);
    const a = parseDocument(seed('000'));
    assert.ok(sameShape(a, parseDocument(seed('000')), []));
    assert.ok(!sameShape(a, parseDocument(seed('001')), []));
  });

  it('PDF seed 004 with footnotes 7 and 8 swapped: leaves the footnotes alone rather than change how the text parses', () => {
    const draft = seed004Swapped78();
    const doc = parseDocument(draft);
    assert.ok(doc.footnoteDefs.length < parseDocument(seed('004')).footnoteDefs.length, 'the swap hides a definition from the parser');
    const r = renumber(draft);
    assert.ok(r.sameParse, 'the parse after renumbering differs beyond the numbers');
    assert.deepEqual(F.renumberEdits(parseDocument(r.after)), [], 'a second renumbering still has edits');
  });

  it('an unreferenced definition keeps its number; the footnotes after it are not shifted', () => {
    const text = [
      'The General Assembly,',
      '',
      '*Recalling* its resolution 70/1,<sup>1</sup>',
      '',
      '*Noting* the report,<sup>3</sup>',
      '',
      '<sup>1</sup> Resolution 70/1.',
      '',
      '<sup>2</sup> A/80/62.',
      '',
      '<sup>3</sup> A/80/81.',
      '',
      '1. *Decides* to keep the item under review.',
      '',
    ].join('\n');
    // Sending 2 to the end would relabel 3 as 2 and 2 as 3: the definitions' texts would trade numbers.
    assert.deepEqual(F.renumberEdits(parseDocument(text)), []);
  });

  it('gives the k-th numbered operative paragraph the number k, as the numbering check expects', () => {
    const text = [
      'The General Assembly,',
      '',
      '*Recalling* its resolution 70/1,',
      '',
      '1. *Decides* to keep the item under review;',
      '',
      '*Requests* the Secretary-General to report;',
      '',
      '3. *Decides* to include the item in the provisional agenda.',
      '',
    ].join('\n');
    const ctx = ctxOf(text, undefined, 'en');
    const ops = ctx.analysis.document.resolutions[0].operative;
    assert.deepEqual(ops.map((p) => p.number?.value), [1, undefined, 3], 'an unnumbered operative paragraph between 1 and 3');
    assert.ok(ctx.analysis.diagnostics.some((d) => d.code === 'paragraph-numbering'));
    const fixed = F.applyEdits(text, F.renumberEdits(ctx.analysis.document));
    assert.equal(fixed, text.replace('3. *Decides*', '2. *Decides*'));
    assert.deepEqual(ctxOf(fixed, undefined, 'en').analysis.diagnostics.filter((d) => d.code === 'paragraph-numbering'), []);
  });

  it('the code action claims only the findings its edits fix', () => {
    // Footnotes 7 and 8 swapped (left alone, see above) and operative paragraph 12 numbered 13.
    const draft = replaceOnce(seed004Swapped78(), ' 12. 鼓励联合国基金', ' 13. 鼓励联合国基金');
    const ctx = ctxOf(draft);
    const numbering = ctx.analysis.diagnostics.filter((d) => d.code === 'paragraph-numbering');
    const order = ctx.analysis.diagnostics.filter((d) => d.code === 'footnote-order');
    assert.equal(numbering.length, 1);
    assert.ok(order.length >= 1, 'the swap draws footnote-order findings');
    const action = F.codeActions(ctx, ALL, ctx.analysis.diagnostics).find((a) => a.edits && a.diagnostics?.some((d) => d.code === 'paragraph-numbering'));
    assert.ok(action, 'a renumbering action');
    assert.deepEqual(action.diagnostics!.map((d) => d.code), ['paragraph-numbering']);
    const after = ctxOf(F.applyEdits(draft, action.edits!));
    assert.deepEqual(after.analysis.diagnostics.filter((d) => d.code === 'paragraph-numbering'), []);
    assert.equal(after.analysis.diagnostics.filter((d) => d.code === 'footnote-order').length, order.length);
  });

  it('checks its edits with a bounded number of parses, and answers a second request from the first', () => {
    const doc = parseDocument(replaceOnce(seed('000'), '\n2. ', '\n3. '));
    const plan = renumberPlan(doc);
    assert.ok(plan.edits.length > 0);
    assert.equal(renumberPlan(doc), plan);
  });
});
