/**
 * The parse of a document with its numbers taken out: what renumbering must
 * leave unchanged. Two documents have the same shape when they hold the same
 * paragraphs (kinds, spans, number styles, clean text), footnote references
 * and definitions, references, segments and parse problems, once every run
 * of digits is read as one digit and the spans of the edited document are
 * mapped back through the edits.
 */
import type { Decision, Paragraph, Resolution, ResolutionDocument, Span } from '../model';

/** An edit by offsets: replace `span` of the text before with `newText`. */
export interface OffsetEdit {
  span: Span;
  newText: string;
}

/** Runs of digits (ASCII, full-width, superscript) read as one digit: `12` and `9` look the same. */
export function maskDigits(s: string): string {
  return s.replace(/[0-9０-９⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '#');
}

/**
 * Maps offsets of the text after `edits` back to the text before them (an offset inside a
 * replacement goes to the start of what it replaced). `edits` must be sorted and must not overlap.
 */
export function offsetsBefore(edits: readonly OffsetEdit[]): (offset: number) => number {
  const marks: Array<{ afterStart: number; afterEnd: number; start: number; end: number }> = [];
  let delta = 0;
  for (const e of edits) {
    const afterStart = e.span.start + delta;
    marks.push({ afterStart, afterEnd: afterStart + e.newText.length, start: e.span.start, end: e.span.end });
    delta += e.newText.length - (e.span.end - e.span.start);
  }
  return (x) => {
    // Binary search for the last edit starting at or before x.
    let lo = 0;
    let hi = marks.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid].afterStart <= x) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return x;
    const m = marks[k];
    if (x >= m.afterEnd) return m.end + (x - m.afterEnd);
    return m.start + Math.min(x - m.afterStart, m.end - m.start);
  };
}

type Map1 = (offset: number) => number;

function span(s: Span, at: Map1): [number, number] {
  return [at(s.start), at(s.end)];
}

function paragraph(p: Paragraph, at: Map1): unknown {
  return {
    kind: p.kind,
    span: span(p.span, at),
    parts: p.parts.map((x) => span(x, at)),
    number: p.number && { style: p.number.style, span: span(p.number.span, at) },
    verb: p.verb?.verb,
    text: maskDigits(p.text),
    end: p.endPunctuation.char,
    refs: p.footnoteRefs.length,
    subs: p.subparagraphs.map((s) => paragraph(s, at)),
  };
}

function resolution(r: Resolution, at: Map1): unknown {
  return {
    span: span(r.span, at),
    label: r.embeddedLabel,
    number: r.number,
    organ: r.organ && span(r.organ.span, at),
    headings: r.headings.map((h) => span(h.span, at)),
    preambular: r.preambular.map((p) => paragraph(p, at)),
    operative: r.operative.map((p) => paragraph(p, at)),
  };
}

function decision(d: Decision, at: Map1): unknown {
  return { span: span(d.span, at), label: d.label, paragraphs: d.paragraphs.map((p) => paragraph(p, at)) };
}

/** The shape of `doc` as a string; `at` maps its offsets to those of the document it is compared with. */
export function parseShape(doc: ResolutionDocument, at: Map1 = (x) => x): string {
  return JSON.stringify({
    kind: doc.kind,
    language: doc.language,
    resolutions: doc.resolutions.map((r) => resolution(r, at)),
    report: doc.reportParagraphs.map((p) => paragraph(p, at)),
    decisions: (doc.decisions ?? []).map((d) => decision(d, at)),
    headings: (doc.headings ?? []).map((h) => span(h.span, at)),
    refs: doc.footnoteRefs.map((r) => [r.form, ...span(r.span, at)]),
    defs: doc.footnoteDefs.map((d) => [...span(d.span, at), ...span(d.markerSpan, at), maskDigits(d.text)]),
    references: doc.references.map((r) => [r.kind, ...span(r.span, at), maskDigits(r.raw), r.malformed?.reason]),
    segments: doc.segments.map((s) => [s.kind, ...span(s.span, at)]),
    problems: doc.problems.map((p) => [p.code, ...span(p.span, at)]),
  });
}

/** Whether `after` (the text of `before` with `edits` applied, parsed) has the same shape as `before`. */
export function sameShape(before: ResolutionDocument, after: ResolutionDocument, edits: readonly OffsetEdit[]): boolean {
  return parseShape(before) === parseShape(after, offsetsBefore(edits));
}
