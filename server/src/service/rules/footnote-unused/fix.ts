/**
 * The fix of `footnote-unused`: **Remove footnote n**, for each definition in the range that no
 * reference names; it deletes the definition with the blank line after it and nothing else.
 */
import { format } from '../../i18n';
import type { FootnoteDef } from '../../model';
import type { CodeActionResult } from '../../features/edits';
import { featureMessages as M } from '../../features/messages';
import { overlaps } from '../../features/ranges';
import type { TextEdit } from '../../features/edits';
import type { FixContext } from '../fixContext';
import { lineEndOf, lineStartOf } from '../../text/lineBounds';
import type { FixRequest } from '../defineRule';

/** Remove-footnote fixes offered per request (each costs a pass over the document, as the add-footnote fixes do). */
const MAX_FOOTNOTE_ACTIONS = 50;

export function removeFootnoteActions(ctx: FixContext, { range, diagnosticsOf }: FixRequest): CodeActionResult[] {
  const doc = ctx.analysis.document;
  const out: CodeActionResult[] = [];
  const referenced = new Set(doc.footnoteRefs.map((r) => r.number));
  let removals = 0;
  for (const d of doc.footnoteDefs) {
    if (referenced.has(d.number) || removals >= MAX_FOOTNOTE_ACTIONS) continue;
    if (!overlaps(d.range, range)) continue;
    removals++;
    out.push({ title: format(ctx.settings.locale, M.removeFootnote, { n: d.number }), kind: 'quickfix', edits: [removeDefEdit(ctx, d)], diagnostics: diagnosticsOf('footnote-unused') });
  }
  return out;
}

/** Deletes a definition with the blank line that separates it from what follows. */
function removeDefEdit(ctx: FixContext, d: FootnoteDef): TextEdit {
  const text = ctx.analysis.document.text;
  const start = lineStartOf(text, d.span.start) === lineStartOf(text, d.markerSpan.start) ? Math.min(lineStartOf(text, d.span.start), d.markerSpan.start) : d.span.start;
  let end = lineEndOf(text, Math.max(d.span.end - 1, start));
  // Swallow the line break and one following blank line.
  let breaks = 0;
  let i = end;
  while (i < text.length && breaks < 2) {
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else if (text[i] === '\n' || text[i] === '\r') i += 1;
    else if (/[ \t]/.test(text[i])) {
      i++;
      continue;
    } else break;
    breaks++;
    end = i;
  }
  let s = start;
  if (end >= text.length) {
    // Last thing in the file: take the preceding line breaks instead.
    while (s > 0 && /[\r\n]/.test(text[s - 1])) s--;
    end = text.length;
  }
  return { range: ctx.lines.range({ start: s, end }), newText: '' };
}
