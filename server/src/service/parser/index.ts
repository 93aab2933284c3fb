import type { ResolutionDocument } from '../model';

export interface ParseOptions {
  /** Force the language; otherwise detected from the text. */
  language?: 'zh' | 'en';
}

/** Parses any text into a resolution model. Never throws. (Owned by the parser work; stub for now.) */
export function parseDocument(text: string, _options: ParseOptions = {}): ResolutionDocument {
  return {
    text,
    language: 'zh',
    kind: 'unknown',
    header: [],
    resolutions: [],
    reportParagraphs: [],
    footnoteRefs: [],
    footnoteDefs: [],
    references: [],
    urls: [],
    segments: text.length ? [{ kind: 'other', span: { start: 0, end: text.length } }] : [],
    problems: [],
  };
}
