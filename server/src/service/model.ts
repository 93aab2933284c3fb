/**
 * The resolution model: what the parser makes of a text, and what every check,
 * the agreed-language engine, the language server and the CLI consume.
 *
 * Pure data. No editor or LSP types: positions and ranges are plain objects
 * that happen to have the LSP shape (0-based line, UTF-16 character).
 *
 * Offsets (`Span`) are UTF-16 code-unit offsets into the source text, end
 * exclusive. Every located node carries both a span and a range.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Span {
  start: number;
  end: number;
}

export interface Located {
  span: Span;
  range: Range;
}

import type { LanguageId } from './language/data/types';

export type { LanguageId } from './language/data/types';
/** The language a text is written in: the id of a registered language profile (`language/registry.ts`). Not the UI locale (`i18n` `Locale`). */
export type Language = LanguageId;

/**
 * A piece of a paragraph's clean text and where it came from in the source.
 * `text.slice(textStart, textStart + length)` equals
 * `source.slice(sourceStart, sourceStart + length)`. Pieces are in order; the
 * gaps between them are what the parser dropped (hard-wrap line breaks,
 * Markdown emphasis markers, footnote reference markers, page-break blocks).
 */
export interface TextPiece {
  textStart: number;
  sourceStart: number;
  length: number;
}

export type HeaderKind =
  | 'session' // 第八十届会议 / Eightieth session
  | 'committee' // 第二委员会 / Second Committee
  | 'agendaItem' // 议程项目 15 / Agenda item 15
  | 'title' // the subject title
  | 'adoption' // 2025 年 12 月 15 日大会决议 / Resolution adopted by the General Assembly on …
  | 'origin' // [根据第二委员会的报告(A/80/555, 第 7 段)通过]
  | 'symbol' // 80/118. 信息和通信技术促进可持续发展
  | 'sponsor' // 厄瓜多尔： (sponsor line of a draft)
  | 'draftMarker' // 决议草案 / Draft resolution / 决议草案一
  | 'distribution' // document symbol, distribution, date lines of a cover page
  | 'other';

export interface HeaderLine extends Located {
  kind: HeaderKind;
  /** The line's text without Markdown heading marks and surrounding space. */
  text: string;
  /** For `symbol`: the resolution number as written, e.g. "80/118". */
  number?: string;
  /** For `agendaItem`: the item number as written, e.g. "15". */
  item?: string;
  /** For `adoption`: ISO date (YYYY-MM-DD) when it can be read. */
  date?: string;
}

export type OrganKind =
  | 'General Assembly'
  | 'Economic and Social Council'
  | 'Security Council'
  | 'Human Rights Council'
  | 'other';

export interface OrganLine extends Located {
  /** As written, e.g. "大会，" or "The General Assembly,". */
  text: string;
  organ: OrganKind;
}

/** The leading verb phrase of a paragraph: `又回顾`, `在这方面**强调**`, `Recalling`. */
export interface LeadingVerb extends Located {
  /** The verb itself, without emphasis markers or lead: `强调`, `Recalling`. */
  verb: string;
  /** A short lead before the verb (`在这方面`, `In this regard,`), if any. */
  lead?: string;
  /** Range of the verb alone (without the lead), without emphasis markers. */
  verbSpan: Span;
  verbRange: Range;
  /** Whether the verb was set in bold or italic in the source. */
  emphasised: boolean;
}

/** `decision`: a top-level paragraph of a draft decision embedded in a report (`决定草案二`); its `(a)`, `(b)` are `subparagraph`s. */
export type ParagraphKind = 'preambular' | 'operative' | 'subparagraph' | 'report' | 'decision';

export interface ParagraphNumber extends Located {
  /** As written: "1.", "(a)", "(iv)", "㈣". */
  text: string;
  /** Numeric value: 1 for "1.", 1 for "(a)", 4 for "(iv)" and "㈣". */
  value: number;
  /** Numbering style: arabic `1.`, latin letters `(a)`, roman `(i)`, CJK parenthesised `㈠`. */
  style: 'arabic' | 'alpha' | 'roman' | 'cjk';
}

export interface EndPunctuation extends Located {
  /** The last meaningful character of the paragraph: `，` `；` `。` `：` `,` `;` `.` `:`; empty if none. */
  char: string;
}

export interface Paragraph extends Located {
  kind: ParagraphKind;
  /** 1-based position among its siblings: PP n, OP n, sub-paragraph n of its parent. */
  ordinal: number;
  /** Citable label: "PP 3", "OP 7", "OP 70(a)", "para. 12". */
  label: string;
  number?: ParagraphNumber;
  verb?: LeadingVerb;
  /**
   * Clean text: hard wraps joined (no space inserted between CJK characters),
   * emphasis markers, footnote markers and page-break blocks removed, number
   * prefix (`1. `, `(a) `) removed. Leading verb included.
   */
  text: string;
  /** Maps `text` back to the source. */
  pieces: TextPiece[];
  /** Source spans that hold this paragraph's text, in order (more than one when cut by a page break). */
  parts: Span[];
  endPunctuation: EndPunctuation;
  /** Footnote reference numbers in order of appearance within this paragraph. */
  footnoteRefs: number[];
  subparagraphs: Paragraph[];
  /** For sub-paragraphs: the label of the parent. */
  parentLabel?: string;
}

export interface Resolution extends Located {
  /** Where it sits: undefined for a stand-alone resolution; "决议草案一" / "draft resolution I" when embedded in a report. */
  embeddedLabel?: string;
  /** Position among embedded resolutions, 1-based (draft resolution I = 1). */
  embeddedIndex?: number;
  /** "80/118" when a symbol line is present. */
  number?: string;
  title?: string;
  organ?: OrganLine;
  preambular: Paragraph[];
  operative: Paragraph[];
  /** Sub-headings inside the body (`总结：审查…`), not paragraphs. */
  headings: Array<Located & { text: string }>;
  /** Header lines of an embedded resolution (draft marker, title), not in the document header. */
  header?: HeaderLine[];
  /** Closing lines of an adopted text: `2025 年 12 月 15 日` (with ISO `date`), `第 64 次全体会议`. */
  closing?: Array<Located & { text: string; date?: string }>;
}

/**
 * A draft decision embedded in a report (`决定草案一` … / `Draft decision I`): not a resolution (no
 * preambular/operative anatomy, not checked for numbering or punctuation), but its text is read into
 * paragraphs so that citations wrapped across lines are found and mapped back.
 */
export interface Decision extends Located {
  /** As written: "决定草案二", "Draft decision II". */
  label: string;
  /** Position among the report's draft decisions, 1-based (决定草案一 = 1). */
  index: number;
  /** The title, joined if wrapped. */
  title?: string;
  /** The marker line (`draftMarker`) and the title line(s) (`title`). */
  header: HeaderLine[];
  /**
   * The decision's text: top-level paragraphs of kind `decision` (usually one, the chapeau
   * `经济及社会理事会，回顾…：`), each with its sub-paragraphs `(a)`, `(b)`… Labels: "决定草案二",
   * "决定草案二(a)"; with several top-level paragraphs "决定草案二 para. 2".
   */
  paragraphs: Paragraph[];
}

export type FootnoteRefForm = 'sup' | 'unicode' | 'markdown' | 'bare';

export interface FootnoteRef extends Located {
  number: number;
  form: FootnoteRefForm;
}

export interface FootnoteDef extends Located {
  number: number;
  /** Span/range of the marker alone (`<sup>3</sup>`, `³`, ` 3`, `[^3]:`). */
  markerSpan: Span;
  markerRange: Range;
  /** The footnote's text, joined if wrapped, without the marker. */
  text: string;
}

export type ReferenceKind = 'symbol' | 'resolution' | 'decision';

export interface ResolutionCitationEntry extends Located {
  /** "70/1", "2006/46", "57/270 B", "217 A (III)". */
  number: string;
  /** ISO date (YYYY-MM-DD) given with this citation, if any. */
  date?: string;
  /** Title given with this citation (`题为“…”`), if any. */
  title?: string;
}

export interface DocumentReference extends Located {
  kind: ReferenceKind;
  /** The text as written. */
  raw: string;
  /** For `symbol`: normalised symbol ("A/80/62-E/2025/12"). */
  symbol?: string;
  /** For resolution/decision citations: one entry per number (lists cite several). */
  entries?: ResolutionCitationEntry[];
  /** Set when the reference cannot be parsed; says why (a message key, see i18n). */
  malformed?: { reason: string; detail?: string };
  /** Issuing organ implied by the citation (`经济及社会理事会第 2006/46 号决议` → ECOSOC). */
  organ?: OrganKind;
}

/** Every character of the source belongs to exactly one segment, in order. */
export type SegmentKind =
  | 'blank'
  | 'header'
  | 'organ'
  | 'paragraph'
  | 'heading'
  | 'footnoteDef'
  | 'footnoteRule'
  | 'frontMatter'
  | 'pageBreak'
  | 'url'
  | 'other';

export interface Segment {
  kind: SegmentKind;
  span: Span;
}

export type DocumentKind = 'resolution' | 'draft' | 'report' | 'unknown';

export interface ParseProblem extends Located {
  /** Message key in i18n; e.g. 'parse-unterminated-sup'. */
  code: string;
  detail?: Record<string, string | number>;
}

export interface ResolutionDocument {
  text: string;
  language: LanguageId;
  kind: DocumentKind;
  header: HeaderLine[];
  /** One for a stand-alone resolution or draft; several when embedded in a report; none for a plain report. */
  resolutions: Resolution[];
  /** Numbered paragraphs of a report (outside embedded resolutions). */
  reportParagraphs: Paragraph[];
  footnoteRefs: FootnoteRef[];
  footnoteDefs: FootnoteDef[];
  references: DocumentReference[];
  /** URLs: lines holding only a URL, and URLs inside footnotes and paragraphs (`url` joined when wrapped). */
  urls: Array<Located & { url?: string }>;
  segments: Segment[];
  problems: ParseProblem[];
  /** Headings of a report outside embedded resolutions (`一. 主要趋势`, `A. 非洲`). */
  headings?: Array<Located & { text: string }>;
  /** Draft decisions embedded in a report, in order; absent when there are none. */
  decisions?: Decision[];
  /**
   * A front-matter block at the top (`---` / `symbol: A/C.2/80/L.17` / … / `---`): metadata, never text.
   * Keys in lower case, values as written. Absent when the text has none.
   */
  frontMatter?: Located & { fields: Record<string, string> };
}

/** Diagnostic severities, LSP numbering. */
export const Severity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

/** A diagnostic in LSP shape, produced by the pure service. */
export interface ServiceDiagnostic {
  range: Range;
  severity: Severity;
  code: string;
  source: string;
  message: string;
  data?: unknown;
  /** Offsets of `range`, for tools that work on offsets. Not sent over LSP. */
  span?: Span;
}
