/**
 * Damaged copies of real documents for the renumbering property: paragraph and
 * footnote numbers swapped, skipped, duplicated or shifted, as a drafter's
 * edits leave them; and the outcome of renumbering such a copy once.
 */
import * as fc from 'fast-check';
import { checkStructure } from '../../../server/src/service/checks';
import { applyEdits, renumberEdits, renumberFixes } from '../../../server/src/service/features/numbering';
import { offsetsBefore, sameShape, type OffsetEdit } from '../../../server/src/service/features/parseShape';
import type { Paragraph, ParagraphNumber, ResolutionDocument, Span } from '../../../server/src/service/model';
import { defaultSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';
import { LineIndex } from '../../../server/src/service/text/lineIndex';
import { renderLike } from '../../../server/src/service/text/numerals';

export type DamageKind = 'swap' | 'skip' | 'duplicate' | 'shift';

export interface Damage {
  target: 'paragraph' | 'footnote';
  kind: DamageKind;
  /** Picks the sibling list or footnote number (modulo how many there are). */
  which: number;
  /** Picks the paragraph within the list (modulo its length). */
  at: number;
  amount: number;
}

export const damageArb: fc.Arbitrary<Damage> = fc.record({
  target: fc.constantFrom<Damage['target']>('paragraph', 'footnote'),
  kind: fc.constantFrom<DamageKind>('swap', 'skip', 'duplicate', 'shift'),
  which: fc.nat(1000),
  at: fc.nat(1000),
  amount: fc.integer({ min: 1, max: 3 }),
});

export const damagesArb = fc.array(damageArb, { minLength: 1, maxLength: 3 });

/** Every list of numbered siblings that the numbering check reads (operative, sub-paragraphs, report paragraphs). */
export function siblingLists(doc: ResolutionDocument): Paragraph[][] {
  const out: Paragraph[][] = [];
  const add = (list: Paragraph[]) => {
    const numbered = list.filter((p) => p.number);
    if (numbered.length) out.push(numbered);
    for (const p of list) if (p.subparagraphs.length) add(p.subparagraphs);
  };
  for (const r of doc.resolutions) {
    add(r.operative);
    for (const p of r.preambular) if (p.subparagraphs.length) add(p.subparagraphs);
  }
  add(doc.reportParagraphs);
  return out;
}

/** The digits of a footnote marker (`<sup>3</sup>` → `3`, `³`, bare `3`). */
function markerDigits(text: string, s: Span): { span: Span; superscript: boolean } | undefined {
  const slice = text.slice(s.start, s.end);
  const m = /[0-9]+/.exec(slice) ?? /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/.exec(slice);
  if (!m) return undefined;
  return { span: { start: s.start + m.index, end: s.start + m.index + m[0].length }, superscript: !/[0-9]/.test(m[0]) };
}

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sup = (n: number) => [...String(n)].map((d) => SUP[Number(d)]).join('');

/** Applies offset edits (non-overlapping; a later edit of the same span wins). */
export function applyOffsetEdits(text: string, edits: OffsetEdit[]): string {
  const bySpan = new Map<number, OffsetEdit>();
  for (const e of edits) bySpan.set(e.span.start, e);
  const sorted = [...bySpan.values()].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  let floor = Infinity;
  for (const e of sorted) {
    if (e.span.end > floor) continue;
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
    floor = e.span.start;
  }
  return out;
}

/** The text with `damages` applied to the numbers the parser found in it (the same text if none applies). */
export function damage(text: string, doc: ResolutionDocument, damages: Damage[]): string {
  const edits: OffsetEdit[] = [];
  // Current value of each paragraph number and footnote number, so that damages compose.
  const para = new Map<ParagraphNumber, number>();
  const lists = siblingLists(doc);
  for (const l of lists) for (const p of l) para.set(p.number!, p.number!.value);
  const markers = [
    ...doc.footnoteRefs.map((r) => ({ span: r.span, number: r.number, ref: true })),
    ...doc.footnoteDefs.map((d) => ({ span: d.markerSpan, number: d.number, ref: false })),
  ];
  const foot = markers.map((m) => m.number);
  const numbers = [...new Set(foot)].sort((a, b) => a - b);
  for (const d of damages) {
    if (d.target === 'paragraph' && lists.length) {
      const list = lists[d.which % lists.length];
      const i = d.at % list.length;
      const value = (k: number) => para.get(list[k].number!)!;
      const set = (k: number, v: number) => v >= 1 && para.set(list[k].number!, v);
      if (d.kind === 'swap' && i + 1 < list.length) {
        const a = value(i);
        set(i, value(i + 1));
        set(i + 1, a);
      } else if (d.kind === 'skip') for (let k = i; k < list.length; k++) set(k, value(k) + d.amount);
      else if (d.kind === 'duplicate' && i > 0) for (let k = i; k < list.length; k++) set(k, value(k) - 1);
      else if (d.kind === 'shift') set(i, value(i) + d.amount);
    } else if (d.target === 'footnote' && numbers.length) {
      const n = numbers[d.which % numbers.length];
      const relabel = (f: (v: number) => number) => foot.forEach((v, k) => (foot[k] = Math.max(1, f(v))));
      if (d.kind === 'swap') {
        const m = numbers[(d.which + d.amount) % numbers.length];
        relabel((v) => (v === n ? m : v === m ? n : v));
      } else if (d.kind === 'skip') relabel((v) => (v >= n ? v + d.amount : v));
      else if (d.kind === 'duplicate') relabel((v) => (v > n ? v - 1 : v));
      else {
        // A typo in one reference.
        const refs = markers.map((m, k) => (m.ref && m.number === n ? k : -1)).filter((k) => k >= 0);
        if (refs.length) foot[refs[d.at % refs.length]] += d.amount;
      }
    }
  }
  for (const [num, v] of para) {
    if (v === num.value) continue;
    edits.push({ span: num.span, newText: renderLike(num, v) });
  }
  markers.forEach((m, k) => {
    if (foot[k] === m.number) return;
    const dg = markerDigits(text, m.span);
    if (dg) edits.push({ span: dg.span, newText: dg.superscript ? sup(foot[k]) : String(foot[k]) });
  });
  return applyOffsetEdits(text, edits);
}

export interface RenumberOutcome {
  /** The parse after renumbering differs from the parse before (beyond the numbers). */
  parseChanged: boolean;
  /** Renumbering the result again gives edits. */
  secondPass: boolean;
  /** Numbering/footnote-order findings left after renumbering. */
  remaining: string[];
  /** Those of them on numbers that renumbering claimed to fix. */
  claimedRemaining: string[];
  /** Edits that replace more than numerals. */
  nonNumeral: string[];
  edits: number;
  after: string;
}

const NUMERAL = /^[0-9０-９⁰¹²³⁴⁵⁶⁷⁸⁹ivxlcdmIVXLCDMa-zA-Z一二三四五六七八九十百零㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩]*$/u;

/** Renumbers `text` once (the edits the code action offers) and reports what happened. */
export function renumberOnce(text: string): RenumberOutcome {
  const before = parseDocument(text);
  const lines = new LineIndex(text);
  const edits = renumberEdits(before);
  const offsets: OffsetEdit[] = edits.map((e) => ({ span: { start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }, newText: e.newText }));
  offsets.sort((a, b) => a.span.start - b.span.start);
  const after = applyEdits(text, edits);
  const doc = parseDocument(after);
  const nonNumeral = offsets
    .filter((e) => !NUMERAL.test(e.newText) || !NUMERAL.test(text.slice(e.span.start, e.span.end)))
    .map((e) => `${JSON.stringify(text.slice(e.span.start, e.span.end))} → ${JSON.stringify(e.newText)}`);
  const left = checkStructure(doc, defaultSettings('en')).filter((d) => d.code === 'paragraph-numbering' || d.code === 'footnote-order');
  const show = (d: (typeof left)[number]) => `${d.code} ${d.range.start.line + 1}: ${d.message}`;
  // A finding left is claimed when the code action on the text before says renumbering fixes it.
  const back = offsetsBefore(offsets);
  const claimed = left.filter((d) => {
    const x = back(d.span!.start);
    return renumberFixes(before, lines, lines.range({ start: x, end: x }));
  });
  return {
    parseChanged: !sameShape(before, doc, offsets),
    secondPass: renumberEdits(doc).length > 0,
    remaining: left.map(show),
    claimedRemaining: claimed.map(show),
    nonNumeral,
    edits: edits.length,
    after,
  };
}
