/**
 * Custom LSP messages between the resolution language server and its clients.
 * Plain types (no `vscode` import), so the VS Code client, tests and other
 * editors can import them.
 *
 * Settings (section `resolution`, read with `workspace/configuration`,
 * re-read on `workspace/didChangeConfiguration`):
 *   corpus.folders            string[]   extra folders/files of precedent texts
 *   corpus.includeBuiltIn     boolean    include the built-in seeds (default true)
 *   corpus.maxFiles           integer    most files read from the folders (default 10000)
 *   corpus.maxTotalMB         integer    most megabytes read from the folders in all (default 256)
 *   thresholds.near           number     0–1, near-match similarity (default 0.7)
 *   thresholds.partialMinChars number    minimum reused span length (default: each language’s own minimum)
 *   severity                  {code: "error"|"warning"|"information"|"hint"|"off"}
 *   locale                    "auto"|"zh"|"en"|"fr"|"es"|"ru"|"ar" ("auto" follows initialize.locale)
 *   checks                    {code: boolean}  false turns a check off
 *   diagnostics.debounceMs    number     delay before re-analysing after an edit (default 150)
 * `initializationOptions` may carry the same object (used before the first
 * configuration answer, and by clients without `workspace/configuration`),
 * plus `cacheDir` (string): a folder where the corpus index is persisted
 * between sessions (e.g. the extension's global storage), so start-up reuses it.
 */
import type { PrecedentMatch } from '../service/features/precedent';
import type { AgreementReport, ReportEntry } from '../service/features/report';
import type { Range } from '../service/model';
import type { Locale } from '../service/i18n';

export const SETTINGS_SECTION = 'resolution';

export interface ResolutionSettings {
  corpus?: { folders?: string[]; includeBuiltIn?: boolean; maxFiles?: number; maxTotalMB?: number };
  thresholds?: { near?: number; partialMinChars?: number };
  severity?: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>;
  locale?: 'auto' | Locale;
  checks?: Record<string, boolean>;
  diagnostics?: { debounceMs?: number };
}

/** `resolution/findPrecedent`: precedents for a range of an open document, or for a piece of text. */
export const FindPrecedentRequest = 'resolution/findPrecedent';
export type FindPrecedentParams = { uri: string; range: Range; limit?: number } | { text: string; limit?: number };
export interface PrecedentItem extends PrecedentMatch {
  /** File URI of the corpus document when it is a file on disk. */
  docUri?: string;
  /** 0-based line of the paragraph in the corpus document, when known. */
  line?: number;
}
export type FindPrecedentResult = PrecedentItem[];

/** `resolution/report`: the agreed-language report of an open document. */
export const ReportRequest = 'resolution/report';
export interface ReportParams {
  uri: string;
}
export type ReportSource = ReportEntry['sources'][number];
export type ReportParagraph = ReportEntry;
export interface ReportResult extends AgreementReport {
  uri: string;
}

/** `resolution/rebuildIndex`: reload the corpus and re-index it (progress is reported). */
export const RebuildIndexRequest = 'resolution/rebuildIndex';
export type RebuildIndexParams = Record<string, never> | null | undefined;
export interface RebuildIndexResult {
  corpusDocuments: number;
  paragraphs: number;
  warnings: number;
}

/** `resolution/status` notification, server → client, after each analysis and corpus (re)load. */
export const StatusNotification = 'resolution/status';

/**
 * Client → server: the user granted the workspace trust. Until then (initializationOptions
 * `workspaceTrusted: false`, VS Code's Restricted Mode) the server reads no corpus folder from the
 * workspace's settings, only those of the user (`userCorpusFolders`); structure checks run as usual.
 */
export const WorkspaceTrustedNotification = 'resolution/workspaceTrusted';
export interface StatusParams {
  /** The document the figures are about (the last analysed one); absent for corpus-only updates. */
  uri?: string;
  /** Share (0–1) of the document's paragraphs that are agreed or near-agreed language. */
  agreedShare: number;
  /** Errors and warnings in the document (agreed-language notes at information level are not problems). */
  problems: number;
  /** Documents in the corpus. */
  corpusDocuments: number;
  /** True while the corpus is (re)loading. */
  indexing: boolean;
}

/** Client-side command the code action "copy citation" invokes; argument: the citation text. */
export const CopyCitationCommand = 'resolution.copyCitation';

/**
 * `resolution/extractDocument`: a Word or PDF file as resolution text (see
 * service/documents). `uri` names the file; a client that reads files the
 * server cannot (remote or virtual file systems) sends the bytes as `base64`.
 */
export const ExtractDocumentRequest = 'resolution/extractDocument';
export interface ExtractDocumentParams {
  uri: string;
  base64?: string;
}
export interface ExtractDocumentResult {
  format: 'pdf' | 'docx' | 'doc' | 'text';
  /** Empty when the file could not be read; the warnings say why. */
  text: string;
  /** Codes: no-text-layer, encrypted, damaged, timeout, too-large, macros-ignored, skipped-content, unsupported. */
  warnings: Array<{ code: string; detail?: string }>;
  meta?: { symbol?: string; date?: string; title?: string; language?: string };
}
