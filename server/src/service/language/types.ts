/**
 * A language profile: what the service knows of one official language, built from its plain data
 * (`data/<id>.ts`). The parser, the checks, the references, the agreed-language engine and the features ask
 * the profile instead of keeping their own lexicons or script rules (issue 9).
 */
import type { OrganKind } from '../model';
import type { LanguageData, LanguageId } from './data/types';

export type { LanguageData, LanguageId } from './data/types';

/** Where a paragraph's leading verb stands in its clean text (local offsets). */
export interface VerbMatch {
  /** Offset where the lead starts (== verbStart when there is no lead). */
  leadStart: number;
  verbStart: number;
  verbEnd: number;
}

/** A paragraph's clean text split into its verb phrase and its body. */
export interface VerbSplit {
  /** The verb phrase as written (with its adverbs), when there is one. */
  verb?: string;
  /** Offset in the text where the body starts (after the verb, its lead, spaces and emphasis marks). */
  bodyStart: number;
}

/** A date read from a citation. */
export interface CitationDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

/** A resolution citation with its date, found by the language's citation pattern. */
export interface CitationHit {
  /** Offsets of the whole citation in the text searched. */
  start: number;
  end: number;
  /** The resolution number as written (`70/1`, `2006/46`). */
  symbol: string;
  date?: CitationDate;
  /** Offsets of the date in the text searched. */
  dateStart?: number;
  dateEnd?: number;
  /** The title given right after the citation (`, intitulée « … »`), as written, without its quotes;
   * read by the language's `titlePattern`, outside `start`…`end`. */
  title?: string;
}

/** The marks a paragraph's place requires. */
export interface EndingMarks {
  preambular: string;
  operative: string;
  last: string;
  chapeau: string;
}

export interface LanguageProfile {
  readonly id: LanguageId;
  readonly data: LanguageData;
  readonly direction: 'ltr' | 'rtl';
  /**
   * The verb phrase (with adverbs before and after) at `pos` in this language alone: its length, or 0.
   * `afterLead`: the verb follows a lead (`In this regard, recalls`) and may start in lower case.
   */
  verbAt(text: string, pos: number, afterLead?: boolean): number;
  /**
   * The leading verb of a paragraph's clean text, by lexicon, leads and (English) shape. `hintStarts` are
   * offsets where an emphasised run begins near the start (after a lead the lexicon lacks).
   */
  matchLeadingVerb(text: string, hintStarts?: readonly number[]): VerbMatch | undefined;
  /** Verb and body start of a paragraph's clean text when no parse is at hand (plain strings, old caches). */
  splitLeadingVerb(text: string): VerbSplit;
  /** The acting organ of an organ line (`大会，`, `L'Assemblée générale,`), or undefined. `line` is trimmed, emphasis removed. */
  readOrgan(line: string): OrganKind | undefined;
  /** Closing marks by place. */
  readonly endings: EndingMarks;
  /** Marks a space goes before (French `;` `:`), and the spaces accepted there; undefined elsewhere. */
  readonly spaceBefore?: { marks: string; spaces: string };
  /** Sub-paragraph letters in order, without brackets (`a` `b` …, `أ` `ب` …). */
  readonly subparagraphLetters: readonly string[];
  /** Operative paragraphs are numbered `1 -` (Arabic texts), besides `1.`. */
  readonly dashNumbers: boolean;
  /** Value (1-based) of a sub-paragraph letter as written between brackets, or 0. */
  letterValue(letter: string): number;
  /** Reads a date as this language writes it in citations (`25 septembre 2015`), anywhere in `text`. */
  readDate(text: string): CitationDate | undefined;
  /** Resolution citations with their dates (`résolution 70/1 du 25 septembre 2015`). */
  findCitations(text: string): CitationHit[];
  /** Common leading verbs for completion when the corpus has none. */
  readonly builtinVerbs: { preambular: readonly string[]; operative: readonly string[] };
}
