/** Finding precedents for a piece of text: ranked corpus paragraphs. */
import type { Corpus } from '../corpus';
import type { Range } from '../model';
import { bigramsOf, citationOf, corpusView, paragraphBigrams } from './corpusView';
import { paragraphAt, textOffset } from './locate';
import type { FeatureContext } from './types';

export interface PrecedentMatch {
  symbol: string;
  paragraph: string;
  date?: string;
  similarity: number;
  text: string;
  docPath: string;
  docSymbol?: string;
}

/**
 * Ranks corpus paragraphs by likeness to the text: for a fragment, how much of
 * it the paragraph contains; for paragraph-sized text, the Dice coefficient of
 * character bigrams (spacing, width and case ignored).
 */
export function findPrecedents(corpus: Corpus, text: string, locale: 'zh' | 'en', limit = 20, minSimilarity = 0.3): PrecedentMatch[] {
  const q = bigramsOf(text);
  if (q.size === 0) return [];
  const view = corpusView(corpus);
  const scored: Array<{ score: number; i: number }> = [];
  view.paragraphs.forEach((ref, i) => {
    const p = paragraphBigrams(view, ref);
    if (!p.size) return;
    let inter = 0;
    const [small, large] = q.size <= p.size ? [q, p] : [p, q];
    for (const b of small) if (large.has(b)) inter++;
    const score = q.size <= p.size * 0.8 ? inter / q.size : (2 * inter) / (q.size + p.size);
    if (score >= minSimilarity) scored.push({ score, i });
  });
  scored.sort((a, b) => b.score - a.score || dateKey(view.paragraphs[b.i].doc.meta.date).localeCompare(dateKey(view.paragraphs[a.i].doc.meta.date)));
  return scored.slice(0, limit).map(({ score, i }) => {
    const { doc, paragraph } = view.paragraphs[i];
    return {
      symbol: citationOf(doc, locale),
      paragraph: paragraph.label,
      date: doc.meta.date,
      similarity: Math.round(score * 1000) / 1000,
      text: paragraph.text,
      docPath: doc.meta.path,
      docSymbol: doc.meta.symbol,
    };
  });
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
