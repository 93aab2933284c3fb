/** Go to definition / find references for footnotes, and links from document references to the corpus. */
import { cancellationCheck, type CancellationFlag } from '../cancellation';
import type { Position, Range } from '../model';
import { symbolFromUrl } from '../references';
import { citationOf, findCorpusDocument } from './corpusView';
import { footnoteDefAt, footnoteRefAt } from './locate';
import type { FeatureContext } from './types';
import { appendAll } from '../text/arrays';

function footnoteNumberAt(ctx: FeatureContext, position: Position): number | undefined {
  const offset = ctx.lines.offsetAt(position);
  const doc = ctx.analysis.document;
  const ref = footnoteRefAt(doc, offset);
  if (ref) return ref.number;
  return footnoteDefAt(doc, offset)?.number;
}

/** The footnotes numbered n, reading the flag every few items (CancelledError once it is set). */
function numbered<T extends { number: number }>(items: readonly T[], n: number, check: () => void): T[] {
  const out: T[] = [];
  for (const x of items) {
    check();
    if (x.number === n) out.push(x);
  }
  return out;
}

/** Ranges of the definition(s) of the footnote at the position (the marker of each definition). A set flag stops it (CancelledError). */
export function definition(ctx: FeatureContext, position: Position, token?: CancellationFlag): Range[] {
  const n = footnoteNumberAt(ctx, position);
  if (n === undefined) return [];
  return numbered(ctx.analysis.document.footnoteDefs, n, cancellationCheck(token)).map((d) => d.markerRange);
}

/** Ranges of every reference to the footnote at the position, and its definition when asked. A set flag stops it (CancelledError). */
export function references(ctx: FeatureContext, position: Position, includeDeclaration: boolean, token?: CancellationFlag): Range[] {
  const n = footnoteNumberAt(ctx, position);
  if (n === undefined) return [];
  const check = cancellationCheck(token);
  const doc = ctx.analysis.document;
  const out = numbered(doc.footnoteRefs, n, check).map((r) => ({ range: r.range, start: r.span.start }));
  if (includeDeclaration) appendAll(out, numbered(doc.footnoteDefs, n, check).map((d) => ({ range: d.markerRange, start: d.markerSpan.start })));
  return out.sort((a, b) => a.start - b.start).map((x) => x.range);
}

export interface DocumentLinkResult {
  range: Range;
  /** Corpus document path ("builtin:<file>" for built-in texts). */
  docPath: string;
  /** The document's symbol, for locating the line in the file. */
  symbol?: string;
  tooltip: string;
}

/** Links from document symbols and resolution citations to corpus documents (a set flag stops the loops: CancelledError). */
export function documentLinks(ctx: FeatureContext, token?: CancellationFlag): DocumentLinkResult[] {
  const corpus = ctx.corpus;
  if (!corpus) return [];
  const check = cancellationCheck(token);
  const out: DocumentLinkResult[] = [];
  for (const r of ctx.analysis.document.references) {
    check();
    if (r.malformed) continue;
    if (r.kind === 'symbol' && r.symbol) {
      const d = findCorpusDocument(corpus, r.symbol);
      if (d) out.push({ range: r.range, docPath: d.meta.path, symbol: d.meta.symbol, tooltip: tooltip(ctx, d) });
      continue;
    }
    for (const e of r.entries ?? []) {
      check();
      const d = findCorpusDocument(corpus, e.number, r.organ);
      if (d) out.push({ range: e.range ?? r.range, docPath: d.meta.path, symbol: d.meta.symbol, tooltip: tooltip(ctx, d) });
    }
  }
  // Links to un.org documents whose symbol the corpus holds open the local copy.
  const text = ctx.analysis.document.text;
  for (const u of ctx.analysis.document.urls) {
    check();
    // `url` is the joined URL: a URL wrapped across lines in PDF text has line breaks in its span.
    const symbol = symbolFromUrl(u.url ?? text.slice(u.span.start, u.span.end));
    const d = symbol ? findCorpusDocument(corpus, symbol) : undefined;
    if (d) out.push({ range: u.range, docPath: d.meta.path, symbol: d.meta.symbol, tooltip: tooltip(ctx, d) });
  }
  return out;
}

function tooltip(ctx: FeatureContext, d: Parameters<typeof citationOf>[0]): string {
  const parts = [citationOf(d, ctx.settings.locale), d.meta.title, d.meta.date].filter(Boolean);
  return parts.join(' — ');
}
