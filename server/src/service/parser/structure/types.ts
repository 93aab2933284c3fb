/** The structure pass's data: what it builds (resolutions, paragraphs, headings, decisions, line roles) and what it is given. */
import type { OrganKind, ParagraphKind } from '../../model';
import type { HeaderInfo } from '../header';
import type { Line, LineList } from '../lines';
import type { Marker } from '../numbering';
import type { LanguageId, LanguageProfile } from '../../language/types';

export interface DraftParagraph {
  id: number;
  kind: ParagraphKind;
  marker?: Marker & { start: number };
  /** Source fragments (one per line), the first without indentation and number. */
  fragments: Array<{ line: number; start: number; end: number }>;
  subs: DraftParagraph[];
  parent?: DraftParagraph;
  /** 1 = alpha level, 2 = roman level. */
  level: number;
  lastChar: string;
}

export interface DraftHeading {
  line: number;
  start: number;
  end: number;
  lines: number[];
}

export interface DraftResolution {
  id: number;
  embeddedLabel?: string;
  embeddedIndex?: number;
  headerLines: Array<{ line: number; start: number; end: number; info: HeaderInfo }>;
  organ?: { line: number; start: number; end: number; organ: OrganKind };
  preambular: DraftParagraph[];
  operative: DraftParagraph[];
  headings: DraftHeading[];
  /** Closing lines of an adopted text (`2025 年 12 月 15 日`, `第 64 次全体会议`). */
  closing: Array<{ line: number; start: number; end: number }>;
  firstLine: number;
  lastLine: number;
}

/** A draft decision embedded in a report (`决定草案一`): marker, title lines, paragraphs. */
export interface DraftDecision {
  label: string;
  index: number;
  marker: { line: number; start: number; end: number };
  title: Array<{ line: number; start: number; end: number }>;
  /** Top-level paragraphs (kind `decision`), with their sub-paragraphs. */
  paragraphs: DraftParagraph[];
  /** Numbered top-level paragraphs so far (`1.`, `2.` of a decision with numbered paragraphs). */
  numbered: number;
}

export type LineRole =
  | { kind: 'header'; res?: number }
  | { kind: 'organ'; res: number }
  | { kind: 'paragraph'; para: DraftParagraph }
  | { kind: 'heading'; owner: number }
  | { kind: 'other' };

export interface Structure {
  header: Array<{ line: number; start: number; end: number; info: HeaderInfo }>;
  resolutions: DraftResolution[];
  report: DraftParagraph[];
  reportHeadings: DraftHeading[];
  /** Draft decisions embedded in a report. */
  decisions: DraftDecision[];
  roles: Map<number, LineRole>;
}

export interface StructureInput {
  text: string;
  lines: LineList;
  /** Lines that hold body text (not footnotes, URLs, rules, blanks). */
  body: number[];
  pdf: boolean;
  language: LanguageId;
  /** The text language's profile: its leading verbs and paragraph endings. */
  profile: LanguageProfile;
  /** Last meaningful char of a line's content (footnote markers/emphasis ignored), and the plain start. */
  lineEndChar: (line: Line) => string;
  /** The line's leading text without emphasis/footnote markup (first ~120 chars). */
  plainStart: (line: Line) => string;
}
