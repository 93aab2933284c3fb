/**
 * The fix of `paragraph-punctuation`: replace the closing mark (or add one) with the mark the
 * check expects. The expected mark comes from the check itself — the diagnostic's `data.expected`,
 * or, when a client sent the diagnostic back without its data, the check run again — so the rule
 * that says how a paragraph must end is written once, in checks/punctuation.ts.
 */
import { CheckContext } from '../../checks/context';
import { checkPunctuation } from '../../checks/punctuation';
import { format } from '../../i18n';
import type { Paragraph, ResolutionDocument, ServiceDiagnostic } from '../../model';
import { defaultSettings } from '../../options';
import type { CodeActionResult } from '../../features/edits';
import { paragraphAt } from '../../features/locate';
import { featureMessages as M } from '../../features/messages';
import type { FixContext } from '../fixContext';

const expectations = new WeakMap<ResolutionDocument, Map<Paragraph, string>>();

/** The ending a paragraph should have by its place in the resolution, as the punctuation check says; undefined when the check does not look at it. */
export function expectedEnding(doc: ResolutionDocument, p: Paragraph): string | undefined {
  let map = expectations.get(doc);
  if (!map) {
    const found = new Map<Paragraph, string>();
    const ctx = new CheckContext(doc, defaultSettings());
    ctx.expectation = (q, expected) => found.set(q, expected);
    checkPunctuation(ctx);
    map = found;
    expectations.set(doc, map);
  }
  return map.get(p);
}

export function punctuationFix(ctx: FixContext, d: ServiceDiagnostic): CodeActionResult[] {
  const doc = ctx.analysis.document;
  const p = paragraphAt(doc, ctx.lines.offsetAt(d.range.start)) ?? paragraphAt(doc, ctx.lines.offsetAt(d.range.end));
  if (!p) return [];
  const data = d.data as { expected?: unknown } | undefined;
  const expected = typeof data?.expected === 'string' ? data.expected : expectedEnding(doc, p);
  if (!expected || expected === p.endPunctuation.char) return [];
  const span = p.endPunctuation.char ? p.endPunctuation.span : { start: p.endPunctuation.span.end, end: p.endPunctuation.span.end };
  return [
    {
      title: format(ctx.settings.locale, M.fixPunctuation, { char: expected }),
      kind: 'quickfix',
      edits: [{ range: ctx.lines.range(span), newText: expected }],
      diagnostics: [d],
      isPreferred: true,
    },
  ];
}
