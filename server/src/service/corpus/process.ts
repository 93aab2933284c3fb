/**
 * One corpus file's bytes → its corpus document, the digest the reference table
 * needs, and its warnings. Pure: the same bytes give the same result, which is
 * what the persisted cache relies on.
 */
import { createHash } from 'crypto';
import type { ResolutionDocument } from '../model';
import { parseDocument } from '../parser';
import { ReferenceTable } from '../references';
import { detectFormat, DOCUMENT_EXTENSIONS, extractDocument, type ExtractedDocument } from '../documents';
import { decodeBytes } from './decode';
import { labelParagraphs, toCorpusDocument } from './labels';
import { completeMeta, inferMeta, metaFromManifest, parseFrontMatter, type PartialMeta } from './metadata';
import type { ManifestEntry } from './seeds';
import type { CorpusDocument, CorpusWarning, DocumentMeta } from './types';

/** One fact for the reference table: a cited (or the document's own) resolution number with a date or title. */
export interface ReferenceFact {
  number: string;
  kind: 'resolution' | 'decision';
  date?: string;
  title?: string;
  /** The title's language (see `titleLanguage`); absent in records written before it was kept. */
  language?: string;
  /** Set when the number is of another series than the General Assembly's (Human Rights Council). */
  organ?: string;
}

/**
 * What the reference table needs of a document, kept so the table can be refilled from the
 * cache without parsing again: the facts the table itself drew from the parsed document
 * (small), or, with a table that cannot list its facts, the parsed model reduced to the
 * parts a table reads (references, header, resolution numbers and titles).
 */
export type ReferenceDigest = { facts: ReferenceFact[] } | { doc: ResolutionDocument };

interface FactTable {
  addDocument(doc: ResolutionDocument, source: string): void;
  all?: () => Array<{ number: string; kind: 'resolution' | 'decision'; organ?: string; dates: Array<{ date: string }>; titles: Array<{ title: string; language?: string }> }>;
  addFact?: (number: string, kind: 'resolution' | 'decision', fact: { date?: string; title?: string; language?: string }, source: string, organ?: string) => void;
}

export interface ProcessedFile {
  /** Where the file is: absolute path, or `builtin:<file>`. */
  key: string;
  /** Content hash of the raw bytes. */
  hash: string;
  /** Hash of the decoded text (duplicates in different encodings are still duplicates). */
  textHash: string;
  builtIn: boolean;
  /**
   * Size and modification time when `hash` was taken, and when it was taken. A later load
   * trusts an unchanged stamp instead of reading and hashing the file again, unless the file
   * had been modified shortly before it was hashed (a change within the same timestamp tick
   * would not show), like git's "racily clean" rule.
   */
  stamp?: { size: number; mtimeMs: number; checkedAt: number };
  /** Undefined when the file was skipped (binary, undecodable, empty). */
  doc?: CorpusDocument;
  refs?: ReferenceDigest;
  /** Warnings about this file alone (encoding, front matter, no paragraphs, skipped). */
  warnings: CorpusWarning[];
}

/** How far apart a file's modification and its hashing must be for its stamp to be trusted (ms). */
export const STAMP_SLACK_MS = 2000;

/** Whether a stored stamp proves the file unchanged, given its current size and mtime. */
export function stampMatches(stored: ProcessedFile['stamp'], current: { size: number; mtimeMs: number } | undefined): boolean {
  return (
    !!stored &&
    !!current &&
    stored.size === current.size &&
    stored.mtimeMs === current.mtimeMs &&
    stored.checkedAt - stored.mtimeMs > STAMP_SLACK_MS
  );
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** What the reference table draws from a parsed document (see `ReferenceDigest`). */
function referenceDigest(doc: ResolutionDocument, source: string): ReferenceDigest {
  const probe = new ReferenceTable() as unknown as FactTable;
  if (typeof probe.all === 'function' && typeof probe.addFact === 'function') {
    probe.addDocument(doc, source);
    const facts: ReferenceFact[] = [];
    for (const f of probe.all()) {
      const organ = f.organ ? { organ: f.organ } : {};
      for (const d of f.dates) facts.push({ number: f.number, kind: f.kind, date: d.date, ...organ });
      for (const t of f.titles) facts.push({ number: f.number, kind: f.kind, title: t.title, ...(t.language ? { language: t.language } : {}), ...organ });
    }
    return { facts };
  }
  return {
    doc: {
      text: '',
      language: doc.language,
      kind: doc.kind,
      header: doc.header,
      resolutions: doc.resolutions.map((r) => ({ ...r, preambular: [], operative: [], headings: [] })),
      reportParagraphs: [],
      footnoteRefs: [],
      footnoteDefs: [],
      references: doc.references,
      urls: [],
      segments: [],
      problems: [],
    },
  };
}

/** Adds a document's digest to a reference table under its citable name. */
export function addReferenceDigest(table: ReferenceTable, digest: ReferenceDigest, source: string): void {
  if ('doc' in digest) {
    table.addDocument(digest.doc, source);
    return;
  }
  const t = table as unknown as FactTable;
  if (typeof t.addFact !== 'function') return;
  for (const f of digest.facts) t.addFact(f.number, f.kind, f.date !== undefined ? { date: f.date } : { title: f.title, language: f.language }, source, f.organ);
}

/** The citable name of a document: its symbol, else its citation in its own language. */
export function documentSource(meta: DocumentMeta): string {
  return meta.symbol ?? (meta.language === 'en' ? meta.citation.en : meta.citation.zh);
}

export interface ProcessOptions {
  builtIn: boolean;
  manifest?: ManifestEntry;
  hash?: string;
  /** Give up on one PDF or Word file after this long (default 30 s). */
  documentTimeoutMs?: number;
}

/** Whether a corpus file is read as a document (PDF, Word) rather than as text: by its name, or binary bytes that are one. */
export function isDocumentFile(bytes: Uint8Array, key: string): boolean {
  const lower = key.toLowerCase();
  if (DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext))) return true;
  return detectFormat(bytes, '') !== 'text' && !decodeBytes(bytes).ok;
}

/** Any corpus file: documents are read (asynchronously) first, text files are processed at once. */
export function processAnyFile(bytes: Uint8Array, key: string, options: ProcessOptions): ProcessedFile | Promise<ProcessedFile> {
  return isDocumentFile(bytes, key) ? processDocumentFile(bytes, key, options) : processFile(bytes, key, options);
}

/** A PDF or Word file: its text is extracted, then processed like a text file, each paragraph keeping its page. */
export async function processDocumentFile(bytes: Uint8Array, key: string, options: ProcessOptions): Promise<ProcessedFile> {
  const hash = options.hash ?? hashBytes(bytes);
  const warnings: CorpusWarning[] = [];
  const base: ProcessedFile = { key, hash, textHash: hash, builtIn: options.builtIn, warnings };
  let extracted: ExtractedDocument;
  try {
    extracted = await extractDocument(bytes, key, { timeoutMs: options.documentTimeoutMs });
  } catch (e) {
    // The readers promise never to throw; should one, the file is skipped with the reason.
    extracted = { format: 'text', text: '', warnings: [{ code: 'damaged', detail: (e as Error)?.message ?? String(e) }] };
  }
  const text = extracted.text;
  const problems = extracted.warnings.map((w) => (w.detail ? `${w.code}: ${w.detail}` : w.code)).join('; ');
  if (text.trim() === '') {
    warnings.push({ code: 'document-unreadable', path: key, detail: problems || 'no text' });
    return base;
  }
  if (problems) warnings.push({ code: 'document-warning', path: key, detail: problems });
  base.textHash = createHash('sha1').update(text).digest('hex');
  const pages = extracted.linePages;
  const pageAt = pages?.length ? pageFinder(text, pages) : undefined;
  const meta: PartialMeta = extracted.meta?.symbol ? { symbol: extracted.meta.symbol } : {};
  return { ...base, ...processText(text, key, options, base.hash, warnings, { meta, pageAt }) };
}

/** offset → page, from the page of each line. */
function pageFinder(text: string, linePages: number[]): (offset: number) => number | undefined {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return linePages[Math.min(lo, linePages.length - 1)];
  };
}

export function processFile(bytes: Uint8Array, key: string, options: ProcessOptions): ProcessedFile {
  const hash = options.hash ?? hashBytes(bytes);
  const warnings: CorpusWarning[] = [];
  const base: ProcessedFile = { key, hash, textHash: hash, builtIn: options.builtIn, warnings };
  if (bytes.length === 0) {
    warnings.push({ code: 'empty-file', path: key });
    return base;
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    warnings.push({ code: decoded.reason === 'binary' ? 'binary-skipped' : 'not-utf8-skipped', path: key });
    return base;
  }
  if (decoded.encoding === 'gb18030') warnings.push({ code: 'not-utf8-decoded', path: key, detail: 'GB18030' });
  const text = decoded.text.replace(/\r\n?/g, '\n');
  // Same bytes, same text: only re-hash when decoding changed the representation.
  base.textHash = decoded.encoding === 'utf-8' && !decoded.bom && text.length === decoded.text.length ? hash : createHash('sha1').update(text).digest('hex');
  if (text.trim() === '') {
    warnings.push({ code: 'empty-file', path: key });
    return base;
  }
  return { ...base, ...processText(text, key, options, hash, warnings) };
}

/** Decoded text → parsed, labelled corpus document and its reference digest. */
function processText(
  text: string,
  key: string,
  options: ProcessOptions,
  hash: string,
  warnings: CorpusWarning[],
  document?: { meta: PartialMeta; pageAt?: (offset: number) => number | undefined },
): Pick<ProcessedFile, 'doc' | 'refs'> {
  const fm = document ? { meta: {} as PartialMeta, body: text, error: undefined } : parseFrontMatter(text);
  if (fm.error) warnings.push({ code: 'front-matter-invalid', path: key, detail: fm.error });
  let parsed: ResolutionDocument;
  try {
    parsed = parseDocument(fm.body, fm.meta.language ? { language: fm.meta.language } : {});
  } catch (e) {
    // The parser promises never to throw; if it does, the file is still cited by name.
    warnings.push({ code: 'unreadable', path: key, detail: `parser: ${(e as Error)?.message ?? String(e)}` });
    parsed = parseDocument('', {});
  }
  const sources: PartialMeta[] = [];
  let metaSource: DocumentMeta['metaSource'] = 'file-name';
  if (options.manifest) {
    sources.push(metaFromManifest(options.manifest));
    metaSource = 'manifest';
  }
  const fmKeys = Object.keys(fm.meta).length;
  if (fmKeys) {
    sources.push(fm.meta);
    if (metaSource === 'file-name') metaSource = 'front-matter';
  }
  if (document && Object.keys(document.meta).length) sources.push(document.meta);
  const inferred = inferMeta(parsed);
  sources.push(inferred);
  if (metaSource === 'file-name' && (inferred.symbol || inferred.title || inferred.date || document?.meta.symbol)) metaSource = 'inferred';
  const meta = completeMeta({ id: `${hash.slice(0, 16)}:${key}`, path: key, builtIn: options.builtIn, metaSource }, ...sources);
  const doc = toCorpusDocument(parsed, meta, document?.pageAt);
  if (doc.paragraphs.length === 0 && labelParagraphs(parsed).length === 0) warnings.push({ code: 'no-paragraphs', path: key });
  return { doc, refs: referenceDigest(parsed, documentSource(meta)) };
}
