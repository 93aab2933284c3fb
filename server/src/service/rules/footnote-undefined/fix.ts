/**
 * The fix of `footnote-undefined`: **Add footnote n**, a definition with a placeholder text for each
 * reference without one in the range (or named by a finding), inserted beside the other definitions on
 * its page in number order, in the draft's own footnote form. It changes nothing else.
 */
import { format } from '../../i18n';
import type { ServiceDiagnostic } from '../../model';
import type { CodeActionResult } from '../../features/edits';
import { paragraphAt } from '../../features/locate';
import { featureMessages as M } from '../../features/messages';
import { toSuperscript } from '../../features/numbering';
import { comparePos, overlaps } from '../../features/ranges';
import type { TextEdit } from '../../features/edits';
import type { FixContext } from '../fixContext';
import { lineEndOf, lineStartOf } from '../../text/lineBounds';
import type { FixRequest } from '../defineRule';

/**
 * Add-footnote fixes offered per request. Each costs a pass over the document; a whole-document
 * request on 130,000 undefined references took 98 s making 90,000 of them (no menu shows that many).
 */
const MAX_FOOTNOTE_ACTIONS = 50;

/** Missing footnote definitions: references in range, or named by a footnote-undefined diagnostic. */
export function addFootnoteActions(ctx: FixContext, { range, diagnosticsOf }: FixRequest): CodeActionResult[] {
  const doc = ctx.analysis.document;
  const out: CodeActionResult[] = [];
  const undefinedNumbers = new Set<number>();
  const undefinedDiags = diagnosticsOf('footnote-undefined').slice().sort((a, b) => comparePos(a.range.start, b.range.start));
  const defined = new Set(doc.footnoteDefs.map((d) => d.number));
  for (const r of doc.footnoteRefs) {
    if (undefinedNumbers.has(r.number) || defined.has(r.number)) continue;
    if (overlaps(r.range, range) || overlapsAny(undefinedDiags, r.range)) undefinedNumbers.add(r.number);
  }
  for (const n of [...undefinedNumbers].slice(0, MAX_FOOTNOTE_ACTIONS)) {
    const edit = addFootnoteEdit(ctx, n);
    if (edit) out.push({ title: format(ctx.settings.locale, M.addFootnote, { n }), kind: 'quickfix', edits: [edit], diagnostics: diagnosticsOf('footnote-undefined') });
  }
  return out;
}

/**
 * Whether a range overlaps one of `sorted` (ranges sorted by start, not nested in one another, as
 * footnote markers are): the last one starting at or before the range's end is the only candidate.
 */
function overlapsAny(sorted: ServiceDiagnostic[], r: ServiceDiagnostic['range']): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePos(sorted[mid].range.start, r.end) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && overlaps(sorted[lo - 1].range, r);
}

function defMarkerTemplate(ctx: FixContext, n: number): string {
  const doc = ctx.analysis.document;
  const text = doc.text;
  const sample = doc.footnoteDefs[0];
  if (sample) {
    const marker = text.slice(sample.markerSpan.start, sample.markerSpan.end);
    if (marker.includes('<sup>')) return `<sup>${n}</sup>`;
    if (marker.includes('[^')) return `[^${n}]:`;
    if (/[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(marker)) return toSuperscript(n);
    return String(n);
  }
  const ref = doc.footnoteRefs.find((r) => r.number === n) ?? doc.footnoteRefs[0];
  switch (ref?.form) {
    case 'unicode':
      return toSuperscript(n);
    case 'markdown':
      return `[^${n}]:`;
    case 'bare':
      return String(n);
    default:
      return `<sup>${n}</sup>`;
  }
}

/** Inserts a definition for footnote n next to the other definitions on its page, in number order. */
function addFootnoteEdit(ctx: FixContext, n: number): TextEdit | undefined {
  const doc = ctx.analysis.document;
  const text = doc.text;
  const ref = doc.footnoteRefs.find((r) => r.number === n);
  if (!ref) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = `${defMarkerTemplate(ctx, n)} ${format(ctx.settings.locale, M.footnotePlaceholder)}`;
  const after = doc.footnoteDefs.filter((d) => d.span.start > ref.span.end).sort((a, b) => a.span.start - b.span.start);
  const higher = after.find((d) => d.number > n);
  const lowerRun = after.filter((d) => d.number < n && (!higher || d.span.start < higher.span.start));
  if (higher && (!lowerRun.length || lowerRun[lowerRun.length - 1].span.start < higher.span.start)) {
    const at = lineStartOf(text, higher.span.start);
    const pos = ctx.lines.positionAt(at);
    return { range: { start: pos, end: pos }, newText: `${line}${eol}${eol}` };
  }
  if (lowerRun.length) {
    const at = lineEndOf(text, lowerRun[lowerRun.length - 1].span.end);
    const pos = ctx.lines.positionAt(at);
    return { range: { start: pos, end: pos }, newText: `${eol}${eol}${line}` };
  }
  const p = paragraphAt(doc, ref.span.start);
  const endOffset = lineEndOf(text, p ? p.span.end : ref.span.end);
  const pos = ctx.lines.positionAt(endOffset);
  return { range: { start: pos, end: pos }, newText: `${eol}${eol}${line}` };
}
