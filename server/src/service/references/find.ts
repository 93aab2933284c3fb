/**
 * `findReferences`: document symbols and resolution/decision citations in one piece of
 * clean text, in text order, with spans local to that text.
 */
import { getProfile } from '../language/registry';
import type { DocumentReference, LanguageId } from '../model';
import { scanCitations } from './citations';
import { scanSymbols } from './symbols';
import { findUrlSpans, foldWidth, makeSpanTest } from './text';

/**
 * A reference found in a piece of clean text. Spans are offsets into the text given to
 * `findReferences` (the parser maps them back to the source and adds ranges).
 */
export type FoundReference = Omit<DocumentReference, 'range' | 'entries'> & {
  entries?: Array<Omit<NonNullable<DocumentReference['entries']>[number], 'range'>>;
};

/**
 * Finds document symbols and resolution/decision citations in clean text (hard wraps already
 * joined, footnote markers removed). URLs are skipped (`https://docs.un.org/zh/A/RES/70/1` is a
 * link, not a reference written in the text). Never throws; linear in the length of the text.
 */
export function findReferences(text: string, language?: LanguageId): FoundReference[] {
  try {
    const found = findReferencesUnsafe(text);
    return language && language !== 'zh' && language !== 'en' ? withProfileCitations(found, text, language) : found;
  } catch {
    return [];
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Adds the citations with dates the language's profile reads (`résolution 70/1 du 25 septembre 2015`,
 * `القرار 70/1 المؤرخ 25 أيلول/سبتمبر 2015`) where the Chinese and English scanners found nothing.
 * Symbols are the same in every language and stay as found.
 */
function withProfileCitations(found: FoundReference[], text: string, language: LanguageId): FoundReference[] {
  const hits = getProfile(language).findCitations(text);
  if (!hits.length) return found;
  const out = found.slice();
  for (const h of hits) {
    if (found.some((f) => f.kind !== 'symbol' && f.span.start < h.end && h.start < f.span.end)) continue;
    const entry: NonNullable<FoundReference['entries']>[number] = { span: { start: h.start, end: h.end }, number: h.symbol };
    if (h.date) entry.date = `${h.date.year}-${pad(h.date.month)}-${pad(h.date.day)}`;
    if (h.title) entry.title = h.title;
    out.push({ kind: 'resolution', raw: text.slice(h.start, h.end), span: { start: h.start, end: h.end }, entries: [entry] });
  }
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return out;
}

function findReferencesUnsafe(text: string): FoundReference[] {
  if (!text) return [];
  const s = foldWidth(text);
  const urls = findUrlSpans(s);
  const inUrl = makeSpanTest(urls);
  const out: FoundReference[] = [];

  for (const sym of scanSymbols(s, inUrl)) {
    const ref: FoundReference = { kind: 'symbol', raw: text.slice(sym.start, sym.end), span: { start: sym.start, end: sym.end } };
    if (sym.parse.ok) ref.symbol = sym.parse.value.symbol;
    else {
      const e = sym.parse.error;
      const where = [e.part !== undefined ? `part ${e.part}` : '', e.component !== undefined ? `component ${e.component}` : '']
        .filter(Boolean)
        .join(', ');
      ref.malformed = { reason: e.problem, ...(where ? { detail: where } : {}) };
    }
    out.push(ref);
  }

  for (const c of scanCitations(s, text, inUrl)) {
    const ref: FoundReference = {
      kind: c.kind,
      raw: text.slice(c.start, c.end),
      span: { start: c.start, end: c.end },
      entries: c.entries.map((e) => ({
        span: { start: e.start, end: e.end },
        number: e.number,
        ...(e.date ? { date: e.date } : {}),
        ...(e.title ? { title: e.title } : {}),
      })),
    };
    if (c.organ) ref.organ = c.organ;
    if (c.malformed) ref.malformed = { reason: c.malformed.reason, detail: c.malformed.detail };
    out.push(ref);
  }

  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return out;
}
