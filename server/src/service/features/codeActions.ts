/**
 * Code actions. Each changes only what its title says: renumbering touches
 * numbers only, a footnote fix touches that footnote only, and so on.
 */
import { getProfile } from '../language';
import { format } from '../i18n';
import type { AgreedSource } from '../matching';
import type { FootnoteDef, Paragraph, Range, ResolutionDocument, ServiceDiagnostic, Span } from '../model';
import { paragraphOfAgreement, sourceCitation, sourceParagraph } from './agreements';
import { allParagraphs, bodyStart, paragraphAt, sourceOffset } from './locate';
import { featureMessages as M } from './messages';
import { renumberEdits, renumberFixes, toSuperscript } from './numbering';
import { diffHunks } from './text';
import type { FeatureContext, TextEdit } from './types';

/** The client command that copies a citation (protocol.ts names it CopyCitationCommand for clients). */
const COPY_CITATION_COMMAND = 'resolution.copyCitation';
const MAX_AGREEMENT_ACTION_PARAGRAPHS = 3;
/**
 * Add/remove-footnote fixes offered per request. Each costs a pass over the document; a whole-document
 * request on 130,000 undefined references took 98 s making 90,000 of them (no menu shows that many).
 */
const MAX_FOOTNOTE_ACTIONS = 50;

export interface CodeActionResult {
  title: string;
  kind: string;
  edits?: TextEdit[];
  command?: { title: string; command: string; arguments: unknown[] };
  /** The diagnostics this action fixes. */
  diagnostics?: ServiceDiagnostic[];
  isPreferred?: boolean;
}

/** Diagnostic shape the actions read (LSP diagnostics from the client are accepted). */
export type ActionDiagnostic = Pick<ServiceDiagnostic, 'range' | 'code' | 'message'> & { data?: unknown };

function overlaps(a: Range, b: Range): boolean {
  const le = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return le(a.start, b.end) && le(b.start, a.end);
}

export function codeActions(ctx: FeatureContext, range: Range, contextDiagnostics: ActionDiagnostic[] = []): CodeActionResult[] {
  const doc = ctx.analysis.document;
  const loc = ctx.settings.locale;
  const out: CodeActionResult[] = [];
  // Diagnostics in range: those the client sent plus ours (clients may send none).
  const ours = ctx.analysis.diagnostics.filter((d) => overlaps(d.range, range));
  // Linear in the findings (a whole-document request carries all of them): keyed, not compared pairwise.
  const diags: ActionDiagnostic[] = contextDiagnostics.slice();
  const sent = new Set(diags.map(diagKey));
  for (const d of ours) if (!sent.has(diagKey(d))) diags.push(d);
  const byCode = new Map<string, ServiceDiagnostic[]>();
  for (const d of diags) {
    const list = byCode.get(d.code);
    if (list) list.push(d as ServiceDiagnostic);
    else byCode.set(d.code, [d as ServiceDiagnostic]);
  }
  const diagsOf = (code: string): ServiceDiagnostic[] => byCode.get(code) ?? [];

  // Renumbering.
  const renumber = renumberEdits(doc, ctx.lines);
  if (renumber.length) {
    const fixes = [...diagsOf('paragraph-numbering'), ...diagsOf('footnote-order')].filter((d) => renumberFixes(doc, ctx.lines, d.range));
    out.push({
      title: format(loc, M.renumber),
      kind: fixes.length ? 'quickfix' : 'refactor.rewrite',
      edits: renumber,
      diagnostics: fixes as ServiceDiagnostic[],
      isPreferred: fixes.length > 0,
    });
  }

  // Missing footnote definitions: references in range, or named by a footnote-undefined diagnostic.
  const undefinedNumbers = new Set<number>();
  const undefinedDiags = diagsOf('footnote-undefined').slice().sort((a, b) => comparePos(a.range.start, b.range.start));
  const defined = new Set(doc.footnoteDefs.map((d) => d.number));
  const referenced = new Set(doc.footnoteRefs.map((r) => r.number));
  for (const r of doc.footnoteRefs) {
    if (undefinedNumbers.has(r.number) || defined.has(r.number)) continue;
    if (overlaps(r.range, range) || overlapsAny(undefinedDiags, r.range)) undefinedNumbers.add(r.number);
  }
  for (const n of [...undefinedNumbers].slice(0, MAX_FOOTNOTE_ACTIONS)) {
    const edit = addFootnoteEdit(ctx, n);
    if (edit) out.push({ title: format(loc, M.addFootnote, { n }), kind: 'quickfix', edits: [edit], diagnostics: diagsOf('footnote-undefined') });
  }

  // Unused footnote definitions.
  let removals = 0;
  for (const d of doc.footnoteDefs) {
    if (referenced.has(d.number) || removals >= MAX_FOOTNOTE_ACTIONS) continue;
    if (!overlaps(d.range, range)) continue;
    removals++;
    out.push({ title: format(loc, M.removeFootnote, { n: d.number }), kind: 'quickfix', edits: [removeDefEdit(ctx, d)], diagnostics: diagsOf('footnote-unused') });
  }

  // Ending punctuation.
  for (const d of diagsOf('paragraph-punctuation')) {
    const p = paragraphAt(doc, ctx.lines.offsetAt(d.range.start)) ?? paragraphAt(doc, ctx.lines.offsetAt(d.range.end));
    if (!p) continue;
    const data = d.data as { expected?: unknown } | undefined;
    const expected = typeof data?.expected === 'string' ? data.expected : expectedEnding(doc, p);
    if (!expected || expected === p.endPunctuation.char) continue;
    const span = p.endPunctuation.char ? p.endPunctuation.span : { start: p.endPunctuation.span.end, end: p.endPunctuation.span.end };
    out.push({
      title: format(loc, M.fixPunctuation, { char: expected }),
      kind: 'quickfix',
      edits: [{ range: ctx.lines.range(span), newText: expected }],
      diagnostics: [d as ServiceDiagnostic],
      isPreferred: true,
    });
  }

  // Agreed language: replace with a source's agreed text; copy citations.
  // (At most a few paragraphs: a whole-document request, such as the client's renumber command, gets the fixes above, not hundreds of these.)
  const inRange = ctx.analysis.agreements.filter((a) => a.sources.length && a.status !== 'new' && a.spans.some((s) => overlaps(ctx.lines.range(s), range)));
  for (const a of inRange.slice(0, MAX_AGREEMENT_ACTION_PARAGRAPHS)) {
    const p = paragraphOfAgreement(ctx, a);
    if (a.status === 'near' && p) {
      for (const s of a.sources) {
        const edits = replaceWithAgreedEdits(ctx, p, s);
        if (edits.length) {
          out.push({
            title: format(loc, M.replaceWithAgreed, { source: sourceCitation(ctx, s) }),
            kind: 'quickfix',
            edits,
            diagnostics: diagsOf('agreed-language-deviation'),
          });
        }
      }
    }
    for (const s of a.sources) {
      const citation = sourceCitation(ctx, s);
      out.push({
        title: format(loc, M.copyCitation, { citation }),
        kind: '',
        command: { title: format(loc, M.copyCitation, { citation }), command: COPY_CITATION_COMMAND, arguments: [citation] },
      });
    }
  }
  return out;
}

function diagKey(d: ActionDiagnostic): string {
  const r = d.range;
  return `${d.code}|${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

function comparePos(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * Whether a range overlaps one of `sorted` (ranges sorted by start, not nested in one another, as
 * footnote markers are): the last one starting at or before the range's end is the only candidate.
 */
function overlapsAny(sorted: ActionDiagnostic[], r: Range): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePos(sorted[mid].range.start, r.end) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && overlaps(sorted[lo - 1].range, r);
}

/** The ending a paragraph should have, by its place in the resolution. */
export function expectedEnding(doc: ResolutionDocument, p: Paragraph): string | undefined {
  const e = getProfile(doc.language).endings;
  const comma = e.preambular;
  const semi = e.operative;
  const stop = e.last;
  const colon = e.chapeau;
  if (p.kind === 'report') return undefined;
  if (p.subparagraphs?.length) return colon;
  if (p.kind === 'preambular') return comma;
  for (const r of doc.resolutions) {
    const lastOp = r.operative[r.operative.length - 1];
    if (p.kind === 'operative' && r.operative.includes(p)) return p === lastOp ? stop : semi;
    if (p.kind === 'subparagraph') {
      // Last of the last chain of the last operative paragraph ends the resolution.
      let tail: Paragraph | undefined = lastOp;
      while (tail?.subparagraphs?.length) tail = tail.subparagraphs[tail.subparagraphs.length - 1];
      if (tail === p) return stop;
      if (allParagraphs(doc).includes(p) && r.span.start <= p.span.start && p.span.end <= r.span.end) return semi;
    }
  }
  return p.kind === 'subparagraph' ? semi : undefined;
}

function defMarkerTemplate(ctx: FeatureContext, n: number): string {
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

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Inserts a definition for footnote n next to the other definitions on its page, in number order. */
function addFootnoteEdit(ctx: FeatureContext, n: number): TextEdit | undefined {
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

/** Deletes a definition with the blank line that separates it from what follows. */
function removeDefEdit(ctx: FeatureContext, d: FootnoteDef): TextEdit {
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

const TRAILING_PUNCT = /[，,；;。.：:\s]+$/;

/** Edits that make the paragraph body read as the source's agreed text; the leading verb and markup are kept. */
function replaceWithAgreedEdits(ctx: FeatureContext, p: Paragraph, s: AgreedSource): TextEdit[] {
  let agreed = s.text;
  const cp = sourceParagraph(ctx, s);
  const draftStart = bodyStart(p);
  if (cp && p.verb) agreed = cp.text.slice(cp.bodyStart);
  else if (cp) agreed = cp.text;
  const draftBody = p.text.slice(draftStart).replace(TRAILING_PUNCT, '');
  agreed = agreed.replace(TRAILING_PUNCT, '');
  const hunks = diffHunks(draftBody, agreed);
  const edits: Array<{ span: Span; newText: string }> = [];
  const text = p.text;
  const wordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
  for (const h of hunks) {
    let a = draftStart + h.oldStart;
    let b = draftStart + h.oldEnd;
    let replacement = agreed.slice(h.newStart, h.newEnd);
    // Latin words are separated by spaces, which are not tokens: keep exactly one between words.
    if (!replacement && a < b) {
      if (text[b] === ' ' && (a === 0 || text[a - 1] === ' ')) b++;
      else if (text[a - 1] === ' ' && !wordChar(text[b])) a--;
    } else if (a === b && replacement) {
      if (wordChar(text[a - 1]) && wordChar(replacement[0])) replacement = ' ' + replacement;
      else if (wordChar(text[a]) && wordChar(replacement[replacement.length - 1])) replacement += ' ';
    }
    for (const [i, seg] of sourceSegments(p, a, b).entries()) edits.push({ span: seg, newText: i === 0 ? replacement : '' });
  }
  edits.sort((x, y) => x.span.start - y.span.start);
  return edits.map((e) => ({ range: ctx.lines.range(e.span), newText: e.newText }));
}

/** Source spans covering clean-text offsets [a, b), split where the parser dropped markup (so markup is kept). */
function sourceSegments(p: Paragraph, a: number, b: number): Span[] {
  if (a === b) {
    const at = sourceOffset(p, a, a > 0) ?? sourceOffset(p, a);
    return at === undefined ? [] : [{ start: at, end: at }];
  }
  const out: Span[] = [];
  for (const piece of p.pieces) {
    const s = Math.max(a, piece.textStart);
    const e = Math.min(b, piece.textStart + piece.length);
    if (s < e) out.push({ start: piece.sourceStart + (s - piece.textStart), end: piece.sourceStart + (e - piece.textStart) });
  }
  return out;
}

