/**
 * `paragraph-numbering`: operative paragraphs run 1, 2, 3… in every
 * resolution (embedded ones too, each from 1); sub-paragraphs run (a), (b)…,
 * (i), (ii)…, ㈠, ㈡… under each parent, from the first; so do the numbered
 * paragraphs of a report around embedded resolutions.
 *
 * The expected number follows the last number seen, so one slip draws one
 * diagnostic: `1. 2. 4. 5.` flags "4." only (expected 3); `1. 2. 2. 3.` flags
 * the second "2." only.
 */
import type { Paragraph, Resolution } from '../model';
import { capitalise, type CheckContext } from './context';
import { messages } from './messages';
import { paragraphName } from './names';
import { renderLike } from './numerals';

export type NumberingProblem = 'gap' | 'duplicate' | 'order';

/** `data` of a paragraph-numbering diagnostic. The range covers the number as written ("4.", "(d)", "㈣"). */
export interface NumberingData {
  /** Expected numeric value (3 for "3.", "(c)", "(iii)", "㈢"). */
  expected: number;
  /** Numeric value found. */
  found: number;
  /** The expected number written like the one found: replace the range with this to fix it. */
  expectedText: string;
  /** The number as written. */
  foundText: string;
  problem: NumberingProblem;
  level: 'operative' | 'subparagraph' | 'report';
}

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

function checkSiblings(ctx: CheckContext, res: Resolution | undefined, siblings: Paragraph[], ancestors: Paragraph[]): void {
  let expected = 1;
  const seen = new Set<number>();
  for (const p of siblings) {
    const num = p.number;
    if (num) {
      if (num.value !== expected) {
        const problem: NumberingProblem = seen.has(num.value) ? 'duplicate' : num.value > expected ? 'gap' : 'order';
        const expectedText = renderLike(num, expected);
        const data: NumberingData = {
          expected,
          found: num.value,
          expectedText,
          foundText: num.text,
          problem,
          level: ancestors.length ? 'subparagraph' : p.kind === 'report' ? 'report' : 'operative',
        };
        const name = paragraphName(ctx.locale, res, p, ancestors);
        const template = problem === 'gap' ? messages.numberingGap : problem === 'duplicate' ? messages.numberingDuplicate : messages.numberingOrder;
        const shown = (v: number, text: string) => (ancestors.length ? text.trim() : String(v));
        ctx.report(
          'paragraph-numbering',
          num.span,
          ctx.msg(template, {
            name,
            Name: capitalise(name),
            expected: shown(expected, expectedText),
            found: shown(num.value, num.text),
          }),
          data,
          num.range,
        );
      }
      seen.add(num.value);
      expected = num.value + 1;
    }
    if (p.subparagraphs.length) checkSiblings(ctx, res, p.subparagraphs, [...ancestors, p]);
  }
}
