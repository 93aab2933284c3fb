/**
 * Renumbering: operative paragraphs, sub-paragraphs, report paragraphs and
 * footnotes, with the references to them. Produces edits that touch the
 * numbers only, checked by re-parsing (`renumberPlan`): a list whose new
 * numbers would change how the text parses is left alone, and one pass
 * leaves nothing to renumber. test/reliability/renumber.test.ts holds it to that.
 */
import { appendAll } from '../text/arrays';
import type { Paragraph, Range, ResolutionDocument, Span } from '../model';
import type { TextEdit } from './edits';
import { LineIndex } from '../text/lineIndex';
import { renderLike } from '../text/numerals';
import { parseDocument } from '../parser';
import { offsetsBefore, parseShape, type OffsetEdit } from './parseShape';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function toSuperscript(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
}

/**
 * The edit that gives a paragraph the number `value`, written like the number
 * it carries ("4." → "3.", "(D)" → "(C)", "(十二)" → "(十一)"), narrowed to the
 * characters that change.
 */
function numberEdit(text: string, p: Paragraph, value: number): SpanEdit | undefined {
  const n = p.number;
  if (!n || n.value === value) return undefined;
  const old = text.slice(n.span.start, n.span.end);
  const nu = renderLike({ text: old, style: n.style }, value);
  if (nu === old) return undefined;
  let head = 0;
  while (head < old.length && head < nu.length && old[head] === nu[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < nu.length - head && old[old.length - 1 - tail] === nu[nu.length - 1 - tail]) tail++;
  return { span: { start: n.span.start + head, end: n.span.end - tail }, newText: nu.slice(head, nu.length - tail) };
}

/** Digits inside a footnote marker, and whether they are superscript. */
function markerDigits(text: string, span: Span): { span: Span; superscript: boolean } | undefined {
  const slice = text.slice(span.start, span.end);
  let m = /[0-9]+/.exec(slice);
  if (m) return { span: { start: span.start + m.index, end: span.start + m.index + m[0].length }, superscript: false };
  m = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/.exec(slice);
  if (m) return { span: { start: span.start + m.index, end: span.start + m.index + m[0].length }, superscript: true };
  return undefined;
}

/**
 * New footnote numbers: in order of first reference; an unreferenced definition keeps its place
 * after the definition before it. (Sent to the end, it would renumber every definition after it:
 * when a reference is mistyped beyond recognition, as in PDF text where `议程10` is no reference to
 * footnote 8, its definition looks unreferenced, and moving it would scramble the others.)
 */
function footnoteRenumbering(doc: ResolutionDocument): Map<number, number> {
  const order: number[] = [];
  const placed = new Set<number>();
  for (const r of [...doc.footnoteRefs].sort((a, b) => a.span.start - b.span.start)) {
    if (!placed.has(r.number)) {
      placed.add(r.number);
      order.push(r.number);
    }
  }
  let prev: number | undefined;
  for (const d of [...doc.footnoteDefs].sort((a, b) => a.span.start - b.span.start)) {
    if (!placed.has(d.number)) {
      placed.add(d.number);
      // A few hundred footnotes at most: splicing is cheap.
      order.splice(prev === undefined ? 0 : order.indexOf(prev) + 1, 0, d.number);
    }
    prev = d.number;
  }
  return new Map(order.map((n, i) => [n, i + 1]));
}

/** Cross-references to operative paragraphs inside the text: 上文第 5 段, paragraph 5 above. */
const CROSS_REF_ZH = /(上文|下文|本决议)第\s{0,2}([0-9]{1,3})\s{0,2}段/g;
const CROSS_REF_EN = /\bparagraphs?\s([0-9]{1,3})\s(?:\([a-z]{1,4}\)\s)?(?:above|below|of\s(?:the\spresent|this)\sresolution)/g;

type SpanEdit = OffsetEdit;

/**
 * One list of numbered siblings (a resolution's operative paragraphs with the cross-references to
 * them, one paragraph's sub-paragraphs, the report's paragraphs) or the footnotes: renumbering
 * keeps or refuses a group whole.
 */
interface EditGroup {
  edits: SpanEdit[];
  /** The number spans whose findings this group fixes: its paragraphs' numbers, or every footnote reference. */
  claims: Span[];
}

/**
 * What renumbering would change, group by group, read from the parse alone. The k-th numbered
 * sibling gets k, as the numbering check expects (an unnumbered sibling takes no number).
 */
function candidateGroups(doc: ResolutionDocument): EditGroup[] {
  const text = doc.text;
  const groups: EditGroup[] = [];
  const siblings = (list: Paragraph[], crossRefs?: Span) => {
    const numbered = list.filter((p) => p.number);
    if (numbered.length) {
      const edits: SpanEdit[] = [];
      const map = new Map<number, number>();
      const ambiguous = new Set<number>();
      numbered.forEach((p, i) => {
        if (map.has(p.number!.value)) ambiguous.add(p.number!.value);
        map.set(p.number!.value, i + 1);
        const e = numberEdit(text, p, i + 1);
        if (e) edits.push(e);
      });
      if (crossRefs) appendAll(edits, crossReferenceEdits(text, crossRefs, map, ambiguous));
      groups.push({ edits, claims: numbered.map((p) => p.number!.span) });
    }
    for (const p of list) if (p.subparagraphs.length) siblings(p.subparagraphs);
  };
  for (const r of doc.resolutions) {
    siblings(r.operative, r.span);
    for (const p of r.preambular) if (p.subparagraphs.length) siblings(p.subparagraphs);
  }
  siblings(doc.reportParagraphs);
  groups.push(footnoteGroup(doc));
  return groups;
}

/** Cross-references to operative paragraphs inside a resolution (`span`), given old number → new number. */
function crossReferenceEdits(text: string, span: Span, opMap: Map<number, number>, ambiguous: Set<number>): SpanEdit[] {
  const edits: SpanEdit[] = [];
  const body = text.slice(span.start, span.end);
  for (const re of [CROSS_REF_ZH, CROSS_REF_EN]) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const digits = re === CROSS_REF_ZH ? m[2] : m[1];
      const old = Number(digits);
      const nu = opMap.get(old);
      if (nu === undefined || nu === old || ambiguous.has(old)) continue;
      const at = span.start + m.index + m[0].indexOf(digits, re === CROSS_REF_ZH ? m[1].length : 0);
      edits.push({ span: { start: at, end: at + digits.length }, newText: String(nu) });
    }
  }
  return edits;
}

function footnoteGroup(doc: ResolutionDocument): EditGroup {
  const fmap = footnoteRenumbering(doc);
  const edits: SpanEdit[] = [];
  const markers: Array<{ span: Span; number: number }> = [
    ...doc.footnoteRefs.map((r) => ({ span: r.span, number: r.number })),
    ...doc.footnoteDefs.map((d) => ({ span: d.markerSpan, number: d.number })),
  ];
  for (const m of markers) {
    const nu = fmap.get(m.number);
    if (nu === undefined || nu === m.number) continue;
    const d = markerDigits(doc.text, m.span);
    if (!d) continue;
    edits.push({ span: d.span, newText: d.superscript ? toSuperscript(nu) : String(nu) });
  }
  // A first reference that will follow an unreferenced definition's number still breaks the run: not claimed.
  const claims: Span[] = [];
  const seen = new Set<number>();
  let last = 0;
  for (const r of [...doc.footnoteRefs].sort((a, b) => a.span.start - b.span.start)) {
    const nu = fmap.get(r.number)!;
    if (!seen.has(r.number)) {
      seen.add(r.number);
      const follows = nu === last + 1;
      last = nu;
      if (!follows) continue;
    }
    claims.push(r.span);
  }
  return { edits, claims };
}

/** The groups' edits in source order; an edit overlapping the one before is dropped (should not happen). */
function ordered(groups: readonly EditGroup[]): SpanEdit[] {
  const all = groups.flatMap((g) => g.edits).sort((a, b) => a.span.start - b.span.start);
  const out: SpanEdit[] = [];
  let last = -1;
  for (const e of all) {
    if (e.span.start < last) continue;
    out.push(e);
    last = e.span.end;
  }
  return out;
}

/** What renumbering does to a document: its edits by offsets, and the number spans whose findings they fix. */
export interface RenumberPlan {
  edits: OffsetEdit[];
  /** Numbers of the sibling lists it renumbers, and every footnote reference when it renumbers footnotes. */
  claims: Span[];
}

/**
 * Most re-parses one renumbering may spend checking its edits. A damaged copy of a seed has one to
 * three groups to fix (test/reliability/renumber), which takes one to five.
 */
const MAX_VERIFY_PARSES = 12;

/**
 * …and most characters it may parse in all: each check re-parses the whole draft on the language server's
 * main thread, at the first code-action request after an edit (VS Code asks at every cursor move). Twelve
 * parses of a 1 MB draft took 4.7 s there, and of a 20 MB one 93 s. The largest real text (214 KB) still gets
 * nine; a draft over 2M characters gets none, so no Renumber is offered (its numbering findings remain).
 */
const MAX_VERIFY_CHARS = 2_000_000;

const plans = new WeakMap<ResolutionDocument, RenumberPlan>();

/**
 * The renumbering of `doc`, checked. The parser reads numbers in sequence (a PDF footnote, a report
 * paragraph, an operative paragraph after an open one are recognised by the number due), so new
 * numbers can change how the text parses. A group of edits is kept only if the text it gives
 * parses like `doc` apart from the numbers, with the group now right; groups that would change
 * the parse are left alone, and their findings unclaimed. Tried all at once, then each on top of
 * those kept until a round keeps none, so renumbering the result tries the same and changes nothing:
 * one pass reaches the fixed point.
 */
export function renumberPlan(doc: ResolutionDocument): RenumberPlan {
  const cached = plans.get(doc);
  if (cached) return cached;
  let pending = candidateGroups(doc).filter((g) => g.edits.length);
  let kept: EditGroup[] = [];
  let budget = Math.min(MAX_VERIFY_PARSES, Math.floor(MAX_VERIFY_CHARS / Math.max(1, doc.text.length)));
  let shape: string | undefined;
  const keeps = (trial: EditGroup[]): boolean => budget-- > 0 && keepsParse(doc, (shape ??= parseShape(doc)), ordered(trial));
  while (pending.length) {
    if (keeps([...kept, ...pending])) {
      kept = [...kept, ...pending];
      break;
    }
    if (pending.length === 1) break;
    const refused: EditGroup[] = [];
    for (const g of pending) {
      if (keeps([...kept, g])) kept = [...kept, g];
      else refused.push(g);
    }
    if (refused.length === pending.length) break;
    pending = refused;
  }
  const plan: RenumberPlan = { edits: ordered(kept), claims: kept.flatMap((g) => g.claims) };
  plans.set(doc, plan);
  return plan;
}

/** Whether `edits` leave the parse of `doc` (whose shape is `shape`) as it is apart from the numbers, and the groups they touch right. */
function keepsParse(doc: ResolutionDocument, shape: string, edits: OffsetEdit[]): boolean {
  const after = parseDocument(spliceEdits(doc.text, edits));
  if (parseShape(after, offsetsBefore(edits)) !== shape) return false;
  // Same shape: the groups line up one to one.
  const was = candidateGroups(doc);
  const now = candidateGroups(after);
  const edited = new Set(edits);
  return was.length === now.length && was.every((g, k) => !g.edits.some((e) => edited.has(e)) || now[k].edits.length === 0);
}

const claimStarts = new WeakMap<RenumberPlan, Set<number>>();

/**
 * Whether renumbering `doc` fixes the `paragraph-numbering` or `footnote-order` finding at `range`
 * (such a finding's range is the number or reference it is about). Findings on groups renumbering
 * leaves alone, or that a renumbering leaves in place, are not its to claim.
 */
export function renumberFixes(doc: ResolutionDocument, lines: LineIndex, range: Range): boolean {
  const plan = renumberPlan(doc);
  if (!plan.edits.length) return false;
  let starts = claimStarts.get(plan);
  if (!starts) claimStarts.set(plan, (starts = new Set(plan.claims.map((c) => c.start))));
  return starts.has(lines.offsetAt(range.start));
}

/** `lines`: the document's line index, when the caller has one (code actions pass the analysis's shared one). */
export function renumberEdits(doc: ResolutionDocument, lines: LineIndex = new LineIndex(doc.text)): TextEdit[] {
  return renumberPlan(doc).edits.map((e) => ({ range: lines.range(e.span), newText: e.newText }));
}

/** Applies LSP-shaped edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const withOffsets = edits
    .map((e) => ({ span: { start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }, newText: e.newText }))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return spliceEdits(text, withOffsets);
}

/**
 * A text with edits applied (by offsets, in ascending order, not overlapping), in one pass: cutting the whole
 * text again at each edit copied it once an edit, 4.7 s for the 3,000 numbers of a 1 MB draft.
 */
function spliceEdits(text: string, edits: readonly { span: Span; newText: string }[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.span.start), e.newText);
    at = e.span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
