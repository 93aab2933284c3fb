/**
 * Renumbering: operative paragraphs, sub-paragraphs and footnotes, with the
 * references to them. Produces edits that touch the numbers only.
 */
import type { Paragraph, ResolutionDocument, Span } from '../model';
import type { TextEdit } from './types';
import { LineIndex } from '../text/lineIndex';
import { renderLike } from '../text/numerals';

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

/** New footnote numbers: in order of first reference, unreferenced definitions after them in order. */
function footnoteRenumbering(doc: ResolutionDocument): Map<number, number> {
  const map = new Map<number, number>();
  let next = 1;
  for (const r of [...doc.footnoteRefs].sort((a, b) => a.span.start - b.span.start)) {
    if (!map.has(r.number)) map.set(r.number, next++);
  }
  for (const d of [...doc.footnoteDefs].sort((a, b) => a.span.start - b.span.start)) {
    if (!map.has(d.number)) map.set(d.number, next++);
  }
  return map;
}

interface SpanEdit {
  span: Span;
  newText: string;
}

/** Cross-references to operative paragraphs inside the text: 上文第 5 段, paragraph 5 above. */
const CROSS_REF_ZH = /(上文|下文|本决议)第\s{0,2}([0-9]{1,3})\s{0,2}段/g;
const CROSS_REF_EN = /\bparagraphs?\s([0-9]{1,3})\s(?:\([a-z]{1,4}\)\s)?(?:above|below|of\s(?:the\spresent|this)\sresolution)/g;

/** `lines`: the document's line index, when the caller has one (code actions pass the analysis's shared one). */
export function renumberEdits(doc: ResolutionDocument, lines: LineIndex = new LineIndex(doc.text)): TextEdit[] {
  const text = doc.text;
  const edits: SpanEdit[] = [];
  for (const r of doc.resolutions) {
    const opMap = new Map<number, number>();
    const ambiguous = new Set<number>();
    r.operative.forEach((p, i) => {
      if (p.number) {
        if (opMap.has(p.number.value)) ambiguous.add(p.number.value);
        opMap.set(p.number.value, i + 1);
      }
      const e = numberEdit(text, p, i + 1);
      if (e) edits.push(e);
      renumberSubs(text, p, edits);
    });
    // Cross-references inside this resolution.
    const body = text.slice(r.span.start, r.span.end);
    for (const re of [CROSS_REF_ZH, CROSS_REF_EN]) {
      re.lastIndex = 0;
      for (let m = re.exec(body); m; m = re.exec(body)) {
        const digits = re === CROSS_REF_ZH ? m[2] : m[1];
        const old = Number(digits);
        const nu = opMap.get(old);
        if (nu === undefined || nu === old || ambiguous.has(old)) continue;
        const at = r.span.start + m.index + m[0].indexOf(digits, re === CROSS_REF_ZH ? m[1].length : 0);
        edits.push({ span: { start: at, end: at + digits.length }, newText: String(nu) });
      }
    }
  }
  const fmap = footnoteRenumbering(doc);
  const markers: Array<{ span: Span; number: number }> = [
    ...doc.footnoteRefs.map((r) => ({ span: r.span, number: r.number })),
    ...doc.footnoteDefs.map((d) => ({ span: d.markerSpan, number: d.number })),
  ];
  for (const m of markers) {
    const nu = fmap.get(m.number);
    if (nu === undefined || nu === m.number) continue;
    const d = markerDigits(text, m.span);
    if (!d) continue;
    edits.push({ span: d.span, newText: d.superscript ? toSuperscript(nu) : String(nu) });
  }
  // Drop overlapping edits (should not happen), keep source order.
  edits.sort((a, b) => a.span.start - b.span.start);
  const out: TextEdit[] = [];
  let last = -1;
  for (const e of edits) {
    if (e.span.start < last) continue;
    out.push({ range: lines.range(e.span), newText: e.newText });
    last = e.span.end;
  }
  return out;
}

function renumberSubs(text: string, p: Paragraph, edits: SpanEdit[]): void {
  (p.subparagraphs ?? []).forEach((s, i) => {
    const e = numberEdit(text, s, i + 1);
    if (e) edits.push(e);
    renumberSubs(text, s, edits);
  });
}

/** Applies LSP-shaped edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const withOffsets = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
