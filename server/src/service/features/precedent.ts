/** Finding precedents for a piece of text: ranked corpus paragraphs. */
import { cancellationCheck, type CancellationFlag } from '../cancellation';
import type { Corpus } from '../corpus';
import type { Range } from '../model';
import type { Locale } from '../i18n';
import { bigramsOf, citationOf, corpusView, EXHAUSTIVE_PARAGRAPHS, paragraphBigrams, type CorpusView, type ParagraphRef } from './corpusView';
import { defaultSettings } from '../options';
import { paragraphAt, textOffset } from './locate';
import type { FeatureContext } from './types';

export interface PrecedentMatch {
  /** Document symbol or citation: "A/RES/76/189". */
  symbol: string;
  /** Paragraph label: "PP 3", "OP 7", "OP 70(a)". */
  paragraph: string;
  /** ISO date or year, when known. */
  date?: string;
  /** 0–1. */
  similarity: number;
  /** The precedent paragraph's text. */
  text: string;
  /** Path of the corpus document ("builtin:<file>" for built-in texts). */
  docPath: string;
}

/**
 * Ranks corpus paragraphs by likeness to the text: for a fragment, how much of
 * it the paragraph contains; for paragraph-sized text, the Dice coefficient of
 * character bigrams (spacing, width and case ignored).
 */
export interface PrecedentSearchOptions {
  limit?: number;
  minSimilarity?: number;
  /** Compare with every corpus paragraph up to this corpus size; above it, only the agreed-language index's candidates. */
  exhaustiveMax?: number;
  /** Corpus documents to leave out (the document the text comes from). */
  excludeDocIds?: Iterable<string>;
}

/** With a flag, the loop over the corpus paragraphs reads it every few items and a cancelled search stops (CancelledError). */
export function findPrecedents(corpus: Corpus, text: string, locale: Locale, options: PrecedentSearchOptions = {}, token?: CancellationFlag): PrecedentMatch[] {
  const check = cancellationCheck(token);
  const limit = options.limit ?? 20;
  const minSimilarity = options.minSimilarity ?? 0.3;
  const q = bigramsOf(text);
  if (q.size === 0) return [];
  const view = corpusView(corpus);
  const candidates = view.paragraphs.length <= (options.exhaustiveMax ?? EXHAUSTIVE_PARAGRAPHS) ? view.paragraphs : indexCandidates(corpus, view, text, locale);
  const scored: Array<{ score: number; ref: ParagraphRef }> = [];
  const exclude = new Set(options.excludeDocIds ?? []);
  for (const ref of candidates) {
    check();
    if (exclude.has(ref.doc.meta.id)) continue;
    const p = paragraphBigrams(view, ref);
    if (!p.size) continue;
    let inter = 0;
    const [small, large] = q.size <= p.size ? [q, p] : [p, q];
    for (const b of small) if (large.has(b)) inter++;
    const score = q.size <= p.size * 0.8 ? inter / q.size : (2 * inter) / (q.size + p.size);
    if (score >= minSimilarity) scored.push({ score, ref });
  }
  scored.sort((a, b) => b.score - a.score || dateKey(b.ref.doc.meta.date).localeCompare(dateKey(a.ref.doc.meta.date)));
  return scored.slice(0, limit).map(({ score, ref }) => {
    const { doc, paragraph } = ref;
    return {
      symbol: citationOf(doc, locale),
      paragraph: paragraph.label,
      date: doc.meta.date,
      similarity: Math.round(score * 1000) / 1000,
      text: paragraph.text,
      docPath: doc.meta.path,
    };
  });
}

/** Candidate paragraphs from the agreed-language index (near matches and partial reuse, loosened thresholds). */
function indexCandidates(corpus: Corpus, view: CorpusView, text: string, locale: Locale): ParagraphRef[] {
  const settings = { ...defaultSettings(locale), thresholds: { near: 0.5, partialMinChars: 8 } };
  const local = corpus.index.analyzeParagraph({ text, bodyStart: 0 }, settings);
  const out: ParagraphRef[] = [];
  for (const s of local.sources) {
    const doc = corpus.getDocument(s.docId);
    const paragraph = doc?.paragraphs[s.paragraphIndex];
    if (doc && paragraph) out.push(view.paragraphs.find((r) => r.paragraph === paragraph) ?? { doc, paragraph });
  }
  return out;
}

function dateKey(d: string | undefined): string {
  return d ?? '';
}

/** The clean text of a range of the document (markup and footnote markers dropped when inside a paragraph). */
export function cleanTextOfRange(ctx: FeatureContext, range: Range): string {
  const doc = ctx.analysis.document;
  const start = ctx.lines.offsetAt(range.start);
  const end = ctx.lines.offsetAt(range.end);
  if (start === end) {
    const p = paragraphAt(doc, start);
    return p ? p.text : ctx.lines.lineText(range.start.line);
  }
  const p = paragraphAt(doc, start);
  if (p && paragraphAt(doc, end) === p) {
    const a = textOffset(p, start) ?? 0;
    const b = textOffset(p, end) ?? p.text.length;
    if (b > a) return p.text.slice(a, b);
  }
  return doc.text
    .slice(start, end)
    .replace(/<sup>[^<]{0,8}<\/sup>/g, '')
    .replace(/[*_]{1,2}/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/\s*\n\s*/g, '');
}
