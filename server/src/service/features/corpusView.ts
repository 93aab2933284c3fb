/**
 * Derived views of a corpus the features need (verb frequencies, prefix and
 * bigram indexes). Computed lazily once per corpus state and cached.
 */
import type { Corpus, CorpusDocument, CorpusParagraph } from '../corpus';
import { normaliseToken } from './text';

export interface VerbCount {
  verb: string;
  preambular: number;
  operative: number;
}

export interface ParagraphRef {
  doc: CorpusDocument;
  paragraph: CorpusParagraph;
}

interface PrefixEntry {
  key: string;
  ref: ParagraphRef;
  /** Offset in the paragraph text where the keyed clause starts. */
  start: number;
}

export interface CorpusView {
  verbs: Map<string, VerbCount>;
  /** Sorted by key, for prefix search. */
  prefixes: PrefixEntry[];
  paragraphs: ParagraphRef[];
  bigrams: Map<ParagraphRef, Set<string>>;
}

const cache = new WeakMap<Corpus, { stamp: string; view: CorpusView }>();

function stampOf(corpus: Corpus): string {
  let n = 0;
  for (const d of corpus.documents) n += d.paragraphs.length;
  return `${corpus.documents.length}:${n}:${corpus.documents.map((d) => d.meta.id).join(',')}`;
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
  const prefixes: PrefixEntry[] = [];
  const paragraphs: ParagraphRef[] = [];
  for (const doc of corpus.documents) {
    for (const paragraph of doc.paragraphs) {
      const ref = { doc, paragraph };
      paragraphs.push(ref);
      if (paragraph.verb) {
        const v = verbs.get(paragraph.verb) ?? { verb: paragraph.verb, preambular: 0, operative: 0 };
        if (paragraph.kind === 'preambular') v.preambular++;
        else if (paragraph.kind === 'operative' || paragraph.kind === 'subparagraph') v.operative++;
        verbs.set(paragraph.verb, v);
      }
      const text = paragraph.text;
      const starts = new Set<number>([0, Math.min(paragraph.bodyStart, text.length)]);
      CLAUSE_BREAK.lastIndex = 0;
      for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
        let s = m.index + 1;
        while (s < text.length && /\s/.test(text[s])) s++;
        if (s < text.length) starts.add(s);
      }
      for (const start of starts) {
        const key = normaliseKey(text.slice(start, start + 80));
        if (key.length >= 2) prefixes.push({ key, ref, start });
      }
    }
  }
  prefixes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const view: CorpusView = { verbs, prefixes, paragraphs, bigrams: new Map() };
  cache.set(corpus, { stamp, view });
  return view;
}

/** Entries whose key starts with the normalised prefix (at most `limit`). */
export function prefixSearch(view: CorpusView, prefix: string, limit = 50): PrefixEntry[] {
  const key = normaliseKey(prefix);
  if (!key) return [];
  const probe = key.slice(0, 80);
  let lo = 0;
  let hi = view.prefixes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.prefixes[mid].key < probe) lo = mid + 1;
    else hi = mid;
  }
  const out: PrefixEntry[] = [];
  for (let i = lo; i < view.prefixes.length && out.length < limit; i++) {
    if (!view.prefixes[i].key.startsWith(probe)) break;
    out.push(view.prefixes[i]);
  }
  return out;
}

export function paragraphBigrams(view: CorpusView, ref: ParagraphRef): Set<string> {
  let b = view.bigrams.get(ref);
  if (!b) {
    b = bigramsOf(ref.paragraph.text);
    view.bigrams.set(ref, b);
  }
  return b;
}

/** The corpus document a symbol or a resolution number refers to, if any. */
export function findCorpusDocument(corpus: Corpus, symbolOrNumber: string, organ?: string): CorpusDocument | undefined {
  const s = symbolOrNumber.trim().toUpperCase();
  for (const d of corpus.documents) {
    const sym = d.meta.symbol?.toUpperCase();
    if (!sym) continue;
    if (sym === s) return d;
    // Joint symbols: A/80/62-E/2025/12 matches A/80/62 and E/2025/12.
    if (sym.split('-').includes(s)) return d;
  }
  if (/^\d+\/\d+/.test(s)) {
    const ecosoc = /^\d{4}\//.test(s) || organ === 'Economic and Social Council';
    const candidates = ecosoc ? [`E/RES/${s}`] : [`A/RES/${s}`];
    for (const c of candidates) {
      const d = corpus.documents.find((x) => x.meta.symbol?.toUpperCase() === c);
      if (d) return d;
    }
  }
  return undefined;
}

/** Corpus paragraphs whose text cites the resolution number or symbol (`70/1` does not match `70/184`). */
export function paragraphsCiting(corpus: Corpus, numberOrSymbol: string, limit = 8): ParagraphRef[] {
  const needle = numberOrSymbol.trim();
  if (!needle) return [];
  const out: ParagraphRef[] = [];
  for (const doc of corpus.documents) {
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

export function citationOf(doc: CorpusDocument, locale: 'zh' | 'en'): string {
  return doc.meta.symbol ?? doc.meta.citation[locale];
}
