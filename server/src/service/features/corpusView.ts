/**
 * Derived views of a corpus the features need (verb frequencies, prefix and
 * bigram indexes). Computed lazily once per corpus state and cached.
 */
import type { Corpus, CorpusDocument, CorpusParagraph } from '../corpus';
import { normaliseToken } from './text';
import { storedLocale, type Locale } from '../i18n';

export interface VerbCount {
  verb: string;
  preambular: number;
  operative: number;
}

export interface ParagraphRef {
  doc: CorpusDocument;
  paragraph: CorpusParagraph;
}

export interface PrefixEntry {
  ref: ParagraphRef;
  /** Offset in the paragraph text where the matching clause starts. */
  start: number;
}

export interface CorpusView {
  verbs: Map<string, VerbCount>;
  paragraphs: ParagraphRef[];
  /**
   * Clause starts (paragraph start, body start, after each clause mark) by
   * the first two characters of their normalised text: flat pairs of
   * (paragraph number, offset). Built on first use; a query verifies the rest.
   */
  clauseStarts?: Map<string, number[]>;
  /** Bigram sets of paragraphs, kept only for small corpora (see findPrecedents). */
  bigrams: Map<ParagraphRef, Set<string>>;
  /** Documents by upper-case symbol (see bySymbol). Built on first use. */
  symbols?: Map<string, CorpusDocument>;
}

/** Above this many paragraphs, precedent search compares only the index's candidates and keeps no bigram sets. */
export const EXHAUSTIVE_PARAGRAPHS = 20_000;

const cache = new WeakMap<Corpus, { stamp: string; view: CorpusView }>();

/** Identifies the corpus state without building big strings: counts and a hash of the document ids. */
function stampOf(corpus: Corpus): string {
  let n = 0;
  let h = 0;
  for (const d of corpus.documents) {
    n += d.paragraphs.length;
    const id = d.meta.id;
    for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) | 0;
  }
  return `${corpus.documents.length}:${n}:${h}`;
}

/** Normalised comparison key: no whitespace or emphasis marks, NFKC, lower case. */
export function normaliseKey(s: string): string {
  return normaliseToken(s.replace(/[\s*_]/g, ''));
}

/** Advances in `text` from `start` over enough characters to cover `n` characters of its normalised key. */
export function advanceNormalised(text: string, start: number, n: number): number {
  let i = start;
  let count = 0;
  while (i < text.length && count < n) {
    count += normaliseKey(text[i]).length;
    i++;
  }
  return i;
}

export function bigramsOf(s: string): Set<string> {
  const k = normaliseKey(s);
  const out = new Set<string>();
  for (let i = 0; i + 1 < k.length; i++) out.add(k.slice(i, i + 2));
  if (k.length === 1) out.add(k);
  return out;
}

const CLAUSE_BREAK = /[，,；;：:。]/g;

export function corpusView(corpus: Corpus): CorpusView {
  const stamp = stampOf(corpus);
  const hit = cache.get(corpus);
  if (hit && hit.stamp === stamp) return hit.view;
  const verbs = new Map<string, VerbCount>();
  const paragraphs: ParagraphRef[] = [];
  for (const doc of corpus.documents) {
    for (const paragraph of doc.paragraphs) {
      paragraphs.push({ doc, paragraph });
      if (paragraph.verb) {
        const v = verbs.get(paragraph.verb) ?? { verb: paragraph.verb, preambular: 0, operative: 0 };
        if (paragraph.kind === 'preambular') v.preambular++;
        else if (paragraph.kind === 'operative' || paragraph.kind === 'subparagraph') v.operative++;
        verbs.set(paragraph.verb, v);
      }
    }
  }
  const view: CorpusView = { verbs, paragraphs, bigrams: new Map() };
  cache.set(corpus, { stamp, view });
  return view;
}

function clauseStarts(view: CorpusView): Map<string, number[]> {
  if (view.clauseStarts) return view.clauseStarts;
  const buckets = new Map<string, number[]>();
  view.paragraphs.forEach((ref, pi) => {
    const text = ref.paragraph.text;
    const starts = new Set<number>([0, Math.min(ref.paragraph.bodyStart, text.length)]);
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
      let s = m.index + 1;
      while (s < text.length && /\s/.test(text[s])) s++;
      if (s < text.length) starts.add(s);
    }
    for (const start of starts) {
      const key = normaliseKey(text.slice(start, start + 8)).slice(0, 2);
      if (key.length < 2) continue;
      const list = buckets.get(key);
      if (list) list.push(pi, start);
      else buckets.set(key, [pi, start]);
    }
  });
  view.clauseStarts = buckets;
  return buckets;
}

/** Clause starts whose normalised text begins with the normalised prefix (at most `limit`). */
export function prefixSearch(view: CorpusView, prefix: string, limit = 50): PrefixEntry[] {
  const key = normaliseKey(prefix).slice(0, 80);
  if (key.length < 2) return [];
  const list = clauseStarts(view).get(key.slice(0, 2)) ?? [];
  const out: PrefixEntry[] = [];
  // Bounded work on very common openings.
  const maxChecks = 20_000;
  for (let i = 0; i < list.length && i < maxChecks * 2 && out.length < limit; i += 2) {
    const ref = view.paragraphs[list[i]];
    const start = list[i + 1];
    if (normaliseKey(ref.paragraph.text.slice(start, start + key.length + 40)).startsWith(key)) out.push({ ref, start });
  }
  return out;
}

export function paragraphBigrams(view: CorpusView, ref: ParagraphRef): Set<string> {
  let b = view.bigrams.get(ref);
  if (!b) {
    b = bigramsOf(ref.paragraph.text);
    if (view.paragraphs.length <= EXHAUSTIVE_PARAGRAPHS) view.bigrams.set(ref, b);
  }
  return b;
}

/** Corpus documents by upper-case symbol, and by each part of a joint symbol (A/80/62-E/2025/12). */
function bySymbol(corpus: Corpus): Map<string, CorpusDocument> {
  const view = corpusView(corpus);
  if (view.symbols) return view.symbols;
  const map = new Map<string, CorpusDocument>();
  for (const d of corpus.documents) {
    const sym = d.meta.symbol?.toUpperCase();
    if (!sym) continue;
    if (!map.has(sym)) map.set(sym, d);
    for (const part of sym.split('-')) if (!map.has(part)) map.set(part, d);
  }
  view.symbols = map;
  return map;
}

/** The corpus document a symbol or a resolution number refers to, if any. */
export function findCorpusDocument(corpus: Corpus, symbolOrNumber: string, organ?: string): CorpusDocument | undefined {
  const s = symbolOrNumber.trim().toUpperCase();
  const map = bySymbol(corpus);
  const direct = map.get(s);
  if (direct) return direct;
  if (/^\d+\/\d+/.test(s)) {
    const ecosoc = /^\d{4}\//.test(s) || organ === 'Economic and Social Council';
    return map.get(ecosoc ? `E/RES/${s}` : `A/RES/${s}`);
  }
  return undefined;
}

/** Corpus paragraphs whose text cites the resolution number or symbol (`70/1` does not match `70/184`). */
export function paragraphsCiting(corpus: Corpus, numberOrSymbol: string, limit = 8, exclude?: Set<string>): ParagraphRef[] {
  const needle = numberOrSymbol.trim();
  if (!needle) return [];
  const out: ParagraphRef[] = [];
  for (const doc of corpus.documents) {
    if (exclude?.has(doc.meta.id)) continue;
    for (const paragraph of doc.paragraphs) {
      const t = paragraph.text;
      let i = t.indexOf(needle);
      while (i >= 0) {
        const before = i > 0 ? t[i - 1] : '';
        const after = t[i + needle.length] ?? '';
        if (!/[0-9A-Za-z/.]/.test(before) && !/[0-9/]/.test(after)) {
          out.push({ doc, paragraph });
          break;
        }
        i = t.indexOf(needle, i + 1);
      }
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** How to cite a corpus document: its symbol, else its stored citation (Chinese for zh, the Latin-script one otherwise). */
export function citationOf(doc: CorpusDocument, locale: Locale): string {
  return doc.meta.symbol ?? doc.meta.citation[storedLocale(locale)];
}
