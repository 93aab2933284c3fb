/**
 * The reference table: what the precedent corpus says about each resolution it cites
 * (dates, titles) and where it says so. Built from parsed corpus documents, so a user's own
 * corpus extends it.
 */
import type { LanguageId } from '../language';
import type { DocumentReference, OrganKind, ResolutionDocument } from '../model';
import { normaliseNumber } from './numbers';
import { titleLanguage } from './titleLanguage';

export interface ResolutionFacts {
  /** "70/1", "2006/46", "217 A (III)". */
  number: string;
  /** Resolution or decision (their numbers are separate series). */
  kind: 'resolution' | 'decision';
  /** Set for series kept apart from the General Assembly's (the Human Rights Council). */
  organ?: OrganKind;
  dates: Array<{ date: string; source: string }>;
  /** `language`: the title's language (`titleLanguage`); absent in facts recorded before it was kept. */
  titles: Array<{ title: string; source: string; language?: LanguageId }>;
}

type CitationKind = ResolutionFacts['kind'];

/**
 * Table key. Resolutions and decisions are separate series; so are the Human Rights Council's
 * session/number resolutions (HRC 53/1 is not GA 53/1). General Assembly, ECOSOC (year/number)
 * and Security Council (number (year)) numbers cannot collide and share one space.
 */
function key(number: string, kind: CitationKind, organ?: OrganKind): string | undefined {
  const n = normaliseNumber(number);
  if (!n) return undefined;
  return `${organ === 'Human Rights Council' ? 'HRC ' : ''}${kind === 'decision' ? 'decision ' : ''}${n}`;
}

/** Just what the table reads from a reference; `DocumentReference` and `FoundReference` both fit. */
export type ReferenceLike = Pick<DocumentReference, 'kind' | 'organ'> & {
  entries?: Array<{ number: string; date?: string; title?: string }>;
};

export class ReferenceTable {
  private readonly facts = new Map<string, ResolutionFacts>();
  /**
   * Facts already recorded, keyed by table key, kind of value, value and source: checking a
   * duplicate by scanning the stored dates was quadratic (70/1 is cited with its date in
   * 2,190 documents of a 2,000-resolution corpus: ~260 ms of a start-up).
   */
  private readonly seen = new Set<string>();

  /** Facts about a resolution (default) or decision; the number in any spelling (`７０/１`, `217 A(III)`). */
  get(number: string, kind: CitationKind = 'resolution', organ?: OrganKind): ResolutionFacts | undefined {
    const k = key(number, kind, organ);
    return k === undefined ? undefined : this.facts.get(k);
  }

  get size(): number {
    return this.facts.size;
  }

  /** Every resolution and decision the table knows, in insertion order. */
  all(): ResolutionFacts[] {
    return [...this.facts.values()];
  }

  /**
   * Records one fact. Duplicates (same value, same source) are kept once. `fact.language` is the language of
   * the document that gives the title (or the title's own, as `titleLanguage` gives it).
   */
  addFact(number: string, kind: CitationKind, fact: { date?: string; title?: string; language?: string }, source: string, organ?: OrganKind): void {
    const k = key(number, kind, organ);
    if (k === undefined) return;
    let f = this.facts.get(k);
    if (!f) {
      f = { number: normaliseNumber(number)!, kind, dates: [], titles: [] };
      if (organ === 'Human Rights Council') f.organ = organ;
      this.facts.set(k, f);
    }
    if (fact.date) {
      const seenKey = `${k}\u0000d\u0000${fact.date}\u0000${source}`;
      if (!this.seen.has(seenKey)) {
        this.seen.add(seenKey);
        f.dates.push({ date: fact.date, source });
      }
    }
    const title = fact.title?.trim();
    if (title) {
      const seenKey = `${k}\u0000t\u0000${title}\u0000${source}`;
      if (!this.seen.has(seenKey)) {
        this.seen.add(seenKey);
        f.titles.push({ title, source, language: titleLanguage(title, fact.language) });
      }
    }
  }

  /** Records the dates and titles given by citations (from `doc.references` or `findReferences`). */
  addReferences(refs: readonly ReferenceLike[], source: string, language?: string): void {
    for (const ref of refs) {
      if (ref.kind !== 'resolution' && ref.kind !== 'decision') continue;
      for (const e of ref.entries ?? []) {
        if (e.date || e.title) this.addFact(e.number, ref.kind, { date: e.date, title: e.title, language }, source, ref.organ);
      }
    }
  }

  /**
   * Adds what one parsed corpus document says: every dated or titled citation, and, for an
   * adopted resolution, its own number, adoption date and title from its header.
   * `source` is a citable label (its symbol).
   */
  addDocument(doc: ResolutionDocument, source: string): void {
    this.addReferences(doc.references, source, doc.language);
    const symbolLine = doc.header.find((h) => h.kind === 'symbol' && h.number);
    const adoption = doc.header.find((h) => h.kind === 'adoption' && h.date);
    const single = doc.resolutions.length === 1 ? doc.resolutions[0] : undefined;
    const number = single?.number ?? symbolLine?.number;
    if (!number || !normaliseNumber(number)) return;
    let title = single?.title;
    if (!title && symbolLine) {
      // "80/118. 信息和通信技术促进可持续发展"
      const dot = symbolLine.text.indexOf('.');
      if (dot >= 0) title = symbolLine.text.slice(dot + 1).trim() || undefined;
    }
    this.addFact(number, 'resolution', { date: adoption?.date, title, language: doc.language }, source);
  }
}
