/** Finding model nodes by offset. Pure helpers shared by the features. */
import { paragraphBodyStart } from '../language/body';
import { sourceToText } from '../text/pieces';
import type {
  DocumentReference,
  FootnoteDef,
  FootnoteRef,
  LeadingVerb,
  Paragraph,
  ResolutionDocument,
  Span,
} from '../model';

export function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/** Every paragraph of the document (resolutions' PPs, OPs and their sub-paragraphs, report paragraphs), in source order. */
export function allParagraphs(doc: ResolutionDocument): Paragraph[] {
  const out: Paragraph[] = [];
  const walk = (p: Paragraph): void => {
    out.push(p);
    for (const s of p.subparagraphs ?? []) walk(s);
  };
  for (const r of doc.resolutions) {
    for (const p of r.preambular) walk(p);
    for (const p of r.operative) walk(p);
  }
  for (const p of doc.reportParagraphs) walk(p);
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

/** The innermost paragraph whose text parts contain the offset (sub-paragraph before its parent). */
export function paragraphAt(doc: ResolutionDocument, offset: number): Paragraph | undefined {
  let best: Paragraph | undefined;
  for (const p of allParagraphs(doc)) {
    const inside = p.parts?.length ? p.parts.some((s) => contains(s, offset)) : contains(p.span, offset);
    if (inside && (!best || p.span.end - p.span.start <= best.span.end - best.span.start)) best = p;
  }
  return best;
}

export function footnoteRefAt(doc: ResolutionDocument, offset: number): FootnoteRef | undefined {
  return doc.footnoteRefs.find((r) => offset >= r.span.start && offset < r.span.end) ?? doc.footnoteRefs.find((r) => contains(r.span, offset));
}

export function footnoteDefAt(doc: ResolutionDocument, offset: number): FootnoteDef | undefined {
  return doc.footnoteDefs.find((d) => contains(d.markerSpan, offset)) ?? doc.footnoteDefs.find((d) => contains(d.span, offset));
}

export function referenceAt(doc: ResolutionDocument, offset: number): DocumentReference | undefined {
  return doc.references.find((r) => offset >= r.span.start && offset < r.span.end) ?? doc.references.find((r) => contains(r.span, offset));
}

export function verbAt(doc: ResolutionDocument, offset: number): { paragraph: Paragraph; verb: LeadingVerb } | undefined {
  for (const p of allParagraphs(doc)) {
    if (p.verb && contains(p.verb.span, offset)) return { paragraph: p, verb: p.verb };
  }
  return undefined;
}

/** Maps an offset in a paragraph's clean text to a source offset (end-exclusive aware: `end` maps to the end of a piece). */
export function sourceOffset(p: Paragraph, textOffset: number, end = false): number | undefined {
  for (const piece of p.pieces) {
    const a = piece.textStart;
    const b = piece.textStart + piece.length;
    if (textOffset > a && textOffset < b) return piece.sourceStart + (textOffset - a);
    if (textOffset === a && !end) return piece.sourceStart;
    if (textOffset === b && end) return piece.sourceStart + piece.length;
    if (textOffset === a && end && piece.length === 0) return piece.sourceStart;
  }
  // Start offsets at a piece end (e.g. the end of the text) map to that end.
  for (const piece of p.pieces) if (textOffset === piece.textStart + piece.length) return piece.sourceStart + piece.length;
  return undefined;
}

/** Maps a source offset into the paragraph's clean text, or undefined if it falls in a gap. */
export function textOffset(p: Paragraph, source: number): number | undefined {
  return sourceToText(p.pieces, source);
}

/** Offset in the clean text where the body starts (after the leading verb, its lead and the spaces after them), or 0. */
export function bodyStart(p: Paragraph): number {
  return paragraphBodyStart(p);
}
