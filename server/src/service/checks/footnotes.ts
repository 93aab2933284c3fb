/**
 * Footnote checks over the whole document (numbering runs from 1 through the
 * document, embedded resolutions included):
 * - `footnote-undefined`: a reference whose number has no definition;
 * - `footnote-unused`: a definition never referenced;
 * - `footnote-duplicate`: a second definition with the same number;
 * - `footnote-order`: first references must run 1, 2, 3… The first reference
 *   that breaks the run is flagged with the number expected; the run then
 *   resumes from it, so one slip draws one diagnostic.
 */
import type { FootnoteDef, FootnoteRef } from '../model';
import type { CheckContext } from './context';
import { messages } from './messages';

export interface FootnoteData {
  number: number;
}

export interface FootnoteDuplicateData extends FootnoteData {
  /** Range of the first definition's marker. */
  first: FootnoteDef['markerRange'];
}

export interface FootnoteOrderData {
  expected: number;
  found: number;
  /** `gap`: the expected number is never referenced; `order`: it is, but later. */
  problem: 'gap' | 'order';
}

export function checkFootnotes(ctx: CheckContext): void {
  const { footnoteRefs: refs, footnoteDefs: defs } = ctx.doc;
  const defined = new Map<number, FootnoteDef>();
  for (const def of defs) {
    const first = defined.get(def.number);
    if (!first) {
      defined.set(def.number, def);
      continue;
    }
    const data: FootnoteDuplicateData = { number: def.number, first: first.markerRange };
    ctx.report(
      'footnote-duplicate',
      def.markerSpan,
      ctx.msg(messages.footnoteDuplicate, { number: def.number, firstLine: first.markerRange.start.line + 1 }),
      data,
      def.markerRange,
    );
  }

  const referenced = new Set(refs.map((r) => r.number));
  for (const ref of refs) {
    if (!defined.has(ref.number)) {
      const data: FootnoteData = { number: ref.number };
      ctx.report('footnote-undefined', ref.span, ctx.msg(messages.footnoteUndefined, { number: ref.number }), data, ref.range);
    }
  }
  for (const def of defined.values()) {
    if (!referenced.has(def.number)) {
      const data: FootnoteData = { number: def.number };
      ctx.report('footnote-unused', def.markerSpan, ctx.msg(messages.footnoteUnused, { number: def.number }), data, def.markerRange);
    }
  }
  checkOrder(ctx, refs, referenced);
}

function checkOrder(ctx: CheckContext, refs: FootnoteRef[], referenced: Set<number>): void {
  if (!ctx.enabled('footnote-order')) return;
  const seen = new Set<number>();
  let highest = 0;
  // Smallest referenced number not yet seen: what the next new reference should be.
  const pending = [...referenced].sort((a, b) => a - b);
  let next = 0; // index into pending
  for (const ref of refs) {
    const n = ref.number;
    if (seen.has(n)) continue;
    while (next < pending.length && seen.has(pending[next])) next++;
    const smallestPending = next < pending.length ? pending[next] : n;
    let expected: number | undefined;
    let problem: FootnoteOrderData['problem'] = 'order';
    if (n !== smallestPending) {
      expected = smallestPending;
    } else if (n > highest + 1) {
      // Every number between was never referenced at all: a gap.
      expected = highest + 1;
      problem = 'gap';
    }
    if (expected !== undefined) {
      const data: FootnoteOrderData = { expected, found: n, problem };
      const template = problem === 'gap' ? messages.footnoteGap : messages.footnoteOrder;
      ctx.report('footnote-order', ref.span, ctx.msg(template, { expected, found: n }), data, ref.range);
    }
    seen.add(n);
    if (n > highest) highest = n;
  }
}
