/**
 * Compare a draft with one precedent, paragraph by paragraph (not character by character).
 *
 * The pairing is the agreed-language engine's: an index holding the precedent alone
 * (`AgreedLanguageIndex`) finds, for each draft paragraph, its counterpart there (exact, near by
 * edit distance or containment, or partial reuse). On top of that pairing:
 * - a precedent paragraph paired with several draft paragraphs was split (the closest keeps the
 *   pair, the others are marked `split`); a draft paragraph that reuses parts of several precedent
 *   paragraphs is `merged` from them;
 * - moves: the pairs that do not keep the precedent's order (outside a longest increasing run of
 *   precedent positions) are `moved`, with their old and new labels; renumbering alone is no change
 *   (the compared texts carry no numbers);
 * - precedent paragraphs paired with nothing are `deleted`, listed where they stood;
 * - each pair is `unchanged`, a `technical` update (dates, sessions, symbols) or `changed`
 *   (revisions.ts, technicalUpdate.ts); a draft paragraph with no counterpart is `new`.
 */
import { cancellationCheck, throwIfCancelled, type CancellationFlag } from '../cancellation';
import type { CorpusDocument } from '../corpus/types';
import { AgreedLanguageIndex, labelledParagraphs, type ParagraphAgreement } from '../matching';
import type { ResolutionDocument } from '../model';
import type { ServiceSettings } from '../options';
import { hunksOf, revisionPieces, type RevisionHunk } from './revisions';
import { allTechnical } from './technicalUpdate';

export type CompareKind = 'unchanged' | 'technical' | 'changed' | 'new' | 'deleted';

export interface CompareRow {
  kind: CompareKind;
  draftLabel?: string;
  precedentLabel?: string;
  draftText?: string;
  precedentText?: string;
  /** Out of the precedent's order. */
  moved?: boolean;
  /** A part of a precedent paragraph that another draft paragraph also holds. */
  split?: boolean;
  /** The precedent paragraphs a draft paragraph joins (partial reuse of several). */
  merged?: string[];
  hunks?: RevisionHunk[];
}

export interface Comparison {
  precedent: { symbol?: string; citation: string; date?: string };
  rows: CompareRow[];
  summary: Record<CompareKind | 'moved', number>;
  /** The engine's findings against the precedent alone (for a Word export of the comparison). */
  agreements: ParagraphAgreement[];
}

/**
 * A paragraph that reuses clauses of the precedent is new language unless the reused text is most
 * of it: only then is it a counterpart (one source) or a merge (several). On the real English
 * series, pairing every partial reuse disagreed with an all-pairs reference on 5–14% of paragraphs.
 */
const MERGE_MIN_SHARE = 0.6;

/** Share of a draft paragraph's source text covered by its reused spans. */
function reusedShare(a: ParagraphAgreement, parts: ReadonlyArray<{ start: number; end: number }>): number {
  const total = parts.reduce((n, p) => n + (p.end - p.start), 0);
  if (!total) return 0;
  const spans = [...a.spans].sort((x, y) => x.start - y.start);
  let covered = 0;
  let end = -1;
  for (const s of spans) {
    const from = Math.max(s.start, end);
    if (s.end > from) covered += s.end - from;
    end = Math.max(end, s.end);
  }
  return covered / total;
}

/** Indices (into `xs`) of one longest strictly increasing subsequence. */
function longestIncreasing(xs: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]] < xs[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) out.add(k);
  return out;
}

/** With a flag, it is read after the matching and every few rows of the table; a cancelled comparison stops (CancelledError). */
export function compareWithPrecedent(draft: ResolutionDocument, precedent: CorpusDocument, settings: ServiceSettings, token?: CancellationFlag): Comparison {
  const index = new AgreedLanguageIndex();
  index.addDocument(precedent);
  const agreements = index.analyze(draft, settings);
  throwIfCancelled(token);
  const check = cancellationCheck(token);
  const paragraphs = labelledParagraphs(draft);
  const P = precedent.paragraphs;

  // Primary pairs: draft i → precedent j (closest first when several draft paragraphs share j).
  const pairOf: Array<number | undefined> = paragraphs.map(() => undefined);
  const simOf: number[] = paragraphs.map(() => 0);
  const mergedOf: Array<number[] | undefined> = paragraphs.map(() => undefined);
  agreements.forEach((a, i) => {
    if (a.status === 'exact' || a.status === 'near') {
      pairOf[i] = a.sources[0]?.paragraphIndex;
      simOf[i] = a.sources[0]?.similarity ?? 0;
    } else if (a.status === 'partial' && reusedShare(a, paragraphs[i].paragraph.parts) >= MERGE_MIN_SHARE) {
      const js = [...new Set(a.sources.map((s) => s.paragraphIndex))];
      if (js.length > 1) mergedOf[i] = js.sort((x, y) => x - y);
      else if (js.length === 1) {
        pairOf[i] = js[0];
        simOf[i] = a.sources[0].similarity * 0.5;
      }
    }
  });
  const owner = new Map<number, number>();
  pairOf.forEach((j, i) => {
    if (j === undefined) return;
    const o = owner.get(j);
    if (o === undefined || simOf[i] > simOf[o]) owner.set(j, i);
  });
  const used = new Set<number>([...owner.keys(), ...mergedOf.flatMap((m) => m ?? [])]);

  // Moves: primary pairs outside the longest run that keeps the precedent's order.
  const primary = paragraphs.map((_, i) => i).filter((i) => pairOf[i] !== undefined && owner.get(pairOf[i]!) === i);
  const keep = longestIncreasing(primary.map((i) => pairOf[i]!));
  const moved = new Set(primary.filter((_, k) => !keep.has(k)));

  const rows: CompareRow[] = paragraphs.map(({ paragraph: p, label }, i) => {
    check();
    const j = pairOf[i];
    if (mergedOf[i]) return { kind: 'changed', draftLabel: label, draftText: p.text, merged: mergedOf[i]!.map((k) => P[k].label) };
    if (j === undefined || !P[j]) return { kind: 'new', draftLabel: label, draftText: p.text };
    const hunks = hunksOf(revisionPieces(P[j].text, p.text));
    const kind: CompareKind = hunks.length === 0 ? 'unchanged' : allTechnical(hunks) ? 'technical' : 'changed';
    return {
      kind,
      draftLabel: label,
      precedentLabel: P[j].label,
      draftText: p.text,
      precedentText: P[j].text,
      ...(moved.has(i) ? { moved: true } : {}),
      ...(owner.get(j) !== i ? { split: true } : {}),
      ...(hunks.length ? { hunks } : {}),
    };
  });

  // Deleted precedent paragraphs, each after the draft row holding the precedent paragraph before it.
  const out = [...rows];
  const positionOfPrecedent = new Map<number, number>();
  primary.forEach((i) => positionOfPrecedent.set(pairOf[i]!, i));
  const inserts: Array<{ after: number; row: CompareRow }> = [];
  let lastAfter = -1;
  for (let k = 0; k < P.length; k++) {
    if (used.has(k)) {
      const at = positionOfPrecedent.get(k);
      if (at !== undefined && !moved.has(at)) lastAfter = at;
      continue;
    }
    inserts.push({ after: lastAfter, row: { kind: 'deleted', precedentLabel: P[k].label, precedentText: P[k].text } });
  }
  for (let n = inserts.length - 1; n >= 0; n--) out.splice(inserts[n].after + 1, 0, inserts[n].row);

  const summary: Comparison['summary'] = { unchanged: 0, technical: 0, changed: 0, new: 0, deleted: 0, moved: 0 };
  for (const r of out) {
    summary[r.kind]++;
    if (r.moved) summary.moved++;
  }
  const meta = precedent.meta;
  return { precedent: { symbol: meta.symbol, citation: meta.symbol ?? meta.citation.en, date: meta.date }, rows: out, summary, agreements };
}
