/**
 * Renumbering: operative paragraphs, sub-paragraphs and footnotes, with the
 * references to them. Produces edits that touch the numbers only.
 */
import type { Paragraph, ResolutionDocument, Span } from '../model';
import type { TextEdit } from './types';
import { LineIndex } from '../text/lineIndex';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const CJK_PAREN = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';

export function toSuperscript(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
}

export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  let v = n;
  for (const [value, s] of table) {
    while (v >= value) {
      out += s;
      v -= value;
    }
  }
  return out;
}

export function toAlpha(n: number): string {
  // a … z, then aa, bb … (UN style doubles the letter).
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** The core of a number marker: the digits of "12.", the letters of "(a)", the character of "㈣". */
function coreOf(text: string, style: NonNullable<Paragraph['number']>['style']): { start: number; end: number } | undefined {
  const re = style === 'arabic' ? /[0-9]+/ : style === 'cjk' ? /[㈠-㈩]/ : /[A-Za-z]+/;
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

function render(style: NonNullable<Paragraph['number']>['style'], value: number, like: string): string {
  let s: string;
  switch (style) {
    case 'arabic':
      s = String(value);
      break;
    case 'alpha':
      s = toAlpha(value);
      break;
    case 'roman':
      s = toRoman(value);
      break;
    case 'cjk':
      s = value >= 1 && value <= 10 ? CJK_PAREN[value - 1] : `(${value})`;
      break;
  }
  return like && like === like.toUpperCase() && like !== like.toLowerCase() ? s.toUpperCase() : s;
}

function numberEdit(text: string, p: Paragraph, value: number, lines: LineIndex): { span: Span; newText: string } | undefined {
  const n = p.number;
  if (!n || n.value === value) return undefined;
  const core = coreOf(text.slice(n.span.start, n.span.end), n.style);
  if (!core) return undefined;
  const span = { start: n.span.start + core.start, end: n.span.start + core.end };
  const old = text.slice(span.start, span.end);
  const newText = render(n.style, value, old);
  void lines;
  return newText === old ? undefined : { span, newText };
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
export function footnoteRenumbering(doc: ResolutionDocument): Map<number, number> {
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

export function renumberEdits(doc: ResolutionDocument): TextEdit[] {
  const text = doc.text;
  const lines = new LineIndex(text);
  const edits: SpanEdit[] = [];
  for (const r of doc.resolutions) {
    const opMap = new Map<number, number>();
    const ambiguous = new Set<number>();
    r.operative.forEach((p, i) => {
      if (p.number) {
        if (opMap.has(p.number.value)) ambiguous.add(p.number.value);
        opMap.set(p.number.value, i + 1);
      }
      const e = numberEdit(text, p, i + 1, lines);
      if (e) edits.push(e);
      renumberSubs(text, p, edits, lines);
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

function renumberSubs(text: string, p: Paragraph, edits: SpanEdit[], lines: LineIndex): void {
  (p.subparagraphs ?? []).forEach((s, i) => {
    const e = numberEdit(text, s, i + 1, lines);
    if (e) edits.push(e);
    renumberSubs(text, s, edits, lines);
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
