/**
 * The structure pass's state as it walks the body lines (the mode, the open resolution, paragraph and
 * heading) and the primitives the steps share: opening a resolution, a paragraph, a sub-paragraph, a
 * heading or a header line; appending a line to a paragraph; whether a paragraph is closed by its last
 * character; whether a line continues a paragraph across a hard wrap, page seam or footnote block.
 */
import type { ParagraphKind } from '../../model';
import { isWhite } from '../../text/pieces';
import { classifyHeader } from '../header';
import type { Line } from '../lines';
import type { Marker } from '../numbering';
import type { DraftHeading, DraftParagraph, DraftResolution, Structure, StructureInput } from './types';

const CLOSE_ALWAYS = new Set(['；', ';', '。']);

/**
 * Header lines kept before the first organ line or paragraph. The longest header in the seeds and the 46
 * real English texts has 14 lines (A/RES/76/189); a text with no structure at all made every line a header
 * line (350 bytes each: 2.2 GB for 6 million short lines).
 */
const MAX_HEADER_LINES = 100;

export type Mode = 'header' | 'resTitle' | 'resolution' | 'report' | 'decision' | 'closing';

export class StructureBuilder {
  readonly text: string;
  readonly pdf: boolean;
  readonly st: Structure = { header: [], resolutions: [], report: [], reportHeadings: [], decisions: [], roles: new Map() };
  mode: Mode = 'header';
  res: DraftResolution | undefined;
  current: DraftParagraph | undefined;
  currentHeading: DraftHeading | undefined;
  /** Paragraphs of a decision that took in lines holding list numbers of their own (an agenda `1.`, `2.`…). */
  readonly absorbing = new Set<DraftParagraph>();
  /** A header line named a report or its summary: numbered lines are report paragraphs, not operative ones. */
  reportHeader = false;
  private nextId = 1;
  private resId = 1;
  private readonly closeAlways: Set<string>;

  constructor(readonly input: StructureInput) {
    this.text = input.text;
    this.pdf = input.pdf;
    this.closeAlways = new Set([...CLOSE_ALWAYS, input.profile.endings.operative]);
  }

  matchLeadingVerb(plain: string): boolean {
    return this.input.profile.matchLeadingVerb(plain) !== undefined;
  }

  isCommaMark(c: string): boolean {
    return c === '，' || c === ',' || c === this.input.profile.endings.preambular;
  }

  closeRes(): void {
    this.current = undefined;
    this.currentHeading = undefined;
    this.res = undefined;
  }

  startRes(lineNo: number, embedded?: { label: string; index: number }): DraftResolution {
    const r: DraftResolution = {
      id: this.resId++,
      embeddedLabel: embedded?.label,
      embeddedIndex: embedded?.index,
      headerLines: [],
      preambular: [],
      operative: [],
      headings: [],
      closing: [],
      firstLine: lineNo,
      lastLine: lineNo,
    };
    this.st.resolutions.push(r);
    this.res = r;
    this.current = undefined;
    this.currentHeading = undefined;
    return r;
  }

  newPara(kind: ParagraphKind, l: Line, marker?: Marker, level = 0, parent?: DraftParagraph): DraftParagraph {
    const text = this.text;
    let start = l.trimStart;
    if (l.heading) start = l.headingTextStart;
    let m: (Marker & { start: number }) | undefined;
    if (marker) {
      const ms = findMarkerStart(text, start, l.trimEnd, marker);
      m = { ...marker, start: ms };
      start = skipAfterMarker(text, ms + marker.text.length, l.trimEnd);
    }
    const p: DraftParagraph = {
      id: this.nextId++,
      kind,
      marker: m,
      fragments: [{ line: l.index, start, end: l.trimEnd }],
      subs: [],
      parent,
      level,
      lastChar: this.input.lineEndChar(l),
    };
    this.st.roles.set(l.index, { kind: 'paragraph', para: p });
    this.currentHeading = undefined;
    return p;
  }

  append(p: DraftParagraph, l: Line): void {
    p.fragments.push({ line: l.index, start: l.trimStart, end: l.trimEnd });
    p.lastChar = this.input.lineEndChar(l) || p.lastChar;
    this.st.roles.set(l.index, { kind: 'paragraph', para: p });
  }

  /** Whether paragraph `p` is closed by its last character. */
  isClosed(p: DraftParagraph): boolean {
    const c = p.lastChar;
    if (this.closeAlways.has(c)) return true;
    if (c === '.' && (this.input.language !== 'zh' || p.kind === 'report')) return true;
    if (this.isCommaMark(c)) {
      if (!this.pdf) return p.kind !== 'report';
      return p.kind === 'preambular';
    }
    return false;
  }

  isColon(p: DraftParagraph): boolean {
    return p.lastChar === '：' || p.lastChar === ':';
  }

  /** Opens a sub-paragraph of the open resolution's last top-level paragraph at its alpha or roman level. */
  addSub(l: Line, marker: Marker): boolean {
    const res = this.res;
    if (!res) return false;
    const current = this.current;
    const top = current ? topOf(current) : res.operative[res.operative.length - 1] ?? res.preambular[res.preambular.length - 1];
    if (!top) return false;
    const lastSub = top.subs[top.subs.length - 1];
    const lastAlpha = lastSub && lastSub.marker?.style === 'alpha' ? lastSub : undefined;
    let level: number;
    if (marker.style === 'alpha') level = 1;
    else if (marker.style === 'cjk') level = lastAlpha ? 2 : 1;
    else {
      // roman or ambiguous (i)/(v)/(x)
      const romanParent = lastAlpha;
      const romanExpected = romanParent ? romanParent.subs.length + 1 : 1;
      if (marker.alphaValue !== undefined) {
        // A letter that is also a roman numeral: (i) (v) (x) (l) (c) (ii)…. It is roman only where a
        // roman numeral is due (the next one under an alpha parent that has begun or announces its
        // list); otherwise it is a letter, in sequence or not (an out-of-sequence (c) after (a) is a
        // lettering slip for the numbering check, not roman 100 nested under (a)).
        const alphaExpected = (lastAlpha?.marker?.value ?? 0) + 1;
        const romanDue = romanParent !== undefined && marker.value === romanExpected && (romanParent.subs.length > 0 || this.isColon(romanParent));
        if (romanDue || (romanParent !== undefined && marker.alphaValue !== alphaExpected && romanParent.subs.length > 0 && marker.value <= romanExpected + 1)) {
          level = 2;
        } else {
          level = 1;
          marker = { ...marker, style: 'alpha', value: marker.alphaValue };
        }
      } else level = romanParent ? 2 : 1;
    }
    const parent = level === 2 && lastAlpha ? lastAlpha : top;
    const p = this.newPara('subparagraph', l, marker, level, parent);
    parent.subs.push(p);
    this.current = p;
    return true;
  }

  /** Whether `marker` is the letter due next under the top-level paragraph of `p`. */
  subDue(p: DraftParagraph, marker: Marker): boolean {
    const alpha = marker.style === 'alpha' ? marker.value : marker.alphaValue;
    return alpha !== undefined && alpha === topOf(p).subs.length + 1;
  }

  addHeading(l: Line, owner: number, list: DraftHeading[]): void {
    const start = l.heading ? l.headingTextStart : l.trimStart;
    const h: DraftHeading = { line: l.index, start, end: l.trimEnd, lines: [l.index] };
    list.push(h);
    this.st.roles.set(l.index, { kind: 'heading', owner });
    this.currentHeading = h;
    this.current = undefined;
  }

  /** Extends the open heading with line `l` (a heading wrapped over lines). */
  extendHeading(h: DraftHeading, l: Line, owner: number): void {
    h.lines.push(l.index);
    h.end = l.trimEnd;
    this.st.roles.set(l.index, { kind: 'heading', owner });
  }

  addHeader(l: Line, target: DraftResolution | undefined): void {
    const start = l.heading ? l.headingTextStart : l.trimStart;
    const s = this.text.slice(start, l.trimEnd);
    if (!target && s.length < 400 && (s.includes('报告') || /\breport\b/i.test(s) || s.includes('摘要') || /^Summary$/i.test(s))) this.reportHeader = true;
    const list = target ? target.headerLines : this.st.header;
    // Past the bound the line stays unstructured text (role other); the walk still looks for an organ line or a paragraph.
    if (list.length >= MAX_HEADER_LINES) return;
    list.push({ line: l.index, start, end: l.trimEnd, info: classifyHeader(s) });
    this.st.roles.set(l.index, { kind: 'header', res: target?.id });
  }

  /** Whether heading `h` may go on over the next line: its last line is long and not closed by punctuation. */
  headingOpen(h: DraftHeading): boolean {
    const lastLine = this.input.lines.at(h.lines[h.lines.length - 1])!;
    return lastLine.trimEnd - lastLine.trimStart >= 26 && !/[。；：]$/.test(this.text.slice(lastLine.trimStart, lastLine.trimEnd));
  }

  /** Whether line `l` continues paragraph `p` (hard wrap, page seam, text after a footnote block). */
  continues(p: DraftParagraph, l: Line, plain: string, marker: Marker | undefined): boolean {
    if (l.heading) return false;
    const closed = this.isClosed(p);
    const colon = this.isColon(p);
    if (this.pdf) {
      if (l.indent === 0 && !(marker && (closed || colon))) return true;
      if (!closed && !colon) return !marker;
      if (colon) return !marker && !this.matchLeadingVerb(plain);
      // closed
      if (l.glued && this.isCommaMark(p.lastChar) && !marker && !this.matchLeadingVerb(plain)) return true;
      return false;
    }
    if (marker && (closed || colon)) return false;
    if (closed) return false;
    if (colon) return !marker && !this.matchLeadingVerb(plain);
    // open: a new emphasised verb still starts a paragraph (missing punctuation is a check's business)
    const t = this.text.slice(l.trimStart, Math.min(l.trimEnd, l.trimStart + 3));
    if ((t.startsWith('**') || t.startsWith('*') || t.startsWith('_')) && this.matchLeadingVerb(plain)) return false;
    // after a blank line, a line opening with a verb starts a new paragraph even if the previous one
    // lacks its punctuation (a draft being typed); wrapped continuations rarely open with a verb
    if (!l.glued && this.matchLeadingVerb(plain)) return false;
    if (marker && marker.style === 'arabic') return false;
    return true;
  }
}

/** The top-level paragraph `p` belongs to. */
export function topOf(p: DraftParagraph): DraftParagraph {
  let x = p;
  while (x.parent) x = x.parent;
  return x;
}

function findMarkerStart(text: string, from: number, to: number, marker: Marker): number {
  const idx = text.slice(from, Math.min(to, from + 8 + marker.text.length)).indexOf(marker.text);
  return idx >= 0 && idx < 6 ? from + idx : from;
}

/** The paragraph text's start after its number: spaces and emphasis markers closing around the number (`**1.** **确认**`) skipped. */
function skipAfterMarker(text: string, start: number, end: number): number {
  while (start < end) {
    const c = text[start];
    if (isWhite(c)) {
      start++;
      continue;
    }
    if (c === '*' || c === '_') {
      let r = start;
      while (r < end && text[r] === c) r++;
      if (r < end && isWhite(text[r])) {
        start = r;
        continue;
      }
    }
    break;
  }
  return start;
}
