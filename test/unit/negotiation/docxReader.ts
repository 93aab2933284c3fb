/**
 * Reads an exported `.docx` back for the tests, as Word would show it with every revision
 * accepted (keep `w:ins`, drop `w:del`) or rejected: one string per body paragraph (a tab for
 * `w:tab`), plus the footnotes, comments, revision authors and footnote references. Uses jszip
 * and @xmldom (both come with mammoth) and nothing of the project's own Word reader.
 */
import { DOMParser } from '@xmldom/xmldom';

/** The little of the DOM the reader walks (xmldom's own types vary between versions). */
interface XNode {
  nodeType: number;
  firstChild: XNode | null;
  nextSibling: XNode | null;
  parentNode: XNode | null;
  textContent: string | null;
}
interface XElement extends XNode {
  namespaceURI: string | null;
  localName: string;
  getAttributeNS(ns: string, name: string): string | null;
  getElementsByTagNameNS(ns: string, name: string): ArrayLike<XElement>;
}
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface ReadParagraph {
  /** Text with every revision accepted. */
  accepted: string;
  /** Text with every revision rejected. */
  rejected: string;
  /** Text as shown with changes visible (deleted and inserted text both, in order); `[fn:ID]` for a footnote reference. */
  shown: string;
  /** Footnote ids referenced in the paragraph, in order. */
  footnotes: number[];
  /** Comment ids anchored in the paragraph. */
  comments: number[];
  italic: string;
  ins: number;
  del: number;
}

export interface ReadDocx {
  paragraphs: ReadParagraph[];
  footnotes: Map<number, string>;
  comments: Map<number, string>;
  authors: Set<string>;
  header: string;
}

function elements(node: XNode, local: string): XElement[] {
  return Array.from((node as XElement).getElementsByTagNameNS(W, local));
}

function paragraphOf(p: XElement): ReadParagraph {
  const out: ReadParagraph = { accepted: '', rejected: '', shown: '', footnotes: [], comments: [], italic: '', ins: 0, del: 0 };
  const walk = (n: XNode, inIns: boolean, inDel: boolean) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const e = c as XElement;
      if (e.namespaceURI !== W) continue;
      const name = e.localName;
      if (name === 'ins') {
        out.ins++;
        walk(e, true, inDel);
      } else if (name === 'del') {
        out.del++;
        walk(e, inIns, true);
      } else if (name === 't' || name === 'delText') {
        const t = e.textContent ?? '';
        if (!inDel) out.accepted += t;
        if (!inIns) out.rejected += t;
        out.shown += t;
        const r = e.parentNode as XElement;
        if (!inDel && elements(r, 'i').length) out.italic += t;
      } else if (name === 'tab' && (e.parentNode as XElement).localName === 'r') {
        if (!inDel) out.accepted += '\t';
        if (!inIns) out.rejected += '\t';
        out.shown += '\t';
      } else if (name === 'footnoteReference') {
        out.footnotes.push(Number(e.getAttributeNS(W, 'id')));
        out.shown += `[fn:${e.getAttributeNS(W, 'id')}]`;
      }
      else if (name === 'commentRangeStart') out.comments.push(Number(e.getAttributeNS(W, 'id')));
      else if (name !== 'rPr' && name !== 'pPr') walk(e, inIns, inDel);
    }
  };
  walk(p, false, false);
  return out;
}

function textOf(e: XElement): string {
  return elements(e, 't').map((t) => t.textContent ?? '').join('');
}

export async function readDocx(bytes: Buffer): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (name: string) => {
    const f = zip.file(name);
    return f ? (new DOMParser().parseFromString(await f.async('string'), 'text/xml') as unknown as XNode) : undefined;
  };
  const doc = await xml('word/document.xml');
  if (!doc) throw new Error('no word/document.xml');
  const body = elements(doc, 'body')[0];
  const paragraphs = elements(body, 'p').map(paragraphOf);
  const footnotes = new Map<number, string>();
  const fn = await xml('word/footnotes.xml');
  if (fn) for (const f of elements(fn, 'footnote')) {
    const id = Number(f.getAttributeNS(W, 'id'));
    if (id > 0) footnotes.set(id, textOf(f));
  }
  const comments = new Map<number, string>();
  const cm = await xml('word/comments.xml');
  if (cm) for (const c of elements(cm, 'comment')) comments.set(Number(c.getAttributeNS(W, 'id')), textOf(c));
  const authors = new Set<string>();
  for (const e of [...elements(body, 'ins'), ...elements(body, 'del')]) authors.add(e.getAttributeNS(W, 'author') ?? '');
  let header = '';
  for (const name of Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n))) {
    const h = await xml(name);
    if (h) header += textOf(h as XElement);
  }
  return { paragraphs, footnotes, comments, authors, header };
}
