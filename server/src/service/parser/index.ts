/**
 * The resolution parser: any text in, a `ResolutionDocument` out. Never throws.
 *
 * Pipeline (each step linear in the text):
 *  1. `lines.ts` splits lines (\n, \r\n, \r) and classifies them (blank, `---` page break, `____` rule,
 *     URL-only, page furniture, text); `looksLikePdf` tells hard-wrapped PDF text from Markdown-like text.
 *  2. `footnotes.ts` finds definitions (`<sup>3</sup> …`, `³ …`, `[^3]: …`, PDF blocks after a rule or a
 *     whitespace line) and references (`<sup>3</sup>`, `³`, `[^3]`, bare digits glued to PDF text).
 *  3. `structure.ts` walks the remaining body lines: header, organ line, stand-alone or embedded draft
 *     resolutions (`决议草案一`), preambular/operative paragraphs and sub-paragraphs (`numbering.ts`),
 *     report paragraphs, draft decisions (`决定草案一`: title, paragraphs, sub-paragraphs), headings; it decides continuation across wraps, page breaks and footnote blocks.
 *  4. `cleanText.ts` builds each paragraph's clean text with a piece map to the source; `verbs.ts` reads
 *     the leading verb; references are found in clean text (`../references`) and mapped back
 *     (`../text/mapReferences.ts`); `segments.ts` partitions the source.
 */
import type {
  Decision,
  DocumentKind,
  DocumentReference,
  FootnoteDef,
  FootnoteRef,
  HeaderLine,
  LanguageId,
  Located,
  OrganLine,
  Paragraph,
  ParseProblem,
  Resolution,
  ResolutionDocument,
  SegmentKind,
  Span,
} from '../model';
import { findReferences } from '../references';
import { LineIndex } from '../text/lineIndex';
import { isWhite, mapTextSpan } from '../text/pieces';
import { mapReferences } from '../text/mapReferences';
import { buildCleanText, type Cut } from './cleanText';
import { findBareRefs, findFlowNotes, findPdfFootnotes, readMarkupDef, scanMarkupRefs, type DefHit, type RefHit } from './footnotes';
import { readFrontMatterBlock } from './frontMatter';
import { LineTable, looksLikePdf, type Line, type LineList } from './lines';
import { toRoman } from '../text/numerals';
import { alphaLabel } from './numbering';
import { readDate } from './header';
import { buildSegments } from './segments';
import { buildStructure, type DraftDecision, type DraftHeading, type DraftParagraph, type DraftResolution, type LineRole } from './structure';
import { detectLanguage, getProfile, languageFromTag } from '../language/registry';
import { appendAll } from '../text/arrays';

export interface ParseOptions {
  /** Force the language; otherwise detected from the text. */
  language?: LanguageId;
  /** Force the layout: hard-wrapped PDF text or Markdown-like text; otherwise detected. */
  layout?: 'pdf' | 'flow';
}

/** Parses any text into a resolution model. Never throws. */
export function parseDocument(text: string, options: ParseOptions = {}): ResolutionDocument {
  const source = typeof text === 'string' ? text : String(text ?? '');
  try {
    return parse(source, options);
  } catch (err) {
    const index = new LineIndex(source);
    return emptyDocument(source, options.language ?? detectLanguage(source), [
      {
        code: 'parse-internal-error',
        detail: { message: String((err as Error)?.message ?? err).slice(0, 200) },
        span: { start: 0, end: 0 },
        range: index.range({ start: 0, end: 0 }),
      },
    ]);
  }
}

/** A document with no structure: the whole text is one `other` segment. The fallback when parsing fails. */
export function emptyDocument(text: string, language: LanguageId = 'zh', problems: ParseProblem[] = []): ResolutionDocument {
  return {
    text,
    language,
    kind: 'unknown',
    header: [],
    resolutions: [],
    reportParagraphs: [],
    footnoteRefs: [],
    footnoteDefs: [],
    references: [],
    urls: [],
    segments: text.length ? [{ kind: 'other', span: { start: 0, end: text.length } }] : [],
    problems,
  };
}

/** The language of a text over the registered language profiles (`language/registry.ts`). */
export { detectLanguage };

/**
 * Whether `findReferences` can find anything in a text: a document symbol starts with a capital
 * letter, an English citation with "resolution"/"decision", a Chinese one at 号 (full-width
 * letters count, as the references scanner folds them). Most Chinese paragraphs have none of
 * these, and the scan is then skipped (it was a third of the parse). The parser tests check
 * the equivalence on the seeds and on random text.
 */
export function mayHoldReference(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x53f7 || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return true;
  }
  return false;
}

function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 4096);
  if (!n) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad > 0 && (bad / n > 0.05 || text.includes('\u0000'));
}

function parse(text: string, options: ParseOptions): ResolutionDocument {
  const index = new LineIndex(text);
  const loc = (span: Span): Located => ({ span, range: index.range(span) });
  const problems: ParseProblem[] = [];
  if (looksBinary(text)) problems.push({ code: 'parse-binary-text', ...loc({ start: 0, end: Math.min(text.length, 1) }) });

  const lines = new LineTable(text);
  // A front-matter block is metadata: its lines are kept out of the text (see frontMatter.ts).
  const fm = readFrontMatterBlock(text);
  if (fm) for (let i = 0; i <= fm.closeLine && i < lines.length; i++) if (lines.kind(i) !== 'blank') lines.setKind(i, 'frontMatter');
  const fmLanguage = fm?.pairs.find(([k]) => k === 'language' || k === 'lang')?.[1].toLowerCase();
  const language: LanguageId = options.language ?? languageFromTag(fmLanguage) ?? detectLanguage(text);
  const profile = getProfile(language);
  const pdf = options.layout ? options.layout === 'pdf' : looksLikePdf(text, lines);

  // 1. Footnote definitions: Markdown-like anywhere, PDF blocks in PDF text.
  const defLine = new Map<number, DefHit>(); // first line -> def
  const defRole = new Map<number, 'def' | 'defCont'>();
  const defs: DefHit[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines.kind(i) !== 'text') continue; // (the kind without building the line: 10 million of them in a 20 MB draft of `a\n`)
    const l = lines.at(i)!;
    const d = readMarkupDef(text, l);
    if (d) {
      defs.push(d);
      defLine.set(l.index, d);
      defRole.set(l.index, 'def');
      // indented continuation lines (Markdown footnote style)
      let k = l.index + 1;
      while (k < lines.length && lines.at(k)!.kind === 'text' && lines.at(k)!.indent >= 2 && !pdf && lines.at(k)!.glued) {
        d.lines.push(k);
        defRole.set(k, 'defCont');
        k++;
      }
    }
  }
  const pdfNotes = pdf ? findPdfFootnotes(text, lines) : findFlowNotes(text, lines, (k) => defRole.has(k));
  for (const d of pdfNotes.defs) {
    defs.push(d);
    for (const k of d.lines) defRole.set(k, k === d.lines[0] ? 'def' : 'defCont');
  }
  defs.sort((a, b) => a.markerStart - b.markerStart);

  // 2. Body lines.
  const body: number[] = [];
  const urlLines: number[] = [];
  const noteLines = defRole.size > 0 || pdfNotes.roles.size > 0; // (two map lookups a line cost a second at 10 million lines)
  for (let i = 0; i < lines.length; i++) {
    const kind = lines.kind(i);
    if (kind === 'url') urlLines.push(i);
    else if (kind === 'text' && !(noteLines && (defRole.has(i) || pdfNotes.roles.has(i)))) body.push(i);
  }

  // 3. Footnote references.
  const refs: RefHit[] = [];
  const drops: Cut[] = [];
  for (const li of body) {
    const l = lines.at(li)!;
    const scan = scanMarkupRefs(text, l.trimStart, l.trimEnd);
    appendAll(refs, scan.refs);
    for (const d of scan.drops) drops.push({ start: d.start, end: d.end, kind: 'drop' });
    for (const u of scan.unterminatedSup) problems.push({ code: 'parse-unterminated-sup', ...loc({ start: u, end: u + 5 }) });
  }
  if (pdf && pdfNotes.defs.length) {
    const defAt = new Map<number, number>();
    for (const d of pdfNotes.defs) if (!defAt.has(d.number)) defAt.set(d.number, d.markerStart);
    const bare = findBareRefs(
      text,
      body.map((i) => lines.at(i)!),
      defAt,
    );
    appendAll(refs, bare);
  }
  refs.sort((a, b) => a.start - b.start);
  const cutsAll: Cut[] = refs.map((r): Cut => ({ start: r.start, end: r.end, kind: 'fn' })).concat(drops).sort((a, b) => a.start - b.start);

  // per-line helpers for the structure pass
  const cutsByLine = new Map<number, Cut[]>();
  {
    let ci = 0;
    for (const li of body) {
      const l = lines.at(li)!;
      while (ci < cutsAll.length && cutsAll[ci].end <= l.start) ci++;
      const own: Cut[] = [];
      let k = ci;
      while (k < cutsAll.length && cutsAll[k].start < l.end) {
        own.push(cutsAll[k]);
        k++;
      }
      if (own.length) cutsByLine.set(li, own);
    }
  }
  const lineEndChar = (l: Line): string => {
    const cuts = cutsByLine.get(l.index) ?? [];
    let e = l.trimEnd;
    let ci = cuts.length - 1;
    while (e > l.trimStart) {
      const c = text[e - 1];
      if (isWhite(c) || c === '*' || c === '_') {
        e--;
        continue;
      }
      while (ci >= 0 && cuts[ci].start >= e) ci--;
      if (ci >= 0 && cuts[ci].end >= e) {
        e = cuts[ci].start;
        ci--;
        continue;
      }
      return c;
    }
    return '';
  };
  const plainStart = (l: Line): string => {
    const start = l.heading ? l.headingTextStart : l.trimStart;
    const end = Math.min(l.trimEnd, start + 200);
    const cuts = (cutsByLine.get(l.index) ?? []).filter((c) => c.start < end);
    let out = '';
    let pos = start;
    for (const c of cuts) {
      if (c.start > pos) out += text.slice(pos, c.start);
      pos = Math.max(pos, c.end);
    }
    if (pos < end) out += text.slice(pos, end);
    // (most lines have neither mark: no regular expressions to run)
    if (out.indexOf('*') < 0 && out.indexOf('_') < 0) return out;
    return out.replace(/\*+/g, '').replace(/(^|[\s(])_(?=\S)|(?<=\S)_(?=[\s,.;:]|$)/g, '$1');
  };

  const st = buildStructure({ text, lines, body, pdf, language, profile, lineEndChar, plainStart });

  // 4. Materialise.
  const footnoteRefs: FootnoteRef[] = refs.map((r) => ({ number: r.number, form: r.form, ...loc({ start: r.start, end: r.end }) }));
  // Line → marker offset of the definition it belongs to (one segment per definition). Per parse: a
  // module-wide map kept every line of the largest document ever parsed, and stale owners after it.
  const defOwner = new Map<number, number>();
  const footnoteDefs: FootnoteDef[] = defs.map((d) => buildDef(text, lines, d, loc, pdf, defOwner));
  const references: DocumentReference[] = [];
  const inlineUrls: Array<Located & { url: string }> = [];

  const header: HeaderLine[] = st.header.map((h) => toHeader(text, h, loc));
  for (const h of header) addRefs(h.text, [{ textStart: 0, sourceStart: h.span.start, length: h.text.length }]);

  const paraFor = new Map<number, Paragraph>();
  const refsByLine = new Map<number, RefHit[]>();
  for (const r of refs) {
    const line = index.positionAt(r.start).line;
    let list = refsByLine.get(line);
    if (!list) refsByLine.set(line, (list = []));
    list.push(r);
  }
  const headingLineOwner = new Map<number, number>();
  for (const r of st.resolutions) for (const h of r.headings) for (const li of h.lines) headingLineOwner.set(li, h.line);
  for (const h of st.reportHeadings) for (const li of h.lines) headingLineOwner.set(li, h.line);
  const build = (d: DraftParagraph, ordinal: number, parentLabel?: string): Paragraph => {
    const frags = d.fragments.map((f) => ({ start: f.start, end: f.end, lineEnd: lines.at(f.line)!.end }));
    const ct = buildCleanText(text, frags, cutsAll, pdf);
    const p: Paragraph = {
      kind: d.kind,
      ordinal,
      label: '',
      text: ct.text,
      pieces: ct.pieces,
      parts: partsOf(d),
      endPunctuation: endPunct(ct.text, ct.pieces, d),
      footnoteRefs: [],
      subparagraphs: [],
      ...loc(spanOfDraft(d)),
    };
    if (d.marker) {
      const ms = { start: d.marker.start, end: d.marker.start + d.marker.text.length };
      p.number = { text: d.marker.text, value: d.marker.value, style: d.marker.style, ...loc(ms) };
    }
    p.label = labelOf(d, ordinal, parentLabel);
    if (parentLabel) p.parentLabel = parentLabel;
    const vm = profile.matchLeadingVerb(ct.text, ct.emphasisStarts);
    if (vm) {
      const verbSpan = mapSpan(ct.pieces, vm.verbStart, vm.verbEnd);
      const whole = mapSpan(ct.pieces, vm.leadStart, vm.verbEnd);
      if (verbSpan && whole) {
        const before = text.slice(Math.max(0, verbSpan.start - 2), verbSpan.start);
        const lead = ct.text.slice(vm.leadStart, vm.verbStart).trim();
        p.verb = {
          verb: ct.text.slice(vm.verbStart, vm.verbEnd),
          verbSpan,
          verbRange: index.range(verbSpan),
          emphasised: before.endsWith('*') || before.endsWith('_'),
          ...loc(whole),
        };
        if (lead) p.verb.lead = lead;
      }
    }
    for (const f of d.fragments) {
      for (const r of refsByLine.get(f.line) ?? []) if (r.start >= f.start - 20 && r.start <= f.end) p.footnoteRefs.push(r.number);
    }
    addRefs(p.text, p.pieces);
    p.subparagraphs = d.subs.map((s, i) => build(s, i + 1, p.label));
    paraFor.set(d.id, p);
    return p;
  };

  const resolutions: Resolution[] = st.resolutions.map((r) => buildResolution(r));
  const reportParagraphs = st.report.map((d, i) => build(d, i + 1));
  const decisionLabels = new Map<number, string>();
  const decisions: Decision[] = st.decisions.map((d) => buildDecision(d));
  const docHeadings = st.reportHeadings.map((h) => ({ text: headingText(h), ...loc({ start: h.start, end: h.end }) }));
  for (const d of footnoteDefs) {
    const ct = defClean.get(d);
    if (ct) addRefs(ct.text, ct.pieces);
  }
  // text outside paragraphs that still cites documents: report headings, closing and other lines
  // (draft decisions are paragraphs now: their citations are found on the joined text, across wraps)
  for (const li of body) {
    const role = st.roles.get(li);
    if (role && role.kind !== 'other' && role.kind !== 'heading') continue;
    const l = lines.at(li)!;
    // a reference takes three characters at least (`A/1`, `第1号`); longer than 20,000 is no line of a document
    if (l.trimEnd - l.trimStart > 20000 || l.trimEnd - l.trimStart < 3) continue;
    const ct = buildCleanText(text, [{ start: l.trimStart, end: l.trimEnd }], cutsAll, pdf);
    addRefs(ct.text, ct.pieces);
  }
  references.sort((a, b) => a.span.start - b.span.start);

  // URLs
  const urls: Array<Located & { url?: string }> = urlLines.map((i) => ({ url: text.slice(lines.at(i)!.trimStart, lines.at(i)!.trimEnd), ...loc({ start: lines.at(i)!.trimStart, end: lines.at(i)!.trimEnd }) }));
  for (const u of inlineUrls) if (!urls.some((x) => x.span.start === u.span.start)) urls.push(u);
  urls.sort((a, b) => a.span.start - b.span.start);

  // Segments
  // One kind code and owner per line in typed arrays: an object per line cost 40 bytes a line. Owners are
  // line indices, paragraph ids and small negative codes: integers that an Int32Array holds (5 bytes a line).
  const segKind = new Uint8Array(lines.length);
  const segOwner = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const b = baseKind(lines.at(i)!);
    segKind[i] = SEGMENT_KIND_CODE.get(b.kind)!;
    segOwner[i] = b.owner;
  }
  // blank lines inside a paragraph join it
  let prevNonBlank = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines.kind(i) !== 'blank' || pdfNotes.roles.has(i)) {
      if (lines.kind(i) !== 'blank') prevNonBlank = i;
      continue;
    }
    let j = i;
    while (j < lines.length && lines.kind(j) === 'blank' && !pdfNotes.roles.has(j)) j++;
    if (prevNonBlank >= 0 && j < lines.length) {
      const a = SEGMENT_KINDS[segKind[prevNonBlank]];
      if (segKind[prevNonBlank] === segKind[j] && segOwner[prevNonBlank] === segOwner[j] && (a === 'paragraph' || a === 'footnoteDef' || a === 'heading')) {
        for (let k = i; k < j; k++) {
          segKind[k] = segKind[prevNonBlank];
          segOwner[k] = segOwner[prevNonBlank];
        }
      }
    }
    i = j - 1;
  }
  const segments = buildSegments(text.length, lines, (i) => SEGMENT_KINDS[segKind[i]], (i) => segOwner[i]);

  const kind = documentKind(header, resolutions, reportParagraphs);
  const doc: ResolutionDocument = {
    text,
    language,
    kind,
    header,
    resolutions,
    reportParagraphs,
    footnoteRefs,
    footnoteDefs,
    references,
    urls,
    segments,
    problems,
  };
  if (fm) doc.frontMatter = { fields: Object.fromEntries(fm.pairs), ...loc({ start: lines.at(fm.firstLine)!.trimStart, end: fm.end }) };
  if (docHeadings.length) doc.headings = docHeadings;
  if (decisions.length) doc.decisions = decisions;
  return doc;

  // ---- helpers (closures over text/index) ----

  function addUrls(clean: string, pieces: Paragraph['pieces']) {
    if (clean.indexOf('http') < 0) return;
    const re = /https?:\/\/[^\s，。；、“”《》()（）<>"]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(clean))) {
      let end = m.index + m[0].length;
      while (end > m.index && /[.,;:]/.test(clean[end - 1])) end--;
      const sp = mapTextSpan(pieces, { start: m.index, end });
      if (sp) inlineUrls.push({ url: clean.slice(m.index, end), ...loc(sp) });
    }
  }

  function addRefs(clean: string, pieces: Paragraph['pieces']) {
    addUrls(clean, pieces);
    // findReferences never throws (it guards itself)
    // Chinese and English citations need a Latin letter or 号; other languages' citations may have neither (Arabic, Russian).
    if (clean && (mayHoldReference(clean) || (language !== 'zh' && language !== 'en'))) appendAll(references, mapReferences(findReferences(clean, language), pieces, index));
  }

  function buildResolution(r: DraftResolution): Resolution {
    const hl = r.headerLines.map((h) => toHeader(text, h, loc));
    const symbol = [...header, ...hl].find((h) => h.kind === 'symbol');
    const titles = hl.filter((h) => h.kind === 'title');
    const organ: OrganLine | undefined = r.organ
      ? { text: text.slice(r.organ.start, r.organ.end), organ: r.organ.organ, ...loc({ start: r.organ.start, end: r.organ.end }) }
      : undefined;
    const preambular = r.preambular.map((d, i) => build(d, i + 1));
    const operative = r.operative.map((d, i) => build(d, i + 1));
    const headings = r.headings.map((h) => ({ text: headingText(h), ...loc({ start: h.start, end: h.end }) }));
    let title: string | undefined;
    if (!r.embeddedLabel && symbol) title = symbol.text.replace(/^\d{1,4}\/\d{1,4}(?:\s?[A-Z])?(?:[.．]|\s+[-–—])\s*/, '');
    else if (titles.length) title = titles[titles.length - 1].text;
    else if (!r.embeddedLabel) {
      const t = header.filter((h) => h.kind === 'title');
      if (t.length) title = t[t.length - 1].text;
    }
    const firstLine = lines.at(r.firstLine)!;
    const lastSpan = lastSpanOf(preambular, operative, organ);
    const startOff = r.embeddedLabel ? firstLine.trimStart : (organ?.span.start ?? preambular[0]?.span.start ?? operative[0]?.span.start ?? firstLine.trimStart);
    const res: Resolution = {
      preambular,
      operative,
      headings,
      ...loc({ start: startOff, end: Math.max(startOff, lastSpan) }),
    };
    if (r.embeddedLabel) {
      res.embeddedLabel = r.embeddedLabel;
      res.embeddedIndex = r.embeddedIndex;
    }
    if (!r.embeddedLabel && symbol?.number) res.number = symbol.number;
    if (title) res.title = title;
    if (organ) res.organ = organ;
    if (hl.length) res.header = hl;
    if (r.closing.length) {
      res.closing = r.closing.map((c) => {
        const t = text.slice(c.start, c.end);
        const date = readDate(t);
        return { text: t, ...(date ? { date } : {}), ...loc({ start: c.start, end: c.end }) };
      });
    }
    for (const h of hl) addRefs(h.text, [{ textStart: 0, sourceStart: h.span.start, length: h.text.length }]);
    return res;
  }

  /** A draft decision: marker and title as header lines, its text as paragraphs (references found on the joined text). */
  function buildDecision(dd: DraftDecision): Decision {
    const header: HeaderLine[] = [{ kind: 'draftMarker', text: text.slice(dd.marker.start, dd.marker.end), ...loc({ start: dd.marker.start, end: dd.marker.end }) }];
    for (const t of dd.title) header.push({ kind: 'title', text: text.slice(t.start, t.end), ...loc({ start: t.start, end: t.end }) });
    let title: string | undefined;
    if (dd.title.length) {
      const ct = buildCleanText(text, dd.title.map((t) => ({ start: t.start, end: t.end, lineEnd: lines.at(t.line)!.end })), cutsAll, pdf);
      title = ct.text;
      addRefs(ct.text, ct.pieces);
    }
    const single = dd.paragraphs.length === 1 && !dd.paragraphs[0].marker;
    dd.paragraphs.forEach((p, i) => decisionLabels.set(p.id, single ? dd.label : `${dd.label} para. ${p.marker?.value ?? i + 1}`));
    const paragraphs = dd.paragraphs.map((p, i) => build(p, i + 1));
    let end = header[header.length - 1].span.end;
    for (const p of paragraphs) end = Math.max(end, p.span.end);
    const dec: Decision = { label: dd.label, index: dd.index, header, paragraphs, ...loc({ start: dd.marker.start, end }) };
    if (title !== undefined) dec.title = title;
    return dec;
  }

  function headingText(h: DraftHeading): string {
    if (h.lines.length === 1) return buildCleanText(text, [{ start: h.start, end: h.end }], cutsAll, pdf).text;
    const frags = h.lines.map((li, k) => ({ start: k === 0 ? h.start : lines.at(li)!.trimStart, end: lines.at(li)!.trimEnd, lineEnd: lines.at(li)!.end }));
    return buildCleanText(text, frags, cutsAll, pdf).text;
  }

  function baseKind(l: Line): { kind: SegmentKind; owner: number } {
    const i = l.index;
    if (defRole.has(i)) return { kind: 'footnoteDef', owner: -(defOwner.get(i) ?? 0) - 1000 };
    const pr = pdfNotes.roles.get(i);
    if (pr) {
      if (pr === 'rule') return { kind: 'footnoteRule', owner: i };
      if (pr === 'url') return { kind: 'url', owner: -2 };
      if (pr === 'blank') return { kind: 'blank', owner: -1 };
      return { kind: 'other', owner: i };
    }
    if (l.kind === 'blank') return { kind: 'blank', owner: -1 };
    if (l.kind === 'frontMatter') return { kind: 'frontMatter', owner: -3 };
    if (l.kind === 'pageBreak') return { kind: 'pageBreak', owner: i };
    if (l.kind === 'rule') return { kind: 'footnoteRule', owner: i };
    if (l.kind === 'url') return { kind: 'url', owner: -2 };
    const role: LineRole | undefined = st.roles.get(i);
    if (!role) return { kind: 'other', owner: OTHER_OWNER };
    switch (role.kind) {
      case 'header':
        return { kind: 'header', owner: HEADER_OWNER };
      case 'organ':
        return { kind: 'organ', owner: i };
      case 'paragraph':
        return { kind: 'paragraph', owner: role.para.id };
      case 'heading':
        return { kind: 'heading', owner: 100000 + (headingOwner(i) ?? i) };
      default:
        return { kind: 'other', owner: OTHER_OWNER };
    }
  }

  function headingOwner(i: number): number | undefined {
    return headingLineOwner.get(i);
  }

  function partsOf(d: DraftParagraph): Span[] {
    const parts: Span[] = [];
    let cur: Span | undefined;
    let prevLine = -1;
    for (const f of d.fragments) {
      if (cur && prevLine >= 0) {
        let interrupted = false;
        for (let k = prevLine + 1; k < f.line; k++) {
          if (lines.at(k)!.kind !== 'blank' || pdfNotes.roles.has(k)) {
            interrupted = true;
            break;
          }
        }
        if (interrupted) {
          parts.push(cur);
          cur = undefined;
        }
      }
      if (!cur) cur = { start: d.fragments[0] === f && d.marker ? d.marker.start : f.start, end: f.end };
      else cur.end = f.end;
      prevLine = f.line;
    }
    if (cur) parts.push(cur);
    return parts;
  }

  function spanOfDraft(d: DraftParagraph): Span {
    const start = d.marker ? d.marker.start : d.fragments[0].start;
    let end = d.fragments[d.fragments.length - 1].end;
    let x: DraftParagraph | undefined = d;
    while (x && x.subs.length) {
      x = x.subs[x.subs.length - 1];
      end = Math.max(end, x.fragments[x.fragments.length - 1].end);
    }
    return { start, end: Math.max(start, end) };
  }

  function endPunct(clean: string, pieces: Paragraph['pieces'], d: DraftParagraph): Paragraph['endPunctuation'] {
    let e = clean.length;
    while (e > 0 && isWhite(clean[e - 1])) e--;
    if (e === 0) {
      const at = d.fragments[d.fragments.length - 1].end;
      return { char: '', ...loc({ start: at, end: at }) };
    }
    const sp = mapSpan(pieces, e - 1, e) ?? { start: d.fragments[0].start, end: d.fragments[0].start };
    return { char: clean[e - 1], ...loc(sp) };
  }

  function labelOf(d: DraftParagraph, ordinal: number, parentLabel?: string): string {
    if (d.kind === 'preambular') return `PP ${ordinal}`;
    if (d.kind === 'operative') return `OP ${d.marker?.value ?? ordinal}`;
    if (d.kind === 'report') return `para. ${d.marker?.value ?? ordinal}`;
    if (d.kind === 'decision') return decisionLabels.get(d.id) ?? `para. ${d.marker?.value ?? ordinal}`;
    const v = d.marker?.value ?? ordinal;
    const mark = d.level >= 2 || d.marker?.style === 'roman' || d.marker?.style === 'cjk' ? toRoman(v) : alphaLabel(v);
    return `${parentLabel ?? ''}(${mark})`;
  }
}

const defClean = new WeakMap<FootnoteDef, { text: string; pieces: Paragraph['pieces'] }>();
const SEGMENT_KINDS: SegmentKind[] = ['blank', 'header', 'organ', 'paragraph', 'heading', 'footnoteDef', 'footnoteRule', 'pageBreak', 'url', 'other', 'frontMatter'];
const SEGMENT_KIND_CODE = new Map(SEGMENT_KINDS.map((k, i) => [k, i] as const));
/** Consecutive header lines, and consecutive other lines, make one segment each (not one a line). */
const HEADER_OWNER = -3;
const OTHER_OWNER = -4;

function buildDef(text: string, lines: LineList, d: DefHit, loc: (s: Span) => Located, pdf: boolean, defOwner: Map<number, number>): FootnoteDef {
  const frags = d.lines.map((li, k) => ({ start: k === 0 ? d.textStart : lines.at(li)!.trimStart, end: lines.at(li)!.trimEnd, lineEnd: lines.at(li)!.end }));
  for (const li of d.lines) defOwner.set(li, d.markerStart);
  const inner: Cut[] = [];
  for (const f of frags) {
    const scan = scanMarkupRefs(text, f.start, f.end);
    for (const r of scan.refs) inner.push({ start: r.start, end: r.end, kind: 'drop' });
  }
  const ct = buildCleanText(text, frags, inner, pdf);
  const lastLine = lines.at(d.lines[d.lines.length - 1])!;
  const def: FootnoteDef = {
    number: d.number,
    markerSpan: { start: d.markerStart, end: d.markerEnd },
    markerRange: loc({ start: d.markerStart, end: d.markerEnd }).range,
    text: ct.text,
    ...loc({ start: d.markerStart, end: Math.max(d.markerEnd, lastLine.trimEnd) }),
  };
  defClean.set(def, ct);
  return def;
}

function toHeader(text: string, h: { start: number; end: number; info: import('./header').HeaderInfo }, loc: (s: Span) => Located): HeaderLine {
  const line: HeaderLine = { kind: h.info.kind, text: text.slice(h.start, h.end), ...loc({ start: h.start, end: h.end }) };
  if (h.info.number) line.number = h.info.number;
  if (h.info.item) line.item = h.info.item;
  if (h.info.date) line.date = h.info.date;
  return line;
}

function mapSpan(pieces: Paragraph['pieces'], start: number, end: number): Span | undefined {
  return mapTextSpan(pieces, { start, end });
}

function lastSpanOf(pp: Paragraph[], op: Paragraph[], organ?: OrganLine): number {
  let end = organ?.span.end ?? 0;
  for (const p of pp) end = Math.max(end, p.span.end);
  for (const p of op) end = Math.max(end, p.span.end);
  return end;
}

function documentKind(header: HeaderLine[], res: Resolution[], report: Paragraph[]): DocumentKind {
  if (res.some((r) => r.embeddedLabel) || (report.length && !res.length)) return 'report';
  if (header.some((h) => h.kind === 'adoption' || h.kind === 'symbol')) return 'resolution';
  if (header.some((h) => h.kind === 'draftMarker' || h.kind === 'sponsor')) return 'draft';
  if (res.length) return 'draft';
  return 'unknown';
}

