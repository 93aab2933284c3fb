import type { DocumentReference, ResolutionDocument, ServiceDiagnostic } from '../model';
import type { ServiceSettings } from '../options';
/**
 * A reference found in a piece of clean text. Spans are offsets into the text given to
 * `findReferences` (the parser maps them back to the source and adds ranges).
 */
export type FoundReference = Omit<DocumentReference, 'range' | 'entries'> & {
  entries?: Array<Omit<NonNullable<DocumentReference['entries']>[number], 'range'>>;
};

/**
 * Finds document symbols and resolution/decision citations in clean text (hard wraps already
 * joined, footnote markers removed). (Stub: owned by the references work.)
 */
export function findReferences(_text: string): FoundReference[] {
  return [];
}

export interface ResolutionFacts {
  /** "70/1", "2006/46". */
  number: string;
  dates: Array<{ date: string; source: string }>;
  titles: Array<{ title: string; source: string }>;
}

/** What the precedent corpus says about each resolution it cites: dates and titles, with where it says so. */
export class ReferenceTable {
  private readonly facts = new Map<string, ResolutionFacts>();
  get(number: string): ResolutionFacts | undefined {
    return this.facts.get(number);
  }
  get size(): number {
    return this.facts.size;
  }
  /** Adds what one parsed corpus document says. `source` is a citable label (its symbol). */
  addDocument(_doc: ResolutionDocument, _source: string): void {}
}

/** reference-malformed and reference-inconsistent. (Stub.) */
export function checkReferences(
  _doc: ResolutionDocument,
  _table: ReferenceTable | undefined,
  _settings: ServiceSettings,
): ServiceDiagnostic[] {
  return [];
}
