/**
 * The draft as a document to write: a neutral description (blocks of runs, revisions, comments,
 * footnotes) that a writer (docxWriter.ts) turns into a file. Pure: a parsed document and the
 * agreed-language findings in, data out.
 *
 * Every paragraph of the draft becomes one block, in source order: header lines, the acting
 * organ, preambular, operative and sub-paragraphs with their numbers as written, headings and
 * closing lines. A paragraph near an agreed source is written as the source's text with the
 * differences as revisions (revisions.ts), so that accepting all of them gives the draft's
 * paragraph exactly; a comment names the source (`A/RES/79/194, OP 12, 2024`) and says whether
 * the differences are technical updates only (technicalUpdate.ts). Footnote references sit where
 * the draft has them. Text the parser could not place is kept as plain paragraphs, with a warning:
 * the export never drops a line of the draft.
 */
import { cancellationCheck, type CancellationFlag } from '../cancellation';
import type { ParagraphAgreement, AgreedSource } from '../matching';
import { labelledParagraphs } from '../matching';
import type { Language, Paragraph, ResolutionDocument, Span } from '../model';
import { isLocale, type Locale } from '../i18n';
import { exportMessages } from './messages';
import { LineIndex } from '../text/lineIndex';
import { RTL_CHAR } from '../language/script';
import { acceptAll, hunksOf, revisionPieces, type RevisionPiece } from './revisions';
import { allTechnical } from './technicalUpdate';
import { lowerBound, maxOf, minOf } from '../text/arrays';

export interface ExportOptions {
  /** Write the differences from agreed language as tracked changes (default true). */
  revisions?: boolean;
  /** Write a comment on each paragraph naming its source (default true). */
  comments?: boolean;
  /** Which precedent counts: a symbol (`A/RES/79/194`); the best source of each paragraph when absent. */
  precedent?: string;
  /** Language of comments and warnings; the draft's language when absent. */
  locale?: Locale;
}

export interface PlanRun {
  text: string;
  revision?: 'ins' | 'del';
  italic?: boolean;
  bold?: boolean;
  /** A footnote reference (the run's text is empty): the draft's footnote number. */
  footnote?: number;
}

export type BlockKind = 'header' | 'title' | 'symbolTitle' | 'organ' | 'preambular' | 'operative' | 'subparagraph' | 'heading' | 'closing' | 'plain';

/** How a paragraph stands against agreed language. */
export type ParagraphStatus = 'exact' | 'technical' | 'changed' | 'partial' | 'new';

export interface PlanBlock {
  kind: BlockKind;
  /** The paragraph's number as written (`1.`, `(a)`), written before a tab. */
  number?: string;
  runs: PlanRun[];
  /** Nesting: 0 for PP/OP, 1 for (a), 2 for (i). */
  level: number;
  /** Right-to-left text (Arabic, Hebrew) in the paragraph. */
  rtl: boolean;
  /** For draft paragraphs: the label (`OP 7`) and its standing against agreed language. */
  label?: string;
  status?: ParagraphStatus;
  /** The comment to attach, when comments are on. */
  comment?: string;
  /** Offset of the block in the draft (for order). */
  start: number;
}

export interface ExportPlan {
  language: Language;
  /** The document symbol for the running header (`A/RES/80/118`), when known. */
  symbol?: string;
  title?: string;
  blocks: PlanBlock[];
  /** Footnotes by the draft's number, in number order. */
  footnotes: Array<{ number: number; text: string }>;
  warnings: string[];
  summary: Record<ParagraphStatus, number>;
}

const RTL = RTL_CHAR;

/** Text offset in `p.text` of a source offset (the end of the last piece before it, when it falls in a gap). */
function textOffset(p: Paragraph, source: number): number {
  let best = 0;
  for (const piece of p.pieces) {
    if (source >= piece.sourceStart && source < piece.sourceStart + piece.length) return piece.textStart + (source - piece.sourceStart);
    if (piece.sourceStart + piece.length <= source) best = piece.textStart + piece.length;
  }
  return best;
}

function inside(span: Span, parts: readonly Span[]): boolean {
  return parts.some((s) => span.start >= s.start && span.end <= s.end);
}

/**
 * Whether a span overlaps any of a set of spans, answered by binary search: the spans sorted by start, with
 * the greatest end so far beside each (a scan of every span for every segment made the plan quadratic).
 */
function overlapTest(spans: readonly Span[]): (s: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let m = -Infinity;
  for (const x of sorted) maxEnd.push((m = Math.max(m, x.end)));
  return (s) => {
    const k = lowerBound(sorted, s.end, (x) => x.start) - 1; // the last span starting before s ends
    return k >= 0 && maxEnd[k] > s.start;
  };
}

function yearOf(date: string | undefined): string | undefined {
  return date ? /^\d{4}/.exec(date)?.[0] : undefined;
}

/** `A/RES/79/194, OP 12, 2024`. */
export function citeSource(s: AgreedSource): string {
  const year = yearOf(s.date);
  return [s.symbol, s.paragraph, year].filter(Boolean).join(', ');
}

function sameSymbol(a: string, b: string): boolean {
  const n = (s: string) => s.replace(/\s+/g, '').toUpperCase();
  return n(a) === n(b) || n(a).endsWith(`/${n(b)}`) || n(b).endsWith(`/${n(a)}`);
}

/** The source that counts for a paragraph under the options; undefined when none. */
function chosenSource(a: ParagraphAgreement | undefined, precedent: string | undefined): AgreedSource | undefined {
  if (!a || a.status === 'new' || a.status === 'partial') return undefined;
  const sources = precedent ? a.sources.filter((s) => sameSymbol(s.symbol, precedent)) : a.sources;
  return sources[0];
}

/** The runs of a draft paragraph: revision pieces cut at the verb and at footnote references. */
function paragraphRuns(p: Paragraph, pieces: RevisionPiece[], footnotes: Array<{ at: number; number: number }>, verb: { start: number; end: number; italic: boolean; bold: boolean } | undefined): PlanRun[] {
  const runs: PlanRun[] = [];
  const refs = [...footnotes].sort((x, y) => x.at - y.at);
  let r = 0;
  const style = (from: number): Pick<PlanRun, 'italic' | 'bold'> =>
    verb && from >= verb.start && from < verb.end ? { ...(verb.italic ? { italic: true } : {}), ...(verb.bold ? { bold: true } : {}) } : {};
  // A reference at offset `at` stands after the draft's character at-1: flushed before any text from `at` on.
  const flushRefs = (upTo: number) => {
    while (r < refs.length && refs[r].at <= upTo) runs.push({ text: '', footnote: refs[r++].number });
  };
  for (const piece of pieces) {
    if (piece.kind === 'del') {
      runs.push({ text: piece.text, revision: 'del' });
      continue;
    }
    const start = piece.draftStart ?? 0;
    const end = start + piece.text.length;
    // Cut points inside the piece: the verb's edges and footnote references.
    const cuts = new Set<number>([start, end]);
    if (verb) for (const c of [verb.start, verb.end]) if (c > start && c < end) cuts.add(c);
    for (const f of refs) if (f.at > start && f.at < end) cuts.add(f.at);
    const points = [...cuts].sort((x, y) => x - y);
    for (let k = 0; k < points.length - 1; k++) {
      flushRefs(points[k]);
      const text = p.text.slice(points[k], points[k + 1]);
      runs.push({ text, ...(piece.kind === 'ins' ? { revision: 'ins' as const } : {}), ...style(points[k]) });
    }
  }
  // References at the very end of the paragraph (the usual place) and any left over.
  while (r < refs.length) runs.push({ text: '', footnote: refs[r++].number });
  return runs;
}

/** With a flag, the loops over the paragraphs and segments read it every few items and a cancelled export stops (CancelledError). */
export function buildExportPlan(doc: ResolutionDocument, agreements: readonly ParagraphAgreement[], options: ExportOptions = {}, token?: CancellationFlag): ExportPlan {
  const check = cancellationCheck(token);
  const refsByStart = [...doc.footnoteRefs].sort((a, b) => a.span.start - b.span.start);
  const locale: Locale = options.locale ?? (isLocale(doc.language) ? doc.language : 'en');
  const M = exportMessages(locale);
  const wantRevisions = options.revisions !== false;
  const wantComments = options.comments !== false;
  const lines = new LineIndex(doc.text);
  const warnings: string[] = [];
  const blocks: PlanBlock[] = [];
  const summary: Record<ParagraphStatus, number> = { exact: 0, technical: 0, changed: 0, partial: 0, new: 0 };

  const defined = new Map<number, string>();
  for (const d of doc.footnoteDefs) if (!defined.has(d.number)) defined.set(d.number, d.text);
  const referenced = new Set<number>();

  const agreementOf = new Map<Paragraph, ParagraphAgreement>();
  const labelled = labelledParagraphs(doc);
  labelled.forEach((lp, i) => {
    const a = agreements[i];
    if (a && a.label === lp.label) agreementOf.set(lp.paragraph, a);
  });
  const labelOf = new Map(labelled.map((lp) => [lp.paragraph, lp.label]));

  const addParagraph = (p: Paragraph, level: number) => {
    check();
    const a = agreementOf.get(p);
    const source = chosenSource(a, options.precedent);
    let pieces: RevisionPiece[] = p.text ? [{ kind: 'equal', text: p.text, draftStart: 0 }] : [];
    let status: ParagraphStatus = 'new';
    let comment: string;
    if (source) {
      const diff = revisionPieces(source.text, p.text);
      const hunks = hunksOf(diff);
      status = hunks.length === 0 ? 'exact' : allTechnical(hunks) ? 'technical' : 'changed';
      if (wantRevisions && acceptAll(diff) === p.text) pieces = diff;
      const cite = citeSource(source);
      comment = status === 'exact' ? M.exact(cite) : status === 'technical' ? M.technical(cite) : M.changed(cite, hunks.length);
    } else if (a?.status === 'partial' && a.sources.length && !options.precedent) {
      status = 'partial';
      comment = M.partial([...new Set(a.sources.map(citeSource))].join('; '));
    } else {
      comment = options.precedent && a && a.status !== 'new' ? M.notInPrecedent(options.precedent) : M.new();
    }
    summary[status]++;
    // only the references between the paragraph's first and last character are looked at (sorted by start)
    const first = minOf(p.parts.map((x) => x.start));
    const last = maxOf(p.parts.map((x) => x.end));
    const near = refsByStart.slice(lowerBound(refsByStart, first, (f) => f.span.start), lowerBound(refsByStart, last + 1, (f) => f.span.start));
    const refs = near.filter((f) => inside(f.span, p.parts)).map((f) => {
      referenced.add(f.number);
      return { at: textOffset(p, f.span.start), number: f.number };
    });
    const verb = p.verb
      ? {
          start: textOffset(p, p.verb.verbSpan.start),
          end: textOffset(p, p.verb.verbSpan.start) + p.verb.verb.length,
          italic: doc.language === 'en',
          bold: doc.language !== 'en' && p.verb.emphasised,
        }
      : undefined;
    blocks.push({
      kind: p.kind === 'preambular' ? 'preambular' : p.kind === 'subparagraph' ? 'subparagraph' : p.kind === 'operative' ? 'operative' : 'plain',
      ...(p.number ? { number: p.number.text } : {}),
      runs: paragraphRuns(p, pieces, refs, verb),
      level,
      rtl: RTL.test(p.text),
      label: labelOf.get(p) ?? p.label,
      status,
      ...(wantComments ? { comment } : {}),
      start: p.span.start,
    });
    for (const s of p.subparagraphs) addParagraph(s, level + 1);
  };

  const plain = (kind: BlockKind, text: string, start: number, extra: Partial<PlanBlock> = {}) => {
    blocks.push({ kind, runs: text ? [{ text }] : [], level: 0, rtl: RTL.test(text), start, ...extra });
  };

  for (const h of doc.header) plain(h.kind === 'title' ? 'title' : h.kind === 'symbol' ? 'symbolTitle' : 'header', h.text, h.span.start);
  for (const r of doc.resolutions) {
    for (const h of r.header ?? []) if (!doc.header.includes(h)) plain(h.kind === 'title' ? 'title' : 'header', h.text, h.span.start);
    if (r.organ) plain('organ', r.organ.text, r.organ.span.start);
    for (const p of r.preambular) addParagraph(p, 0);
    for (const p of r.operative) addParagraph(p, 0);
    for (const h of r.headings) plain('heading', h.text, h.span.start);
    for (const c of r.closing ?? []) plain('closing', c.text, c.span.start);
  }
  for (const p of doc.reportParagraphs) addParagraph(p, 0);
  for (const h of doc.headings ?? []) plain('heading', h.text, h.span.start);
  for (const d of doc.decisions ?? []) {
    for (const h of d.header) plain(h.kind === 'title' ? 'title' : 'header', h.text, h.span.start);
    for (const p of d.paragraphs) addParagraph(p, 0);
  }

  // Whatever the parser did not place is kept, as plain paragraphs, and said.
  const placed: Span[] = [
    ...doc.header.map((h) => h.span),
    ...doc.footnoteDefs.map((d) => d.span),
    ...doc.resolutions.flatMap((r) => [...(r.header ?? []).map((h) => h.span), ...(r.organ ? [r.organ.span] : []), ...r.headings.map((h) => h.span), ...(r.closing ?? []).map((c) => c.span)]),
    ...(doc.headings ?? []).map((h) => h.span),
    ...(doc.decisions ?? []).flatMap((d) => d.header.map((h) => h.span)),
  ];
  const paragraphParts = labelled.flatMap((lp) => lp.paragraph.parts).concat((doc.decisions ?? []).flatMap((d) => d.paragraphs.flatMap(function all(p: Paragraph): Span[] {
    return [...p.parts, ...p.subparagraphs.flatMap(all)];
  })));
  const covered = overlapTest([...placed, ...paragraphParts]);
  for (const seg of doc.segments) {
    check();
    if (seg.kind !== 'other' && seg.kind !== 'url' && seg.kind !== 'paragraph' && seg.kind !== 'heading' && seg.kind !== 'header' && seg.kind !== 'organ') continue;
    const text = doc.text.slice(seg.span.start, seg.span.end).trim();
    if (!text || covered(seg.span)) continue;
    plain('plain', text, seg.span.start);
    if (seg.kind !== 'url') warnings.push(M.unplaced(lines.positionAt(seg.span.start).line + 1));
  }

  blocks.sort((x, y) => x.start - y.start);
  const footnotes = [...defined].sort((x, y) => x[0] - y[0]).map(([number, text]) => ({ number, text }));
  for (const n of [...referenced].sort((x, y) => x - y)) {
    if (!defined.has(n)) {
      footnotes.push({ number: n, text: '' });
      warnings.push(M.noFootnote(n));
    }
  }
  footnotes.sort((x, y) => x.number - y.number);
  return { language: doc.language, symbol: documentSymbol(doc), title: doc.resolutions[0]?.title ?? doc.header.find((h) => h.kind === 'title')?.text, blocks, footnotes, warnings, summary };
}

/** The symbol for the running header: the adopted number (`A/RES/80/118`), or a symbol on a header line. */
function documentSymbol(doc: ResolutionDocument): string | undefined {
  const fm = doc.header.map((h) => /^symbol:\s*(\S+)/.exec(h.text)?.[1]).find(Boolean);
  if (fm) return fm;
  const n = doc.resolutions[0]?.number;
  const organ = doc.resolutions[0]?.organ?.organ;
  if (n && /^\d+\/\d+/.test(n) && (organ === undefined || organ === 'General Assembly')) return `A/RES/${n}`;
  const dist = doc.header.find((h) => h.kind === 'distribution' && /^[A-Z][A-Z0-9.]*\/\S+$/.test(h.text));
  return dist?.text;
}
