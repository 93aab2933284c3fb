/**
 * The structure pass: walks body lines in order and groups them into header lines, organ lines,
 * resolutions (stand-alone or embedded draft resolutions), preambular/operative paragraphs with
 * sub-paragraphs, report paragraphs, draft decisions embedded in a report, and headings. Decides continuation across hard wraps, page breaks
 * and footnote blocks from the previous paragraph's last meaningful character and the line's shape.
 */
import type { HeaderKind, OrganKind, ParagraphKind } from '../model';
import { isWhite } from '../text/pieces';
import { classifyHeader, isClosingLine, isDraftDecisionMarker, isNumberedSectionHeading, isSectionHeading, readDraftDecisionMarker, readDraftResolutionMarker, readOrgan, type HeaderInfo } from './header';
import type { Line, LineList } from './lines';
import { readMarker, type Marker } from './numbering';
import type { LanguageId, LanguageProfile } from '../language/types';

export interface DraftParagraph {
  id: number;
  kind: ParagraphKind;
  marker?: Marker & { start: number };
  /** Source fragments (one per line), the first without indentation and number. */
  fragments: Array<{ line: number; start: number; end: number }>;
  subs: DraftParagraph[];
  parent?: DraftParagraph;
  /** 1 = alpha level, 2 = roman level. */
  level: number;
  lastChar: string;
}

export interface DraftHeading {
  line: number;
  start: number;
  end: number;
  lines: number[];
}

export interface DraftResolution {
  id: number;
  embeddedLabel?: string;
  embeddedIndex?: number;
  headerLines: Array<{ line: number; start: number; end: number; info: HeaderInfo }>;
  organ?: { line: number; start: number; end: number; organ: OrganKind };
  preambular: DraftParagraph[];
  operative: DraftParagraph[];
  headings: DraftHeading[];
  /** Closing lines of an adopted text (`2025 年 12 月 15 日`, `第 64 次全体会议`). */
  closing: Array<{ line: number; start: number; end: number }>;
  firstLine: number;
  lastLine: number;
}

/** A draft decision embedded in a report (`决定草案一`): marker, title lines, paragraphs. */
export interface DraftDecision {
  label: string;
  index: number;
  marker: { line: number; start: number; end: number };
  title: Array<{ line: number; start: number; end: number }>;
  /** Top-level paragraphs (kind `decision`), with their sub-paragraphs. */
  paragraphs: DraftParagraph[];
  /** Numbered top-level paragraphs so far (`1.`, `2.` of a decision with numbered paragraphs). */
  numbered: number;
}

export type LineRole =
  | { kind: 'header'; res?: number }
  | { kind: 'organ'; res: number }
  | { kind: 'paragraph'; para: DraftParagraph }
  | { kind: 'heading'; owner: number }
  | { kind: 'other' };

export interface Structure {
  header: Array<{ line: number; start: number; end: number; info: HeaderInfo }>;
  resolutions: DraftResolution[];
  report: DraftParagraph[];
  reportHeadings: DraftHeading[];
  /** Draft decisions embedded in a report. */
  decisions: DraftDecision[];
  roles: Map<number, LineRole>;
}

export interface StructureInput {
  text: string;
  lines: LineList;
  /** Lines that hold body text (not footnotes, URLs, rules, blanks). */
  body: number[];
  pdf: boolean;
  language: LanguageId;
  /** The text language's profile: its leading verbs and paragraph endings. */
  profile: LanguageProfile;
  /** Last meaningful char of a line's content (footnote markers/emphasis ignored), and the plain start. */
  lineEndChar: (line: Line) => string;
  /** The line's leading text without emphasis/footnote markup (first ~120 chars). */
  plainStart: (line: Line) => string;
}

const CLOSE_ALWAYS = new Set(['；', ';', '。']);

/**
 * Header lines kept before the first organ line or paragraph. The longest header in the seeds and the 46
 * real English texts has 14 lines (A/RES/76/189); a text with no structure at all made every line a header
 * line (350 bytes each: 2.2 GB for 6 million short lines).
 */
const MAX_HEADER_LINES = 100;

export function buildStructure(input: StructureInput): Structure {
  const { text, lines, pdf, language, profile } = input;
  const matchLeadingVerb = (plain: string): boolean => profile.matchLeadingVerb(plain) !== undefined;
  const closeAlways = new Set([...CLOSE_ALWAYS, profile.endings.operative]);
  const markerConventions = { letters: profile.subparagraphLetters, dashNumbers: profile.dashNumbers };
  const isCommaMark = (c: string): boolean => c === '，' || c === ',' || c === profile.endings.preambular;
  const st: Structure = { header: [], resolutions: [], report: [], reportHeadings: [], decisions: [], roles: new Map() };
  let mode: 'header' | 'resTitle' | 'resolution' | 'report' | 'decision' | 'closing' = 'header';
  let res: DraftResolution | undefined;
  let current: DraftParagraph | undefined;
  let currentHeading: DraftHeading | undefined;
  let nextId = 1;
  let resId = 1;
  /** Paragraphs of a decision that took in lines holding list numbers of their own (an agenda `1.`, `2.`…). */
  const absorbing = new Set<DraftParagraph>();

  let reportHeader = false;
  const reportLike = (): boolean => reportHeader;

  const closeRes = () => {
    current = undefined;
    currentHeading = undefined;
    res = undefined;
  };

  const startRes = (lineNo: number, embedded?: { label: string; index: number }): DraftResolution => {
    const r: DraftResolution = {
      id: resId++,
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
    st.resolutions.push(r);
    res = r;
    current = undefined;
    currentHeading = undefined;
    return r;
  };

  const newPara = (kind: ParagraphKind, l: Line, marker?: Marker, level = 0, parent?: DraftParagraph): DraftParagraph => {
    let start = l.trimStart;
    if (l.heading) start = l.headingTextStart;
    let m: (Marker & { start: number }) | undefined;
    if (marker) {
      const ms = findMarkerStart(text, start, l.trimEnd, marker);
      m = { ...marker, start: ms };
      start = ms + marker.text.length;
      // skip spaces and emphasis markers closing around the number (`**1.** **确认**`)
      while (start < l.trimEnd) {
        const c = text[start];
        if (isWhite(c)) {
          start++;
          continue;
        }
        if (c === '*' || c === '_') {
          let r = start;
          while (r < l.trimEnd && text[r] === c) r++;
          if (r < l.trimEnd && isWhite(text[r])) {
            start = r;
            continue;
          }
        }
        break;
      }
    }
    const p: DraftParagraph = {
      id: nextId++,
      kind,
      marker: m,
      fragments: [{ line: l.index, start, end: l.trimEnd }],
      subs: [],
      parent,
      level,
      lastChar: input.lineEndChar(l),
    };
    st.roles.set(l.index, { kind: 'paragraph', para: p });
    currentHeading = undefined;
    return p;
  };

  const append = (p: DraftParagraph, l: Line) => {
    p.fragments.push({ line: l.index, start: l.trimStart, end: l.trimEnd });
    p.lastChar = input.lineEndChar(l) || p.lastChar;
    st.roles.set(l.index, { kind: 'paragraph', para: p });
  };

  /** Whether paragraph `p` is closed by its last character. */
  const isClosed = (p: DraftParagraph): boolean => {
    const c = p.lastChar;
    if (closeAlways.has(c)) return true;
    if (c === '.' && (language !== 'zh' || p.kind === 'report')) return true;
    if (isCommaMark(c)) {
      if (!pdf) return p.kind !== 'report';
      return p.kind === 'preambular';
    }
    return false;
  };
  const isColon = (p: DraftParagraph): boolean => p.lastChar === '：' || p.lastChar === ':';

  const topOf = (p: DraftParagraph): DraftParagraph => {
    let x = p;
    while (x.parent) x = x.parent;
    return x;
  };

  const addSub = (l: Line, marker: Marker): boolean => {
    if (!res) return false;
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
        const romanDue = romanParent !== undefined && marker.value === romanExpected && (romanParent.subs.length > 0 || isColon(romanParent));
        if (romanDue || (romanParent !== undefined && marker.alphaValue !== alphaExpected && romanParent.subs.length > 0 && marker.value <= romanExpected + 1)) {
          level = 2;
        } else {
          level = 1;
          marker = { ...marker, style: 'alpha', value: marker.alphaValue };
        }
      } else level = romanParent ? 2 : 1;
    }
    const parent = level === 2 && lastAlpha ? lastAlpha : top;
    const p = newPara('subparagraph', l, marker, level, parent);
    parent.subs.push(p);
    current = p;
    return true;
  };

  /** Whether `marker` is the letter due next under the top-level paragraph of `p`. */
  const subDue = (p: DraftParagraph, marker: Marker): boolean => {
    const alpha = marker.style === 'alpha' ? marker.value : marker.alphaValue;
    return alpha !== undefined && alpha === topOf(p).subs.length + 1;
  };

  const addHeading = (l: Line, owner: number, list: DraftHeading[]) => {
    const start = l.heading ? l.headingTextStart : l.trimStart;
    const h: DraftHeading = { line: l.index, start, end: l.trimEnd, lines: [l.index] };
    list.push(h);
    st.roles.set(l.index, { kind: 'heading', owner });
    currentHeading = h;
    current = undefined;
  };

  const addHeader = (l: Line, target: DraftResolution | undefined) => {
    const start = l.heading ? l.headingTextStart : l.trimStart;
    const s = text.slice(start, l.trimEnd);
    if (!target && s.length < 400 && (s.includes('报告') || /\breport\b/i.test(s) || s.includes('摘要') || /^Summary$/i.test(s))) reportHeader = true;
    const list = target ? target.headerLines : st.header;
    // Past the bound the line stays unstructured text (role other); the walk still looks for an organ line or a paragraph.
    if (list.length >= MAX_HEADER_LINES) return;
    list.push({ line: l.index, start, end: l.trimEnd, info: classifyHeader(s) });
    st.roles.set(l.index, { kind: 'header', res: target?.id });
  };

  for (const li of input.body) {
    const l = lines.at(li)!;
    const plain = input.plainStart(l);
    if (!plain) {
      // a line holding only a footnote marker belongs to the paragraph it follows
      if (current && l.trimEnd > l.trimStart) {
        current.fragments.push({ line: l.index, start: l.trimStart, end: l.trimEnd });
        st.roles.set(li, { kind: 'paragraph', para: current });
      } else st.roles.set(li, { kind: 'other' });
      continue;
    }
    const trimmedPlain = plain.trim();
    const draftMarker = trimmedPlain.length <= 20 ? readDraftResolutionMarker(trimmedPlain) : undefined;
    if (draftMarker && mode !== 'closing') {
      const r = startRes(li, draftMarker);
      r.headerLines.push({ line: li, start: l.trimStart, end: l.trimEnd, info: { kind: 'draftMarker' } });
      st.roles.set(li, { kind: 'header', res: r.id });
      mode = 'resTitle';
      continue;
    }
    if (trimmedPlain.length <= 20 && isDraftDecisionMarker(trimmedPlain)) {
      closeRes();
      mode = 'decision';
      const dm = readDraftDecisionMarker(trimmedPlain);
      st.decisions.push({
        label: dm?.label ?? trimmedPlain,
        index: dm?.index ?? st.decisions.length + 1,
        marker: { line: li, start: l.trimStart, end: l.trimEnd },
        title: [],
        paragraphs: [],
        numbered: 0,
      });
      st.roles.set(li, { kind: 'header' });
      continue;
    }
    const organ = readOrgan(trimmedPlain);
    const marker = readMarker(plain, markerConventions);
    if (res) res.lastLine = li;

    if (mode === 'header' || mode === 'resTitle') {
      if (organ) {
        const r = mode === 'resTitle' && res ? res : startRes(li);
        r.organ = { line: li, start: l.trimStart, end: l.trimEnd, organ };
        st.roles.set(li, { kind: 'organ', res: r.id });
        mode = 'resolution';
        continue;
      }
      if (mode === 'header' && marker && marker.style === 'arabic') {
        const body = plain.slice(marker.length);
        if (!reportLike() && matchLeadingVerb(body)) {
          const r = startRes(li);
          mode = 'resolution';
          const p = newPara('operative', l, marker);
          r.operative.push(p);
          current = p;
          continue;
        }
        mode = 'report';
        const p = newPara('report', l, marker);
        st.report.push(p);
        current = p;
        continue;
      }
      if (mode === 'header' && !reportLike() && /[，,]/.test(input.lineEndChar(l)) && matchLeadingVerb(trimmedPlain) && trimmedPlain.length > 12) {
        const r = startRes(li);
        mode = 'resolution';
        const p = newPara('preambular', l);
        r.preambular.push(p);
        current = p;
        continue;
      }
      addHeader(l, mode === 'resTitle' ? res : undefined);
      continue;
    }

    if (mode === 'decision') {
      if (isSectionHeading(trimmedPlain)) {
        mode = 'report';
        current = undefined;
        addHeading(l, 0, st.reportHeadings);
        continue;
      }
      decisionLine(st.decisions[st.decisions.length - 1], l, plain, trimmedPlain, marker);
      continue;
    }

    if (mode === 'closing') {
      st.roles.set(li, { kind: 'other' });
      const last = st.resolutions[st.resolutions.length - 1];
      if (last && isClosingLine(trimmedPlain)) last.closing.push({ line: li, start: l.trimStart, end: l.trimEnd });
      continue;
    }

    if (mode === 'report') {
      const expected = (st.report[st.report.length - 1]?.marker?.value ?? 0) + 1;
      if (marker && marker.style === 'arabic' && marker.value === expected && (!current || isClosed(current) || isColon(current) || l.indent === 0 || !pdf)) {
        const p = newPara('report', l, marker);
        st.report.push(p);
        current = p;
        continue;
      }
      if (current && continues(current, l, plain, marker)) {
        append(current, l);
        continue;
      }
      if (currentHeading && !current && l.indent === 0 && !marker && currentHeadingOpen(currentHeading)) {
        currentHeading.lines.push(li);
        currentHeading.end = l.trimEnd;
        st.roles.set(li, { kind: 'heading', owner: 0 });
        continue;
      }
      if (trimmedPlain.length <= 60 && !/[。；]$/.test(trimmedPlain)) {
        addHeading(l, 0, st.reportHeadings);
        continue;
      }
      st.roles.set(li, { kind: 'other' });
      current = undefined;
      continue;
    }

    // mode === 'resolution'
    if (!res) {
      mode = 'report';
      st.roles.set(li, { kind: 'other' });
      continue;
    }
    const closedish = !current || isClosed(current) || isColon(current);
    if (res.embeddedLabel && (!current || isClosed(current)) && !marker && isSectionHeading(trimmedPlain)) {
      closeRes();
      mode = 'report';
      addHeading(l, 0, st.reportHeadings);
      continue;
    }
    if (!res.embeddedLabel && (!current || isClosed(current)) && res.operative.length && isClosingLine(trimmedPlain)) {
      st.roles.set(li, { kind: 'other' });
      res.closing.push({ line: li, start: l.trimStart, end: l.trimEnd });
      mode = 'closing';
      current = undefined;
      continue;
    }
    // a section heading between paragraphs (`I Implementation of the Convention…`): in the outline, not a paragraph
    if (!marker && (!current || isClosed(current) || (!pdf && !l.glued)) && (res.preambular.length || res.operative.length) && isNumberedSectionHeading(trimmedPlain)) {
      addHeading(l, res.id, res.headings);
      continue;
    }
    if (organ && !res.preambular.length && !res.operative.length && !res.organ) {
      res.organ = { line: li, start: l.trimStart, end: l.trimEnd, organ };
      st.roles.set(li, { kind: 'organ', res: res.id });
      continue;
    }
    if (marker) {
      if (marker.style === 'arabic') {
        const expected = (res.operative[res.operative.length - 1]?.marker?.value ?? 0) + 1;
        if (closedish || marker.value === expected) {
          const p = newPara('operative', l, marker);
          res.operative.push(p);
          current = p;
          continue;
        }
      } else if (closedish || (!pdf && !l.glued && current && subDue(current, marker))) {
        // (a chapeau that lost its colon, `…(S/2020/448), shall` then `(a) prioritize…`: in text written one
        // line per paragraph, the first or next letter on a line of its own still opens a sub-paragraph)
        if (addSub(l, marker)) continue;
      }
    }
    if (current && continues(current, l, plain, marker)) {
      append(current, l);
      continue;
    }
    if (currentHeading && !current && l.indent === 0 && currentHeadingOpen(currentHeading) && pdf) {
      currentHeading.lines.push(li);
      currentHeading.end = l.trimEnd;
      st.roles.set(li, { kind: 'heading', owner: res.id });
      continue;
    }
    const verb = matchLeadingVerb(plain);
    if (l.heading || (!verb && trimmedPlain.length <= 40 && !/[，；。：,;.:،؛]$/.test(trimmedPlain))) {
      addHeading(l, res.id, res.headings);
      continue;
    }
    if (!res.operative.length) {
      const p = newPara('preambular', l);
      res.preambular.push(p);
      current = p;
    } else {
      const p = newPara('operative', l);
      res.operative.push(p);
      current = p;
    }
  }
  // A `…：` line is a sponsor only in a draft (a draft marker follows); otherwise it is a plain header line.
  const hasDraftMarker = st.header.some((h) => h.info.kind === 'draftMarker');
  for (const h of st.header) if (h.info.kind === 'sponsor' && !hasDraftMarker) h.info = { kind: 'other' };
  return st;

  /**
   * A line of a draft decision: title lines after the marker (until the text opens with the Council,
   * or once a title line is short or ends with punctuation), then paragraphs. A decision is usually one
   * paragraph (`经济及社会理事会，回顾…：`) with sub-paragraphs `(a)`, `(b)`… in sequence; numbered
   * paragraphs `1.`, `2.` in sequence after a closed paragraph start top-level paragraphs. Any other
   * numbered line (the items of an agenda after `如下：`) stays in the paragraph it follows.
   */
  function decisionLine(dec: DraftDecision | undefined, l: Line, plain: string, trimmedPlain: string, marker: Marker | undefined): void {
    if (!dec) {
      st.roles.set(l.index, { kind: 'other' });
      return;
    }
    const li = l.index;
    const councilStart = /^(?:经济及社会理事会|经社理事会|(?:The )?Economic and Social Council)/.test(trimmedPlain);
    if (!dec.paragraphs.length && !councilStart && !marker) {
      const last = dec.title[dec.title.length - 1];
      const lastText = last ? text.slice(last.start, last.end) : '';
      const titleOpen = !last || (lastText.length >= 26 && !/[。；：，.;:,]$/.test(lastText));
      if (titleOpen && !(last && /[。；：.;:]$/.test(trimmedPlain) && trimmedPlain.length > 60)) {
        dec.title.push({ line: li, start: l.trimStart, end: l.trimEnd });
        st.roles.set(li, { kind: 'header' });
        return;
      }
    }
    const top = current ? topOf(current) : undefined;
    const closed = !current || isClosed(current);
    const colon = !!current && isColon(current);
    if (marker && marker.style === 'arabic' && marker.value === dec.numbered + 1 && closed && !(current && absorbing.has(current))) {
      const p = newPara('decision', l, marker);
      dec.paragraphs.push(p);
      dec.numbered++;
      current = p;
      return;
    }
    if (marker && marker.style !== 'arabic' && top && (closed || colon) && !absorbing.has(current!)) {
      const lastAlpha = top.subs[top.subs.length - 1];
      const alphaValue = marker.style === 'alpha' ? marker.value : marker.alphaValue;
      if (alphaValue !== undefined && alphaValue === top.subs.length + 1) {
        const p = newPara('subparagraph', l, marker.style === 'alpha' ? marker : { ...marker, style: 'alpha', value: alphaValue }, 1, top);
        top.subs.push(p);
        current = p;
        return;
      }
      if (lastAlpha && marker.style !== 'alpha' && marker.value === lastAlpha.subs.length + 1 && (lastAlpha.subs.length > 0 || isColon(lastAlpha))) {
        const p = newPara('subparagraph', l, marker, 2, lastAlpha);
        lastAlpha.subs.push(p);
        current = p;
        return;
      }
    }
    if (current && (!closed || marker || absorbing.has(current) || !(councilStart || matchLeadingVerb(plain)))) {
      if (marker && (closed || colon)) absorbing.add(current);
      append(current, l);
      return;
    }
    const p = newPara('decision', l);
    dec.paragraphs.push(p);
    current = p;
  }

  function currentHeadingOpen(h: DraftHeading): boolean {
    const lastLine = lines.at(h.lines[h.lines.length - 1])!;
    return lastLine.trimEnd - lastLine.trimStart >= 26 && !/[。；：]$/.test(text.slice(lastLine.trimStart, lastLine.trimEnd));
  }

  /** Whether line `l` continues paragraph `p` (hard wrap, page seam, text after a footnote block). */
  function continues(p: DraftParagraph, l: Line, plain: string, marker: Marker | undefined): boolean {
    if (l.heading) return false;
    const closed = isClosed(p);
    const colon = isColon(p);
    if (pdf) {
      if (l.indent === 0 && !(marker && (closed || colon))) return true;
      if (!closed && !colon) return !marker;
      if (colon) return !marker && !matchLeadingVerb(plain);
      // closed
      if (l.glued && isCommaMark(p.lastChar) && !marker && !matchLeadingVerb(plain)) return true;
      return false;
    }
    if (marker && (closed || colon)) return false;
    if (closed) return false;
    if (colon) return !marker && !matchLeadingVerb(plain);
    // open: a new emphasised verb still starts a paragraph (missing punctuation is a check's business)
    const t = text.slice(l.trimStart, Math.min(l.trimEnd, l.trimStart + 3));
    if ((t.startsWith('**') || t.startsWith('*') || t.startsWith('_')) && matchLeadingVerb(plain)) return false;
    // after a blank line, a line opening with a verb starts a new paragraph even if the previous one
    // lacks its punctuation (a draft being typed); wrapped continuations rarely open with a verb
    if (!l.glued && matchLeadingVerb(plain)) return false;
    if (marker && marker.style === 'arabic') return false;
    return true;
  }
}

function findMarkerStart(text: string, from: number, to: number, marker: Marker): number {
  const idx = text.slice(from, Math.min(to, from + 8 + marker.text.length)).indexOf(marker.text);
  return idx >= 0 && idx < 6 ? from + idx : from;
}

export type { HeaderKind };
