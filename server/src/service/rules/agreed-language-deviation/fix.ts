/**
 * The fix **Mark this deviation as negotiated**: inserts, on its own line before the paragraph,
 * `<!-- resolution-disable-next-line agreed-language-deviation -- <reason> -->` (the `%` form in
 * a plain-text draft) with a reason to fill in. It changes nothing else.
 */
import { format } from '../../i18n';
import type { ServiceDiagnostic } from '../../model';
import type { CodeActionResult } from '../../features/edits';
import { paragraphAt } from '../../features/locate';
import type { FixContext } from '../fixContext';
import { ruleMessages as M } from '../messages';
import { directiveStyleOf, directiveText } from '../directives';

export function markNegotiatedFix(ctx: FixContext, d: ServiceDiagnostic): CodeActionResult[] {
  const doc = ctx.analysis.document;
  const text = doc.text;
  const at = ctx.lines.offsetAt(d.range.start);
  const p = paragraphAt(doc, at);
  // The start of the paragraph's first line (of the diagnostic's line when no paragraph is there).
  let lineStart = Math.min(p ? p.span.start : at, at);
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let indentEnd = lineStart;
  while (text[indentEnd] === ' ' || text[indentEnd] === '\t') indentEnd++;
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  const reason = format(ctx.settings.locale, M.negotiatedReason);
  const comment = directiveText(directiveStyleOf(text), 'disable-next-line', ['agreed-language-deviation'], reason);
  const pos = ctx.lines.positionAt(lineStart);
  return [
    {
      title: format(ctx.settings.locale, M.markNegotiated),
      kind: 'quickfix',
      edits: [{ range: { start: pos, end: pos }, newText: `${text.slice(lineStart, indentEnd)}${comment}${eol}` }],
      diagnostics: [d],
    },
  ];
}
