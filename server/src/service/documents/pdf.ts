/**
 * The PDF reader: bytes → resolution text (one paragraph per line, footnotes after a rule,
 * page furniture dropped) with the page of every line, from the layout pdf.js reports
 * (positions, sizes, fonts of text items): see pdfLayout.ts (lines), pdfFurniture.ts
 * (masthead, headers, footers, footnote block) and pdfParagraphs.ts (paragraphs).
 *
 * Never throws: an encrypted, damaged or scanned file, or one that takes longer than the time
 * limit, gives empty text and a warning saying why.
 */
import { appendAll } from '../text/arrays';
import { splitPage, type Masthead } from './pdfFurniture';
import { loadPdfJs } from './pdfjsLoader';
import { pageLines, type PdfItem } from './pdfLayout';
import { paragraphsOf, type PageContent } from './pdfParagraphs';
import type { ExtractedDocument, ExtractOptions, ExtractWarning } from './types';

export const DEFAULT_TIMEOUT_MS = 30_000;

/** A page with fewer characters than this is taken as having no text layer (a scan). */
const MIN_PAGE_CHARS = 1;

class Timeout extends Error {}

function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Timeout());
    }, ms);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

interface RawPage {
  page: number;
  height: number;
  items: PdfItem[];
}

/** One page's text items, as plain data. */
async function readPage(doc: import('pdfjs-dist/types/src/display/api').PDFDocumentProxy, n: number): Promise<RawPage> {
  const page = await doc.getPage(n);
  try {
    const view = page.view; // [x0, y0, x1, y1]
    const content = await page.getTextContent();
    const items: PdfItem[] = [];
    for (const it of content.items) {
      if (!('str' in it) || it.str === '') continue;
      const [a, b, , d, e, f] = it.transform as number[];
      const size = Math.hypot(b, d) || Math.abs(a);
      items.push({ str: it.str, x: e - view[0], y: f - view[1], w: it.width, size, font: it.fontName });
    }
    return { page: n, height: view[3] - view[1], items };
  } finally {
    page.cleanup();
  }
}

/** Reads the text items of every page (the bare pdf.js work, also the benchmark's floor). */
export async function readPdfPages(bytes: Uint8Array, options: { timeoutMs?: number } = {}): Promise<{ pages: RawPage[]; warnings: ExtractWarning[] }> {
  const warnings: ExtractWarning[] = [];
  let pdfjs;
  try {
    pdfjs = await loadPdfJs();
  } catch (e) {
    return { pages: [], warnings: [{ code: 'unsupported', detail: `PDF reader unavailable: ${(e as Error)?.message ?? e}` }] };
  }
  // pdf.js may detach the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    void task.destroy().catch(() => undefined);
  };
  try {
    const pages = await withTimeout(
      (async () => {
        const doc = await task.promise;
        const out: RawPage[] = [];
        for (let n = 1; n <= doc.numPages; n++) {
          // pdf.js's in-thread worker answers through promises, so a timer alone could never
          // interrupt it: the deadline is checked between pages, which also lets the thread
          // serve other work (the language server's requests) once per page.
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (Date.now() > deadline) throw new Timeout();
          try {
            out.push(await readPage(doc, n));
          } catch (e) {
            warnings.push({ code: 'damaged', detail: `page ${n}: ${(e as Error)?.message ?? e}` });
          }
        }
        return out;
      })(),
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      destroy,
    );
    return { pages, warnings };
  } catch (e) {
    if (e instanceof Timeout) return { pages: [], warnings: [{ code: 'timeout', detail: `over ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s` }] };
    const name = (e as Error)?.name ?? '';
    const message = (e as Error)?.message ?? String(e);
    if (name === 'PasswordException') return { pages: [], warnings: [{ code: 'encrypted', detail: message }] };
    return { pages: [], warnings: [{ code: 'damaged', detail: message }] };
  } finally {
    destroy();
  }
}

/** A PDF → resolution text with the page of each line. */
export async function extractPdf(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  try {
    const { pages: raw, warnings } = await readPdfPages(bytes, options);
    const result: ExtractedDocument = { format: 'pdf', text: '', linePages: [], warnings };
    if (raw.length === 0) return result;
    const blank = raw.filter((p) => p.items.reduce((n, it) => n + it.str.trim().length, 0) < MIN_PAGE_CHARS).map((p) => p.page);
    if (blank.length === raw.length) {
      warnings.push({ code: 'no-text-layer', detail: `none of ${raw.length} page${raw.length === 1 ? '' : 's'} has text (a scan?)` });
      return result;
    }
    if (blank.length) warnings.push({ code: 'no-text-layer', detail: `page${blank.length === 1 ? '' : 's'} ${blank.join(', ')} without text` });
    let masthead: Masthead | undefined;
    const pages: PageContent[] = raw.map((p, i) => {
      const parts = splitPage(pageLines(p.items, p.page), p.height, i === 0);
      if (parts.masthead) masthead = parts.masthead;
      return { page: p.page, body: parts.body, footnotes: parts.footnotes };
    });
    const lines: string[] = [];
    const linePages: number[] = [];
    for (const block of paragraphsOf(pages)) {
      if (lines.length) {
        lines.push('');
        linePages.push(block.pages[0]);
      }
      appendAll(lines, block.lines);
      appendAll(linePages, block.pages);
    }
    result.text = lines.join('\n');
    result.linePages = linePages;
    if (masthead?.symbol || masthead?.date) result.meta = { ...(masthead.symbol ? { symbol: masthead.symbol } : {}), ...(masthead.date ? { date: masthead.date } : {}) };
    return result;
  } catch (e) {
    return { format: 'pdf', text: '', warnings: [{ code: 'damaged', detail: (e as Error)?.message ?? String(e) }] };
  }
}
