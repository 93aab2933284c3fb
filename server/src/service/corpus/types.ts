import type { Language, ParagraphKind } from '../model';

/** What the corpus knows of one precedent document. */
export interface DocumentMeta {
  /** Stable id: the content hash of the file plus its path (unique within a corpus). */
  id: string;
  /** Absolute path, or "builtin:<file>" for the built-in seeds. */
  path: string;
  /** UN symbol ("A/RES/80/118", "E/2025/31"), when known. */
  symbol?: string;
  /** How to cite it when it has no symbol (drafts): falls back to the file name. */
  citation: { zh: string; en: string };
  title?: string;
  /** "General Assembly", "Economic and Social Council", "Secretary-General", … */
  organ?: string;
  kind: 'resolution' | 'report' | 'unknown';
  status: 'adopted' | 'draft' | 'report' | 'unknown';
  /** ISO date "2025-12-15", or a year "2017" when only that is known. */
  date?: string;
  language: Language;
  builtIn: boolean;
  /** Session number when known (80 for A/RES/80/118). */
  session?: number;
  /** Where the metadata came from. */
  metaSource?: 'manifest' | 'front-matter' | 'inferred' | 'file-name';
}

/** One indexed paragraph, with a citable label. */
export interface CorpusParagraph {
  /** Index of this paragraph within its document's `paragraphs`. */
  index: number;
  kind: ParagraphKind;
  /** Short citable label: "PP 3", "OP 7", "OP 70(a)", "para. 12"; prefixed for embedded resolutions: "draft resolution I, OP 3". */
  label: string;
  /** The same label written out for messages. */
  labelText: { zh: string; en: string };
  /** Clean text (as Paragraph.text). */
  text: string;
  /** The leading verb, if any, and where the body starts in `text` (after the verb and its lead). */
  verb?: string;
  bodyStart: number;
  /** The page it starts on, for documents read from PDF (`A/RES/79/194, OP 12 (p. 5)`). */
  page?: number;
}

export interface CorpusDocument {
  meta: DocumentMeta;
  paragraphs: CorpusParagraph[];
}

export type CorpusWarningCode =
  | 'missing-path'
  | 'unreadable'
  | 'not-utf8-decoded'
  | 'not-utf8-skipped'
  | 'binary-skipped'
  | 'too-large-skipped'
  | 'duplicate'
  | 'empty-corpus'
  | 'empty-file'
  | 'not-a-file'
  | 'is-a-folder'
  | 'too-many-files'
  | 'corpus-too-large'
  | 'system-folder-skipped'
  | 'no-paragraphs'
  | 'cache-invalid'
  | 'cache-write-failed'
  | 'front-matter-invalid'
  /** A PDF or Word file that gave no text: `detail` is the reader's warning code and reason. */
  | 'document-unreadable'
  /** A PDF or Word file read with a problem worked around (pages without text, skipped content). */
  | 'document-warning';

export interface CorpusWarning {
  code: CorpusWarningCode;
  path: string;
  /** Localised by the caller with corpus messages. */
  detail?: string;
}
