/**
 * The structure pass's steps, one per kind of line or per mode the walk is in: a line holding only a
 * footnote marker, a draft-resolution or draft-decision marker, a line of the header, of a draft decision,
 * of the closing lines, of a report and of a resolution; and the last step over the header's sponsors.
 */
import { isClosingLine, isDraftDecisionMarker, isNumberedSectionHeading, isSectionHeading, readDraftDecisionMarker, readDraftResolutionMarker } from '../header';
import type { Line } from '../lines';
import type { Marker } from '../numbering';
import { topOf, type StructureBuilder } from './builder';
import type { OrganKind } from '../../model';
import type { DraftDecision, DraftResolution } from './types';

/** A body line as the steps read it. */
export interface BodyLine {
  l: Line;
  li: number;
  plain: string;
  trimmedPlain: string;
}

/** A line holding only a footnote marker belongs to the paragraph it follows; an empty one is other text. */
export function attachMarkerOnlyLine(b: StructureBuilder, l: Line): void {
  const current = b.current;
  if (current && l.trimEnd > l.trimStart) {
    current.fragments.push({ line: l.index, start: l.trimStart, end: l.trimEnd });
    b.st.roles.set(l.index, { kind: 'paragraph', para: current });
  } else b.st.roles.set(l.index, { kind: 'other' });
}

/** `决议草案一` / `Draft resolution I`: opens an embedded resolution whose title lines follow. */
export function openDraftResolution(b: StructureBuilder, { l, li, trimmedPlain }: BodyLine): boolean {
  const draftMarker = trimmedPlain.length <= 20 ? readDraftResolutionMarker(trimmedPlain) : undefined;
  if (!draftMarker || b.mode === 'closing') return false;
  const r = b.startRes(li, draftMarker);
  r.headerLines.push({ line: li, start: l.trimStart, end: l.trimEnd, info: { kind: 'draftMarker' } });
  b.st.roles.set(li, { kind: 'header', res: r.id });
  b.mode = 'resTitle';
  return true;
}

/** `决定草案一` / `Draft decision I`: closes any resolution and opens a draft decision. */
export function openDraftDecision(b: StructureBuilder, { l, li, trimmedPlain }: BodyLine): boolean {
  if (!(trimmedPlain.length <= 20 && isDraftDecisionMarker(trimmedPlain))) return false;
  b.closeRes();
  b.mode = 'decision';
  const dm = readDraftDecisionMarker(trimmedPlain);
  b.st.decisions.push({
    label: dm?.label ?? trimmedPlain,
    index: dm?.index ?? b.st.decisions.length + 1,
    marker: { line: li, start: l.trimStart, end: l.trimEnd },
    title: [],
    paragraphs: [],
    numbered: 0,
  });
  b.st.roles.set(li, { kind: 'header' });
  return true;
}

/**
 * A line before the resolution's body (the document's header, or a draft resolution's title): an organ
 * line opens the body; a numbered line opens an operative paragraph (when it opens with a verb and the
 * header is not a report's) or a report; a long verb line ending with a comma opens a preambular one;
 * anything else is a header line.
 */
export function headerLine(b: StructureBuilder, { l, li, plain, trimmedPlain }: BodyLine, organ: OrganKind | undefined, marker: Marker | undefined): void {
  if (organ) {
    const r = b.mode === 'resTitle' && b.res ? b.res : b.startRes(li);
    r.organ = { line: li, start: l.trimStart, end: l.trimEnd, organ };
    b.st.roles.set(li, { kind: 'organ', res: r.id });
    b.mode = 'resolution';
    return;
  }
  if (b.mode === 'header' && marker && marker.style === 'arabic') {
    const body = plain.slice(marker.length);
    if (!b.reportHeader && b.matchLeadingVerb(body)) {
      const r = b.startRes(li);
      b.mode = 'resolution';
      const p = b.newPara('operative', l, marker);
      r.operative.push(p);
      b.current = p;
      return;
    }
    b.mode = 'report';
    const p = b.newPara('report', l, marker);
    b.st.report.push(p);
    b.current = p;
    return;
  }
  if (b.mode === 'header' && !b.reportHeader && /[，,]/.test(b.input.lineEndChar(l)) && b.matchLeadingVerb(trimmedPlain) && trimmedPlain.length > 12) {
    const r = b.startRes(li);
    b.mode = 'resolution';
    const p = b.newPara('preambular', l);
    r.preambular.push(p);
    b.current = p;
    return;
  }
  b.addHeader(l, b.mode === 'resTitle' ? b.res : undefined);
}

/** A line after a draft decision's marker: a section heading ends the decision; anything else is the decision's. */
export function draftDecisionLine(b: StructureBuilder, line: BodyLine, marker: Marker | undefined): void {
  if (isSectionHeading(line.trimmedPlain)) {
    b.mode = 'report';
    b.current = undefined;
    b.addHeading(line.l, 0, b.st.reportHeadings);
    return;
  }
  decisionLine(b, b.st.decisions[b.st.decisions.length - 1], line, marker);
}

/**
 * A line of a draft decision: title lines after the marker (until the text opens with the Council,
 * or once a title line is short or ends with punctuation), then paragraphs. A decision is usually one
 * paragraph (`经济及社会理事会，回顾…：`) with sub-paragraphs `(a)`, `(b)`… in sequence; numbered
 * paragraphs `1.`, `2.` in sequence after a closed paragraph start top-level paragraphs. Any other
 * numbered line (the items of an agenda after `如下：`) stays in the paragraph it follows.
 */
function decisionLine(b: StructureBuilder, dec: DraftDecision | undefined, { l, plain, trimmedPlain }: BodyLine, marker: Marker | undefined): void {
  if (!dec) {
    b.st.roles.set(l.index, { kind: 'other' });
    return;
  }
  const councilStart = /^(?:经济及社会理事会|经社理事会|(?:The )?Economic and Social Council)/.test(trimmedPlain);
  if (!dec.paragraphs.length && !councilStart && !marker && decisionTitleLine(b, dec, l, trimmedPlain)) return;
  const current = b.current;
  const top = current ? topOf(current) : undefined;
  const closed = !current || b.isClosed(current);
  const colon = !!current && b.isColon(current);
  if (marker && marker.style === 'arabic' && marker.value === dec.numbered + 1 && closed && !(current && b.absorbing.has(current))) {
    const p = b.newPara('decision', l, marker);
    dec.paragraphs.push(p);
    dec.numbered++;
    b.current = p;
    return;
  }
  if (marker && marker.style !== 'arabic' && top && (closed || colon) && !b.absorbing.has(current!)) {
    const lastAlpha = top.subs[top.subs.length - 1];
    const alphaValue = marker.style === 'alpha' ? marker.value : marker.alphaValue;
    if (alphaValue !== undefined && alphaValue === top.subs.length + 1) {
      const p = b.newPara('subparagraph', l, marker.style === 'alpha' ? marker : { ...marker, style: 'alpha', value: alphaValue }, 1, top);
      top.subs.push(p);
      b.current = p;
      return;
    }
    if (lastAlpha && marker.style !== 'alpha' && marker.value === lastAlpha.subs.length + 1 && (lastAlpha.subs.length > 0 || b.isColon(lastAlpha))) {
      const p = b.newPara('subparagraph', l, marker, 2, lastAlpha);
      lastAlpha.subs.push(p);
      b.current = p;
      return;
    }
  }
  if (current && (!closed || marker || b.absorbing.has(current) || !(councilStart || b.matchLeadingVerb(plain)))) {
    if (marker && (closed || colon)) b.absorbing.add(current);
    b.append(current, l);
    return;
  }
  const p = b.newPara('decision', l);
  dec.paragraphs.push(p);
  b.current = p;
}

/** Takes line `l` as a title line of the decision while its title is open (its last line long and unpunctuated). */
function decisionTitleLine(b: StructureBuilder, dec: DraftDecision, l: Line, trimmedPlain: string): boolean {
  const last = dec.title[dec.title.length - 1];
  const lastText = last ? b.text.slice(last.start, last.end) : '';
  const titleOpen = !last || (lastText.length >= 26 && !/[。；：，.;:,]$/.test(lastText));
  if (!titleOpen || (last && /[。；：.;:]$/.test(trimmedPlain) && trimmedPlain.length > 60)) return false;
  dec.title.push({ line: l.index, start: l.trimStart, end: l.trimEnd });
  b.st.roles.set(l.index, { kind: 'header' });
  return true;
}

/** A line after a resolution's closing begins: other text, and a closing line of the last resolution where it is one. */
export function closingLine(b: StructureBuilder, { l, li, trimmedPlain }: BodyLine): void {
  b.st.roles.set(li, { kind: 'other' });
  const last = b.st.resolutions[b.st.resolutions.length - 1];
  if (last && isClosingLine(trimmedPlain)) last.closing.push({ line: li, start: l.trimStart, end: l.trimEnd });
}

/** A line of a report: the next numbered paragraph, a continuation, a heading (or its wrapped line), or other text. */
export function reportLine(b: StructureBuilder, { l, li, plain, trimmedPlain }: BodyLine, marker: Marker | undefined): void {
  const st = b.st;
  const current = b.current;
  const expected = (st.report[st.report.length - 1]?.marker?.value ?? 0) + 1;
  if (marker && marker.style === 'arabic' && marker.value === expected && (!current || b.isClosed(current) || b.isColon(current) || l.indent === 0 || !b.pdf)) {
    const p = b.newPara('report', l, marker);
    st.report.push(p);
    b.current = p;
    return;
  }
  if (current && b.continues(current, l, plain, marker)) {
    b.append(current, l);
    return;
  }
  const heading = b.currentHeading;
  if (heading && !current && l.indent === 0 && !marker && b.headingOpen(heading)) {
    b.extendHeading(heading, l, 0);
    return;
  }
  if (trimmedPlain.length <= 60 && !/[。；]$/.test(trimmedPlain)) {
    b.addHeading(l, 0, st.reportHeadings);
    return;
  }
  st.roles.set(li, { kind: 'other' });
  b.current = undefined;
}

/**
 * A line of a resolution's body: it may end an embedded resolution (a section heading), begin the
 * closing lines, be a section heading or the organ line, open an operative paragraph or a sub-paragraph
 * by its number, continue the open paragraph, extend or open a heading, or open an unnumbered paragraph.
 */
export function resolutionLine(b: StructureBuilder, line: BodyLine, organ: OrganKind | undefined, marker: Marker | undefined): void {
  const res = b.res;
  if (!res) {
    b.mode = 'report';
    b.st.roles.set(line.li, { kind: 'other' });
    return;
  }
  if (resolutionBoundary(b, res, line, organ, marker)) return;
  if (marker && numberedResolutionLine(b, res, line.l, marker)) return;
  resolutionTextLine(b, res, line, marker);
}

/** The end of an embedded resolution, the start of the closing lines, a numbered section heading, or the organ line. */
function resolutionBoundary(b: StructureBuilder, res: DraftResolution, { l, li, trimmedPlain }: BodyLine, organ: OrganKind | undefined, marker: Marker | undefined): boolean {
  const current = b.current;
  if (res.embeddedLabel && (!current || b.isClosed(current)) && !marker && isSectionHeading(trimmedPlain)) {
    b.closeRes();
    b.mode = 'report';
    b.addHeading(l, 0, b.st.reportHeadings);
    return true;
  }
  if (!res.embeddedLabel && (!current || b.isClosed(current)) && res.operative.length && isClosingLine(trimmedPlain)) {
    b.st.roles.set(li, { kind: 'other' });
    res.closing.push({ line: li, start: l.trimStart, end: l.trimEnd });
    b.mode = 'closing';
    b.current = undefined;
    return true;
  }
  // a section heading between paragraphs (`I Implementation of the Convention…`): in the outline, not a paragraph
  if (!marker && (!current || b.isClosed(current) || (!b.pdf && !l.glued)) && (res.preambular.length || res.operative.length) && isNumberedSectionHeading(trimmedPlain)) {
    b.addHeading(l, res.id, res.headings);
    return true;
  }
  if (organ && !res.preambular.length && !res.operative.length && !res.organ) {
    res.organ = { line: li, start: l.trimStart, end: l.trimEnd, organ };
    b.st.roles.set(li, { kind: 'organ', res: res.id });
    return true;
  }
  return false;
}

/** A numbered line that opens an operative paragraph (after a closed one, or the number due) or a sub-paragraph. */
function numberedResolutionLine(b: StructureBuilder, res: DraftResolution, l: Line, marker: Marker): boolean {
  const current = b.current;
  const closedish = !current || b.isClosed(current) || b.isColon(current);
  if (marker.style === 'arabic') {
    const expected = (res.operative[res.operative.length - 1]?.marker?.value ?? 0) + 1;
    if (closedish || marker.value === expected) {
      const p = b.newPara('operative', l, marker);
      res.operative.push(p);
      b.current = p;
      return true;
    }
    return false;
  }
  if (closedish || (!b.pdf && !l.glued && current && b.subDue(current, marker))) {
    // (a chapeau that lost its colon, `…(S/2020/448), shall` then `(a) prioritize…`: in text written one
    // line per paragraph, the first or next letter on a line of its own still opens a sub-paragraph)
    return b.addSub(l, marker);
  }
  return false;
}

/** A line no number placed: a continuation, a wrapped heading line, a heading, or a new unnumbered paragraph. */
function resolutionTextLine(b: StructureBuilder, res: DraftResolution, { l, plain, trimmedPlain }: BodyLine, marker: Marker | undefined): void {
  const current = b.current;
  if (current && b.continues(current, l, plain, marker)) {
    b.append(current, l);
    return;
  }
  const heading = b.currentHeading;
  if (heading && !current && l.indent === 0 && b.headingOpen(heading) && b.pdf) {
    b.extendHeading(heading, l, res.id);
    return;
  }
  const verb = b.matchLeadingVerb(plain);
  if (l.heading || (!verb && trimmedPlain.length <= 40 && !/[，；。：,;.:،؛]$/.test(trimmedPlain))) {
    b.addHeading(l, res.id, res.headings);
    return;
  }
  const p = b.newPara(res.operative.length ? 'operative' : 'preambular', l);
  if (!res.operative.length) res.preambular.push(p);
  else res.operative.push(p);
  b.current = p;
}

/** A `…：` line is a sponsor only in a draft (a draft marker follows); otherwise it is a plain header line. */
export function demoteSponsorsWithoutDraft(b: StructureBuilder): void {
  const st = b.st;
  const hasDraftMarker = st.header.some((h) => h.info.kind === 'draftMarker');
  for (const h of st.header) if (h.info.kind === 'sponsor' && !hasDraftMarker) h.info = { kind: 'other' };
}
