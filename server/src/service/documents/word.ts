/**
 * Word documents as resolution text. `.docx` is read by mammoth (paragraphs,
 * runs, footnotes, tables, text boxes; tracked insertions kept, deletions
 * dropped) after the container has been checked (officeContainer.ts) and the
 * automatic numbering written into the paragraphs (docxNumbering.ts).
 * `.doc` (Word 97–2003) is read by word-extractor, a pure-JavaScript reader.
 * Never throws: every failure is a warning and an empty text.
 */
import { appendAll } from '../text/arrays';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { readDocListNumbers } from './docNumbering';
import { markNumberedParagraphs, readNumberingDefinitions } from './docxNumbering';
import { FOOTNOTE_RULE, modelToText, superscript, type DocxModel } from './docxText';
import {
  ContainerProblem,
  DEFAULT_MAX_UNCOMPRESSED,
  openZip,
  readText,
  type OpenedZip,
} from './officeContainer';
import { isEncryptedPackage, isEncryptedWordBinary, readOleDirectory } from './oleDirectory';
import type { DocumentFormat, ExtractedDocument, ExtractOptions, ExtractWarning } from './types';
import { xmlTokens } from './xmlTokens';

const DEFAULT_TIMEOUT_MS = 30_000;

const failed = (format: DocumentFormat, warning: ExtractWarning, more: ExtractWarning[] = []): ExtractedDocument => ({
  format,
  text: '',
  warnings: [...more, warning],
});

const encryptedWarning: ExtractWarning = { code: 'encrypted', detail: 'the file is password-protected; open it in Word, remove the password and try again' };

/**
 * Password protection, told from an OLE file's directory: a .docx with a
 * password is no zip but an OLE file holding the encrypted package; a .doc
 * says so in its FIB. The format the file really is, when it is protected.
 */
function passwordProtected(bytes: Uint8Array): 'docx' | 'doc' | undefined {
  const ole = readOleDirectory(bytes);
  if (!ole) return undefined;
  if (isEncryptedPackage(ole)) return 'docx';
  return isEncryptedWordBinary(ole) ? 'doc' : undefined;
}

function withTimeout(format: DocumentFormat, ms: number, work: Promise<ExtractedDocument>): Promise<ExtractedDocument> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<ExtractedDocument>((resolve) => {
    timer = setTimeout(() => resolve(failed(format, { code: 'timeout', detail: `gave up after ${ms} ms` })), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

function problemOf(e: unknown): ExtractWarning {
  if (e instanceof ContainerProblem) return e.warning;
  return { code: 'damaged', detail: e instanceof Error ? e.message : String(e) };
}

// --- .docx -------------------------------------------------------------------

export function extractDocx(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  return withTimeout('docx', options.timeoutMs ?? DEFAULT_TIMEOUT_MS, readDocx(bytes, options).catch((e) => failed('docx', problemOf(e))));
}

/** Relationship targets of one type in a .rels part, resolved against `base` (a folder, '' or 'word/'). */
function relTargets(relsXml: string | undefined, typeSuffix: string, base: string): string[] {
  const out: string[] = [];
  for (const t of xmlTokens(relsXml ?? '')) {
    if (t.kind === 'text' || t.name !== 'Relationship' || t.attrs.TargetMode === 'External') continue;
    if (!t.attrs.Type?.endsWith(typeSuffix) || !t.attrs.Target) continue;
    const target = t.attrs.Target;
    out.push(target.startsWith('/') ? target.slice(1) : normalise(base + target));
  }
  return out;
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '..') parts.pop();
    else if (p && p !== '.') parts.push(p);
  }
  return parts.join('/');
}

async function readDocx(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedDocument> {
  const locked = passwordProtected(bytes);
  if (locked) return failed(locked, encryptedWarning);
  const opened = await openZip(bytes, options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED);
  const warnings: ExtractWarning[] = [];
  if (opened.macros.length) {
    warnings.push({ code: 'macros-ignored', detail: `the document carries macros (${opened.macros.join(', ')}); they were neither run nor read` });
  }
  const mainPath = relTargets(await readText(opened, '_rels/.rels'), '/officeDocument', '')[0] ?? 'word/document.xml';
  const documentXml = await readText(opened, mainPath);
  if (documentXml === undefined) return failed('docx', { code: 'damaged', detail: `not a Word document: no ${mainPath}` }, warnings);
  const folder = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/') + 1) : '';
  const relsPath = `${folder}_rels/${mainPath.slice(folder.length)}.rels`;
  const docRels = await readText(opened, relsPath);
  const part = async (type: string) => {
    const target = relTargets(docRels, type, folder)[0];
    return (target && (await readText(opened, target))) || '';
  };
  const defs = readNumberingDefinitions(await part('/numbering'), await part('/styles'));
  const marked = markNumberedParagraphs(documentXml, defs);
  const model = await readModel(await repack(opened, mainPath, marked.xml));
  const { text, warnings: notes } = modelToText(model, marked.labels, { textBoxes: marked.textBoxes, customMarks: customMarkNotes(documentXml) });
  appendAll(warnings, notes);
  const meta = await coreProperties(opened);
  return { format: 'docx', text, ...(meta ? { meta } : {}), warnings };
}

/** Notes whose reference carries a typed mark (`w:customMarkFollows`, the `*` of a sponsors' note), as `footnote:id`. */
function customMarkNotes(documentXml: string): Set<string> {
  const out = new Set<string>();
  if (!documentXml.includes('customMarkFollows')) return out;
  for (const t of xmlTokens(documentXml)) {
    if (t.kind === 'text' || (t.name !== 'w:footnoteReference' && t.name !== 'w:endnoteReference')) continue;
    const v = t.attrs['w:customMarkFollows'];
    if (v === '1' || v === 'true' || v === 'on') out.add(`${t.name === 'w:footnoteReference' ? 'footnote' : 'endnote'}:${t.attrs['w:id']}`);
  }
  return out;
}

/**
 * A zip of the XML parts alone, with the marked main document: what mammoth
 * reads. Binaries (images, embedded objects, macros) are never inflated; every
 * inflated byte counts against the size limit.
 */
async function repack(opened: OpenedZip, mainPath: string, mainXml: string): Promise<Buffer> {
  const out = new JSZip();
  const names: string[] = [];
  opened.zip.forEach((name, file) => {
    if (!file.dir && /\.(xml|rels)$/i.test(name) && !/vbaData\.xml$/i.test(name)) names.push(name);
  });
  for (const name of names) {
    if (name === mainPath) out.file(name, mainXml);
    else out.file(name, (await readText(opened, name)) ?? '');
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

async function readModel(zip: Buffer): Promise<DocxModel> {
  let model: DocxModel | undefined;
  await mammoth.convertToHtml(
    { buffer: zip },
    {
      transformDocument: (doc: DocxModel) => {
        model = doc;
        return { ...doc, children: [] };
      },
      // Images are never read: the stub does not touch their bytes (which were not repacked anyway).
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  if (!model) throw new ContainerProblem({ code: 'damaged', detail: 'the Word reader returned no document' });
  return model;
}

async function coreProperties(opened: OpenedZip): Promise<ExtractedDocument['meta']> {
  const xml = await readText(opened, 'docProps/core.xml').catch(() => undefined);
  if (!xml) return undefined;
  const meta: NonNullable<ExtractedDocument['meta']> = {};
  let field: string | undefined;
  for (const t of xmlTokens(xml)) {
    if (t.kind === 'open') field = t.name;
    else if (t.kind === 'close') field = undefined;
    else if (t.kind === 'text' && field && t.text.trim()) {
      const v = t.text.trim();
      if (field === 'dc:title') meta.title = v;
      else if (field === 'dc:language') meta.language = v;
      // dcterms:created is when the file was made, not the document's date: left out.
    }
  }
  return Object.keys(meta).length ? meta : undefined;
}

// --- .doc --------------------------------------------------------------------

export function extractDoc(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  return withTimeout('doc', options.timeoutMs ?? DEFAULT_TIMEOUT_MS, readDoc(bytes).catch((e) => failed('doc', problemOf(e))));
}

/** Where word-extractor's text had an auto-numbered footnote mark (see loadWordExtractor). */
const NOTE_MARK = '\uE002';

/**
 * word-extractor, loaded so that it keeps footnote marks: its text filter
 * deletes the character Word stores for an auto-numbered footnote reference
 * (0x02), which would leave the footnotes without their places in the text.
 * The filter module is patched to turn 0x02 into a private-use mark before the
 * reader module takes its copy of the filter (it does so when first loaded).
 */
function loadWordExtractor(): typeof import('word-extractor') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const filters = require('word-extractor/lib/filters') as { clean: (s: string) => string; resolutionNoteMarks?: boolean };
  if (!filters.resolutionNoteMarks) {
    const clean = filters.clean;
    filters.clean = (s: string) => clean(s.replace(/\x02/g, NOTE_MARK));
    filters.resolutionNoteMarks = true;
  }
  // List numbers: once the paragraph properties are read, the first character of each numbered
  // paragraph is swapped for a private-use mark that stands for `label + character` (the piece
  // table's lengths must not change); readDoc puts them back.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ole = require('word-extractor/lib/word-ole-extractor') as { prototype: OleExtractorProto & { resolutionListMarks?: boolean } };
  if (!Ole.prototype.resolutionListMarks) {
    const original = Ole.prototype.writeParagraphProperties;
    Ole.prototype.writeParagraphProperties = function (this: { _pieces: OlePiece[] }, word: Buffer, table: Buffer) {
      original.call(this, word, table);
      const { labels, unread } = readDocListNumbers(word, table);
      let missed = unread;
      for (const [fc, label] of labels) if (markParagraph(this._pieces, fc, label) === 'lost') missed++;
      if (missed && this._pieces[0]) this._pieces[0].resolutionUnnumbered = missed;
      lastUnnumbered = missed;
    };
    Ole.prototype.resolutionListMarks = true;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('word-extractor') as typeof import('word-extractor');
}

interface OlePiece {
  startFilePos: number;
  size: number;
  bpc: number;
  text: string;
  resolutionUnnumbered?: number;
}
interface OleExtractorProto {
  writeParagraphProperties(this: unknown, word: Buffer, table: Buffer): void;
}

/** Private-use marks standing for a list label and the character they replaced (see loadWordExtractor). */
const LIST_MARK_FIRST = 0xe100;
const LIST_MARK_COUNT = 0x1000;
const listMarks = new Map<string, string>();
let nextListMark = 0;
/** Numbered paragraphs the last .doc read could not label (read synchronously after its extraction). */
let lastUnnumbered = 0;

/**
 * Swaps the first character of the paragraph at file offset `fc` for a mark meaning `label + it`.
 * `lost`: a paragraph with text that keeps no label (it opens with a field, a note mark or a cell
 * mark); `none`: nothing to label (an empty paragraph, or one outside the text).
 */
function markParagraph(pieces: OlePiece[], fc: number, label: string): 'marked' | 'lost' | 'none' {
  const piece = pieces.find((p) => fc >= p.startFilePos && fc < p.startFilePos + p.size);
  if (!piece) return 'none';
  const i = (fc - piece.startFilePos) / piece.bpc;
  const ch = piece.text[i];
  if (!Number.isInteger(i) || ch === undefined || ch === '\r' || ch === '\x07' || ch === '\x0c') return 'none';
  if (ch.charCodeAt(0) < 0x20) return 'lost';
  const mark = String.fromCharCode(LIST_MARK_FIRST + (nextListMark++ % LIST_MARK_COUNT));
  listMarks.set(mark, `${label} ${ch}`);
  piece.text = piece.text.slice(0, i) + mark + piece.text.slice(i + 1);
  return 'marked';
}

/** The marks of a text put back as labels (each mark is used once). */
function restoreListMarks(text: string): string {
  return text.replace(/[\ue100-\uf0ff]/g, (m) => {
    const v = listMarks.get(m);
    if (v === undefined) return m;
    listMarks.delete(m);
    return v;
  });
}

/** word-extractor marks paragraphs with `\n`; footnotes come as one block, one per paragraph. */
function paragraphsOf(s: string): string[] {
  return s
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter(Boolean);
}

async function readDoc(bytes: Uint8Array): Promise<ExtractedDocument> {
  const locked = passwordProtected(bytes);
  if (locked) return failed(locked, encryptedWarning);
  let doc;
  try {
    const WordExtractor = loadWordExtractor();
    doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return failed('doc', /encrypt|password/i.test(msg) ? encryptedWarning : { code: 'damaged', detail: msg });
  }
  const unnumbered = lastUnnumbered;
  let refs = 0;
  const lines = paragraphsOf(restoreListMarks(doc.getBody({ filterUnicode: false }))).map((l) =>
    l.replace(new RegExp(`\\s*${NOTE_MARK}`, 'g'), () => superscript(++refs)),
  );
  const noteText = restoreListMarks([doc.getFootnotes({ filterUnicode: false }), doc.getEndnotes({ filterUnicode: false })].join('\n'));
  // Marks in parts not read (headers, text boxes) are let go.
  restoreListMarks([doc.getHeaders?.({ filterUnicode: false }) ?? '', doc.getTextboxes?.({ filterUnicode: false }) ?? ''].join('\n'));
  // Each note opens with its own mark; without marks (a reader that dropped them), one note per paragraph.
  const notes = noteText.includes(NOTE_MARK)
    ? noteText.split(NOTE_MARK).slice(1).map((n) => n.replace(/\s+/g, ' ').trim())
    : paragraphsOf(noteText.replace(new RegExp(NOTE_MARK, 'g'), ''));
  const warnings: ExtractWarning[] = [];
  if (refs && refs !== notes.length) warnings.push({ code: 'damaged', detail: `${refs} footnote reference(s) but ${notes.length} footnote(s)` });
  if (unnumbered) {
    warnings.push({
      code: 'skipped-content',
      detail: `${unnumbered} list-numbered paragraph(s) of this .doc keep no number (numbering from a style, a restarted list or an unreadable list format); save the file as .docx to keep every number`,
    });
  }
  let text = lines.join('\n\n');
  if (notes.length) text += `\n\n${FOOTNOTE_RULE}\n${notes.map((n, i) => `${superscript(i + 1)} ${n}`).join('\n')}`;
  return { format: 'doc', text: text ? text + '\n' : '', warnings };
}
