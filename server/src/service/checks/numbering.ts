/**
 * `paragraph-numbering`: operative paragraphs run 1, 2, 3… in every
 * resolution (embedded ones too, each from 1); sub-paragraphs run (a), (b)…,
 * (i), (ii)…, ㈠, ㈡… under each parent, from the first; so do the numbered
 * paragraphs of a report around embedded resolutions.
 *
 * The position is the truth: the k-th numbered sibling should carry k.
 * Consecutive siblings off by the same amount form one run, and a run draws
 * ONE diagnostic, on its first paragraph, saying what happened:
 * - a typo: one paragraph off, its neighbours right (`1. 2. 4. 4. 5.`: the
 *   first "4." should be 3);
 * - a gap: the rest numbered too high (`1. 2. 4. 5. 6.`: number 3 is missing,
 *   paragraphs 3–5 are numbered 4–6);
 * - a duplicate: a number used again and the rest numbered too low
 *   (`1. 2. 2. 3. 4.`: on the second "2.");
 * - out of order: a few paragraphs holding each other's numbers (`1. 3. 2. 4.`);
 * - otherwise a shift: a run numbered too low that repeats no number.
 */
import type { Paragraph, ParagraphNumber, Resolution } from '../model';
import { renderLike } from '../text/numerals';
import { capitalise, type CheckContext } from './context';
import { messages } from './messages';
import { siblingsName } from './names';
import { maxOf } from '../text/arrays';

export type NumberingProblem = 'typo' | 'gap' | 'duplicate' | 'order' | 'shift';

/** `data` of a paragraph-numbering diagnostic. The range covers the number of the run's first paragraph as written ("4.", "(d)", "㈣"). */
export interface NumberingData {
  /** Expected numeric value of the first paragraph (3 for "3.", "(c)", "(iii)", "㈢"): its position among its siblings. */
  expected: number;
  /** Numeric value found on the first paragraph. */
  found: number;
  /** The expected number written like the one found: replace the range with this to fix the first paragraph. */
  expectedText: string;
  /** The number as written. */
  foundText: string;
  problem: NumberingProblem;
  level: 'operative' | 'subparagraph' | 'report';
  /** How many consecutive paragraphs the slip puts off (1 for a typo). */
  runLength: number;
  /** Expected numbers of the first and last paragraph of the run (3 and 5 when paragraphs 3–5 carry 4–6). */
  first: number;
  last: number;
}

/** An out-of-order block is at most this long (paragraphs holding each other's numbers). */
const MAX_ORDER_BLOCK = 10;

export function checkNumbering(ctx: CheckContext): void {
  if (!ctx.enabled('paragraph-numbering')) return;
  for (const res of ctx.doc.resolutions) {
    checkSiblings(ctx, res, res.operative, []);
    for (const pp of res.preambular) {
      if (pp.subparagraphs.length) checkSiblings(ctx, res, pp.subparagraphs, [pp]);
    }
  }
  if (ctx.doc.reportParagraphs.length) checkSiblings(ctx, undefined, ctx.doc.reportParagraphs, []);
}

interface Numbered {
  p: Paragraph;
  num: ParagraphNumber;
  /** Position among the numbered siblings, from 1: the number it should carry. */
  k: number;
  /** Found minus expected. */
  off: number;
}

function checkSiblings(ctx: CheckContext, res: Resolution | undefined, siblings: Paragraph[], ancestors: Paragraph[]): void {
  const items: Numbered[] = [];
  for (const p of siblings) {
    if (p.number) items.push({ p, num: p.number, k: items.length + 1, off: p.number.value - (items.length + 1) });
  }
  const firstAt = new Map<number, number>();
  items.forEach((x, n) => {
    if (!firstAt.has(x.num.value)) firstAt.set(x.num.value, n);
  });
  // The offset and number of the paragraph before: a run is a slip relative to them.
  let prevOff = 0;
  let prevValue = 0;
  let i = 0;
  while (i < items.length) {
    const item = items[i];
    if (item.off === 0 || item.off === prevOff) {
      // Right, or consistent with the paragraphs before (after an out-of-order block of shifted paragraphs).
      prevOff = item.off;
      prevValue = item.num.value;
      i++;
      continue;
    }
    const order = orderBlockEnd(items, i, prevOff);
    if (order !== undefined) {
      reportRun(ctx, res, ancestors, items, i, order, 'order', prevValue);
      prevValue = Math.max(prevValue, maxOf(items.slice(i, order + 1).map((x) => x.num.value)));
      i = order + 1;
      continue;
    }
    let j = i;
    while (j + 1 < items.length && items[j + 1].off === item.off) j++;
    const next = items[j + 1];
    let problem: NumberingProblem;
    if (i === j && next !== undefined && next.off === prevOff) problem = 'typo';
    else if (item.off > prevOff) problem = 'gap';
    else if ((firstAt.get(item.num.value) ?? i) < i) problem = 'duplicate';
    else problem = i === j ? 'typo' : 'shift';
    reportRun(ctx, res, ancestors, items, i, j, problem, prevValue);
    prevOff = items[j].off;
    prevValue = items[j].num.value;
    i = j + 1;
  }
  for (const p of siblings) {
    if (p.subparagraphs.length) checkSiblings(ctx, res, p.subparagraphs, [...ancestors, p]);
  }
}

/**
 * The last index of the shortest block from `i` whose numbers are those its
 * positions call for (shifted like the paragraph before it), in another order;
 * undefined when there is none.
 */
function orderBlockEnd(items: Numbered[], i: number, prevOff: number): number | undefined {
  const values: number[] = [];
  for (let j = i; j < items.length && j < i + MAX_ORDER_BLOCK; j++) {
    values.push(items[j].num.value);
    if (j === i) continue;
    const sorted = [...values].sort((a, b) => a - b);
    if (sorted.every((v, n) => v === items[i].k + prevOff + n)) return j;
  }
  return undefined;
}

function reportRun(
  ctx: CheckContext,
  res: Resolution | undefined,
  ancestors: Paragraph[],
  items: Numbered[],
  i: number,
  j: number,
  problem: NumberingProblem,
  /** The number of the paragraph before the run (0 for none). */
  before: number,
): void {
  const firstItem = items[i];
  const lastItem = items[j];
  const { p, num } = firstItem;
  const sub = ancestors.length > 0;
  // Sub-paragraph numbers are shown as written ("(c)", "㈢"); paragraph numbers as plain numbers.
  const show = (like: ParagraphNumber, v: number) => (sub ? renderLike(like, v).trim() : String(v));
  const written = (x: Numbered) => (sub ? x.num.text.trim() : String(x.num.value));
  const expectedText = renderLike(num, firstItem.k);
  const data: NumberingData = {
    expected: firstItem.k,
    found: num.value,
    expectedText,
    foundText: num.text,
    problem,
    level: sub ? 'subparagraph' : p.kind === 'report' ? 'report' : 'operative',
    runLength: j - i + 1,
    first: firstItem.k,
    last: lastItem.k,
  };
  const loc = ctx.locale;
  const own = show(num, firstItem.k);
  const name = siblingsName(loc, res, p, ancestors, own, i === j ? undefined : show(lastItem.num, lastItem.k));
  const args: Record<string, string | number> = {
    name,
    Name: capitalise(name),
    expected: own,
    found: written(firstItem),
    foundFirst: written(firstItem),
    foundLast: written(lastItem),
    first: own,
    last: show(lastItem.num, lastItem.k),
  };
  let text: string;
  switch (problem) {
    case 'typo':
      text = ctx.msg(messages.numberingTypo, args);
      break;
    case 'gap': {
      // The numbers skipped in the written sequence: after the one before the run, up to the run's first.
      const a = show(num, before + 1);
      const b = show(num, num.value - 1);
      const count = num.value - 1 - before;
      const missing = ctx.msg(count === 1 ? messages.numberingMissingOne : count === 2 ? messages.numberingMissingTwo : messages.numberingMissingMany, { a, b });
      text = ctx.msg(i === j ? messages.numberingGap : messages.numberingGapRun, { ...args, missing, Missing: capitalise(missing) });
      break;
    }
    case 'duplicate': {
      const by = firstItem.k - num.value;
      const byText = loc === 'en' ? (EN_SMALL[by] ?? String(by)) : String(by);
      text = ctx.msg(i === j ? messages.numberingDuplicate : messages.numberingDuplicateRun, { ...args, by: byText });
      break;
    }
    case 'order': {
      const sep = ctx.msg(messages.numberingListSeparator);
      const block = items.slice(i, j + 1);
      text = ctx.msg(messages.numberingOrder, {
        ...args,
        found: block.map(written).join(sep),
        // The numbers the block holds, in order (its positions, shifted like the paragraph before it).
        expected: block.map((x) => x.num.value).sort((a, b) => a - b).map((v, n) => show(block[n].num, v)).join(sep),
      });
      break;
    }
    case 'shift':
      text = ctx.msg(messages.numberingShift, args);
      break;
  }
  ctx.report('paragraph-numbering', num.span, text, data, num.range);
}

const EN_SMALL: Record<number, string> = { 1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five' };
