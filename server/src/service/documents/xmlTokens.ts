/**
 * A small XML tokenizer for the few WordprocessingML parts the Word reader
 * inspects itself (numbering, styles, core properties, the paragraph
 * numbering of document.xml). Tags with their attributes and offsets, and
 * text; no DTDs, no namespaces resolved (prefixes are kept as written, which
 * is how Word writes them: `w:p`, `w:numPr`).
 */

export interface XmlTag {
  kind: 'open' | 'close' | 'empty';
  name: string;
  attrs: Record<string, string>;
  /** Offset of `<` and just past `>` in the source. */
  start: number;
  end: number;
}

export interface XmlText {
  kind: 'text';
  text: string;
  start: number;
  end: number;
}

export type XmlToken = XmlTag | XmlText;

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([^\s=>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name];
    const code = hex ? parseInt(hex, 16) : parseInt(dec!, 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The tokens of `xml` in order (comments, processing instructions and doctype dropped). */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  TOKEN.lastIndex = 0;
  let at = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m.index > at) yield { kind: 'text', text: decodeEntities(xml.slice(at, m.index)), start: at, end: m.index };
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) {
      yield { kind: 'text', text: m[1], start: m.index, end: at };
      continue;
    }
    const name = m[3];
    if (!name) continue; // comment, <?…?>, <!…>
    const attrs: Record<string, string> = {};
    if (m[4]) {
      ATTR.lastIndex = 0;
      for (let a = ATTR.exec(m[4]); a; a = ATTR.exec(m[4])) attrs[a[1]] = decodeEntities(a[2] ?? a[3] ?? '');
    }
    yield { kind: m[2] ? 'close' : m[5] ? 'empty' : 'open', name, attrs, start: m.index, end: at };
  }
  if (at < xml.length) yield { kind: 'text', text: decodeEntities(xml.slice(at)), start: at, end: xml.length };
}

/** The `w:val` (or another) attribute of a tag, if it is there. */
export function attr(tag: XmlTag, name = 'w:val'): string | undefined {
  return tag.attrs[name];
}
